#include "TestFiles.h"
#include "generator/SnapshotGenerator.h"
#include "io/XmlSnapshot.h"

#include "changes/Overlay.h"
#include "details/DetailsPanel.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "register/Register.h"
#include "session/Session.h"
#include "tree/FilterBar.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dtr;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    // Walks the view's model to the first row whose record has the given level.
    static QModelIndex firstOfLevel(const QAbstractItemModel *model, const QModelIndex &parent, Level level)
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(RegisterTreeModel::RecordIndexRole).toInt() >= 0 &&
                index.data(RegisterTreeModel::LevelRole).toInt() == int(level))
                return index;
            const QModelIndex below = firstOfLevel(model, index, level);
            if (below.isValid())
                return below;
        }
        return {};
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_mainwindow")); }

    void demoShowsTheTree()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openDemo());
        QCOMPARE(w.treeModel()->rowCount(), 2); // Odder and Skanderborg
        QCOMPARE(w.treeModel()->index(0, 0).data().toString(), QStringLiteral("Odder"));
        QVERIFY(w.treeView()->isExpanded(w.filterModel()->index(0, 0)));
        QVERIFY(w.statusText().contains(QStringLiteral("daginstitutioner")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Demoregister")));

        // Selecting a unit shows its fields, with coded values labelled.
        const QModelIndex unit = firstOfLevel(w.filterModel(), {}, Level::Anvisningsenhed);
        QVERIFY(unit.isValid());
        w.treeView()->setCurrentIndex(unit);
        const Overlay *reg = w.treeModel()->overlay();
        const Record &r = reg->record(unit.data(RegisterTreeModel::RecordIndexRole).toInt());
        QCOMPARE(w.detailsPanel()->heading(), r.navn());
        QCOMPARE(w.detailsPanel()->lineEdit(Field::PNummer)->text(), r.value(Field::PNummer));
        QVERIFY(w.detailsPanel()->comboBox(Field::InstType3)->currentText().contains(QStringLiteral(" – ")));
        QVERIFY(!w.detailsPanel()->lineEdit(Field::PNummer)->isReadOnly());
        QVERIFY(w.detailsPanel()->lineEdit(Field::CvrNummer)->isReadOnly());
        QVERIFY(w.detailsPanel()->lineEdit(Field::Nummer)->isReadOnly());
        QVERIFY(w.detailsPanel()->fieldEditor(Field::VejNavn)->isVisibleTo(w.detailsPanel()));
        QVERIFY(!w.detailsPanel()->fieldEditor(Field::EjerformKode)->isVisibleTo(w.detailsPanel()));
    }

    void typingInTheSearchFieldFilters()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay *reg = w.treeModel()->overlay();
        const int target =
            firstOfLevel(w.treeModel(), {}, Level::Anvisningsenhed).data(RegisterTreeModel::RecordIndexRole).toInt();
        const QString pnummer = reg->record(target).value(Field::PNummer);
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keySequence(&w, QKeySequence::Find);
        QVERIFY(w.filterBar()->searchEdit()->hasFocus());
        QTest::keyClicks(w.filterBar()->searchEdit(), pnummer);
        QCOMPARE(w.filterModel()->searchText(), pnummer);
        const QModelIndex found = firstOfLevel(w.filterModel(), {}, Level::Anvisningsenhed);
        QCOMPARE(found.data(RegisterTreeModel::RecordIndexRole).toInt(), target);

        // Status filter via its combo box.
        w.filterBar()->searchEdit()->clear();
        w.filterBar()->statusCombo()->setCurrentIndex(2); // only closed
        const QModelIndex closed = firstOfLevel(w.filterModel(), {}, Level::Anvisningsenhed);
        QVERIFY(closed.isValid());
        QVERIFY(!reg->record(closed.data(RegisterTreeModel::RecordIndexRole).toInt()).isActive());
        w.filterBar()->resetFilters();
        QVERIFY(!w.filterModel()->isFiltering());
    }

    void openErrorsAreShownWithTheReadersMessage()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const QString bad = m_tmp.filePath(QStringLiteral("ødelagt.xml"));
        QVERIFY(test::writeFile(bad, "<dagtilbudsRegister>\n<daginstitution>\n<daginstitutionsNavn>x"));
        QVERIFY(!w.openSnapshot(bad));
        QVERIFY(w.lastError().contains(QStringLiteral("ødelagt.xml")));
        QVERIFY(w.lastError().contains(QStringLiteral("linje")));
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("openErrorDialog"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("ødelagt.xml")));
        box->close();
        // The register shown before is kept.
        QCOMPARE(w.treeModel()->rowCount(), 2);
    }

    void openingAFolderRemembersItAsRecent()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("lille"));
        test::writeSmallCsvSnapshot(folder);
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openSnapshot(folder));
            QCOMPARE(w.treeModel()->overlay()->size(), 6);
            QVERIFY(w.windowTitle().startsWith(QStringLiteral("lille")));
            w.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0),
                 QFileInfo(folder).absoluteFilePath());
        QVERIFY(QSettings().contains(QStringLiteral("mainwindow/geometry")));
    }

    // At start the register is painted before it is validated: the findings come from the event
    // loop right after, or at once when something needs them (here: what blocks a submission).
    void startUpValidationFollowsTheFirstPaint()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("udskudt"));
        test::writeSmallCsvSnapshot(folder);
        int expected = -1;
        {
            MainWindow w;
            QVERIFY(w.openSnapshot(folder));
            QVERIFY(w.session()->validator()->isValidated());
            expected = w.session()->validator()->counts().total();
        }
        QVERIFY(expected > 0);
        for (const bool askFirst : {false, true}) {
            MainWindow w;
            w.session()->deferNextValidation();
            w.show();
            QVERIFY(w.openSnapshot(folder));
            Validator *v = w.session()->validator();
            QVERIFY(!v->isValidated());
            QCOMPARE(v->counts().total(), 0);
            if (askFirst) {
                w.session()->blockers({});
                QVERIFY(v->isValidated());
            }
            QTRY_VERIFY(v->isValidated());
            QCOMPARE(v->counts().total(), expected);
            // The next open validates at once again.
            QVERIFY(w.openSnapshot(folder));
            QVERIFY(w.session()->validator()->isValidated());
        }
    }

    // A large snapshot opens behind a progress dialog, on a thread of its own: the window keeps
    // answering, Annuller stops it with what was open kept, and without Annuller it opens.
    void largeSnapshotsOpenBehindACancellableProgressDialog()
    {
        // Three times the country (~17 MB): reading it takes far longer than the few statements
        // between starting and cancelling below.
        GeneratorOptions options;
        options.scale = 3;
        const QString big = m_tmp.filePath(QStringLiteral("stort.xml"));
        QString error;
        QVERIFY2(XmlSnapshot::write(generateSnapshot(options).reg, big, &error), qPrintable(error));
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const int demoRows = w.treeModel()->overlay()->size();
        w.setLargeSnapshotBytes(QFileInfo(big).size()); // this file counts as large

        QSignalSpy loaded(&w, &MainWindow::snapshotLoaded);
        QVERIFY(w.openSnapshot(big));
        QVERIFY(w.isLoadingSnapshot());
        auto *progress = w.findChild<QProgressDialog *>(QStringLiteral("snapshotProgress"));
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QVERIFY(progress->labelText().contains(QStringLiteral("stort.xml")));
        QVERIFY(!w.openSnapshot(big)); // one at a time
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Annuller"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.takeFirst().value(0).toBool(), false);
        QVERIFY(!w.isLoadingSnapshot());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("afbrudt")));
        QCOMPARE(w.treeModel()->overlay()->size(), demoRows); // the demo is still open

        QVERIFY(w.openSnapshot(big));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.takeFirst().value(0).toBool(), true);
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("stort.xml")));
        Register direct;
        ReadError readError;
        QVERIFY(XmlSnapshot::read(big, &direct, &readError));
        QCOMPARE(w.treeModel()->overlay()->size(), direct.size());
        QVERIFY(!w.findChild<QProgressDialog *>(QStringLiteral("snapshotProgress")) ||
                !w.findChild<QProgressDialog *>(QStringLiteral("snapshotProgress"))->isVisible());

        // A large file that cannot be read says why, as a small one does.
        const QString bad = m_tmp.filePath(QStringLiteral("stort-ødelagt.xml"));
        QFile source(big);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(test::writeFile(bad, source.readAll().chopped(5000)));
        w.setLargeSnapshotBytes(1);
        QVERIFY(w.openSnapshot(bad));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.takeFirst().value(0).toBool(), false);
        QVERIFY(w.lastError().contains(QStringLiteral("stort-ødelagt.xml")));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("stort.xml")));
        for (QMessageBox *box : w.findChildren<QMessageBox *>())
            box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
