#include "ModalDialogs.h"
#include "TestFiles.h"
#include "changes/ChangeSet.h"
#include "changes/Editor.h"
#include "details/DetailsPanel.h"
#include "edit/MoveDialog.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "tree/FilterBar.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace dtr;
using dtr::test::whenShown;

// Editing in the real main window, offscreen: the form, the tree, the actions and dialogs.
class TestEditing : public QObject
{
    Q_OBJECT

    static int firstRecord(const Overlay &o, Level level, bool withParent = true)
    {
        for (int i = 0; i < o.size(); ++i)
            if (o.isLive(i) && o.record(i).level() == level && o.record(i).isActive() &&
                (!withParent || o.parentOf(i) >= 0) && o.record(i).code(Field::InstType3) != 6013)
                return i;
        return -1;
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_editing")); }

    void init() { test::clearAppData(); }

    void typingInTheFormIsOneUndoStepAndMarked()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        QAbstractItemModelTester tester(w.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Overlay &o = *w.treeModel()->overlay();
        const int unit = firstRecord(o, Level::Anvisningsenhed);
        w.selectRecord(unit);
        QCOMPARE(w.detailsPanel()->currentRecord(), unit);
        QLineEdit *email = w.detailsPanel()->lineEdit(Field::Email);
        const QString before = email->text();
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("leder@odder.dk"));
        QCOMPARE(o.record(unit).value(Field::Email), QStringLiteral("leder@odder.dk"));
        QCOMPARE(w.editor()->undoStack()->count(), 1); // one step for the whole typing
        QVERIFY(w.changesText().contains(QStringLiteral("1 ændret")));
        QVERIFY(w.isWindowModified());
        QVERIFY(email->toolTip().contains(before));
        QVERIFY(email->styleSheet().contains(QStringLiteral("background")));
        const QModelIndex row = w.treeModel()->indexOfRecord(unit);
        QCOMPARE(row.data(RegisterTreeModel::ChangeStateRole).toInt(), int(RegisterTreeModel::Changed));
        QVERIFY(!row.siblingAtColumn(RegisterTreeModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

        // Length limits come from the register's rules.
        QCOMPARE(w.detailsPanel()->lineEdit(Field::TelefonNummer)->maxLength(), 20);
        QCOMPARE(w.detailsPanel()->lineEdit(Field::Navn)->maxLength(), 132);

        // Ctrl+Z from the window undoes it; the form follows.
        QApplication::setActiveWindow(&w);
        w.treeView()->setFocus();
        w.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(o.record(unit).value(Field::Email), before);
        QCOMPARE(email->text(), before);
        QVERIFY(!w.isWindowModified());
        w.action(QStringLiteral("redo"))->trigger();
        QCOMPARE(email->text(), QStringLiteral("leder@odder.dk"));
    }

    void codedFieldsAreComboBoxesWithDanishLabels()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        const int unit = firstRecord(o, Level::Anvisningsenhed);
        w.selectRecord(unit);
        QComboBox *type = w.detailsPanel()->comboBox(Field::InstType3);
        QVERIFY(type->isEnabled());
        const int row = type->findData(QStringLiteral("6010"));
        QVERIFY(type->itemText(row).contains(QStringLiteral("Vuggestue")));
        type->setCurrentIndex(row);
        emit type->activated(row);
        QCOMPARE(o.record(unit).value(Field::InstType3), QStringLiteral("6010"));
        QCOMPARE(w.treeModel()->indexOfRecord(unit, RegisterTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("Vuggestue (0-2 år)"));
    }

    void renameInlineInTheTree()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        const int dag = firstRecord(o, Level::Daginstitution, false);
        const QModelIndex proxy = w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(dag));
        QVERIFY(w.filterModel()->flags(proxy) & Qt::ItemIsEditable);
        QVERIFY(w.filterModel()->setData(proxy, QStringLiteral("  Børnehuset Havblik ")));
        QCOMPARE(o.record(dag).navn(), QStringLiteral("Børnehuset Havblik"));
        QCOMPARE(w.detailsPanel()->currentRecord() == dag ? w.detailsPanel()->heading() : o.record(dag).navn(),
                 QStringLiteral("Børnehuset Havblik"));
    }

    void createCloseAndTheirRules()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        const int dags = o.count(Level::Daginstitution);
        w.selectRecord(firstRecord(o, Level::Daginstitution, false));
        w.action(QStringLiteral("newDaginstitution"))->trigger();
        QCOMPARE(o.count(Level::Daginstitution), dags + 1);
        const int created = w.selectedRecord();
        QVERIFY(isTemporaryKey(o.record(created).nummer()));
        QCOMPARE(o.childrenOf(created).size(), size_t(1));
        QVERIFY(w.detailsPanel()->lineEdit(Field::Navn)->hasFocus() || !QApplication::activeWindow());
        QVERIFY(w.changesText().contains(QStringLiteral("2 oprettet")));

        // Closing a parent with children is refused with the reason.
        w.action(QStringLiteral("closeRecord"))->trigger();
        auto *refusal = w.findChild<QMessageBox *>(QStringLiteral("refusalDialog"));
        QVERIFY(refusal);
        QVERIFY(refusal->text().contains(QStringLiteral("kaskade")));
        refusal->close();
        QVERIFY(o.isLive(created));

        // New child under the new daginstitution, then close it again: nothing remains of it.
        w.selectRecord(created);
        w.action(QStringLiteral("newChild"))->trigger();
        const int child = w.selectedRecord();
        QCOMPARE(o.record(child).parentNummer(), o.record(created).nummer());
        w.action(QStringLiteral("closeRecord"))->trigger();
        QVERIFY(!o.isLive(child));
        QVERIFY(w.changesText().contains(QStringLiteral("2 oprettet")));
    }

    void moveWithTheDialogAndByDrop()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        ChangeSet &c = *w.editor()->changeSet();
        const int unit = firstRecord(o, Level::Anvisningsenhed);
        const QList<int> targets = c.moveTargets(unit);
        QVERIFY(targets.size() > 3);
        for (int t : targets) // only the unit's own kommune is offered
            QCOMPARE(o.admKommuneOf(t), o.admKommuneOf(unit));
        w.selectRecord(unit);
        const int target = targets[2];
        whenShown<MoveDialog>([&](MoveDialog *d) {
            d->filterEdit()->setText(o.record(target).nummer());
            QCOMPARE(d->target(), target);
            d->accept();
        });
        w.action(QStringLiteral("moveRecord"))->trigger();
        QCOMPARE(o.parentOf(unit), target);
        QCOMPARE(c.counts().moved, 1);

        // Drag and drop goes through the same rules.
        const int other = targets[3];
        auto *mime = w.filterModel()->mimeData({w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(unit))});
        QVERIFY(mime);
        const QModelIndex drop = w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(other));
        QVERIFY(w.filterModel()->canDropMimeData(mime, Qt::MoveAction, -1, -1, drop));
        w.filterModel()->dropMimeData(mime, Qt::MoveAction, -1, -1, drop);
        QCOMPARE(o.parentOf(unit), other);
        // Not onto a unit (wrong level), and not onto itself.
        const QModelIndex unitIndex = w.filterModel()->mapFromSource(w.treeModel()->indexOfRecord(unit));
        QVERIFY(!w.filterModel()->canDropMimeData(mime, Qt::MoveAction, -1, -1, unitIndex));
        delete mime;
    }

    void changedOnlyFilterAndRevert()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        const int unit = firstRecord(o, Level::Anvisningsenhed);
        QVERIFY(w.editor()->setField(unit, Field::TelefonNummer, QStringLiteral("86543210")));
        w.filterBar()->changedOnlyBox()->setChecked(true);
        // Only the changed unit (and its ancestors) remain.
        int records = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < w.filterModel()->rowCount(parent); ++r) {
                const QModelIndex i = w.filterModel()->index(r, 0, parent);
                if (i.data(RegisterTreeModel::ChangeStateRole).toInt())
                    ++records;
                walk(i);
            }
        };
        walk({});
        QCOMPARE(records, 1);
        w.selectRecord(unit);
        w.action(QStringLiteral("revertRecord"))->trigger();
        QVERIFY(!w.editor()->changeSet()->hasPendingChanges());
        w.filterBar()->resetFilters();
    }

    void changesAreKeptAcrossSessionsAndLocked()
    {
        QString path;
        int unit = -1;
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openDemo());
            unit = firstRecord(*w.treeModel()->overlay(), Level::Anvisningsenhed);
            QVERIFY(w.editor()->setField(unit, Field::Navn, QStringLiteral("Dagplejegruppe Nord")));
            path = w.workspace()->path();

            // A second window cannot open the same workspace while this one has it.
            MainWindow second;
            QVERIFY(!second.openWorkspace(path));
            QVERIFY(second.lastError().contains(QStringLiteral("allerede åbent")));

            // Closing says where the changes are kept, then closes.
            QVERIFY(!w.close());
            auto *notice = w.findChild<QMessageBox *>(QStringLiteral("closeNotice"));
            QVERIFY(notice);
            QVERIFY(notice->text().contains(QDir::toNativeSeparators(path)));
            notice->accept();
            QTRY_VERIFY(!w.isVisible());
        }
        MainWindow again;
        QCOMPARE(again.resumableWorkspace(), path);
        QVERIFY(again.openWorkspace(path));
        QCOMPARE(again.treeModel()->overlay()->record(unit).navn(), QStringLiteral("Dagplejegruppe Nord"));
        QCOMPARE(again.editor()->undoStack()->count(), 1);
        // Opening the demo again continues in the same workspace.
        MainWindow third;
        QVERIFY(!third.openDemo()); // locked by `again`
        again.editor()->undoStack()->undo();
        QVERIFY(again.resumableWorkspace().isEmpty());
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
