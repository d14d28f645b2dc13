#include "ModalDialogs.h"
#include "TestFiles.h"

#include "audit/AuditDialog.h"
#include "changes/Editor.h"
#include "changes/Overlay.h"
#include "compare/CompareChooser.h"
#include "compare/DiffDialog.h"
#include "details/DetailsPanel.h"
#include "files/FileDialogs.h"
#include "i18n/UiLanguage.h"
#include "io/Snapshot.h"
#include "item/ProblemsModel.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "item/SeedCheckProgressModel.h"
#include "mainwindow/MainWindow.h"
#include "problems/ProblemsPanel.h"
#include "register/Register.h"
#include "report/ReportPages.h"
#include "report/SignOffReport.h"
#include "seedcheck/SeedCheckPanel.h"
#include "service/SettingsDialog.h"
#include "session/Session.h"
#include "submit/OperationResult.h"
#include "submitreview/SubmitReviewDialog.h"
#include "tree/FilterBar.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dtr;

// A steward's afternoon (issue 17): the things a new user tripped over, each driven through the
// real window as a steward would.
class TestSteward : public QObject
{
    Q_OBJECT

    // The first active anvisningsenhed under a daginstitution.
    static int firstUnit(const MainWindow &w, int skip = 0)
    {
        const Overlay &o = *w.treeModel()->overlay();
        for (int i = 0; i < o.size(); ++i)
            if (o.isLive(i) && o.record(i).level() == Level::Anvisningsenhed && o.record(i).isActive() &&
                o.parentOf(i) >= 0 && skip-- == 0)
                return i;
        return -1;
    }

    // An active unit without errors (warnings can be acknowledged; errors would block a submission).
    static int unitWithoutErrors(const MainWindow &w)
    {
        const Overlay &o = *w.treeModel()->overlay();
        for (int i = 0; i < o.size(); ++i)
            if (o.isLive(i) && o.record(i).level() == Level::Anvisningsenhed && o.record(i).isActive() &&
                o.parentOf(i) >= 0 && w.validator()->worstSeverity(i) != int(Severity::Error))
                return i;
        return -1;
    }

    static int visibleRefusalBoxes(const MainWindow &w)
    {
        int n = 0;
        for (QMessageBox *box : w.findChildren<QMessageBox *>(QStringLiteral("refusalDialog")))
            n += box->isVisible();
        return n;
    }

    // Closing with pending changes asks; Cancel keeps the window open.
    static void expectCloseNoticeAndStay(MainWindow &w, const QString &start)
    {
        QVERIFY(!w.close());
        auto *notice = w.findChild<QMessageBox *>(QStringLiteral("closeNotice"));
        QVERIFY(notice);
        QVERIFY2(notice->text().startsWith(start), qPrintable(notice->text()));
        QVERIFY(notice->button(QMessageBox::Cancel));
        notice->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!w.findChild<QMessageBox *>(QStringLiteral("closeNotice")));
        QVERIFY(w.isVisible());
    }

    static void activate(MainWindow &w)
    {
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

private slots:
    void initTestCase()
    {
        test::useFreshAppData(QStringLiteral("tst_steward"));
        // Qt's own file dialog, which a test can drive, whatever the desktop offers.
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }
    void init() { test::clearAppData(); }

    // "Nulstil filtre" clears every filter, "Kun ikke gennemgåede" included, and that filter has
    // its own control in the filter bar; an empty tree says how many filters hide everything.
    void resetClearsEveryFilterAndAnEmptyTreeSaysWhy()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.openDemo());
        FilterBar *bar = w.filterBar();
        QAction *unreviewed = w.action(QStringLiteral("unreviewedOnly"));
        unreviewed->trigger();
        QVERIFY(w.filterModel()->unreviewedOnly());
        QVERIFY(bar->unreviewedOnlyBox()->isChecked()); // visible in the bar, not only in the menu
        QVERIFY(bar->unreviewedOnlyBox()->isVisibleTo(&w));
        QVERIFY(bar->emptyNotice()->isHidden());

        // A search nothing matches empties the tree: the notice says why and resets on its link.
        QTest::keyClicks(bar->searchEdit(), QStringLiteral("G10007 findes-ikke"));
        QCOMPARE(w.filterModel()->rowCount(), 0);
        QVERIFY(!bar->emptyNotice()->isHidden());
        QVERIFY2(bar->emptyNotice()->text().contains(QStringLiteral("2 filtre skjuler alle poster")),
                 qPrintable(bar->emptyNotice()->text()));
        emit bar->emptyNotice()->linkActivated(QStringLiteral("reset"));
        QVERIFY(!w.filterModel()->isFiltering());
        QVERIFY(!bar->unreviewedOnlyBox()->isChecked());
        QVERIFY(!unreviewed->isChecked());
        QVERIFY(bar->emptyNotice()->isHidden());
        QVERIFY(w.filterModel()->rowCount() > 0);

        // The shortcut resets the box too.
        bar->unreviewedOnlyBox()->setChecked(true);
        QVERIFY(unreviewed->isChecked());
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!w.filterModel()->isFiltering());
        QVERIFY(!bar->unreviewedOnlyBox()->isChecked());
    }

    // Errors first, then warnings, then info, in Danish and in any language (not by the label).
    void problemsAreSortedBySeriousness()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        auto *table = w.problemsPanel()->findChild<QTableView *>();
        QVERIFY(table);
        const QAbstractItemModel *model = table->model();
        QVERIFY(model->rowCount() > 10);
        QSet<int> seen;
        int last = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const int severity = model->index(row, 0).data(ProblemsModel::SeverityRole).toInt();
            QVERIFY2(severity >= last, qPrintable(QStringLiteral("row %1").arg(row)));
            last = severity;
            seen.insert(severity);
        }
        QVERIFY(seen.contains(int(Severity::Error)));
        QVERIFY(seen.contains(int(Severity::Warning)));
        QCOMPARE(model->index(0, 0).data(ProblemsModel::SeverityRole).toInt(), int(Severity::Error));
    }

    // Ctrl+3 and Ctrl+4 go to their panel (show, raise, focus); pressed twice they stay there.
    void panelShortcutsGoToThePanel()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.openDemo());
        auto *problems = w.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        auto *progress = w.findChild<QDockWidget *>(QStringLiteral("reviewProgressDock"));
        problems->hide();
        for (int round = 0; round < 2; ++round) {
            QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
            QVERIFY(problems->isVisible());
            QVERIFY(w.problemsPanel()->isVisible());
            QVERIFY(w.problemsPanel()->findChild<QTableView *>()->hasFocus());
            QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
            QVERIFY(progress->isVisible());
            QVERIFY(w.seedCheckPanel()->isVisible());
            QVERIFY(w.seedCheckPanel()->findChild<QTableView *>()->hasFocus());
        }
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(w.treeView()->hasFocus());
        // Settings has its shortcut on every desktop, shown in the menu.
        QCOMPARE(w.action(QStringLiteral("settings"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

    // A selection, or a daginstitution with everything under it, is marked reviewed in one go.
    void aSelectionOrAFamilyIsMarkedReviewed()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        const int a = firstUnit(w), b = firstUnit(w, 1);
        QItemSelectionModel *selection = w.treeView()->selectionModel();
        w.selectRecord(a);
        selection->select(w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(b)),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(w.selectedRecords().size(), 2);
        // Dragging moves one record at a time: a drag of the two starts nothing.
        const QModelIndex ia = w.treeModel()->indexOfRecord(a), ib = w.treeModel()->indexOfRecord(b);
        QVERIFY(!std::unique_ptr<QMimeData>(w.treeModel()->mimeData({ia, ib})));
        QVERIFY(std::unique_ptr<QMimeData>(w.treeModel()->mimeData({ia, ia.siblingAtColumn(1)})));
        w.action(QStringLiteral("markReviewed"))->trigger();
        QVERIFY(w.treeModel()->isReviewed(a));
        QVERIFY(w.treeModel()->isReviewed(b));
        QCOMPARE(w.session()->reviewed().size(), 2);
        // Ctrl+G again on the same selection unmarks both.
        w.action(QStringLiteral("markReviewed"))->trigger();
        QVERIFY(!w.treeModel()->isReviewed(a));
        QVERIFY(!w.treeModel()->isReviewed(b));

        // A daginstitution with its active units and their addresses.
        const int dag = o.parentOf(a);
        w.selectRecord(dag);
        w.action(QStringLiteral("markFamilyReviewed"))->trigger();
        int family = 1;
        QVERIFY(w.treeModel()->isReviewed(dag));
        for (int unit : o.childrenOf(dag)) {
            QCOMPARE(w.treeModel()->isReviewed(unit), o.record(unit).isActive());
            family += o.record(unit).isActive();
            for (int address : o.childrenOf(unit)) {
                QCOMPARE(w.treeModel()->isReviewed(address), o.record(address).isActive());
                family += o.record(address).isActive();
            }
        }
        QCOMPARE(w.session()->reviewed().size(), family);
        QCOMPARE(w.workspace()->reviewMarks().size(), family);

        // Unmark one unit: in "only not reviewed" the reviewed daginstitution still shows (to keep
        // the unit reachable) and says it is reviewed.
        QVERIFY(w.setReviewed(a, false));
        w.action(QStringLiteral("unreviewedOnly"))->trigger();
        const QModelIndex shownDag = w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(dag));
        QVERIFY(shownDag.isValid());
        QVERIFY(shownDag.siblingAtColumn(RegisterTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("gennemgået")));
    }

    // Ctrl+Z and Ctrl+Y in a form field move the change set, not the line edit's own text.
    void undoAndRedoWorkFromTheForm()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.openDemo());
        const int unit = firstUnit(w);
        w.selectRecord(unit);
        QLineEdit *name = w.detailsPanel()->lineEdit(Field::Navn);
        const QString before = name->text();
        name->setFocus();
        QVERIFY(name->hasFocus());
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" Syd"));
        const QString typed = before + QStringLiteral(" Syd");
        QCOMPARE(w.treeModel()->overlay()->record(unit).navn(), typed);
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.treeModel()->overlay()->record(unit).navn(), before);
        QCOMPARE(name->text(), before);
        QVERIFY(!w.editor()->changeSet()->hasPendingChanges());
        QTest::keyClick(name, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(w.treeModel()->overlay()->record(unit).navn(), typed);
        QCOMPARE(name->text(), typed);
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.treeModel()->overlay()->record(unit).navn(), typed);
        // Typing after an undo is a new step, not merged into the undone one.
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("!"));
        QCOMPARE(w.treeModel()->overlay()->record(unit).navn(), before + QLatin1Char('!'));
        QCOMPARE(w.editor()->undoStack()->count(), 1);
    }

    // Digits where digits belong: letters cannot be typed into P-nummer, postnummer or telephone.
    void shapedFieldsTakeOnlyWhatFits()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.openDemo());
        const int unit = firstUnit(w);
        w.selectRecord(unit);
        for (Field field : {Field::PNummer, Field::PostNummer, Field::TelefonNummer}) {
            QLineEdit *edit = w.detailsPanel()->lineEdit(field);
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("12ab3"));
            QCOMPARE(edit->text(), QStringLiteral("123"));
            QCOMPARE(w.treeModel()->overlay()->record(unit).value(field), QStringLiteral("123"));
        }
        QLineEdit *phone = w.detailsPanel()->lineEdit(Field::TelefonNummer);
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("+45 86 12 34 56"));
        QCOMPARE(phone->text(), QStringLiteral("+45 86 12 34 56"));
        // The name takes anything.
        QLineEdit *name = w.detailsPanel()->lineEdit(Field::Navn);
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("x1"));
        QVERIFY(name->text().endsWith(QStringLiteral("x1")));
    }

    // A value the change set refuses is said once and does not stay in the field, so typing on
    // does not bring the same refusal back again and again.
    void aRefusedValueIsShownOnceAndReverted()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.openDemo());
        const int unit = firstUnit(w);
        w.selectRecord(unit);
        QLineEdit *name = w.detailsPanel()->lineEdit(Field::Navn);
        const QString before = name->text();
        name->setFocus();
        name->end(false);
        name->insert(QStringLiteral("A\u0001B")); // as pasted: a control character the register cannot take
        QCOMPARE(visibleRefusalBoxes(w), 1);
        QVERIFY(w.lastError().contains(QStringLiteral("kontroltegnet")));
        QCOMPARE(name->text(), before); // the field shows what the change set holds
        QCOMPARE(w.treeModel()->overlay()->record(unit).navn(), before);
        // Typing on goes through, and brings no further refusal.
        w.findChild<QMessageBox *>(QStringLiteral("refusalDialog"))->close();
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("C"));
        QCOMPARE(visibleRefusalBoxes(w), 0);
        QCOMPARE(w.treeModel()->overlay()->record(unit).navn(), before + QLatin1Char('C'));
        // Two refusals in a row share one box.
        name->insert(QStringLiteral("\u0002"));
        name->insert(QStringLiteral("\u0003"));
        QCOMPARE(visibleRefusalBoxes(w), 1);
    }

    // The acknowledge dialog names the warning; the status bar counts warnings as the review table.
    void acknowledgingNamesTheWarningAndCountsAgree()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Validator *v = w.validator();
        const QList<Finding> all = v->allFindings();
        const auto warning = std::find_if(all.cbegin(), all.cend(), [v](const Finding &f) {
            return f.severity == Severity::Warning && f.related < 0 && !v->isAcknowledged(f);
        });
        QVERIFY(warning != all.cend());
        const Finding target = *warning;
        const KommuneProgress *total = w.seedCheckProgress()->progressOf(SeedCheckProgressModel::AllKommuner);
        const int openBefore = total->warnings;
        QVERIFY(w.validationText().contains(QStringLiteral("Advarsler: %1").arg(openBefore)));

        QString asked;
        test::whenShown<QInputDialog>([&asked](QInputDialog *dialog) {
            asked = dialog->labelText();
            dialog->setTextValue(QStringLiteral("Bekræftet af institutionen"));
            dialog->accept();
        });
        emit w.problemsPanel()->acknowledgeRequested(target, true);
        QVERIFY2(asked.contains(target.message), qPrintable(asked));
        QVERIFY(asked.contains(target.entity));
        QVERIFY(v->isAcknowledged(target));
        total = w.seedCheckProgress()->progressOf(SeedCheckProgressModel::AllKommuner);
        QVERIFY(total->warnings < openBefore);
        QVERIFY2(w.validationText().contains(QStringLiteral("Advarsler: %1 ").arg(total->warnings)),
                 qPrintable(w.validationText()));
        QVERIFY(w.validationText().contains(QStringLiteral("kvitteret")));
    }

    // One pending change is "1 ventende ændring" (Danish plural forms from dtrstudio_da.ts) and
    // "1 pending change" in English; quitting offers to stay.
    void pluralsAndQuittingWithPendingChanges_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::newRow("da") << QStringLiteral(":/i18n/dtrstudio_da.ts") << QStringLiteral("Du har 1 ventende ændring.")
                            << QStringLiteral("Du har 2 ventende ændringer.");
        QTest::newRow("en") << QStringLiteral(":/i18n/dtrstudio_en.ts") << QStringLiteral("You have 1 pending change.")
                            << QStringLiteral("You have 2 pending changes.");
    }

    void pluralsAndQuittingWithPendingChanges()
    {
        QFETCH(QString, ts);
        QFETCH(QString, one);
        QFETCH(QString, many);
        TsTranslator translator;
        QString error;
        QVERIFY2(translator.loadTs(ts, &error), qPrintable(error));
        QVERIFY(QApplication::installTranslator(&translator));
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openDemo());
            QVERIFY(w.editor()->setField(firstUnit(w), Field::Navn, QStringLiteral("Nord")));
            expectCloseNoticeAndStay(w, one);
            QVERIFY(w.editor()->setField(firstUnit(w, 1), Field::Navn, QStringLiteral("Syd")));
            expectCloseNoticeAndStay(w, many);
            w.editor()->undoStack()->setIndex(0); // nothing pending: closes without asking
        }
        QApplication::removeTranslator(&translator);
    }

    // Filer → Gem udtræk som…: the base, or the base with the pending changes, as XML or as a CSV
    // folder, read back by the same readers.
    void theRegisterIsSavedAsASnapshot()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const int unit = firstUnit(w);
        const QString key = w.treeModel()->overlay()->record(unit).nummer();
        const QString before = w.treeModel()->overlay()->record(unit).navn();
        QVERIFY(w.editor()->setField(unit, Field::Navn, QStringLiteral("Gemt med ændringen")));
        QVERIFY(w.action(QStringLiteral("saveSnapshot"))->isEnabled());

        const QString xml = dir.filePath(QStringLiteral("med-aendringer.xml"));
        QVERIFY(w.saveSnapshot(xml, true));
        Register withChanges;
        ReadError error;
        QVERIFY2(Snapshot::read(xml, &withChanges, &error), qPrintable(error.toString()));
        QCOMPARE(withChanges.record(withChanges.find(Level::Anvisningsenhed, key)).navn(),
                 QStringLiteral("Gemt med ændringen"));
        QCOMPARE(int(withChanges.records().size()), int(w.editor()->changeSet()->base().records().size()));

        const QString csv = dir.filePath(QStringLiteral("grundlag"));
        QVERIFY(w.saveSnapshot(csv, false));
        Register base;
        QVERIFY2(Snapshot::read(csv, &base, &error), qPrintable(error.toString()));
        QCOMPARE(base.record(base.find(Level::Anvisningsenhed, key)).navn(), before);
        QCOMPARE(test::canonical(base), test::canonical(w.editor()->changeSet()->base()));

        // A place that cannot be written says so.
        QVERIFY(!w.saveSnapshot(QStringLiteral("/proc/ikke-her.xml"), true));
        QVERIFY(!w.lastError().isEmpty());
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("openErrorDialog"));
        QVERIFY(box);
        box->close();
    }

    // The sign-off report carries why each warning was accepted and who made it; the review rows'
    // last update has its own column; the PDF shows local dates, repeats table headers on every
    // page and never splits a row.
    void signOffReportHasNotesAndKeepsRowsWhole()
    {
        qputenv("USER", "steward");
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Validator *v = w.validator();
        const QList<Finding> all = v->allFindings();
        const auto warning = std::find_if(all.cbegin(), all.cend(), [](const Finding &f) {
            return f.severity == Severity::Warning && f.related < 0;
        });
        QVERIFY(warning != all.cend());
        const QString note = QStringLiteral("Adressen er bekræftet af institutionen");
        QVERIFY(w.acknowledge(*warning, true, note));
        QVERIFY(w.setReviewed(warning->record, true, QStringLiteral("Set")));

        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("alt.csv"));
        QVERIFY(w.exportReport(SeedCheckProgressModel::AllKommuner, csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral(";Tidspunkt;Senest opdateret;Kvitteringsnote\r\n")));
        QVERIFY(text.contains(QStringLiteral("Udarbejdet af: steward")));
        const QString findingLine = text.split(QStringLiteral("\r\n")).filter(note).value(0);
        QVERIFY2(findingLine.startsWith(QStringLiteral("Fund;")), qPrintable(findingLine));
        QVERIFY(findingLine.contains(warning->rule));

        // Local date format, as a Dane reads it.
        const QDateTime at(QDate(2026, 12, 2), QTime(6, 15));
        QCOMPARE(SignOffReport::shownTime(at.toString(Qt::ISODate)), QStringLiteral("2. dec. 2026 06:15"));
        QCOMPARE(SignOffReport::shownDate(QStringLiteral("2019-08-01T00:00:00")), QStringLiteral("1. aug. 2019"));

        const SignOffReport report = SignOffReport::build(*w.editor()->changeSet(), v, w.workspace()->reviewMarks(),
                                                          SeedCheckProgressModel::AllKommuner, QStringLiteral("demo"),
                                                          w.workspace()->acknowledgements(), QStringLiteral("steward"));
        const auto acknowledged = std::find_if(report.findings().cbegin(), report.findings().cend(),
                                               [&note](const SignOffReport::Row &r) { return r.note == note; });
        QVERIFY(acknowledged != report.findings().cend());
        QVERIFY(!acknowledged->at.isEmpty());
        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        const ReportPages pages = report.pages();
        const int pageCount = pages.print(writer);
        QVERIFY2(pageCount > 2, qPrintable(QString::number(pageCount)));
        QVERIFY(pdf.data().startsWith("%PDF-"));
        const QList<ReportPages::PlacedRow> &rows = pages.placedRows();
        const int tableRows = int(report.findings().size() + report.changes().size() + report.reviews().size()) + 1;
        int bodyRows = 0;
        int lastPage = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const ReportPages::PlacedRow &row = rows[i];
            bodyRows += !row.header;
            QVERIFY(row.bottom <= pages.pageBottom() + 0.5);
            if (row.page != lastPage) {
                // A table continuing on a new page starts it with its header again.
                QVERIFY2(row.header, qPrintable(QStringLiteral("page %1 starts without a header").arg(row.page)));
                lastPage = row.page;
            }
        }
        QCOMPARE(bodyRows, tableRows);
        QVERIFY(lastPage > 1 && lastPage <= pageCount);
    }

    // After a submission the register refused: the tree keeps its state, and the register's
    // words are on the record in the tree, the form and the problems panel.
    void aRefusalIsShownOnTheRecordAndTheTreeKeepsItsState()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const int unit = unitWithoutErrors(w);
        QVERIFY(unit >= 0);
        const QString key = w.treeModel()->overlay()->record(unit).nummer();
        QVERIFY(w.editor()->setField(unit, Field::PNummer, QStringLiteral("1088888888")));
        QString error;
        for (const SubmissionBlocker &blocker : w.session()->blockers())
            QVERIFY(w.session()->acknowledge(blocker.finding, true, QStringLiteral("test"), &error));
        w.selectRecord(unit);
        const QModelIndex dagIndex =
            w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(w.treeModel()->overlay()->parentOf(unit)));
        QVERIFY(w.treeView()->isExpanded(dagIndex));
        // Another kommune than the unit's is closed by hand.
        QModelIndex top = w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(unit));
        while (top.parent().isValid())
            top = top.parent();
        const int otherKommune = top.row() == 0 ? 1 : 0;
        w.treeView()->collapse(w.filterModel()->index(otherKommune, 0));

        QSignalSpy done(w.session(), &Session::finished);
        QVERIFY2(w.submit({}, QStringLiteral("Test"), false), qPrintable(w.lastError()));
        QVERIFY(done.wait(60000));
        QCOMPARE(w.session()->lastResults().value(0).outcome, OperationResult::Refused);

        // The tree as it was: the same record selected, the same rows open and closed.
        const Overlay &o = *w.treeModel()->overlay();
        const int now = o.find(Level::Anvisningsenhed, key);
        QCOMPARE(w.selectedRecord(), now);
        QVERIFY(
            w.treeView()->isExpanded(w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(o.parentOf(now)))));
        QVERIFY(!w.treeView()->isExpanded(w.filterModel()->index(otherKommune, 0)));
        QVERIFY(w.treeView()->isExpanded(w.filterModel()->index(top.row(), 0)));

        // The register's words: tree tooltip, form, problems panel.
        const QString tip = w.treeModel()->indexOfRecord(now).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("1088888888")) && tip.contains(QStringLiteral("afviste")),
                 qPrintable(tip));
        auto *problems = w.problemsPanel()->findChild<QTableView *>()->model();
        bool inProblems = false;
        for (int row = 0; row < problems->rowCount(); ++row) {
            const QModelIndex index = problems->index(row, 0);
            if (index.data(ProblemsModel::RuleRole).toString() == ProblemsModel::RegisterRule &&
                index.data(ProblemsModel::RecordRole).toInt() == now) {
                inProblems = problems->index(row, ProblemsModel::MessageColumn)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("1088888888"));
                QCOMPARE(index.data(ProblemsModel::SeverityRole).toInt(), int(Severity::Error));
            }
        }
        QVERIFY(inProblems);
        bool inForm = false;
        for (QLabel *label : w.detailsPanel()->findChildren<QLabel *>())
            inForm = inForm || (label->isVisible() && label->text().contains(QStringLiteral("Registeret afviste")) &&
                                label->text().contains(QStringLiteral("1088888888")));
        QVERIFY(inForm);

        // The review dialog gives the register's words in full, in a row of their own.
        SubmitReviewDialog review(*w.session(), &w);
        bool inReview = false;
        for (QTreeWidgetItemIterator it(review.tree()); *it; ++it)
            inReview = inReview ||
                       ((*it)->text(0) == QStringLiteral("Registerets svar") &&
                        (*it)->text(2).contains(QStringLiteral("1088888888")) && (*it)->toolTip(2) == (*it)->text(2));
        QVERIFY(inReview);

        // The undo text still names the steward's own step; the audit log speaks Danish.
        QVERIFY2(w.editor()->undoStack()->undoText().startsWith(QStringLiteral("Ret p-nummer")),
                 qPrintable(w.editor()->undoStack()->undoText()));
        AuditDialog audit(*w.workspace(), QStringLiteral("demo"));
        QCOMPARE(audit.table()->rowCount(), 1);
        const QString outcome = audit.table()->item(0, 6)->text();
        QVERIFY2(!outcome.contains(QStringLiteral("refused")) && outcome.startsWith(QStringLiteral("Afvist")),
                 qPrintable(outcome));
    }

    // Comparing: each snapshot is a file or a CSV folder ("Fil…" / "Mappe…"), and a CSV snapshot's
    // column is named after its folder, not one of its files, with when it was extracted.
    void compareTakesACsvFolderAndNamesItsColumnAfterIt()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const QString xml = dir.filePath(QStringLiteral("demo.xml"));
        const QString folder = dir.filePath(QStringLiteral("udtraek-november"));
        QVERIFY(w.saveSnapshot(xml, false));
        QVERIFY(w.saveSnapshot(folder, false));
        const QString extracted = w.editor()->changeSet()->base().extractedAt();
        QVERIFY(!extracted.isEmpty());
        const QString year = extracted.left(4);

        CompareChooser *chooser = w.chooseSnapshotsToCompare();
        QVERIFY(chooser && chooser->isVisible());
        auto *ok = chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        chooser->olderEdit()->setText(xml);

        // "Mappe…" opens where snapshots were last chosen and takes the folder itself.
        FileDialogs::remember(FileDialogs::Kind::Snapshots, dir.path());
        QString shownIn;
        test::whenShown<QFileDialog>([&](QFileDialog *d) {
            shownIn = d->directory().absolutePath();
            d->selectFile(folder);
            QMetaObject::invokeMethod(d, "accept");
        });
        const QList<QPushButton *> folderButtons = chooser->findChildren<QPushButton *>(QStringLiteral("chooseFolder"));
        QCOMPARE(folderButtons.size(), 2);
        folderButtons.last()->click();
        QCOMPARE(shownIn, QDir(dir.path()).absolutePath());
        QCOMPARE(QDir::fromNativeSeparators(chooser->newerEdit()->text()), QDir(folder).absolutePath());
        QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Snapshots), QDir(dir.path()).absolutePath());
        QVERIFY(ok->isEnabled());
        ok->click();
        auto *diff = w.findChild<DiffDialog *>(QStringLiteral("diffDialog"));
        QVERIFY(diff);
        QVERIFY(diff->diffs().isEmpty()); // the same base either way
        const QString older = diff->tree()->headerItem()->text(1);
        const QString newer = diff->tree()->headerItem()->text(2);
        QVERIFY2(older.startsWith(QStringLiteral("demo.xml")) && older.contains(year), qPrintable(older));
        QVERIFY2(newer.startsWith(QStringLiteral("udtraek-november")) && newer.contains(year), qPrintable(newer));
        // The whole title fits its column.
        for (int column : {1, 2})
            QVERIFY(diff->tree()->columnWidth(column) >
                    diff->tree()->header()->fontMetrics().horizontalAdvance(diff->tree()->headerItem()->text(column)));
        diff->close();

        // One of the folder's files chosen with "Fil…" stands for the folder too.
        QString file;
        for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("*.csv")}, QDir::Files))
            file = info.absoluteFilePath();
        QVERIFY(!file.isEmpty());
        Register reg;
        ReadError error;
        QVERIFY(Snapshot::read(file, &reg, &error));
        const QString name = DiffDialog::snapshotName(file, reg);
        QVERIFY2(name.startsWith(QStringLiteral("udtraek-november")) && !name.contains(QStringLiteral(".csv")),
                 qPrintable(name));
        // Without an extraction time, just the name.
        reg.setExtractedAt({});
        QCOMPARE(DiffDialog::snapshotName(folder, reg), QStringLiteral("udtraek-november"));

        // Comparing the base with a snapshot uses the same chooser, with one row.
        CompareChooser *one = w.chooseSnapshotToCompareWithBase();
        QVERIFY(!one->newerEdit());
        QCOMPARE(one->findChildren<QPushButton *>(QStringLiteral("chooseFile")).size(), 1);
        one->olderEdit()->setText(folder);
        one->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(w.findChildren<DiffDialog *>(QStringLiteral("diffDialog")).size() >= 1);
        DiffDialog *withBase = nullptr;
        for (DiffDialog *d : w.findChildren<DiffDialog *>(QStringLiteral("diffDialog")))
            if (d->isVisible())
                withBase = d;
        QVERIFY(withBase);
        QVERIFY(withBase->tree()->headerItem()->text(2).startsWith(QStringLiteral("udtraek-november")));
    }

    // Each kind of file dialog opens in the folder last used for that kind, not the working folder.
    void fileDialogsRememberTheLastFolderPerKind()
    {
        QTemporaryDir changes;
        QTemporaryDir reports;
        const QString changeFile = changes.filePath(QStringLiteral("aendringer.json"));
        {
            QFile f(changeFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Changes), QDir::homePath());
        QString shownIn;
        test::whenShown<QFileDialog>([&](QFileDialog *d) {
            shownIn = d->directory().absolutePath();
            d->selectFile(changeFile);
            QMetaObject::invokeMethod(d, "accept");
        });
        QCOMPARE(FileDialogs::openFile(nullptr, FileDialogs::Kind::Changes, QStringLiteral("Test"),
                                       QStringLiteral("*.json")),
                 changeFile);
        QCOMPARE(shownIn, QDir::homePath());
        QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Changes), QDir(changes.path()).absolutePath());
        // Another kind is not moved by it.
        QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Reports), QDir::homePath());
        FileDialogs::remember(FileDialogs::Kind::Reports, reports.path());

        // The window's dialogs use them: exporting changes opens in the change files' folder with
        // the suggested name, the sign-off report in the reports' folder.
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        QString suggested;
        test::whenShown<QFileDialog>([&](QFileDialog *d) {
            shownIn = d->directory().absolutePath();
            suggested = d->selectedFiles().value(0);
            d->reject();
        });
        w.exportChanges();
        QCOMPARE(shownIn, QDir(changes.path()).absolutePath());
        QVERIFY2(QFileInfo(suggested).absolutePath() == QDir(changes.path()).absolutePath(), qPrintable(suggested));
        test::whenShown<QFileDialog>([&](QFileDialog *d) {
            shownIn = d->directory().absolutePath();
            d->reject();
        });
        w.chooseReportFile(SeedCheckProgressModel::AllKommuner, true);
        QCOMPARE(shownIn, QDir(reports.path()).absolutePath());
        // A remembered folder that is gone falls back to the default.
        const QString gone = reports.path();
        reports.remove();
        QCOMPARE(FileDialogs::folder(FileDialogs::Kind::Reports), QDir::homePath());
        QVERIFY(!QFileInfo::exists(gone));
    }

    // The demo's workspace reopened without --demo: submitting offers to start the demo register
    // (never the real register's test environment); declining says why nothing was sent.
    void theReopenedDemoWorkspaceOffersTheDemoRegister()
    {
        QString path;
        QString key;
        {
            MainWindow first;
            first.show();
            QVERIFY(first.openDemo());
            path = first.workspace()->path();
            const int unit = unitWithoutErrors(first);
            QVERIFY(unit >= 0);
            key = first.treeModel()->overlay()->record(unit).nummer();
            QVERIFY(first.editor()->setField(unit, Field::Navn, QStringLiteral("Genåbnet demo")));
        }
        QTemporaryDir dir;
        const QString xml = dir.filePath(QStringLiteral("andet.xml"));
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openWorkspace(path));
            QVERIFY(!w.demoServiceUrl().isValid());
            QVERIFY(w.demoRegisterOffered());
            QString error;
            for (const SubmissionBlocker &blocker : w.session()->blockers())
                QVERIFY(w.session()->acknowledge(blocker.finding, true, QStringLiteral("test"), &error));

            QString question;
            test::whenShown<QMessageBox>([&](QMessageBox *box) {
                question = box->objectName();
                box->button(QMessageBox::Cancel)->click();
            });
            QVERIFY(!w.submit({}, QStringLiteral("Test"), false));
            QCOMPARE(question, QStringLiteral("startDemoQuestion"));
            QVERIFY2(w.lastError().contains(QStringLiteral("Demoregisteret kører ikke")), qPrintable(w.lastError()));
            QVERIFY(!w.demoServiceUrl().isValid());
            for (QMessageBox *box : w.findChildren<QMessageBox *>())
                box->close();

            question.clear();
            test::whenShown<QMessageBox>([&](QMessageBox *box) {
                question = box->objectName();
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
            });
            QSignalSpy done(w.session(), &Session::finished);
            QVERIFY2(w.submit({}, QStringLiteral("Test"), false), qPrintable(w.lastError()));
            QCOMPARE(question, QStringLiteral("startDemoQuestion"));
            QVERIFY(done.wait(60000));
            QVERIFY(w.demoServiceUrl().isValid());
            QVERIFY(!w.demoRegisterOffered());
            QCOMPARE(w.session()->lastResults().value(0).outcome, OperationResult::Accepted);
            QCOMPARE(w.session()->lastResults().value(0).number, key);
            // The stand-in keeps what it was sent beside the demo's workspace.
            QFile state(path + QStringLiteral(".register.json"));
            QVERIFY(state.open(QIODevice::ReadOnly));
            QVERIFY(state.readAll().contains("Genåbnet demo"));
            QVERIFY(w.saveSnapshot(xml, false));
        }

        // Opening anything else withdraws the offer.
        MainWindow other;
        QVERIFY(other.openWorkspace(path));
        QVERIFY(other.demoRegisterOffered());
        QVERIFY(other.openSnapshot(xml));
        QVERIFY(!other.demoRegisterOffered());
    }

    // Settings: a label's '&' is a mnemonic for its field, never shown as a character.
    void settingsLabelsShowNoStrayAmpersand()
    {
        SettingsDialog dialog;
        int labelled = 0;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().contains(QLatin1Char('&')) || label->textFormat() == Qt::RichText)
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            ++labelled;
        }
        QVERIFY(labelled >= 3); // CA-certifikat, WSDL, Arbejdsområder gemmes i
    }

    // `dtr` speaks Danish under any locale, Qt's own words ("Usage:", "Options:") included.
    void theCommandLineSpeaksDanishUnderAnyLocale()
    {
        QProcess dtr;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        dtr.setProcessEnvironment(env);
        dtr.start(QStringLiteral(DTR_BINARY), {QStringLiteral("convert"), QStringLiteral("--help")});
        QVERIFY(dtr.waitForFinished(30000));
        const QString help = QString::fromUtf8(dtr.readAllStandardOutput());
        QVERIFY2(help.startsWith(QStringLiteral("Brug: ")), qPrintable(help.left(200)));
        QVERIFY(!help.contains(QStringLiteral("Usage:")));
        QVERIFY(!help.contains(QStringLiteral("Options:")));
    }
};

QTEST_MAIN(TestSteward)
#include "tst_steward.moc"
