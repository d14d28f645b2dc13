#include "TestFiles.h"

#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/CsvSnapshot.h"
#include "io/Snapshot.h"
#include "io/XmlSnapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

// CSV → XML → CSV on the whole generated country loses nothing.
class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void nationalSnapshotSurvivesEveryConversion()
    {
        QTemporaryDir tmp;
        GeneratorOptions options;
        const GeneratedSnapshot generated = generateSnapshot(options);
        const QString expected = test::canonical(generated.reg);
        QVERIFY(generated.reg.size() > 8000);

        QString error;
        const QString csv1 = tmp.filePath(QStringLiteral("csv1"));
        QVERIFY2(Snapshot::write(generated.reg, csv1, CodeTables::bundled(), &error), qPrintable(error));
        Register fromCsv;
        ReadError readError;
        QVERIFY2(Snapshot::read(csv1, &fromCsv, &readError), qPrintable(readError.toString()));
        QCOMPARE(test::canonical(fromCsv), expected);

        const QString xml = tmp.filePath(QStringLiteral("udtraek.xml"));
        QVERIFY2(Snapshot::write(fromCsv, xml, CodeTables::bundled(), &error), qPrintable(error));
        Register fromXml;
        QVERIFY2(Snapshot::read(xml, &fromXml, &readError), qPrintable(readError.toString()));
        QCOMPARE(test::canonical(fromXml), expected);
        QCOMPARE(fromXml.extractedAt(), generated.reg.extractedAt());
        QCOMPARE(fromXml.orphans().size(), generated.reg.orphans().size());

        const QString csv2 = tmp.filePath(QStringLiteral("csv2"));
        QVERIFY2(Snapshot::write(fromXml, csv2, CodeTables::bundled(), &error), qPrintable(error));
        Register again;
        QVERIFY2(Snapshot::read(csv2, &again, &readError), qPrintable(readError.toString()));
        QCOMPARE(test::canonical(again), expected);
    }

    void unknownColumnsSurviveCsvToXmlToCsv()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("in"));
        test::writeSmallCsvSnapshot(folder);
        test::writeFile(folder + QStringLiteral("/anvisningsenheder.csv"),
                        test::csvHeader(1) + ";Åbningstid;x-kode\r\n" +
                            "G20001;G10001;A;6012;;Skolevej;4;8000;Aarhus C;751;;;;1012345678;56,1;10,2;Aktiv;"
                            "\"6-17; fre 6-16\";7\r\n");
        Register reg;
        ReadError readError;
        QVERIFY2(Snapshot::read(folder, &reg, &readError), qPrintable(readError.toString()));
        QString error;
        const QString xml = tmp.filePath(QStringLiteral("x.xml"));
        QVERIFY(Snapshot::write(reg, xml, CodeTables::bundled(), &error));
        Register fromXml;
        QVERIFY2(Snapshot::read(xml, &fromXml, &readError), qPrintable(readError.toString()));
        QCOMPARE(test::canonical(fromXml), test::canonical(reg));
        QVERIFY(test::canonical(fromXml).contains(QStringLiteral("Åbningstid=6-17; fre 6-16")));
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
