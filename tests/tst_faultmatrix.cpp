#include "SubmissionScenario.h"
#include "TestFiles.h"

#include "codes/CodeTables.h"
#include "session/Session.h"
#include "submit/SubmissionPlan.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dtr;
using namespace dtr::test;

// The compound-fault matrix: each fault the stand-in can put on a write × each fault on the reads
// that follow it (the read-back) × the position of the write in a mixed change set. In every
// cell the first submission's outcomes tell the truth (accepted only what the register holds,
// unknown only where nothing could tell, nothing created twice), and submitting again as a
// steward would — unknown outcomes settled by reading back first — ends with every change in
// the register exactly once and the audit log showing each operation once with its final outcome.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_cell = 0;
    QHash<QString, int> m_outcomes; // first-run outcomes over all cells, for the figures

    static constexpr int TimeoutMs = 400;
    static constexpr int GraceMs = 900; // longer than a late write takes to land

private slots:
    void initTestCase() { useFreshAppData(QStringLiteral("tst_faultmatrix")); }

    void cleanupTestCase()
    {
        QStringList figures;
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            figures << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        figures.sort();
        qInfo("%d cells; first-run outcomes: %s", m_cell, qPrintable(figures.join(QStringLiteral(", "))));
    }

    void everyWriteFaultTimesEveryReadBackFault_data()
    {
        QTest::addColumn<QString>("writeFault");
        QTest::addColumn<QString>("readFault");
        QTest::addColumn<int>("position");
        const QStringList writes{
            QStringLiteral("drop-before"),   QStringLiteral("drop-after"),  QStringLiteral("http500"),
            QStringLiteral("http500-after"), QStringLiteral("http503"),     QStringLiteral("malformed"),
            QStringLiteral("fault"),         QStringLiteral("fault-after"), QStringLiteral("oversized"),
            QStringLiteral("delay=700"),     QStringLiteral("late=250")};
        // The reads right after the faulted write: fine; the first look fails (answered, and a
        // read that never gets an answer); every look fails.
        const QStringList reads{QString(), QStringLiteral("readback:http503@1-3"),
                                QStringLiteral("readback:drop-before@1-3"), QStringLiteral("readback:malformed@1-12")};
        const bool quick = qEnvironmentVariableIsSet("DTR_QUICK_TESTS");
        for (const QString &w : writes)
            for (const QString &r : reads)
                for (int position = 0; position < 5; ++position)
                    if (!quick || position == (w.size() + r.size()) % 5)
                        QTest::addRow("%s|%s|%d", qPrintable(w), r.isEmpty() ? "-" : qPrintable(r), position)
                            << w << r << position;
    }

    void everyWriteFaultTimesEveryReadBackFault()
    {
        QFETCH(QString, writeFault);
        QFETCH(QString, readFault);
        QFETCH(int, position);
        SubmissionScenario scenario;
        QString error;
        ++m_cell;
        QVERIFY2(SubmissionScenario::make(m_tmp.filePath(QStringLiteral("ws%1.dtrws").arg(m_cell)), m_cell, &scenario,
                                          &error),
                 qPrintable(error));
        Session session(CodeTables::bundled());
        QVERIFY2(session.openWorkspace(scenario.workspace, &error), qPrintable(error));
        acknowledgeBlockers(session);
        SubmissionPlan plan;
        QVERIFY(SubmissionPlan::build(session.changeSet()->netChanges(), {}, &plan, &error,
                                      parentKeys(*session.changeSet())));
        QCOMPARE(plan.operations.size(), 5);
        const QString method = QString(ServiceNames::methodName(methodFor(plan.operations[position])));
        QString faults = QStringLiteral("%1:%2@1").arg(method, writeFault);
        if (!readFault.isEmpty())
            faults += QLatin1Char(',') + readFault;
        StandIn standIn = StandIn::start(faults);
        const ServiceEndpoint endpoint = standIn.endpoint(TimeoutMs);

        QVERIFY2(submitAndWait(session, endpoint, GraceMs, &error), qPrintable(error));
        const QList<OperationResult> first = session.lastResults();
        QCOMPARE(first.size(), 5);
        for (const OperationResult &r : first) {
            m_outcomes[QString(outcomeKey(r.outcome))] += 1;
            const bool shown = scenario.shows(*standIn.reg, r);
            const QString what = QStringLiteral("%1 %2: %3 – %4")
                                     .arg(QString(operationKindKey(r.operation.kind)), r.operation.change.key,
                                          outcomeLabel(r.outcome), r.message);
            // Accepted exactly when the register has it; what it has was never reported as not
            // done (only unknown may hide a write that happened or is about to).
            if (r.outcome == OperationResult::Accepted)
                QVERIFY2(shown, qPrintable(what));
            else if (r.outcome != OperationResult::Unknown)
                QVERIFY2(!shown, qPrintable(what));
            if (r.outcome == OperationResult::Unknown)
                QVERIFY2(r.operation.kind == plan.operations[position].kind, qPrintable(what));
        }
        const SubmissionScenario::Shown now = scenario.shownIn(*standIn.reg);
        QVERIFY(now.dags <= 1 && now.units <= 1);

        QVERIFY2(submitUntilDone(session, endpoint, GraceMs, 40, &error), qPrintable(error));
        const SubmissionScenario::Shown done = scenario.shownIn(*standIn.reg);
        QCOMPARE(done.dags, 1);
        QCOMPARE(done.units, 1);
        QVERIFY(done.updated && done.moved && done.closed);
        const QString audit = auditProblem(*session.workspace());
        QVERIFY2(audit.isEmpty(), qPrintable(audit));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
