#include "SubmissionScenario.h"
#include "TestFiles.h"

#include "codes/CodeTables.h"
#include "session/Session.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dtr;
using namespace dtr::test;

namespace {

// One seed of the soak: a mixed change set submitted to a stand-in that fails at random on every
// method, and submitted again (unknown outcomes settled first) until everything is in. After
// every round nothing may exist twice; at the end every change is in exactly once and the audit
// log shows each operation once with its final outcome.
class SoakRun : public QObject
{
    Q_OBJECT

public:
    SoakRun(int seed, const QString &folder)
        : m_seed(seed)
        , m_folder(folder)
        , m_session(CodeTables::bundled())
    {
        connect(&m_session, &Session::finished, this, &SoakRun::roundEnded);
    }

    void start()
    {
        QString error;
        if (!SubmissionScenario::make(m_folder + QStringLiteral("/soak%1.dtrws").arg(m_seed), m_seed, &m_scenario,
                                      &error) ||
            !m_session.openWorkspace(m_scenario.workspace, &error))
            return fail(error);
        m_standIn = StandIn::start(QStringLiteral("random=0.5/%1").arg(m_seed));
        nextRound();
    }

    bool isDone() const { return m_done; }
    QString failure() const { return m_failure; }
    int rounds() const { return m_rounds; }
    int unknowns() const { return m_unknowns; }

signals:
    void done();

private:
    void nextRound()
    {
        if (!m_session.changeSet()->hasPendingChanges() && m_session.unknownOutcomes().isEmpty())
            return finish();
        if (++m_rounds > 120)
            return fail(QStringLiteral("not done after 120 rounds"));
        acknowledgeBlockers(m_session);
        Session::SubmitRequest request;
        request.endpoint = m_standIn.endpoint(5000);
        request.reason = QStringLiteral("soak");
        request.graceMs = 0; // no late writes here: a write without an answer has landed or never will
        request.lookAgainAfterMs = {20, 50};
        QString error;
        if (!m_session.submit(request, &error))
            QTimer::singleShot(10, this, &SoakRun::nextRound); // e.g. still settling next time
    }

    void roundEnded(const QList<OperationResult> &results, const QString &)
    {
        const SubmissionScenario::Shown shown = m_scenario.shownIn(*m_standIn.reg);
        if (shown.dags > 1 || shown.units > 1)
            return fail(QStringLiteral("created twice after round %1").arg(m_rounds));
        for (const OperationResult &r : results) {
            m_unknowns += r.outcome == OperationResult::Unknown ? 1 : 0;
            if (r.outcome == OperationResult::Accepted && !m_scenario.shows(*m_standIn.reg, r))
                return fail(QStringLiteral("reported accepted, not in the register: %1 %2")
                                .arg(QString(operationKindKey(r.operation.kind)), r.operation.change.key));
        }
        QTimer::singleShot(5, this, &SoakRun::nextRound);
    }

    void finish()
    {
        const SubmissionScenario::Shown shown = m_scenario.shownIn(*m_standIn.reg);
        if (!shown.all())
            return fail(
                QStringLiteral("done, but the register has %1 daginstitutioner, %2 units, updated %3, moved %4, "
                               "closed %5")
                    .arg(shown.dags)
                    .arg(shown.units)
                    .arg(shown.updated)
                    .arg(shown.moved)
                    .arg(shown.closed));
        const QString audit = auditProblem(*m_session.workspace());
        if (!audit.isEmpty())
            return fail(audit);
        m_done = true;
        m_session.close();
        emit done();
    }

    void fail(const QString &why)
    {
        m_failure = QStringLiteral("seed %1: %2").arg(m_seed).arg(why);
        m_done = true;
        m_session.close();
        emit done();
    }

    int m_seed;
    QString m_folder;
    Session m_session;
    SubmissionScenario m_scenario;
    StandIn m_standIn;
    int m_rounds = 0;
    int m_unknowns = 0;
    bool m_done = false;
    QString m_failure;
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useFreshAppData(QStringLiteral("tst_soak")); }

    // At least 200 seeds of random=0.5 on every method (fewer under the sanitizers), eight at a
    // time, each resubmitted until done: every change exactly once.
    void randomFaultsOnEveryMethod()
    {
        QTemporaryDir folder;
        const int seeds = qEnvironmentVariableIsSet("DTR_QUICK_TESTS") ? 24 : 200;
        std::vector<std::unique_ptr<SoakRun>> runs;
        for (int seed = 1; seed <= seeds; ++seed)
            runs.push_back(std::make_unique<SoakRun>(seed, folder.path()));
        std::size_t started = 0, finished = 0;
        const auto startMore = [&] {
            while (started < runs.size() && started - finished < 8)
                runs[started++]->start();
        };
        for (auto &run : runs)
            connect(run.get(), &SoakRun::done, this, [&] {
                ++finished;
                QTimer::singleShot(0, this, startMore);
            });
        startMore();
        QTRY_VERIFY_WITH_TIMEOUT(finished == runs.size(), 1200000);
        int rounds = 0, unknowns = 0;
        QStringList failures;
        for (const auto &run : runs) {
            rounds += run->rounds();
            unknowns += run->unknowns();
            if (!run->failure().isEmpty())
                failures << run->failure();
        }
        qInfo("%d seeds, %d rounds in all, %d unknown outcomes settled later", seeds, rounds, unknowns);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
