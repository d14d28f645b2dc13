#include "TestFiles.h"
#include "changes/ChangeSet.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "map/MapDock.h"
#include "map/MapWidget.h"
#include "register/Register.h"
#include "session/Session.h"
#include "tree/FilterBar.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dtr;

// The Kort dock in the main window on the demo register: a click on a point selects its record
// in the tree, a selection in the tree rings its point, the map follows the tree's search, the
// keyboard zooms and pans, and the demo's misplaced unit is marked as outside its kommune.
class TestMapView : public QObject
{
    Q_OBJECT

    static int recordOf(MainWindow &w, const char *nummer)
    {
        return w.treeModel()->overlay()->find(Level::Anvisningsenhed, QString::fromLatin1(nummer));
    }

    static MapDock *openMap(MainWindow &w)
    {
        auto *dock = w.findChild<MapDock *>();
        if (!dock)
            return nullptr;
        w.action(QStringLiteral("showMap"))->trigger();
        dock->refreshNow();
        dock->mapWidget()->resize(700, 520);
        return dock;
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_mapview")); }
    void init() { test::clearAppData(); }

    void viewMenuOpensTheMap()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        QAction *show = w.action(QStringLiteral("showMap"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
        auto *dock = w.findChild<MapDock *>();
        QVERIFY(dock && !dock->isVisible());
        show->trigger();
        QVERIFY(dock->isVisible());
        dock->refreshNow();
        // Every active unit and alternative address with coordinates is a point.
        const Overlay &overlay = *w.treeModel()->overlay();
        int expected = 0;
        for (int i = 0; i < overlay.size(); ++i) {
            const Record &r = overlay.record(i);
            expected += r.level() != Level::Daginstitution && r.isActive() && r.coordinate(Field::GeoBredde) &&
                        r.coordinate(Field::GeoLaengde);
        }
        QVERIFY(expected > 50);
        QCOMPARE(dock->registerMap().visibleCount(), expected);
    }

    void demoMisplacedUnitIsMarked()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        MapDock *dock = openMap(w);
        QVERIFY(dock);
        const RegisterMap &map = dock->registerMap();
        const int g10001 = recordOf(w, "G10001");
        QVERIFY(g10001 >= 0);
        const MapPoint &p = map.points()[size_t(map.pointOf(g10001))];
        QVERIFY(p.outside);
        QCOMPARE(p.actualKommune, 730); // Randers
        int outside = 0;
        for (const MapPoint &q : map.points())
            outside += q.outside;
        QCOMPARE(outside, 1);
        // "Zoom til alle" shows it with the rest.
        dock->mapWidget()->zoomToAll();
        QVERIFY(dock->mapWidget()->isOnScreen(g10001));
        QVERIFY(dock->mapWidget()->toolTipFor({g10001}).contains(QStringLiteral("Randers")));
    }

    void clickingAPointSelectsItsRecord()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.openDemo());
        MapDock *dock = openMap(w);
        MapWidget *map = dock->mapWidget();
        for (const char *nummer : {"G10001", "G10002"}) {
            const int record = recordOf(w, nummer);
            QVERIFY(map->centreOnRecord(record));
            const QPointF at = map->positionOf(record);
            QVERIFY(map->rect().contains(at.toPoint()));
            QCOMPARE(map->recordsAt(at).value(0), record);
            if (map->recordsAt(at).size() > 1)
                continue; // several at one spot: a menu (below)
            QTest::mouseClick(map, Qt::LeftButton, {}, at.toPoint());
            QCOMPARE(w.selectedRecord(), record);
            QCOMPARE(map->scene().selectedRecord, record);
        }
        // A click on empty sea selects nothing new.
        const int before = w.selectedRecord();
        map->zoomToAll();
        QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(w.selectedRecord(), before);
    }

    void severalPointsAtOneSpotAreListed()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        MapDock *dock = openMap(w);
        MapWidget *map = dock->mapWidget();
        // Zoomed out, some points lie within a click of each other.
        map->zoomToAll();
        QPointF at;
        QList<int> here;
        for (const MapPoint &p : dock->registerMap().points()) {
            here = map->recordsAt(map->positionOf(p.record));
            if (here.size() >= 2) {
                at = map->positionOf(p.record);
                break;
            }
        }
        QVERIFY(here.size() >= 2);
        const Overlay &overlay = *w.treeModel()->overlay();
        for (int record : here)
            QVERIFY(map->toolTipFor(here).contains(overlay.record(record).nummer()));
        // A click lists them; choosing one selects it.
        QTest::mouseClick(map, Qt::LeftButton, {}, at.toPoint());
        auto *menu = map->findChild<QMenu *>(QStringLiteral("mapPickMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), here.size());
        const int second = here.at(1);
        menu->actions().at(1)->trigger();
        QCOMPARE(w.selectedRecord(), second);
        menu->close();
        // A pending change shows in the change colouring.
        ChangeSet *changes = w.session()->changeSet();
        QString error;
        QVERIFY2(changes->push(changes->updateStep(second, Field::Navn, QStringLiteral("Nyt navn")), &error) ==
                     ChangeSet::Result::Applied,
                 qPrintable(error));
        dock->refreshNow();
        const MapPoint &changed = dock->registerMap().points()[size_t(dock->registerMap().pointOf(second))];
        QVERIFY(changed.changes & RegisterMap::Changed);
        QCOMPARE(changed.name, QStringLiteral("Nyt navn"));
        const MapRenderer renderer(MapBoundaries::bundled(), dock->registerMap());
        QCOMPARE(renderer.legend(MapColouring::Changes).at(MapRenderer::classOf(changed, MapColouring::Changes)).text,
                 QStringLiteral("Ændret"));
    }

    void selectingInTheTreeRingsThePoint()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        MapDock *dock = openMap(w);
        MapWidget *map = dock->mapWidget();
        const int record = recordOf(w, "G10002");
        w.selectRecord(record);
        QCOMPARE(w.selectedRecord(), record);
        QCOMPARE(map->scene().selectedRecord, record);
        QCOMPARE(map->scene().selectedKommune, w.selectedKommune());
        // Centring on request, and following the selection when asked to.
        map->zoomToKommune(751); // Aarhus: the demo's points are elsewhere
        QVERIFY(!map->isOnScreen(record));
        w.findChild<QAction *>(QStringLiteral("mapCentre"))->trigger();
        QVERIFY(map->isOnScreen(record));
        map->zoomToKommune(751);
        QAction *follow = w.findChild<QAction *>(QStringLiteral("mapFollow"));
        follow->setChecked(true);
        const int other = recordOf(w, "G10001");
        w.selectRecord(other);
        QVERIFY(map->isOnScreen(other));
        QCOMPARE(map->scene().selectedRecord, other);
    }

    void theMapFollowsTheTreeFilters()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        MapDock *dock = openMap(w);
        const int all = dock->registerMap().visibleCount();
        const Record &g10002 = w.treeModel()->overlay()->record(recordOf(w, "G10002"));
        w.filterBar()->searchEdit()->setText(g10002.navn());
        dock->refreshNow();
        const int shown = dock->registerMap().visibleCount();
        QVERIFY(shown >= 1 && shown < all);
        for (const MapPoint &p : dock->registerMap().points())
            QCOMPARE(p.visible, w.filterModel()->acceptsRecord(p.record) && p.active);
        w.filterBar()->resetFilters();
        dock->refreshNow();
        QCOMPARE(dock->registerMap().visibleCount(), all);
    }

    void keyboardZoomsAndPans()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        MapWidget *map = openMap(w)->mapWidget();
        map->setFocus();
        const double scale = map->viewport().scale();
        QTest::keyClick(map, Qt::Key_Plus);
        QCOMPARE(map->viewport().scale(), scale * 1.5);
        QTest::keyClick(map, Qt::Key_Minus);
        QCOMPARE(map->viewport().scale(), scale);
        const QPointF centre = map->viewport().centre();
        QTest::keyClick(map, Qt::Key_Right);
        QVERIFY(map->viewport().centre().x() > centre.x());
        QTest::keyClick(map, Qt::Key_Up);
        QVERIFY(map->viewport().centre().y() < centre.y());
        // The wheel zooms at the cursor.
        QWheelEvent wheel(QPointF(100, 100), map->mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        const QPointF under = map->viewport().toPlane({100, 100});
        QApplication::sendEvent(map, &wheel);
        QVERIFY(map->viewport().scale() > scale);
        QVERIFY((map->viewport().toScreen(under) - QPointF(100, 100)).manhattanLength() < 1e-6);
        // Dragging pans.
        const QPointF before = map->viewport().centre();
        QTest::mousePress(map, Qt::LeftButton, {}, QPoint(300, 300));
        QMouseEvent move(QEvent::MouseMove, QPointF(340, 320), map->mapToGlobal(QPointF(340, 320)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(map, &move);
        QTest::mouseRelease(map, Qt::LeftButton, {}, QPoint(340, 320));
        QVERIFY(map->viewport().centre().x() < before.x());
    }

    void mapIsSavedAsPng()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        MapWidget *map = openMap(w)->mapWidget();
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("kort.png"));
        QVERIFY2(map->saveImage(path, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), map->size() * map->devicePixelRatio());
        QVERIFY(!map->saveImage(dir.filePath(QStringLiteral("ingen/mappe/kort.png")), &error));
        QVERIFY(error.contains(QStringLiteral("ingen/mappe")));
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
