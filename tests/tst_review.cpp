#include "TestFiles.h"
#include "changes/Editor.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "service/Payload.h"
#include "service/RegisterClient.h"
#include "service/ServiceController.h"
#include "session/Session.h"
#include "standin/StandInServer.h"
#include "submitreview/SubmitReviewDialog.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace dtr;

// The review, submit and conflict views in the real window, against the demo's stand-in.
class TestReview : public QObject
{
    Q_OBJECT

    // An active unit whose only findings are info, so changing it blocks nothing.
    static int quietUnit(const MainWindow &w, int skip = 0)
    {
        const Overlay &o = *w.treeModel()->overlay();
        for (int i = 0; i < o.size(); ++i) {
            const Record &r = o.record(i);
            if (r.level() != Level::Anvisningsenhed || !r.isActive() || o.parentOf(i) < 0)
                continue;
            if (w.validator()->worstSeverity(i) >= 0 && w.validator()->worstSeverity(i) != int(Severity::Info))
                continue;
            if (skip-- == 0)
                return i;
        }
        return -1;
    }

    // Starts a submission through the window and waits for the session to finish it.
    static QList<OperationResult> submitAndWait(MainWindow &w, const QSet<QString> &excluded, const QString &reason,
                                                bool dryRun, const QHash<QString, bool> &resolutions = {})
    {
        QSignalSpy done(w.session(), &Session::finished);
        if (!w.submit(excluded, reason, dryRun, resolutions))
            return {};
        if (!done.wait(60000))
            qWarning("the submission did not finish");
        return w.session()->lastResults();
    }

    static QTreeWidgetItem *itemFor(QTreeWidget *tree, const QString &key)
    {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, Qt::UserRole + 1).toString() == key)
                return *it;
        return nullptr;
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_review")); }

    void init() { test::clearAppData(); }

    void reviewShowsBlocksAndSubmits()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay *o = w.treeModel()->overlay();
        const int unit = quietUnit(w);
        QVERIFY(unit >= 0);
        const QString key = o->record(unit).nummer();
        const QString before = o->record(unit).value(Field::TelefonNummer);
        QVERIFY(w.editor()->setField(unit, Field::TelefonNummer, QStringLiteral("86541111")));
        const int dag = w.editor()->createDaginstitution(727); // incomplete on purpose: errors
        const QString dagKey = o->record(dag).nummer();

        SubmitReviewDialog review(*w.session(), &w);
        QTreeWidgetItem *changed = itemFor(review.tree(), key);
        QVERIFY(changed);
        QCOMPARE(changed->checkState(0), Qt::Checked);
        QCOMPARE(changed->child(0)->text(0), fieldLabel(Field::TelefonNummer));
        QCOMPARE(changed->child(0)->text(1), before);
        QCOMPARE(changed->child(0)->text(2), QStringLiteral("86541111"));
        // The new daginstitution's unit misses its P-nummer: an error, so nothing can be sent.
        QVERIFY(review.blockingReason().contains(QStringLiteral("fejl")));
        QVERIFY(!review.submitButton()->isEnabled());
        // Leaving out the new daginstitution leaves out its new unit too.
        review.setExcluded(dagKey, true);
        QCOMPARE(review.excluded().size(), 2);
        QVERIFY(review.blockingReason().isEmpty());
        QVERIFY(review.submitButton()->isEnabled());
        QCOMPARE(review.planList()->count(), 1);
        QVERIFY(review.planList()->item(0)->text().contains(QStringLiteral("UpdateAnvisningsEnhed")));

        // Sending the erroneous records anyway is refused before anything goes out.
        QVERIFY(!w.submit({}, QStringLiteral("Test"), false));
        QVERIFY(w.lastError().contains(dagKey) || w.lastError().contains(QStringLiteral("(ny")));
        // Dry run first, then for real.
        QList<OperationResult> results = submitAndWait(w, review.excluded(), QStringLiteral("Test"), true);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].outcome, OperationResult::WouldSend);
        results = submitAndWait(w, review.excluded(), QStringLiteral("Nyt nummer"), false);
        QCOMPARE(results[0].outcome, OperationResult::Accepted);
        review.showResults(results);
        QVERIFY(review.resultList()->item(0)->text().startsWith(QStringLiteral("Modtaget")));
        // The workspace now has the accepted change as its base; the new records still wait.
        const ChangeSet &now = *w.editor()->changeSet();
        QCOMPARE(now.counts().changed, 0);
        QCOMPARE(now.counts().added, 2);
        QCOMPARE(now.base().record(now.base().find(Level::Anvisningsenhed, key)).value(Field::TelefonNummer),
                 QStringLiteral("86541111"));
        QCOMPARE(w.workspace()->audit().size(), 1);
        QCOMPARE(w.workspace()->audit().first().reason, QStringLiteral("Nyt nummer"));
    }

    void reviewMarksSurviveARestart()
    {
        QString path;
        int marked = -1;
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openDemo());
            // F8 goes to the next record that is not reviewed and has a warning or an error.
            QVERIFY(w.selectNextToReview());
            marked = w.selectedRecord();
            QVERIFY(w.validator()->worstSeverity(marked) == int(Severity::Warning) ||
                    w.validator()->worstSeverity(marked) == int(Severity::Error));
            QVERIFY(w.reviewText().contains(QStringLiteral(": 0 af")));
            QVERIFY(w.setReviewed(marked, true, QStringLiteral("Tjekket med institutionen")));
            QVERIFY(w.treeModel()->indexOfRecord(marked).data(RegisterTreeModel::ReviewedRole).toBool());
            QVERIFY(w.reviewText().contains(QStringLiteral(": 1 af")));
            QVERIFY(w.selectNextToReview());
            QVERIFY(w.selectedRecord() != marked); // the reviewed one is skipped now
            path = w.workspace()->path();
        }
        MainWindow again;
        QVERIFY(again.openWorkspace(path));
        QVERIFY(again.treeModel()->isReviewed(marked));
        QCOMPARE(again.workspace()->reviewMarks().begin()->note, QStringLiteral("Tjekket med institutionen"));
        // The filter for the unreviewed hides it (it shows only to keep an unreviewed child reachable).
        again.action(QStringLiteral("unreviewedOnly"))->trigger();
        const QModelIndex shown = again.filterModel()->mapFromSource(again.treeModel()->indexOfRecord(marked));
        QVERIFY(!shown.isValid() || again.filterModel()->rowCount(shown) > 0);
        QVERIFY(again.setReviewed(marked, false));
        QVERIFY(again.filterModel()->mapFromSource(again.treeModel()->indexOfRecord(marked)).isValid());
    }

    void conflictsAreShownAndResolved()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay *o = w.treeModel()->overlay();
        const int unit = quietUnit(w, 3);
        const QString key = o->record(unit).nummer();
        QVERIFY(w.editor()->setField(unit, Field::TelefonNummer, QStringLiteral("86542222")));
        // A colleague changes the same field in the register meanwhile.
        ServiceEndpoint endpoint;
        QString error;
        QVERIFY(w.serviceEndpoint(&endpoint, &error));
        RegisterClient colleague(endpoint);
        ServiceCall *read = colleague.query(ServiceNames::Method::GetAnvisningsEnhederByNummer, key);
        read->wait();
        Register fresh;
        QVERIFY(RegisterClient::readRegister(*read, &fresh, &error));
        Record theirs = fresh.record(0);
        theirs.setValue(Field::TelefonNummer, u"86543333");
        ServiceCall *write =
            colleague.write(ServiceNames::Method::UpdateAnvisningsEnhed, Payload::write(Payload::Kind::Update, theirs));
        write->wait();
        QVERIFY(write->ok());
        ImportResult answer;
        QVERIFY(ImportResult::parse(write->response().xml, &answer, &error));
        QVERIFY2(answer.ok, qPrintable(answer.errors.value(0).message));

        QList<OperationResult> results = submitAndWait(w, {}, QStringLiteral("Konflikt"), false);
        QCOMPARE(results[0].outcome, OperationResult::Conflict);
        ConflictDialog dialog(results);
        QCOMPARE(dialog.tree()->topLevelItemCount(), 1);
        QCOMPARE(dialog.tree()->topLevelItem(0)->text(2), QStringLiteral("86542222"));
        QCOMPARE(dialog.tree()->topLevelItem(0)->text(3), QStringLiteral("86543333"));
        dialog.chooseAll(false);
        QCOMPARE(dialog.resolutions().value(key + QStringLiteral("/telefonNummer")), false);
        dialog.chooseAll(true);
        // Still pending after the conflict; sent again keeping mine.
        QCOMPARE(w.editor()->changeSet()->counts().changed, 1);
        results = submitAndWait(w, {}, QStringLiteral("Konflikt løst"), false, dialog.resolutions());
        QCOMPARE(results[0].outcome, OperationResult::Accepted);
        QVERIFY(!w.editor()->changeSet()->hasPendingChanges());
        const ChangeSet &now = *w.editor()->changeSet();
        QCOMPARE(now.base().record(now.base().find(Level::Anvisningsenhed, key)).value(Field::TelefonNummer),
                 QStringLiteral("86542222"));
        QCOMPARE(w.workspace()->audit().size(), 2);
    }

    // A write whose answer is lost and whose read-back fails is unknown: shown on the record, in
    // the review dialog (which then blocks sending), and settled by "Afstem med registeret" —
    // accepted when the register has it, pending again (and then sent) when it has not.
    void unknownOutcomeIsShownAndReconciled()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        StandInServer *server = w.service()->demoServer();
        QVERIFY(server);
        const auto useFaults = [&](const QString &spec) {
            FaultPlan faults;
            QString error;
            QVERIFY2(faults.parse(spec, &error), qPrintable(error));
            server->setFaults(faults);
        };
        const auto settle = [&] {
            QSignalSpy done(w.session(), &Session::finished);
            w.reconcile();
            QVERIFY(done.wait(60000));
        };
        for (const bool applied : {true, false}) {
            const int unit = quietUnit(w, applied ? 5 : 6);
            QVERIFY(unit >= 0);
            // The overlay is asked for each time: a settled outcome opens the change set anew.
            const QString key = w.treeModel()->overlay()->record(unit).nummer();
            QVERIFY(w.editor()->setField(unit, Field::TelefonNummer, applied ? u"86547777"_qs : u"86548888"_qs));
            // drop-after: done, no answer; fault: a SOAP Fault, not done. Every read fails after it.
            useFaults(applied ? u"UpdateAnvisningsEnhed:drop-after,readback:http503"_qs
                              : u"UpdateAnvisningsEnhed:fault,readback:http503"_qs);
            QList<OperationResult> results = submitAndWait(w, {}, QStringLiteral("Uvist"), false);
            QCOMPARE(results.size(), 1);
            QVERIFY2(results[0].outcome == OperationResult::Unknown, qPrintable(results[0].message));
            QCOMPARE(w.session()->unknownOutcomes().size(), 1);
            const QModelIndex row =
                w.treeModel()->indexOfRecord(w.treeModel()->overlay()->find(Level::Anvisningsenhed, key));
            QCOMPARE(row.data(RegisterTreeModel::RegisterRole).toString(), QStringLiteral("unknown"));
            {
                SubmitReviewDialog review(*w.session(), &w);
                QVERIFY(review.blockingReason().contains(QStringLiteral("Afstem")));
                QVERIFY(!review.submitButton()->isEnabled());
            }
            // Sending anything else first is not possible: the next submission settles first.
            useFaults(QString());
            settle();
            results = w.session()->lastResults();
            QCOMPARE(results.size(), 1);
            QVERIFY(results[0].settled);
            QVERIFY(w.session()->unknownOutcomes().isEmpty());
            const Workspace::AuditEntry last = w.workspace()->audit().last();
            QCOMPARE(last.key, key);
            QVERIFY(!last.open);
            if (applied) {
                QCOMPARE(results[0].outcome, OperationResult::Accepted);
                QVERIFY(!w.editor()->changeSet()->hasPendingChanges());
                QCOMPARE(last.outcome, QStringLiteral("accepted"));
                continue;
            }
            QCOMPARE(results[0].outcome, OperationResult::Failed);
            QCOMPARE(last.outcome, QStringLiteral("failed"));
            QCOMPARE(w.editor()->changeSet()->counts().changed, 1);
            results = submitAndWait(w, {}, QStringLiteral("Igen"), false);
            QCOMPARE(results.size(), 1);
            QCOMPARE(results[0].outcome, OperationResult::Accepted);
            QVERIFY(!w.editor()->changeSet()->hasPendingChanges());
        }
        // Each write once in the audit log with its final outcome: accepted; failed, then accepted.
        QStringList outcomes;
        for (const Workspace::AuditEntry &e : w.workspace()->audit())
            outcomes << e.outcome;
        QCOMPARE(outcomes, QStringList({u"accepted"_qs, u"failed"_qs, u"accepted"_qs}));
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
