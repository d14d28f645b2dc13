#include "changes/ChangeFile.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dtr;

// Kills a real editing process with SIGKILL at random moments, many times over one workspace,
// and proves that every edit it had acknowledged is in the workspace afterwards.
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void everyAcknowledgedEditSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.dtrws"));
        QRandomGenerator rng(20261127);
        QMap<int, QByteArray> acknowledged; // step index → step JSON
        int kills = 0;
        const int rounds = qEnvironmentVariableIntValue("DTR_CRASH_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("DTR_CRASH_ROUNDS")
                               : 50;
        for (int round = 0; round < rounds; ++round) {
            QProcess worker;
            worker.setProcessChannelMode(QProcess::SeparateChannels);
            worker.start(QStringLiteral(DTR_CRASH_WORKER),
                         {path, QString::number(round + 1), QStringLiteral("100000")});
            QVERIFY(worker.waitForStarted());
            // Let it get going, then kill it wherever it is (mid-transaction included). One round in
            // five counts from the start (so some kills land while the workspace is being made);
            // the others from "ready", so a slow build (sanitizers) still kills mid-editing.
            QByteArray output;
            const bool fromStart = rng.bounded(5) == 0;
            if (!fromStart)
                while (!output.contains("ready") && worker.state() == QProcess::Running) {
                    worker.waitForReadyRead(20);
                    output += worker.readAllStandardOutput();
                }
            const int delay = 5 + int(rng.bounded(200));
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < delay && worker.state() == QProcess::Running) {
                worker.waitForReadyRead(5);
                output += worker.readAllStandardOutput();
            }
            ::kill(pid_t(worker.processId()), SIGKILL);
            QVERIFY(worker.waitForFinished(10000));
            output += worker.readAllStandardOutput();
            QVERIFY2(worker.exitStatus() == QProcess::CrashExit || output.contains("done"),
                     worker.readAllStandardError().constData());
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".ny")) || !QFileInfo::exists(path));
            ++kills;
            for (const QByteArray &line : output.split('\n')) {
                if (!line.startsWith("ack "))
                    continue;
                const QList<QByteArray> parts = line.split(' ');
                acknowledged.insert(parts[1].toInt(), line.mid(line.indexOf('{')));
            }

            // Killed before it had made the workspace at all: there is nothing, not half a file.
            if (!QFileInfo::exists(path)) {
                QVERIFY(acknowledged.isEmpty());
                continue;
            }
            // The next opening sees every acknowledged step, in order; at most one more step
            // (committed but killed before its acknowledgement) may follow.
            QString error;
            std::unique_ptr<Workspace> ws = Workspace::open(path, &error);
            QVERIFY2(ws, qPrintable(error));
            const QList<Step> &steps = ws->changeSet()->steps();
            const int lastAck = acknowledged.isEmpty() ? -1 : acknowledged.lastKey();
            QVERIFY2(steps.size() >= lastAck + 1 && steps.size() <= lastAck + 2,
                     qPrintable(QStringLiteral("%1 steps, last acknowledged %2").arg(steps.size()).arg(lastAck)));
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
                QCOMPARE(QJsonDocument(ChangeFile::stepToJson(steps[it.key()])).toJson(QJsonDocument::Compact),
                         it.value());
            QCOMPARE(ws->changeSet()->position(), int(steps.size()));
            // An unacknowledged extra step is legitimately there; count it as known from now on.
            if (steps.size() == lastAck + 2)
                acknowledged.insert(lastAck + 1,
                                    QJsonDocument(ChangeFile::stepToJson(steps.last())).toJson(QJsonDocument::Compact));
        }
        qInfo("%d kills survived, %d acknowledged edits verified", kills, int(acknowledged.size()));
        QVERIFY(acknowledged.size() > rounds); // the kills did land between edits, not all before the first
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
