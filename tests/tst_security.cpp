#include "TestFiles.h"
#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"
#include "service/ServiceSettings.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

// The password never lands anywhere: real processes (the stand-in register, `dtr submit`,
// `dtr fetch`) run with it, then every file they and the settings wrote, everything they printed
// and their command lines are searched for it, plain and as the Basic-auth token. And no code can
// switch TLS verification off.
class TestSecurity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    const QString m_password = QStringLiteral("Pw-7f3a9c-hemmelig");
    const QString m_user = QStringLiteral("kommune");

    QList<QByteArray> needles() const
    {
        return {m_password.toUtf8(), (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64(),
                m_password.toUtf8().toBase64()};
    }

    void verifyClean(const QByteArray &haystack, const QString &where) const
    {
        for (const QByteArray &needle : needles())
            QVERIFY2(!haystack.contains(needle), qPrintable(QStringLiteral("the password is in %1").arg(where)));
    }

    static QByteArray commandLine(qint64 pid)
    {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_security")); }

    void passwordNeverLandsAnywhere()
    {
        QFile demoFile(QStringLiteral(DTR_SOURCE_DIR "/resources/demo/demo-register.xml"));
        QVERIFY(demoFile.open(QIODevice::ReadOnly));
        const QByteArray demoBytes = demoFile.readAll();
        const QString data = m_tmp.filePath(QStringLiteral("demo.xml"));
        QVERIFY(test::writeFile(data, demoBytes));
        auto base = std::make_shared<Register>();
        ReadError readError;
        QVERIFY(XmlSnapshot::readBytes(demoBytes, QStringLiteral("demo"), base.get(), &readError));

        // A workspace with one pending change to submit.
        const QString wsPath = m_tmp.filePath(QStringLiteral("arbejde.dtrws"));
        {
            QString error;
            auto ws = Workspace::create(wsPath, base, QStringLiteral("demo"), &error);
            QVERIFY2(ws, qPrintable(error));
            ChangeSet *c = ws->changeSet();
            // An active unit without warnings or errors, so the submission's gate lets it through.
            Validator validator(c, CodeTables::bundled());
            validator.validateAll();
            int unit = -1;
            for (int i = 0; i < base->size() && unit < 0; ++i)
                if (base->record(i).level() == Level::Anvisningsenhed && base->record(i).isActive() &&
                    validator.worstSeverity(i) != int(Severity::Error) &&
                    validator.worstSeverity(i) != int(Severity::Warning))
                    unit = i;
            QCOMPARE(c->push(c->updateStep(unit, Field::TelefonNummer, QStringLiteral("86543210")), &error),
                     ChangeSet::Result::Applied);
        }

        // Settings as the app saves them (the password goes to the keychain or the session only).
        ServiceSettings settings;
        settings.user = m_user;
        settings.save();
        bool stored = false;
        PasswordStore::write(QStringLiteral("tst_security"), m_password, [&](const QString &) { stored = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 30000); // a keychain over D-Bus can be slow to answer

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DTR_PASSWORD"), m_password);
        QProcess sim;
        sim.setProcessEnvironment(env);
        sim.start(QStringLiteral(DTR_BINARY),
                  {QStringLiteral("simulate"), QStringLiteral("--data"), data, QStringLiteral("--user"), m_user,
                   QStringLiteral("--state"), m_tmp.filePath(QStringLiteral("register.json"))});
        QVERIFY(sim.waitForReadyRead(30000));
        const QByteArray line = sim.readLine();
        QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
        const QString url = QString::fromLatin1(line.mid(13).trimmed());
        verifyClean(commandLine(sim.processId()), QStringLiteral("the stand-in's command line"));

        const auto run = [&](const QStringList &args, const QString &password) {
            QProcess p;
            QProcessEnvironment e = env;
            e.insert(QStringLiteral("DTR_PASSWORD"), password);
            p.setProcessEnvironment(e);
            p.start(QStringLiteral(DTR_BINARY), args);
            if (!p.waitForStarted())
                return QByteArray("did not start");
            const QByteArray cmdline = commandLine(p.processId());
            p.waitForFinished(60000);
            return cmdline + p.readAllStandardOutput() + p.readAllStandardError() + QByteArray::number(p.exitCode());
        };
        const QByteArray submitted =
            run({QStringLiteral("submit"), wsPath, QStringLiteral("--service"), url, QStringLiteral("--user"), m_user,
                 QStringLiteral("--reason"), QStringLiteral("Telefonnummer rettet")},
                m_password);
        QVERIFY2(submitted.endsWith('0'), submitted.constData()); // accepted
        verifyClean(submitted, QStringLiteral("dtr submit's output or arguments"));
        const QByteArray fetched = run({QStringLiteral("fetch"), QStringLiteral("--service"), url,
                                        QStringLiteral("--kommune"), QStringLiteral("727"), QStringLiteral("--user"),
                                        m_user, QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("hentet.xml"))},
                                       m_password);
        QVERIFY2(fetched.endsWith('0'), fetched.constData());
        verifyClean(fetched, QStringLiteral("dtr fetch's output or arguments"));
        // A wrong password is refused without echoing either password.
        const QByteArray refused =
            run({QStringLiteral("fetch"), QStringLiteral("--service"), url, QStringLiteral("--kommune"),
                 QStringLiteral("727"), QStringLiteral("--user"), m_user},
                m_password + QStringLiteral("x"));
        QVERIFY2(refused.endsWith('2'), refused.constData());
        verifyClean(refused, QStringLiteral("the refusal"));

        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        verifyClean(sim.readAllStandardOutput() + sim.readAllStandardError(), QStringLiteral("the stand-in's log"));

        // Every file written: workspace (with its audit trail and WAL), register state, fetched
        // data, and the settings.
        QSettings().sync();
        QStringList files{QSettings().fileName()};
        QDirIterator it(m_tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QDirIterator data2(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                           QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (data2.hasNext())
            files << data2.next();
        QVERIFY(files.size() >= 5);
        for (const QString &path : files) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                verifyClean(f.readAll(), path);
        }
    }

    // TLS verification cannot be switched off anywhere in the code; only a CA can be added.
    // (The stand-in server alone sets VerifyNone: it does not ask clients for certificates.)
    void noCodeSwitchesTlsVerificationOff()
    {
        int scanned = 0;
        for (const char *folder : {"models", "views", "app"}) {
            QDirIterator it(QStringLiteral(DTR_SOURCE_DIR "/") + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray code = f.readAll();
                ++scanned;
                QVERIFY2(!code.contains("ignoreSslErrors"), qPrintable(path));
                QVERIFY2(!code.contains("VerifyNone") || path.endsWith(QLatin1String("StandInServer.cpp")),
                         qPrintable(path));
                if (!path.endsWith(QLatin1String("StandInServer.cpp")))
                    QVERIFY2(code.count("setPeerVerifyMode(") ==
                                 code.count("setPeerVerifyMode(QSslSocket::VerifyPeer)"),
                             qPrintable(path));
            }
        }
        QVERIFY(scanned > 50);
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
