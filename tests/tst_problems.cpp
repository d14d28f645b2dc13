#include "TestFiles.h"
#include "changes/Editor.h"
#include "details/DetailsPanel.h"
#include "item/ProblemsModel.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "problems/ProblemsPanel.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace dtr;

// The problems panel and the validation marks in the real window.
class TestProblems : public QObject
{
    Q_OBJECT

    static int rowOfRule(const ProblemsPanel &panel, const QString &rule)
    {
        const QAbstractItemModel *m = panel.table()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, 0).data(ProblemsModel::RuleRole).toString() == rule)
                return row;
        return -1;
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_problems")); }

    void init() { test::clearAppData(); }

    void panelListsFiltersAndLeadsToTheField()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        ProblemsPanel &panel = *w.problemsPanel();
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FindingCounts counts = w.validator()->counts();
        QVERIFY(counts.error > 0 && counts.warning > 0 && counts.info > 0);
        QCOMPARE(panel.model()->rowCount(), counts.total());
        QVERIFY(w.validationText().contains(QStringLiteral("Fejl: %1").arg(counts.error)));

        panel.severityCombo()->setCurrentIndex(1); // errors only
        QCOMPARE(panel.table()->model()->rowCount(), counts.error);
        panel.severityCombo()->setCurrentIndex(0);
        panel.ruleCombo()->setCurrentIndex(panel.ruleCombo()->findData(QStringLiteral("pnummer-format")));
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        panel.ruleCombo()->setCurrentIndex(0);

        // Double-click (activation) selects the record and focuses the field.
        const int row = rowOfRule(panel, QStringLiteral("pnummer-format"));
        QVERIFY(row >= 0);
        const QModelIndex index = panel.table()->model()->index(row, 0);
        const int record = index.data(ProblemsModel::RecordRole).toInt();
        QApplication::setActiveWindow(&w);
        panel.activate(index);
        QCOMPARE(w.selectedRecord(), record);
        QLineEdit *pnummer = w.detailsPanel()->lineEdit(Field::PNummer);
        QVERIFY(pnummer->toolTip().contains(QStringLiteral("P-nummer skal være 10 cifre")));
        QVERIFY(pnummer->styleSheet().contains(QStringLiteral("#e03131")));
        QCOMPARE(w.treeModel()->indexOfRecord(record).data(RegisterTreeModel::SeverityRole).toInt(),
                 int(Severity::Error));

        // Fixing it in the form makes the finding go away at once.
        QVERIFY(w.editor()->setField(record, Field::PNummer, QStringLiteral("1012345678")));
        QCOMPARE(w.validator()->counts().error, counts.error - 1);
        QCOMPARE(rowOfRule(panel, QStringLiteral("pnummer-format")), -1);
        QVERIFY(!pnummer->styleSheet().contains(QStringLiteral("#e03131")));
        QVERIFY(w.validationText().contains(QStringLiteral("Fejl: %1").arg(counts.error - 1)));
        // And comes back on undo.
        w.editor()->undoStack()->undo();
        QCOMPARE(w.validator()->counts().error, counts.error);
    }

    void acknowledgementsAreKeptAndRevocable()
    {
        QString path;
        Finding warning;
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openDemo());
            path = w.workspace()->path();
            const QList<Finding> all = w.validator()->allFindings();
            const auto it =
                std::find_if(all.begin(), all.end(), [](const Finding &f) { return f.severity == Severity::Warning; });
            QVERIFY(it != all.end());
            warning = *it;
            QVERIFY(!w.validator()->isAcknowledged(warning));
            QVERIFY(w.acknowledge(warning, true, QStringLiteral("Det er to afdelinger på samme adresse")));
            QVERIFY(w.validator()->isAcknowledged(warning));
            const int row = rowOfRule(*w.problemsPanel(), warning.rule);
            QVERIFY(w.problemsPanel()->table()->model()->index(row, 0).data(ProblemsModel::AcknowledgedRole).toBool());
        }
        MainWindow again;
        QVERIFY(again.openWorkspace(path));
        QVERIFY(again.validator()->isAcknowledged(warning));
        QCOMPARE(again.workspace()->acknowledgements().first().note,
                 QStringLiteral("Det er to afdelinger på samme adresse"));
        QVERIFY(again.acknowledge(warning, false));
        QVERIFY(!again.validator()->isAcknowledged(warning));
        QVERIFY(again.workspace()->acknowledgements().isEmpty());
    }
};

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"
