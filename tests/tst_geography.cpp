#include "TestFiles.h"
#include "geo/Geography.h"

#include <QTest>

#include <cmath>

using namespace dtr;
using dtr::test::besideEdge;

// The bundled municipality boundaries and postal-code table, and the border arithmetic on them.
class TestGeography : public QObject
{
    Q_OBJECT

private slots:
    void bundledDataIsComplete()
    {
        const Geography &g = Geography::bundled();
        QCOMPARE(g.kommuner().size(), 99); // 98 municipalities and Christiansø
        QCOMPARE(g.postalDistricts().size(), 1117);
        QVERIFY(g.kommune(727));
        QCOMPARE(g.kommune(727)->navn, QStringLiteral("Odder"));
        QVERIFY(g.bounds().minLon > 7 && g.bounds().maxLon < 16 && g.bounds().minLat > 54 && g.bounds().maxLat < 58);
        QVERIFY(!Geography::attribution().isEmpty());
    }

    void pointsFallInTheirMunicipality_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("kommune");
        QTest::newRow("Odder torv") << 10.1525 << 55.9737 << 727;
        QTest::newRow("Skanderborg station") << 9.9300 << 56.0350 << 746;
        QTest::newRow("Københavns rådhus") << 12.5693 << 55.6759 << 101;
        QTest::newRow("Frederiksberg rådhus") << 12.5322 << 55.6786 << 147; // an enclave of København
        QTest::newRow("Aarhus domkirke") << 10.2107 << 56.1567 << 751;
        QTest::newRow("Skagen") << 10.5830 << 57.7209 << 813;
        QTest::newRow("Rønne") << 14.7000 << 55.1000 << 400;
        QTest::newRow("Kattegat") << 11.2000 << 56.4000 << 0;
        QTest::newRow("Hamborg") << 9.9937 << 53.5511 << 0;
    }

    void pointsFallInTheirMunicipality()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, kommune);
        const Geography &g = Geography::bundled();
        QCOMPARE(g.kommuneAt({lon, lat}), kommune);
        if (kommune > 0) {
            QVERIFY(g.contains(kommune, {lon, lat}));
            QCOMPARE(*g.distanceOutside(kommune, {lon, lat}), 0.0);
        }
    }

    // Either side of a border edge: inside gives 0, outside the distance to the edge.
    void distanceToTheBorder()
    {
        const Geography &g = Geography::bundled();
        const KommuneArea &odder = *g.kommune(727);
        int checked = 0;
        for (int edge = 0; edge + 1 < odder.polygons.first().first().size() && checked < 20; edge += 7) {
            const GeoPoint left = besideEdge(odder, edge, 30, +1), right = besideEdge(odder, edge, 30, -1);
            const bool leftInside = g.contains(727, left), rightInside = g.contains(727, right);
            if (leftInside == rightInside)
                continue; // a corner nearby: neither side is clean
            const GeoPoint outside = leftInside ? right : left;
            const double d = *g.distanceOutside(727, outside);
            QVERIFY2(d > 20 && d <= 30.5, qPrintable(QString::number(d)));
            ++checked;
        }
        QVERIFY(checked >= 5);
        QVERIFY(!g.distanceOutside(9999, {10, 56}));
        // Far out at sea, kilometres from Odder.
        QVERIFY(*g.distanceOutside(727, {10.5, 55.9}) > 5000);
    }

    void postalDistricts()
    {
        const Geography &g = Geography::bundled();
        const PostalDistrict *odder = g.postalDistrict(8300);
        QVERIFY(odder);
        QCOMPARE(odder->bynavn, QStringLiteral("Odder"));
        QVERIFY(odder->kommuner.contains(727));
        // A district spanning several municipalities keeps them all.
        int spanning = 0;
        for (const PostalDistrict &d : g.postalDistricts())
            spanning += d.kommuner.size() > 1;
        QVERIFY(spanning > 100);
        QVERIFY(!g.postalDistrict(9998));
    }

    void coordinatesAsTheRegisterWritesThem()
    {
        double v = 0;
        QVERIFY(parseCoordinate(QStringLiteral("55,9737"), &v));
        QCOMPARE(v, 55.9737);
        QVERIFY(parseCoordinate(QStringLiteral(" 10.15 "), &v));
        QVERIFY(!parseCoordinate(QString(), &v));
        QVERIFY(!parseCoordinate(QStringLiteral("nord"), &v));
        QVERIFY(!parseCoordinate(QStringLiteral("inf"), &v));
        QVERIFY(geoPointOf(QStringLiteral("10,15"), QStringLiteral("55,97")));
        QVERIFY(!geoPointOf(QString(), QStringLiteral("55,97")));
        QVERIFY(std::abs(distanceMetres({10, 56}, {10, 56.001}) - 110.6) < 0.5);
    }

    void badDataIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("geoJson");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        const QByteArray okJson = R"({"features":[{"properties":{"kode":727,"navn":"Odder"},"geometry":
            {"type":"Polygon","coordinates":[[[10,55.9],[10.3,55.9],[10.3,56.1],[10,55.9]]]}}]})";
        const QByteArray okCsv = "postnummer;bynavn;kommunekode;kommunenavn\n8300;Odder;727;Odder\n";
        QTest::newRow("not json") << QByteArray("{\"features\": [") << okCsv << QStringLiteral("kan ikke læses");
        QTest::newRow("no features") << QByteArray("{}") << okCsv << QStringLiteral("ingen kommuner");
        QTest::newRow("no code") << QByteArray(okJson).replace("727", "0") << okCsv << QStringLiteral("element 1");
        QTest::newRow("bad ring") << QByteArray(okJson).replace("[10.3,55.9]", "[\"x\",55.9]") << okCsv
                                  << QStringLiteral("ugyldig ring");
        QTest::newRow("bad csv") << okJson << QByteArray("h\n8300;Odder\n") << QStringLiteral("linje 2");
        QTest::newRow("empty csv") << okJson << QByteArray("h\n") << QStringLiteral("tom");
        QTest::newRow("fine") << okJson << okCsv << QString();
    }

    void badDataIsRefusedWithAReason()
    {
        QFETCH(QByteArray, geoJson);
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QString error;
        const std::optional<Geography> g = Geography::parse(geoJson, csv, &error);
        QCOMPARE(!g, !expected.isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
        if (g)
            QVERIFY(g->contains(727, {10.2, 55.95}));
    }
};

QTEST_GUILESS_MAIN(TestGeography)
#include "tst_geography.moc"
