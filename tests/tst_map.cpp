#include "TestFiles.h"
#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "map/MapRenderer.h"
#include "register/Register.h"
#include "report/ReportPages.h"
#include "report/SignOffReport.h"
#include "validation/Validator.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace dtr;
using dtr::test::besideEdge;

// The map's model without a window: the projection and the viewport, the points' grid index
// and picking against brute force, "outside its kommune" at the border tolerance, and what the
// renderer draws (names never overlapping, the outside mark where it belongs).
class TestMap : public QObject
{
    Q_OBJECT

    static Record unit(const QString &nummer, int kommune, GeoPoint at)
    {
        Record r(Level::Anvisningsenhed);
        r.setValue(Field::Nummer, nummer);
        r.setValue(Field::ParentNummer, QStringLiteral("D1"));
        r.setValue(Field::Navn, QStringLiteral("Enhed %1").arg(nummer));
        r.setValue(Field::KommuneKode, QString::number(kommune));
        r.setValue(Field::GeoBredde, QString::number(at.lat, 'f', 7));
        r.setValue(Field::GeoLaengde, QString::number(at.lon, 'f', 7));
        r.setValue(Field::Aktivitetsstatus, QStringLiteral("Aktiv"));
        return r;
    }

    static std::shared_ptr<Register> registerWith(const QList<Record> &units)
    {
        auto reg = std::make_shared<Register>();
        Record d(Level::Daginstitution);
        d.setValue(Field::Nummer, QStringLiteral("D1"));
        d.setValue(Field::Navn, QStringLiteral("Daginstitution"));
        d.setValue(Field::AdmKommuneKode, QStringLiteral("727"));
        d.setValue(Field::Aktivitetsstatus, QStringLiteral("Aktiv"));
        reg->add(d);
        for (const Record &u : units)
            reg->add(u);
        reg->finalize();
        return reg;
    }

    // Which side of an Odder edge is inside Odder.
    static int insideSign(const KommuneArea &area, int edge)
    {
        return Geography::bundled().contains(area.kode, besideEdge(area, edge, 200, 1)) ? 1 : -1;
    }

    std::shared_ptr<const Register> m_land; // three municipalities, generated
    std::unique_ptr<ChangeSet> m_changes;
    std::unique_ptr<RegisterMap> m_map;

private slots:
    void initTestCase()
    {
        GeneratorOptions options;
        options.kommuner = {727, 746, 751};
        m_land = std::make_shared<Register>(generateSnapshot(options).reg);
        m_changes = std::make_unique<ChangeSet>(m_land);
        m_map = std::make_unique<RegisterMap>();
        m_map->rebuild(*m_changes->overlay());
        QVERIFY(m_map->points().size() > 100);
    }

    void projectionRoundTrip()
    {
        for (double lon = 8.0; lon <= 15.2; lon += 0.37)
            for (double lat = 54.5; lat <= 57.8; lat += 0.23) {
                const GeoPoint back = MapProjection::toGeo(MapProjection::toPlane(GeoPoint{lon, lat}));
                QVERIFY(std::abs(back.lon - lon) < 1e-9 && std::abs(back.lat - lat) < 1e-9);
            }
        // Plane kilometres are kilometres on the ground, to within a few per cent in Denmark.
        const GeoPoint odder{10.1525, 55.9737}, skagen{10.5830, 57.7209}, roenne{14.70, 55.10};
        for (const auto &[a, b] : {std::pair{odder, skagen}, std::pair{odder, roenne}}) {
            const QPointF d = MapProjection::toPlane(a) - MapProjection::toPlane(b);
            const double km = std::hypot(d.x(), d.y());
            const double ground = distanceMetres(a, b) / 1000;
            QVERIFY2(std::abs(km - ground) / ground < 0.03, qPrintable(QStringLiteral("%1 vs %2").arg(km).arg(ground)));
        }
        // North is up: Skagen is above Odder on screen.
        QVERIFY(MapProjection::toPlane(skagen).y() < MapProjection::toPlane(odder).y());
    }

    void viewportRoundTripAndZoom()
    {
        MapViewport v;
        v.setSize({640, 480});
        v.setCentre({12.5, -40});
        v.setScale(17);
        for (const QPointF screen : {QPointF(0, 0), QPointF(320, 240), QPointF(639, 1), QPointF(13.5, 470.25)}) {
            const QPointF back = v.toScreen(v.toPlane(screen));
            QVERIFY(std::abs(back.x() - screen.x()) < 1e-9 && std::abs(back.y() - screen.y()) < 1e-9);
            const QPointF mapped = v.transform().map(v.toPlane(screen));
            QVERIFY(std::abs(mapped.x() - screen.x()) < 1e-6 && std::abs(mapped.y() - screen.y()) < 1e-6);
        }
        // Zooming keeps the point under the cursor where it is.
        const QPointF cursor(100, 400);
        const QPointF under = v.toPlane(cursor);
        v.zoomAt(cursor, 3);
        QCOMPARE(v.scale(), 51.0);
        QVERIFY(std::hypot(v.toScreen(under).x() - cursor.x(), v.toScreen(under).y() - cursor.y()) < 1e-9);
        v.zoomAt(cursor, 1e9);
        QCOMPARE(v.scale(), MapViewport::MaxScale);
        // Panning moves the picture with the mouse.
        const QPointF before = v.toScreen(under);
        v.panBy({30, -12});
        QVERIFY(std::hypot(v.toScreen(under).x() - before.x() - 30, v.toScreen(under).y() - before.y() + 12) < 1e-9);
        // A fitted rectangle is wholly on screen and fills one of its sides.
        const QRectF odder = MapProjection::toPlane(Geography::bundled().kommune(727)->bounds);
        v.fit(odder, 10);
        QVERIFY(v.visiblePlane().contains(odder));
        QVERIFY(std::abs(odder.width() * v.scale() - 620) < 1e-6 || std::abs(odder.height() * v.scale() - 460) < 1e-6);
    }

    void indexQueryEqualsBruteForce()
    {
        RegisterMap &map = *m_map;
        // Every third point hidden, as a filter would.
        map.refresh({}, [](const MapPoint &p) { return p.record % 3 != 0; });
        const QRectF all = map.visibleBounds();
        QVERIFY(!all.isNull());
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            const double w = random.bounded(all.width() * 0.6) + 0.01, h = random.bounded(all.height() * 0.6) + 0.01;
            const QRectF box(all.left() - 5 + random.bounded(all.width() + 10 - w),
                             all.top() - 5 + random.bounded(all.height() + 10 - h), w, h);
            std::vector<int> fast = map.query(box);
            std::vector<int> slow;
            for (size_t n = 0; n < map.points().size(); ++n)
                if (map.points()[n].visible && box.contains(map.points()[n].plane))
                    slow.push_back(int(n));
            std::sort(fast.begin(), fast.end());
            QCOMPARE(fast, slow);
        }
        QCOMPARE(map.query(all.adjusted(-1, -1, 1, 1)).size(), size_t(map.visibleCount()));
        map.refresh({}, {});
    }

    void pickingFindsTheNearestFirst()
    {
        const RegisterMap &map = *m_map;
        QRandomGenerator random(11);
        for (int round = 0; round < 100; ++round) {
            const MapPoint &target = map.points()[size_t(random.bounded(int(map.points().size())))];
            const std::vector<int> hits = map.pick(target.plane, 0.5);
            QVERIFY(!hits.empty());
            // The point itself (or one exactly on it) comes first.
            QCOMPARE(map.points()[size_t(hits.front())].plane, target.plane);
            // The same set as a brute-force search, in order of distance.
            const QPointF at = target.plane + QPointF(random.bounded(2.0) - 1, random.bounded(2.0) - 1);
            const double radius = 0.2 + random.bounded(3.0);
            const std::vector<int> picked = map.pick(at, radius);
            std::vector<std::pair<double, int>> slow;
            for (size_t n = 0; n < map.points().size(); ++n) {
                const QPointF d = map.points()[n].plane - at;
                if (std::hypot(d.x(), d.y()) <= radius)
                    slow.emplace_back(std::hypot(d.x(), d.y()), int(n));
            }
            QCOMPARE(picked.size(), slow.size());
            for (size_t n = 1; n < picked.size(); ++n) {
                const QPointF a = map.points()[size_t(picked[n - 1])].plane - at;
                const QPointF b = map.points()[size_t(picked[n])].plane - at;
                QVERIFY(std::hypot(a.x(), a.y()) <= std::hypot(b.x(), b.y()) + 1e-12);
            }
        }
        // Nothing far from every point.
        QVERIFY(map.pick(QPointF(1000, 1000), 5).empty());
    }

    void updateAfterAnEditEqualsARebuild()
    {
        ChangeSet changes(m_land);
        RegisterMap map;
        map.rebuild(*changes.overlay());
        // A unit of Odder moved on paper to Aarhus, and another renamed: one is now outside.
        QList<int> units;
        for (const MapPoint &p : map.points())
            if (p.kommune == 727 && !p.outside && p.level == Level::Anvisningsenhed && units.size() < 2)
                units.append(p.record);
        QCOMPARE(units.size(), 2);
        QString error;
        QVERIFY2(changes.push(changes.updateStep(units[0], Field::KommuneKode, QStringLiteral("751")), &error) ==
                     ChangeSet::Result::Applied,
                 qPrintable(error));
        QVERIFY2(changes.push(changes.updateStep(units[1], Field::Navn, QStringLiteral("Nyt navn")), &error) ==
                     ChangeSet::Result::Applied,
                 qPrintable(error));
        map.update(*changes.overlay(), {units[0], units[1]});
        RegisterMap fresh;
        fresh.rebuild(*changes.overlay());
        QCOMPARE(map.points().size(), fresh.points().size());
        for (size_t n = 0; n < map.points().size(); ++n) {
            const MapPoint &a = map.points()[n], &b = fresh.points()[n];
            QCOMPARE(a.record, b.record);
            QCOMPARE(a.plane, b.plane);
            QCOMPARE(a.kommune, b.kommune);
            QCOMPARE(a.outside, b.outside);
            QCOMPARE(a.actualKommune, b.actualKommune);
            QCOMPARE(a.name, b.name);
        }
        QVERIFY(map.points()[size_t(map.pointOf(units[0]))].outside);
        QCOMPARE(map.points()[size_t(map.pointOf(units[1]))].name, QStringLiteral("Nyt navn"));
        // The index knows the points where they are.
        const QRectF all = fresh.visibleBounds();
        QCOMPARE(map.query(all.adjusted(-1, -1, 1, 1)).size(), fresh.points().size());
    }

    void outsideAtTheBorderTolerance()
    {
        const KommuneArea &odder = *Geography::bundled().kommune(727);
        // A long edge, so that the points beside it are nearest to it.
        const KommuneArea::Ring &ring = odder.polygons.first().first();
        int edge = 0;
        double longest = 0;
        for (int i = 0; i + 1 < ring.size(); ++i) {
            const double d = distanceMetres(ring[i], ring[i + 1]);
            if (d > longest) {
                longest = d;
                edge = i;
            }
        }
        const int in = insideSign(odder, edge);
        const double tolerance = Geography::BorderToleranceMetres;
        auto reg = registerWith({unit(QStringLiteral("A1"), 727, besideEdge(odder, edge, 20, in)),
                                 unit(QStringLiteral("A2"), 727, besideEdge(odder, edge, tolerance - 15, -in)),
                                 unit(QStringLiteral("A3"), 727, besideEdge(odder, edge, tolerance + 40, -in)),
                                 unit(QStringLiteral("A4"), 727, besideEdge(odder, edge, 3000, -in)),
                                 unit(QStringLiteral("A5"), 0, besideEdge(odder, edge, 3000, -in))});
        ChangeSet changes(reg);
        RegisterMap map;
        map.rebuild(*changes.overlay());
        QCOMPARE(int(map.points().size()), 5);
        const auto outside = [&](const char *n) {
            return map.points()[size_t(map.pointOf(reg->find(Level::Anvisningsenhed, QString::fromLatin1(n))))].outside;
        };
        QVERIFY(!outside("A1")); // inside
        QVERIFY(!outside("A2")); // outside, but within the tolerance of the thinned border
        QVERIFY(outside("A3"));
        QVERIFY(outside("A4"));
        QVERIFY(!outside("A5")); // no kommune to be outside of
        // Where it lies instead is named (or 0 at sea).
        const MapPoint &far = map.points()[size_t(map.pointOf(reg->find(Level::Anvisningsenhed, u"A4")))];
        QCOMPARE(far.actualKommune, Geography::bundled().kommuneAt(far.geo));
    }

    void rendererNamesNeverOverlap_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("kommuner") << 3.0;
        QTest::newRow("units") << 120.0;
    }

    void rendererNamesNeverOverlap()
    {
        QFETCH(double, scale);
        MapViewport v;
        v.setSize({900, 700});
        // Where the points are thickest: the cell of 2 km with the most of them.
        QHash<QPair<int, int>, int> density;
        QPointF busiest;
        int most = 0;
        for (const MapPoint &p : m_map->points()) {
            const QPair<int, int> cell(int(p.plane.x() / 2), int(p.plane.y() / 2));
            if (++density[cell] > most) {
                most = density[cell];
                busiest = p.plane;
            }
        }
        v.setCentre(busiest);
        v.setScale(scale);
        QImage image(900, 700, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const MapRenderer renderer(MapBoundaries::bundled(), *m_map);
        const MapRenderer::Stats stats = renderer.paint(painter, v, MapScene{});
        painter.end();
        QVERIFY(stats.labels > 3);
        QVERIFY(stats.pointsDrawn > 0 && stats.pointsDrawn <= stats.pointsConsidered);
        for (qsizetype a = 0; a < stats.labelRects.size(); ++a) {
            QVERIFY(QRectF(0, 0, 900, 700).contains(stats.labelRects[a]));
            for (qsizetype b = a + 1; b < stats.labelRects.size(); ++b)
                QVERIFY(!stats.labelRects[a].intersects(stats.labelRects[b]));
        }
    }

    void outsideMarkIsDrawnWhereTheUnitIs()
    {
        const KommuneArea &odder = *Geography::bundled().kommune(727);
        const GeoPoint randers{10.0360, 56.4607};
        QCOMPARE(Geography::bundled().kommuneAt(randers), 730);
        auto reg = registerWith(
            {unit(QStringLiteral("U1"), 727, randers), unit(QStringLiteral("U2"), 727, {10.1525, 55.9737})});
        ChangeSet changes(reg);
        RegisterMap map;
        map.rebuild(*changes.overlay());
        QVERIFY(map.points()[size_t(map.pointOf(1))].outside);
        QCOMPARE(map.points()[size_t(map.pointOf(1))].actualKommune, 730);
        QVERIFY(!map.points()[size_t(map.pointOf(2))].outside);
        // Fitting to all shows the misplaced unit together with its kommune.
        QVERIFY(map.visibleBounds(true).contains(MapProjection::toPlane(randers)));
        const QRectF odderArea = MapProjection::toPlane(odder.bounds);
        QVERIFY2(map.visibleBounds(true).contains(odderArea.adjusted(0.001, 0.001, -0.001, -0.001)),
                 qPrintable(QStringLiteral("%1 %2 %3 %4")
                                .arg(map.visibleBounds(true).left())
                                .arg(map.visibleBounds(true).right())
                                .arg(odderArea.left())
                                .arg(odderArea.right())));

        MapViewport v;
        v.setSize({600, 600});
        v.fit(map.visibleBounds(true));
        const MapRenderer renderer(MapBoundaries::bundled(), map);
        const QImage image = renderer.render(v, MapScene{});
        // The ring around the misplaced unit is in the outside colour; the other unit has none.
        const auto ringColourNear = [&](GeoPoint p) {
            const QPointF s = v.geoToScreen(p);
            const double r = MapRenderer::PointRadius + 5;
            int hits = 0;
            for (int a = 0; a < 16; ++a) {
                const QPoint q = (s + QPointF(std::cos(a * 0.3927) * r, std::sin(a * 0.3927) * r)).toPoint();
                const QColor c = image.pixelColor(q);
                const QColor want = MapRenderer::outsideColour();
                hits += std::abs(c.red() - want.red()) + std::abs(c.green() - want.green()) +
                            std::abs(c.blue() - want.blue()) <
                        60;
            }
            return hits;
        };
        QVERIFY(ringColourNear(randers) >= 8);
        QVERIFY(ringColourNear({10.1525, 55.9737}) <= 2); // at most where the dashed line passes
    }

    void colouringAndLegendCount()
    {
        Validator validator(m_changes.get(), CodeTables::bundled());
        validator.validateAll();
        const QSet<QString> reviewed;
        m_map->refresh(RegisterMap::statusOf(m_changes.get(), &validator, &reviewed), {});
        const MapRenderer renderer(MapBoundaries::bundled(), *m_map);
        for (MapColouring c : {MapColouring::Findings, MapColouring::Review, MapColouring::Changes}) {
            int total = 0;
            for (const MapRenderer::LegendEntry &e : renderer.legend(c))
                total += e.count;
            QCOMPARE(total, m_map->visibleCount());
        }
        // Worst finding: a point's colour follows its record's worst severity.
        for (const MapPoint &p : m_map->points()) {
            const int worst = validator.worstSeverity(p.record);
            if (p.active)
                QCOMPARE(MapRenderer::classOf(p, MapColouring::Findings), worst < 0 ? 3 : worst);
        }
        m_map->refresh({}, {});
    }

    void reportHasAMapPage()
    {
        Validator validator(m_changes.get(), CodeTables::bundled());
        validator.validateAll();
        const SignOffReport report = SignOffReport::build(*m_changes, &validator, {}, 727, QStringLiteral("test"));
        const QImage map = report.mapImage();
        QVERIFY(!map.isNull());
        // The map gets a page of its own after the tables, and the PDF has it.
        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        const ReportPages pages = report.pages();
        const int pageCount = pages.print(writer);
        QCOMPARE(pages.imagePages().size(), 1);
        QVERIFY(pages.imagePages().first() > 1 && pages.imagePages().first() <= pageCount);
        for (const ReportPages::PlacedRow &row : pages.placedRows())
            QVERIFY(row.page < pages.imagePages().first());
        QTemporaryDir dir;
        QString error;
        QVERIFY2(report.writePdf(dir.filePath(QStringLiteral("r.pdf")), &error), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("r.pdf"))).size() > 10000);
    }
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"
