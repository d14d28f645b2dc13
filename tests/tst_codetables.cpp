#include "codes/CodeTables.h"

#include <QFile>
#include <QTest>

using namespace dtr;

class TestCodeTables : public QObject
{
    Q_OBJECT

private slots:
    void bundledTablesLoad()
    {
        const CodeTables &c = CodeTables::bundled();
        QCOMPARE(c.kommune.labels.size(), 98);
        QCOMPARE(c.kommuneName(751), QStringLiteral("Aarhus"));
        QCOMPARE(c.kommuneName(101), QStringLiteral("København"));
        QCOMPARE(c.kommuneRegion.value(400), QStringLiteral("Region Hovedstaden"));
        QCOMPARE(c.ejerform.labels.size(), 4);
        QCOMPARE(c.instType3.label(6013), QStringLiteral("Dagpleje"));
        QCOMPARE(c.lovgrundlag.labels.size(), 10);
        QCOMPARE(c.crossValidation.size(), 10);
        QVERIFY(!c.provenance.isEmpty());
        QVERIFY(!c.instType3.provenance.isEmpty());
        QVERIFY(!c.crossValidationProvenance.isEmpty());
        // Every cross-validation rule refers to codes that exist.
        for (const CrossValidationRule &r : c.crossValidation) {
            QVERIFY(c.lovgrundlag.contains(r.lovgrundlag));
            for (int e : r.ejerform)
                QVERIFY(c.ejerform.contains(e));
            for (int t : r.instType3)
                QVERIFY(c.instType3.contains(t));
        }
        QCOMPARE(c.ruleFor(5)->instType3, QList<int>{6013});
        QVERIFY(!c.ruleFor(99));
        QCOMPARE(c.ejerform.label(42), QStringLiteral("42"));
    }

    void regionTotals()
    {
        QMap<QString, int> perRegion;
        for (const QString &region : CodeTables::bundled().kommuneRegion)
            ++perRegion[region];
        QCOMPARE(perRegion.value(QStringLiteral("Region Hovedstaden")), 29);
        QCOMPARE(perRegion.value(QStringLiteral("Region Sjælland")), 17);
        QCOMPARE(perRegion.value(QStringLiteral("Region Syddanmark")), 22);
        QCOMPARE(perRegion.value(QStringLiteral("Region Midtjylland")), 19);
        QCOMPARE(perRegion.value(QStringLiteral("Region Nordjylland")), 11);
    }

    void parseErrorsAreExplained()
    {
        QString error;
        QVERIFY(!CodeTables::parse("{", "kode,navn\n101,København\n", &error));
        QVERIFY(error.contains(QStringLiteral("Kodetabellerne")));
        QVERIFY(!CodeTables::parse(R"({"tables": {}})", "kode,navn\n101,København\n", &error));
        QVERIFY(error.contains(QStringLiteral("ejerform")));

        QFile codes(QStringLiteral(":/codes/codes.json"));
        QVERIFY(codes.open(QIODevice::ReadOnly));
        const QByteArray json = codes.readAll();
        QVERIFY(!CodeTables::parse(json, "kode,navn\nabc,Ingen\n", &error));
        QVERIFY(error.contains(QStringLiteral("række 2")));
        QVERIFY(!CodeTables::parse(json, "kode,navn\n", &error));
        QVERIFY(CodeTables::parse(json, "kode,navn,region\n101,København,Region Hovedstaden\n", &error));
    }
};

QTEST_GUILESS_MAIN(TestCodeTables)
#include "tst_codetables.moc"
