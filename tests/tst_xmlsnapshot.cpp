#include "TestFiles.h"

#include "changes/ChangeFile.h"
#include "generator/SnapshotGenerator.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace dtr;

namespace {

const QByteArray validDocument = R"(<?xml version="1.0" encoding="UTF-8"?>
<dtr:dagtilbudsRegister xmlns:dtr="urn:example:stil" udtraeksTidspunkt="2026-10-01T06:00:00">
  <dtr:daginstitution>
    <dtr:daginstitutionsNummer>G10001</dtr:daginstitutionsNummer>
    <dtr:daginstitutionsNavn>Børnehuset Solsikken</dtr:daginstitutionsNavn>
    <dtr:ejerformKode>1</dtr:ejerformKode>
    <dtr:lovgrundlagKode>1</dtr:lovgrundlagKode>
    <dtr:admKommuneKode>751</dtr:admKommuneKode>
    <dtr:kommunensNote>egen note</dtr:kommunensNote>
    <dtr:anvisningsenhed>
      <dtr:EnhedsNummer>G20001</dtr:EnhedsNummer>
      <dtr:EnhedsNavn>Børnehuset Solsikken &amp; Co</dtr:EnhedsNavn>
      <dtr:InstType3>6012</dtr:InstType3>
      <dtr:PNummer>1012345678</dtr:PNummer>
      <dtr:Adresse>
        <dtr:vejNavn>Skolevej</dtr:vejNavn>
        <dtr:husNummer>4A</dtr:husNummer>
        <dtr:postNummer>8000</dtr:postNummer>
        <dtr:byNavn>Aarhus C</dtr:byNavn>
        <dtr:kommuneKode>751</dtr:kommuneKode>
        <dtr:geoBredde>56.1572</dtr:geoBredde>
        <dtr:adgangsadresseId>0a3f5090-1c5f-32b8-e044-0003ba298018</dtr:adgangsadresseId>
      </dtr:Adresse>
      <dtr:aabningstider><dtr:dag navn="man">6:30-17</dtr:dag></dtr:aabningstider>
      <dtr:alternativAdresse>
        <dtr:alternativAdresseNummer>G30001</dtr:alternativAdresseNummer>
        <dtr:alternativAdresseNavn>Skovgrunden</dtr:alternativAdresseNavn>
        <dtr:Adresse><dtr:vejNavn>Skovvej</dtr:vejNavn><dtr:husNummer>1</dtr:husNummer></dtr:Adresse>
      </dtr:alternativAdresse>
    </dtr:anvisningsenhed>
  </dtr:daginstitution>
  <dtr:anvisningsenhed>
    <dtr:EnhedsNummer>G20009</dtr:EnhedsNummer>
    <dtr:daginstitutionsNummer>G09999</dtr:daginstitutionsNummer>
    <dtr:EnhedsNavn>Forældreløs</dtr:EnhedsNavn>
  </dtr:anvisningsenhed>
</dtr:dagtilbudsRegister>
)";

} // namespace

class TestXmlSnapshot : public QObject
{
    Q_OBJECT

    void expectFailure(const QByteArray &doc, const QString &fragment, qint64 line = 0)
    {
        Register reg;
        ReadError error;
        QVERIFY2(!XmlSnapshot::readBytes(doc, QStringLiteral("udtraek.xml"), &reg, &error), "bad input was accepted");
        QVERIFY2(error.message.contains(fragment, Qt::CaseInsensitive), qPrintable(error.toString()));
        QVERIFY(error.toString().startsWith(QStringLiteral("udtraek.xml")));
        if (line > 0)
            QCOMPARE(error.line, line);
    }

private slots:
    void readsNestedDocument()
    {
        Register reg;
        ReadError error;
        QVERIFY2(XmlSnapshot::readBytes(validDocument, QStringLiteral("x.xml"), &reg, &error),
                 qPrintable(error.toString()));
        QCOMPARE(reg.extractedAt(), QStringLiteral("2026-10-01T06:00:00"));
        QCOMPARE(reg.count(Level::Daginstitution), 1);
        QCOMPARE(reg.count(Level::Anvisningsenhed), 2);
        QCOMPARE(reg.count(Level::AlternativAdresse), 1);
        const int unit = reg.find(Level::Anvisningsenhed, u"G20001");
        QCOMPARE(reg.record(unit).parentNummer(), QStringLiteral("G10001"));
        QCOMPARE(reg.record(unit).navn(), QStringLiteral("Børnehuset Solsikken & Co"));
        QCOMPARE(reg.record(unit).value(Field::HusNummer), QStringLiteral("4A"));
        const int alt = reg.find(Level::AlternativAdresse, u"G30001");
        QCOMPARE(reg.parentOf(alt), unit);
        QCOMPARE(reg.record(alt).parentNummer(), QStringLiteral("G20001"));
        const int orphan = reg.find(Level::Anvisningsenhed, u"G20009");
        QCOMPARE(reg.parentOf(orphan), -1);
        QCOMPARE(reg.orphans(), std::vector<int>{orphan});
    }

    // The fingerprint and the file are written as they are made (no whole document in memory):
    // the bytes must be exactly those of toBytes, or every workspace and change file made before
    // would stop matching its base.
    void streamedWritingGivesTheSameBytes()
    {
        Register reg;
        ReadError error;
        QVERIFY(XmlSnapshot::readBytes(validDocument, QStringLiteral("x.xml"), &reg, &error));
        GeneratorOptions options;
        options.kommuner = {101, 727};
        const Register generated = generateSnapshot(options).reg;
        QTemporaryDir dir;
        for (const Register *r : std::array<const Register *, 2>{&reg, &generated}) {
            const QByteArray bytes = XmlSnapshot::toBytes(*r);
            QVERIFY(bytes.size() > 200);
            QCOMPARE(ChangeFile::fingerprint(*r),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            const QString path = dir.filePath(QStringLiteral("ud.xml"));
            QString writeError;
            QVERIFY2(XmlSnapshot::write(*r, path, &writeError), qPrintable(writeError));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), bytes);
        }
        // A file that cannot be written says so.
        QString writeError;
        QVERIFY(!XmlSnapshot::write(reg, dir.filePath(QStringLiteral("mangler/ud.xml")), &writeError));
        QVERIFY(writeError.contains(QStringLiteral("kan ikke skrives")));
    }

    void keepsUnknownElementsThroughARoundTrip()
    {
        Register reg;
        ReadError error;
        QVERIFY(XmlSnapshot::readBytes(validDocument, QStringLiteral("x.xml"), &reg, &error));
        QVERIFY(reg.extraNames(Level::Daginstitution).contains(QStringLiteral("kommunensNote")));
        QVERIFY(reg.extraNames(Level::Anvisningsenhed).contains(QStringLiteral("Adresse/adgangsadresseId")));
        QVERIFY(reg.extraNames(Level::Anvisningsenhed).contains(QStringLiteral("xml:aabningstider")));

        const QByteArray written = XmlSnapshot::toBytes(reg);
        // Written back in the one form extras take, whatever their name (issue 20).
        QVERIFY(written.contains("<ekstra navn=\"kommunensNote\">egen note</ekstra>"));
        QVERIFY(written.contains("<ekstra navn=\"Adresse/adgangsadresseId\">"));
        QVERIFY(written.contains("6:30-17"));
        QVERIFY(!written.contains("<kommunensNote>"));
        Register again;
        QVERIFY2(XmlSnapshot::readBytes(written, QStringLiteral("y.xml"), &again, &error),
                 qPrintable(error.toString()));
        QCOMPARE(test::canonical(again), test::canonical(reg));
        QCOMPARE(again.orphans().size(), size_t(1));
        QCOMPARE(XmlSnapshot::toBytes(again), written);
    }

    void readsFlatLevelAnswers()
    {
        const QByteArray doc = R"(<anvisningenhederExtend>
  <anvisningsenhed><EnhedsNummer>G20001</EnhedsNummer><daginstitutionsNummer>G10001</daginstitutionsNummer>
    <EnhedsNavn>A</EnhedsNavn></anvisningsenhed>
  <anvisningsenhed><EnhedsNummer>G20002</EnhedsNummer><daginstitutionsNummer>G10001</daginstitutionsNummer>
    <EnhedsNavn>B</EnhedsNavn></anvisningsenhed>
</anvisningenhederExtend>)";
        Register reg;
        ReadError error;
        QVERIFY2(XmlSnapshot::readBytes(doc, QStringLiteral("x.xml"), &reg, &error), qPrintable(error.toString()));
        QCOMPARE(reg.count(Level::Anvisningsenhed), 2);
        QCOMPARE(reg.orphans().size(), size_t(2));
    }

    void extraWithAnInvalidXmlNameSurvives()
    {
        Register reg;
        ReadError error;
        QVERIFY(XmlSnapshot::readBytes(validDocument, QStringLiteral("x.xml"), &reg, &error));
        const int i = reg.extraIndex(Level::Daginstitution, QStringLiteral("Noter om stedet"));
        Register copy = reg;
        // Rebuild a register with the extra set (records are immutable once in a register).
        Register built;
        built.setExtraNames(Level::Daginstitution, copy.extraNames(Level::Daginstitution));
        for (Record r : copy.records()) {
            if (r.level() == Level::Daginstitution)
                r.setExtra(i, QStringLiteral("ring <først> & vent"));
            built.add(r);
        }
        built.finalize();
        const QByteArray written = XmlSnapshot::toBytes(built);
        QVERIFY(written.contains("<ekstra navn=\"Noter om stedet\">"));
        Register again;
        QVERIFY2(XmlSnapshot::readBytes(written, QStringLiteral("y.xml"), &again, &error),
                 qPrintable(error.toString()));
        QCOMPARE(test::canonical(again), test::canonical(built));
    }

    // Files written before issue 20 put an address extra with an odd name inside <Adresse> as
    // <ekstra navn="…">; it still reads as that address extra.
    void readsOlderAddressExtras()
    {
        QByteArray doc = validDocument;
        doc.replace("<dtr:kommuneKode>751</dtr:kommuneKode>",
                    "<dtr:kommuneKode>751</dtr:kommuneKode><dtr:ekstra navn=\"gammel note\">v</dtr:ekstra>");
        Register reg;
        ReadError error;
        QVERIFY2(XmlSnapshot::readBytes(doc, QStringLiteral("x.xml"), &reg, &error), qPrintable(error.toString()));
        const int unit = reg.find(Level::Anvisningsenhed, u"G20001");
        const int e = int(reg.extraNames(Level::Anvisningsenhed).indexOf(QStringLiteral("Adresse/gammel note")));
        QVERIFY(e >= 0);
        QCOMPARE(reg.record(unit).extra(e), QStringLiteral("v"));
    }

    // An <ekstra> names its extra; even a name like a record element is never structure, and a
    // record element inside it is refused, not read.
    void extraElementIsNeverStructure()
    {
        QByteArray doc = validDocument;
        doc.replace("<dtr:kommunensNote>egen note</dtr:kommunensNote>",
                    "<dtr:ekstra navn=\"anvisningsenhed\">G20077</dtr:ekstra>");
        Register reg;
        ReadError error;
        QVERIFY2(XmlSnapshot::readBytes(doc, QStringLiteral("x.xml"), &reg, &error), qPrintable(error.toString()));
        QCOMPARE(reg.count(Level::Anvisningsenhed), 2);
        const int e = int(reg.extraNames(Level::Daginstitution).indexOf(QStringLiteral("anvisningsenhed")));
        QVERIFY(e >= 0);
        QCOMPARE(reg.record(reg.find(Level::Daginstitution, u"G10001")).extra(e), QStringLiteral("G20077"));

        doc.replace("G20077", "<dtr:anvisningsenhed><dtr:EnhedsNummer>G20077</dtr:EnhedsNummer></dtr:anvisningsenhed>");
        expectFailure(doc, QStringLiteral("må kun indeholde tekst"));
    }

    // ---- bad input ----

    // Found by fuzz_csv: line breaks inside a value (CSV allows them in quotes) came back as LF.
    void lineBreaksInValuesSurvive()
    {
        Register reg;
        Record dag(Level::Daginstitution);
        dag.setValue(Field::Nummer, u"G10001");
        dag.setValue(Field::Navn, u"Linje 1\r\nLinje 2\rLinje 3\nLinje 4\tmed tab");
        dag.setValue(Field::AdmKommuneKode, u"727");
        reg.add(dag);
        reg.finalize();
        Register again;
        ReadError error;
        QVERIFY2(XmlSnapshot::readBytes(XmlSnapshot::toBytes(reg), QStringLiteral("igen"), &again, &error),
                 qPrintable(error.toString()));
        QCOMPARE(again.record(0).navn(), reg.record(0).navn());
    }

    void emptyDocument() { expectFailure(QByteArray("  \n"), QStringLiteral("tom")); }

    void truncatedDocument()
    {
        expectFailure(validDocument.left(validDocument.size() / 2), QStringLiteral("for tidligt"));
    }

    void malformedDocument()
    {
        expectFailure("<dagtilbudsRegister><daginstitution></dagtilbudsRegister>", QStringLiteral("XML"));
        expectFailure("<dagtilbudsRegister><daginstitution a=1/></dagtilbudsRegister>", QStringLiteral("XML"));
    }

    void wrongRootElement()
    {
        expectFailure("<?xml version=\"1.0\"?>\n<html><body/></html>", QStringLiteral("<html>"), 2);
    }

    void twoRoots() { expectFailure("<dagtilbudsRegister/><dagtilbudsRegister/>", QStringLiteral("XML")); }

    void invalidUtf8()
    {
        expectFailure("<dagtilbudsRegister>\n<daginstitution><daginstitutionsNavn>B\xF8rnehuset"
                      "</daginstitutionsNavn></daginstitution></dagtilbudsRegister>",
                      QStringLiteral("UTF-8"), 2);
    }

    void nulByte()
    {
        QByteArray doc("<dagtilbudsRegister>\n<daginstitution>");
        doc.append('\0');
        doc.append("</daginstitution></dagtilbudsRegister>");
        expectFailure(doc, QStringLiteral("NUL"), 2);
    }

    void deepNesting()
    {
        QByteArray doc("<dagtilbudsRegister><daginstitution>");
        for (int i = 0; i < 100000; ++i)
            doc.append("<x>");
        expectFailure(doc, QStringLiteral("dybere"));
    }

    void externalEntityIsNeverFetched()
    {
        QTemporaryDir dir;
        const QString secretPath = dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(test::writeFile(secretPath, "HEMMELIGT-INDHOLD"));
        const QByteArray doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE dagtilbudsRegister [\n"
                               "<!ENTITY xxe SYSTEM \"file://" +
                               secretPath.toUtf8() +
                               "\">\n]>\n<dagtilbudsRegister><daginstitution><daginstitutionsNummer>G1"
                               "</daginstitutionsNummer><daginstitutionsNavn>&xxe;</daginstitutionsNavn>"
                               "</daginstitution></dagtilbudsRegister>";
        Register reg;
        ReadError error;
        QVERIFY(!XmlSnapshot::readBytes(doc, QStringLiteral("udtraek.xml"), &reg, &error));
        QVERIFY2(error.message.contains(QStringLiteral("DTD")), qPrintable(error.toString()));
        QVERIFY(!error.toString().contains(QStringLiteral("HEMMELIGT")));
        QCOMPARE(reg.size(), 0);
    }

    void entityExpansionBombIsRefused()
    {
        QByteArray doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY a \"aaaaaaaaaa\">\n";
        for (char c = 'b'; c <= 'j'; ++c)
            doc += QByteArray("<!ENTITY ") + c + " \"" +
                   QByteArray(10, '&').replace("&", QByteArray("&") + char(c - 1) + ";") + "\">\n";
        doc += "]>\n<dagtilbudsRegister><daginstitution><daginstitutionsNavn>&j;</daginstitutionsNavn>"
               "</daginstitution></dagtilbudsRegister>";
        expectFailure(doc, QStringLiteral("DTD"));
    }

    void undeclaredEntity()
    {
        expectFailure("<dagtilbudsRegister><daginstitution><daginstitutionsNavn>&foo;</daginstitutionsNavn>"
                      "</daginstitution></dagtilbudsRegister>",
                      QStringLiteral("XML"));
    }

    void fieldWithChildElement()
    {
        Register reg;
        ReadError error;
        QVERIFY(!XmlSnapshot::readBytes("<dagtilbudsRegister><daginstitution>\n<daginstitutionsNavn>A<b/>"
                                        "</daginstitutionsNavn></daginstitution></dagtilbudsRegister>",
                                        QStringLiteral("u.xml"), &reg, &error));
        QCOMPARE(error.field, QStringLiteral("daginstitutionsNavn"));
        QCOMPARE(error.line, qint64(2));
    }

    void strayText()
    {
        expectFailure("<dagtilbudsRegister>hej<daginstitution/></dagtilbudsRegister>", QStringLiteral("hej"));
    }

    void missingFile()
    {
        Register reg;
        ReadError error;
        QVERIFY(!XmlSnapshot::read(QStringLiteral("/nonexistent/udtraek.xml"), &reg, &error));
        QVERIFY(error.toString().contains(QStringLiteral("udtraek.xml")));
    }
};

QTEST_GUILESS_MAIN(TestXmlSnapshot)
#include "tst_xmlsnapshot.moc"
