#include "SubmissionScenario.h"
#include "TestFiles.h"

#include "codes/CodeTables.h"
#include "session/Session.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dtr;
using namespace dtr::test;

// `dtr submit` killed with SIGKILL at random moments of a submission (the stand-in answers every
// call a little late, so kills land before, during and after writes), then run again until
// everything is in: nothing created twice, nothing lost, and the audit log shows each operation
// once with its final outcome.
class TestKillSubmit : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        bool killed = false;
        QString output;
    };

    // One `dtr submit` of the workspace, killed after `killAfterMs` (never when negative).
    Run submitOnce(const QString &workspace, const ServiceEndpoint &endpoint, int killAfterMs)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DTR_PASSWORD"), endpoint.password);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        Run run;
        QTimer killer;
        killer.setSingleShot(true);
        connect(&killer, &QTimer::timeout, &process, [&] {
            if (process.state() == QProcess::Running) {
                run.killed = true;
                process.kill(); // SIGKILL: no chance to record anything more
            }
        });
        connect(&process, &QProcess::started, &killer, [&] {
            if (killAfterMs >= 0)
                killer.start(killAfterMs);
        });
        process.start(QStringLiteral(DTR_BINARY),
                      {QStringLiteral("submit"), workspace, QStringLiteral("--service"), endpoint.base.toString(),
                       QStringLiteral("--user"), endpoint.user, QStringLiteral("--grace"), QStringLiteral("0"),
                       QStringLiteral("--reason"), QStringLiteral("kill test")});
        // The stand-in lives in this process: keep its event loop turning while the child runs.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
            process.kill();
            process.waitForFinished();
            run.output = QStringLiteral("did not end in 2 minutes");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.output = QString::fromUtf8(process.readAll());
        return run;
    }

private slots:
    void initTestCase() { useFreshAppData(QStringLiteral("tst_killsubmit")); }

    // At least 100 kills (25 under DTR_QUICK_TESTS) spread over as many scenarios as it takes.
    void killedAnywhereThenResubmitted()
    {
        const int wantedKills = qEnvironmentVariableIsSet("DTR_QUICK_TESTS") ? 25 : 100;
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        // Every call answered 15 ms late: a write is on the wire long enough to be cut off. Each
        // scenario has a register of its own (they change the same records).
        const QString faults = QStringLiteral("*:delay=15");
        QRandomGenerator random(20261202);
        // How long a whole submission takes here, unkilled: the kills are spread over that span
        // (most of it is starting up, reading and checking; the writes come last).
        int wholeMs = 0;
        {
            SubmissionScenario scenario;
            QString error;
            const QString path = folder.filePath(QStringLiteral("calibration.dtrws"));
            const StandIn standIn = StandIn::start(faults);
            QVERIFY2(SubmissionScenario::make(path, 999, &scenario, &error), qPrintable(error));
            {
                Session session(CodeTables::bundled());
                QVERIFY2(session.openWorkspace(path, &error), qPrintable(error));
                acknowledgeBlockers(session);
            }
            QElapsedTimer clock;
            clock.start();
            const Run run = submitOnce(path, standIn.endpoint(5000), -1);
            wholeMs = int(clock.elapsed());
            QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        }
        int kills = 0, runs = 0, scenarios = 0;
        int killsWithWriteOpen = 0, killsAfterAnOutcome = 0; // where the kills landed
        while (kills < wantedKills) {
            ++scenarios;
            QVERIFY2(scenarios <= 80, "too few kills landed during submissions");
            SubmissionScenario scenario;
            QString error;
            const QString path = folder.filePath(QStringLiteral("kill%1.dtrws").arg(scenarios));
            const StandIn standIn = StandIn::start(faults);
            QVERIFY2(SubmissionScenario::make(path, 1000 + scenarios, &scenario, &error), qPrintable(error));
            {
                // The gate: the scenario's warnings are acknowledged as a steward would.
                Session session(CodeTables::bundled());
                QVERIFY2(session.openWorkspace(path, &error), qPrintable(error));
                acknowledgeBlockers(session);
            }
            bool done = false;
            int auditOutcomes = 0;
            QString lastOutput;
            for (int attempt = 0; attempt < 40 && !done; ++attempt) {
                // Early attempts are killed somewhere in the submission; later ones may finish.
                const int killAfter = attempt < 30 ? int(random.bounded(wholeMs / 5, wholeMs + 50)) : -1;
                const Run run = submitOnce(path, standIn.endpoint(5000), killAfter);
                ++runs;
                const SubmissionScenario::Shown shown = scenario.shownIn(*standIn.reg);
                QVERIFY2(shown.dags <= 1 && shown.units <= 1,
                         qPrintable(QStringLiteral("scenario %1 created twice after run %2:\n%3")
                                        .arg(scenarios)
                                        .arg(runs)
                                        .arg(run.output)));
                if (run.killed) {
                    ++kills;
                    std::unique_ptr<Workspace> ws = Workspace::open(path, &error);
                    QVERIFY2(ws, qPrintable(error)); // a killed process leaves a workspace that opens
                    killsWithWriteOpen += ws->openWrites().isEmpty() ? 0 : 1;
                    int outcomes = 0;
                    for (const Workspace::AuditEntry &e : ws->audit())
                        outcomes += e.open ? 0 : 1;
                    killsAfterAnOutcome += outcomes > auditOutcomes ? 1 : 0;
                    auditOutcomes = outcomes;
                    continue;
                }
                QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.output));
                done = run.exitCode == 0;
                lastOutput = run.output;
            }
            QVERIFY2(done, qPrintable(QStringLiteral("scenario %1 not done after 40 runs; the last said:\n%2")
                                          .arg(scenarios)
                                          .arg(lastOutput)));
            const SubmissionScenario::Shown shown = scenario.shownIn(*standIn.reg);
            QVERIFY2(shown.all(), qPrintable(QStringLiteral("scenario %1 done, but not all in the register: %2 "
                                                            "daginstitutioner, %3 units, updated %4, moved %5, "
                                                            "closed %6")
                                                 .arg(scenarios)
                                                 .arg(shown.dags)
                                                 .arg(shown.units)
                                                 .arg(shown.updated)
                                                 .arg(shown.moved)
                                                 .arg(shown.closed)));
            std::unique_ptr<Workspace> ws = Workspace::open(path, &error);
            QVERIFY2(ws, qPrintable(error));
            const QString audit = auditProblem(*ws);
            QVERIFY2(audit.isEmpty(), qPrintable(QStringLiteral("scenario %1: %2").arg(scenarios).arg(audit)));
        }
        qInfo("a whole submission takes %d ms here", wholeMs);
        qInfo("%d SIGKILLs in %d runs of dtr submit over %d scenarios (%d with a write in flight, %d after a "
              "new outcome was recorded); every change in exactly once",
              kills, runs, scenarios, killsWithWriteOpen, killsAfterAnOutcome);
        // The kills must land inside submissions, not only before anything is sent.
        QVERIFY(killsWithWriteOpen > 0);
        QVERIFY(killsAfterAnOutcome > 0);
    }
};

QTEST_GUILESS_MAIN(TestKillSubmit)
#include "tst_killsubmit.moc"
