#include "TestFiles.h"

#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/CsvSnapshot.h"
#include "io/Snapshot.h"
#include "io/XmlSnapshot.h"

#include "register/Register.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

namespace {

// Extra names that each break a naive writer: the format's own element and column names, label
// columns, the escape forms themselves, and characters neither XML names nor CSV headers carry.
const QStringList nastyNames{
    QStringLiteral("alternativAdresse"),
    QStringLiteral("anvisningsenhed"),
    QStringLiteral("daginstitution"),
    QStringLiteral("Adresse"),
    QStringLiteral("ekstra"),
    QStringLiteral("EnhedsNavn"),
    QStringLiteral("daginstitutionsNummer"),
    QStringLiteral("vejNavn"),
    QStringLiteral("email"),
    QStringLiteral("Email"),
    QStringLiteral("ejerformKode_Tekst"),
    QStringLiteral("instType3_Tekst"),
    QStringLiteral("Adresse/vejNavn"),
    QStringLiteral("xml:aabningstider"),
    QStringLiteral("ekstra:navn"),
    QStringLiteral("EKSTRA:"),
    QStringLiteral("Noter om stedet"),
    QStringLiteral("a;b"),
    QStringLiteral("med \"anførsel\""),
    QStringLiteral("linje 1\nlinje 2\r\nlinje 3"),
    QStringLiteral("  kanter\t "),
    QStringLiteral("100% sikker %41"),
    QStringLiteral("<daginstitution>"),
    QStringLiteral("Foo"),
    QStringLiteral("foo"),
    QStringLiteral(""),
    QStringLiteral("æøå 🙂"),
    QStringLiteral("R&D <x> &amp; &#38;"),
};

// A small register with every nasty name as an extra at every level, each value naming it.
Register registerWithNastyExtras()
{
    Register reg;
    for (int l = 0; l < LevelCount; ++l)
        reg.setExtraNames(Level(l), nastyNames);
    Record dag(Level::Daginstitution);
    dag.setValue(Field::Nummer, u"G10001");
    dag.setValue(Field::Navn, u"Solsikken");
    dag.setValue(Field::AdmKommuneKode, u"727");
    Record unit(Level::Anvisningsenhed);
    unit.setValue(Field::Nummer, u"G20001");
    unit.setValue(Field::ParentNummer, u"G10001");
    unit.setValue(Field::Navn, u"Solsikken");
    unit.setValue(Field::VejNavn, u"Skolevej");
    Record alt(Level::AlternativAdresse);
    alt.setValue(Field::Nummer, u"G30001");
    alt.setValue(Field::ParentNummer, u"G20001");
    alt.setValue(Field::VejNavn, u"Havevej");
    for (Record *r : {&dag, &unit, &alt}) {
        for (int e = 0; e < nastyNames.size(); ++e)
            r->setExtra(e, QStringLiteral("<alternativAdresse>%1;\"%2\"\r\n</alternativAdresse> &amp;")
                               .arg(levelKey(r->level()), nastyNames[e]));
        reg.add(*r);
    }
    reg.addRootExtra(QStringLiteral("<daginstitution><daginstitutionsNummer>G99</daginstitutionsNummer>"
                                    "</daginstitution>"));
    reg.addRootExtra(QStringLiteral("ikke XML <"));
    reg.finalize();
    return reg;
}

} // namespace

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

    // Found by fuzz_csv (issue 20): a unit-file column named "alternativAdresse" was written as
    // that element inside <anvisningsenhed>, which the reader took for a child record. The exact
    // input is kept in the seed corpus.
    void fuzzFindingExtraNamedLikeAnElement()
    {
        QFile file(QStringLiteral(DTR_SOURCE_DIR "/tests/fuzz/corpus/fuzz_csv/ekstra-kolonne-alternativAdresse"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = file.readAll().split('\xFF');
        QCOMPARE(parts.size(), qsizetype(LevelCount));
        std::array<QByteArray, LevelCount> files;
        for (int l = 0; l < LevelCount; ++l)
            files[size_t(l)] = parts[l];
        Register reg;
        ReadError error;
        QVERIFY2(CsvSnapshot::readBytes(files, QStringLiteral("fund"), &reg, &error), qPrintable(error.toString()));
        QVERIFY(reg.extraNames(Level::Anvisningsenhed).contains(QStringLiteral("alternativAdresse")));

        const QByteArray xml = XmlSnapshot::toBytes(reg);
        Register again;
        QVERIFY2(XmlSnapshot::readBytes(xml, QStringLiteral("igen.xml"), &again, &error), qPrintable(error.toString()));
        QCOMPARE(test::canonical(again), test::canonical(reg));
        for (int l = 0; l < LevelCount; ++l)
            QCOMPARE(again.count(Level(l)), reg.count(Level(l)));
    }

    // Any extra name reads back as the same extra with the same value, whichever way it goes.
    void nastyExtraNamesSurviveEveryConversion()
    {
        const Register reg = registerWithNastyExtras();
        const QString expected = test::canonical(reg);
        QVERIFY(expected.contains(QStringLiteral("alternativAdresse=<alternativAdresse>")));

        Register fromXml;
        ReadError error;
        QVERIFY2(XmlSnapshot::readBytes(XmlSnapshot::toBytes(reg), QStringLiteral("x.xml"), &fromXml, &error),
                 qPrintable(error.toString()));
        QCOMPARE(test::canonical(fromXml), expected);
        QCOMPARE(fromXml.rootExtras(), reg.rootExtras());
        QCOMPARE(fromXml.size(), reg.size());

        QTemporaryDir tmp;
        QString writeError;
        const QString csv = tmp.filePath(QStringLiteral("csv"));
        QVERIFY2(CsvSnapshot::write(fromXml, csv, CodeTables::bundled(), &writeError), qPrintable(writeError));
        Register fromCsv;
        QVERIFY2(CsvSnapshot::read(csv, &fromCsv, &error), qPrintable(error.toString()));
        QCOMPARE(test::canonical(fromCsv), expected);
        QCOMPARE(fromCsv.rootExtras(), reg.rootExtras());

        Register back;
        QVERIFY2(XmlSnapshot::readBytes(XmlSnapshot::toBytes(fromCsv), QStringLiteral("y.xml"), &back, &error),
                 qPrintable(error.toString()));
        QCOMPARE(test::canonical(back), expected);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
