#include "TestFiles.h"

#include "codes/CodeTables.h"
#include "io/CsvSnapshot.h"
#include "io/CsvTokenizer.h"
#include "io/TextChecks.h"
#include "register/Register.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

class TestCsvSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_case = 0;

    // A fresh folder with the small valid snapshot, one file of which the test may replace.
    QString freshFolder()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("case%1").arg(++m_case));
        test::writeSmallCsvSnapshot(folder);
        return folder;
    }

    // Replaces one level's file and expects reading to fail with a message naming the file
    // and the line (when given) and containing `fragment`.
    void expectFailure(const QString &fileName, const QByteArray &content, qint64 line, const QString &fragment)
    {
        const QString folder = freshFolder();
        QVERIFY(test::writeFile(folder + QLatin1Char('/') + fileName, content));
        Register reg;
        ReadError error;
        QVERIFY2(!CsvSnapshot::read(folder, &reg, &error), "bad input was accepted");
        QVERIFY2(error.file.endsWith(fileName), qPrintable(error.toString()));
        if (line > 0)
            QCOMPARE(error.line, line);
        QVERIFY2(error.message.contains(fragment, Qt::CaseInsensitive), qPrintable(error.toString()));
        QVERIFY(error.toString().contains(fileName));
    }

private slots:
    void readsSmallSnapshot()
    {
        Register reg;
        ReadError error;
        QVERIFY2(CsvSnapshot::read(freshFolder(), &reg, &error), qPrintable(error.toString()));
        QCOMPARE(reg.count(Level::Daginstitution), 2);
        QCOMPARE(reg.count(Level::Anvisningsenhed), 3);
        QCOMPARE(reg.count(Level::AlternativAdresse), 1);
        const int dag = reg.find(Level::Daginstitution, u"G10002");
        QVERIFY(dag >= 0);
        QCOMPARE(reg.record(dag).navn(), QStringLiteral("Dagtilbud \"Nord\"; Aarhus"));
        const int unit = reg.find(Level::Anvisningsenhed, u"G20001");
        QCOMPARE(reg.record(unit).value(Field::HusNummer), QStringLiteral("4A"));
        // Decimal comma becomes a decimal point in memory.
        QCOMPARE(reg.record(unit).value(Field::GeoBredde), QStringLiteral("56.1572"));
        QCOMPARE(reg.record(unit).coordinate(Field::GeoLaengde).value(), 10.2107);
        QCOMPARE(reg.parentOf(unit), reg.find(Level::Daginstitution, u"G10001"));
        QVERIFY(!reg.record(reg.find(Level::Anvisningsenhed, u"G20002")).isActive());
        // Label columns are derived data and not kept as extras.
        QVERIFY(reg.extraNames(Level::Daginstitution).isEmpty());
    }

    void acceptsLfLoneCrNoBomAndCaseInsensitiveHeaders()
    {
        const QString folder = freshFolder();
        QVERIFY(test::writeFile(folder + QStringLiteral("/daginstitutioner.csv"),
                                "DAGINSTITUTIONSNUMMER;DaginstitutionsNavn;admkommunekode\n"
                                "G10001;A;751\r"
                                "G10002;\"B\nover to linjer\";751\n\n"));
        Register reg;
        ReadError error;
        QVERIFY2(CsvSnapshot::read(folder, &reg, &error), qPrintable(error.toString()));
        QCOMPARE(reg.count(Level::Daginstitution), 2);
        QCOMPARE(reg.record(reg.find(Level::Daginstitution, u"G10002")).navn(), QStringLiteral("B\nover to linjer"));
    }

    void keepsUnknownColumns()
    {
        const QString folder = freshFolder();
        QVERIFY(test::writeFile(folder + QStringLiteral("/daginstitutioner.csv"),
                                "daginstitutionsNummer;daginstitutionsNavn;kommunensEgetId;Noter om stedet\r\n"
                                "G10001;A;K-17;\"ring først; porten er låst\"\r\n"
                                "G10002;B;;\r\n"));
        Register reg;
        ReadError error;
        QVERIFY2(CsvSnapshot::read(folder, &reg, &error), qPrintable(error.toString()));
        QCOMPARE(reg.extraNames(Level::Daginstitution),
                 QStringList({QStringLiteral("kommunensEgetId"), QStringLiteral("Noter om stedet")}));
        const Record &r = reg.record(reg.find(Level::Daginstitution, u"G10001"));
        QCOMPARE(r.extra(0), QStringLiteral("K-17"));
        QCOMPARE(r.extra(1), QStringLiteral("ring først; porten er låst"));

        // Written back, the extra columns come out unchanged.
        const QString out = m_tmp.filePath(QStringLiteral("written"));
        QString writeError;
        QVERIFY2(CsvSnapshot::write(reg, out, CodeTables::bundled(), &writeError), qPrintable(writeError));
        Register again;
        QVERIFY2(CsvSnapshot::read(out, &again, &error), qPrintable(error.toString()));
        QCOMPARE(test::canonical(again), test::canonical(reg));
    }

    // Issue 20: an extra whose name is a column, a label column or has blanks at its ends is
    // written as "ekstra:<name>" and reads back as that extra; other names are their own header.
    void extraNamedLikeAColumnIsEscaped()
    {
        Register reg;
        ReadError error;
        QVERIFY(CsvSnapshot::read(freshFolder(), &reg, &error));
        Register built;
        const QStringList names{QStringLiteral("email"), QStringLiteral("instType3_Tekst"), QStringLiteral(" kant "),
                                QStringLiteral("Noter")};
        built.setExtraNames(Level::Anvisningsenhed, names);
        for (Record r : reg.records()) {
            for (int e = 0; e < names.size() && r.level() == Level::Anvisningsenhed; ++e)
                r.setExtra(e, QStringLiteral("værdi %1").arg(e));
            built.add(r);
        }
        built.finalize();
        const QString out = m_tmp.filePath(QStringLiteral("escaped"));
        QString writeError;
        QVERIFY2(CsvSnapshot::write(built, out, CodeTables::bundled(), &writeError), qPrintable(writeError));
        QFile f(out + QStringLiteral("/anvisningsenheder.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.readLine();
        QVERIFY2(header.endsWith(";ekstra:email;ekstra:instType3_Tekst;ekstra:%20kant%20;Noter\r\n"),
                 header.constData());
        Register again;
        QVERIFY2(CsvSnapshot::read(out, &again, &error), qPrintable(error.toString()));
        QCOMPARE(test::canonical(again), test::canonical(built));
    }

    // Extra names are exact, as XML element names are: "Foo" and "foo" are two extras, but one
    // name given twice (plainly and escaped) is refused.
    void extraNamesDifferingInCaseAreTwo()
    {
        const QString folder = freshFolder();
        QVERIFY(test::writeFile(folder + QStringLiteral("/daginstitutioner.csv"),
                                "daginstitutionsNummer;daginstitutionsNavn;Foo;foo\r\nG10001;A;1;2\r\n"));
        Register reg;
        ReadError error;
        QVERIFY2(CsvSnapshot::read(folder, &reg, &error), qPrintable(error.toString()));
        QCOMPARE(reg.extraNames(Level::Daginstitution), QStringList({QStringLiteral("Foo"), QStringLiteral("foo")}));

        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn;foo;ekstra:foo\r\nG1;A;1;2\r\n", 1,
                      QStringLiteral("\"ekstra:foo\" forekommer to gange"));
    }

    // U+FFFE and U+FFFF pass as UTF-8 but XML cannot carry them (the XML writer dropped them):
    // refused like control characters, in the files and in the metadata beside them.
    void noncharactersXmlCannotCarryAreRefused()
    {
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn\r\nG1;A\xEF\xBF\xBE\r\n", 2, QStringLiteral("U+FFFE"));
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn;B\xEF\xBF\xBF\r\nG1;A;x\r\n", 1,
                      QStringLiteral("U+FFFF"));
        const QString folder = freshFolder();
        QVERIFY(test::writeFile(folder + QStringLiteral("/udtraek.json"), R"({"xmlRodelementer": ["<a>\u0001</a>"]})"));
        Register reg;
        ReadError error;
        QVERIFY(!CsvSnapshot::read(folder, &reg, &error));
        QVERIFY2(error.message.contains(QStringLiteral("U+0001")), qPrintable(error.toString()));
        QVERIFY(error.file.endsWith(QStringLiteral("udtraek.json")));
    }

    void acceptsAFileInsteadOfTheFolder()
    {
        const QString folder = freshFolder();
        Register reg;
        ReadError error;
        QVERIFY2(CsvSnapshot::read(folder + QStringLiteral("/anvisningsenheder.csv"), &reg, &error),
                 qPrintable(error.toString()));
        QCOMPARE(reg.size(), 6);
    }

    void writerUsesBomSemicolonCrlfAndDecimalComma()
    {
        Register reg;
        ReadError error;
        QVERIFY(CsvSnapshot::read(freshFolder(), &reg, &error));
        const QString out = m_tmp.filePath(QStringLiteral("written2"));
        QString writeError;
        QVERIFY(CsvSnapshot::write(reg, out, CodeTables::bundled(), &writeError));
        QFile f(out + QStringLiteral("/anvisningsenheder.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "anvisningsenhedsNummer;daginstitutionsNummer;"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains(";56,1572;10,2107;"));
        QVERIFY(bytes.contains(";6012;Aldersintegreret institution (0-5 år);"));
        QFile d(out + QStringLiteral("/daginstitutioner.csv"));
        QVERIFY(d.open(QIODevice::ReadOnly));
        QVERIFY(d.readAll().contains("\"Dagtilbud \"\"Nord\"\"; Aarhus\""));
    }

    // ---- bad input: every kind gives one clear message naming file and line ----

    void missingPath()
    {
        Register reg;
        ReadError error;
        QVERIFY(!CsvSnapshot::read(m_tmp.filePath(QStringLiteral("does-not-exist")), &reg, &error));
        QVERIFY(error.toString().contains(QStringLiteral("does-not-exist")));
    }

    void missingFile()
    {
        const QString folder = freshFolder();
        QVERIFY(QFile::remove(folder + QStringLiteral("/alternativadresser.csv")));
        Register reg;
        ReadError error;
        QVERIFY(!CsvSnapshot::read(folder, &reg, &error));
        QVERIFY2(error.message.contains(QStringLiteral("alternative adresser")), qPrintable(error.toString()));
    }

    void twoFilesForOneLevel()
    {
        const QString folder = freshFolder();
        QVERIFY(QFile::copy(folder + QStringLiteral("/daginstitutioner.csv"),
                            folder + QStringLiteral("/daginstitutioner-kopi.csv")));
        Register reg;
        ReadError error;
        QVERIFY(!CsvSnapshot::read(folder, &reg, &error));
        QVERIFY2(error.message.contains(QStringLiteral("daginstitutioner-kopi.csv")), qPrintable(error.toString()));
    }

    void missingRequiredColumn()
    {
        expectFailure(QStringLiteral("anvisningsenheder.csv"),
                      "anvisningsenhedsNummer;anvisningsenhedsNavn\r\nG20001;X\r\n", 1,
                      QStringLiteral("\"daginstitutionsNummer\" mangler"));
    }

    void duplicateColumn()
    {
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn;daginstitutionsnavn\r\nG1;A;B\r\n", 1,
                      QStringLiteral("to gange"));
    }

    void emptyFile()
    {
        expectFailure(QStringLiteral("daginstitutioner.csv"), QByteArray(), 0, QStringLiteral("tom"));
        expectFailure(QStringLiteral("daginstitutioner.csv"), "\xEF\xBB\xBF", 0, QStringLiteral("tom"));
    }

    void truncatedQuotedField()
    {
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn\r\nG1;A\r\nG2;\"Børnehuset\r\nSolsik", 3,
                      QStringLiteral("anførselstegn"));
    }

    void textAfterClosingQuote()
    {
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn\r\nG1;\"A\"B\r\n", 2, QStringLiteral("Uventet tegn"));
    }

    void wrongFieldCount()
    {
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn\r\nG1;A\r\nG2;B;C\r\n", 3, QStringLiteral("3 felter"));
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn;admKommuneKode\r\nG1;A\r\n", 2,
                      QStringLiteral("2 felter"));
    }

    void invalidUtf8()
    {
        // "Børnehuset" written in Latin-1: a lone 0xF8 byte.
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn\r\nG1;A\r\nG2;B\xF8rnehuset\r\n", 3,
                      QStringLiteral("UTF-8"));
        // An overlong encoding of '/' and a surrogate are not UTF-8 either.
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn\r\nG1;\xC0\xAF\r\n", 2, QStringLiteral("UTF-8"));
        expectFailure(QStringLiteral("daginstitutioner.csv"),
                      "daginstitutionsNummer;daginstitutionsNavn\r\nG1;\xED\xA0\x80\r\n", 2, QStringLiteral("UTF-8"));
    }

    void nulBytes()
    {
        QByteArray bytes("daginstitutionsNummer;daginstitutionsNavn\r\nG1;A\r\nG2;B");
        bytes.append('\0');
        bytes.append("C\r\n");
        expectFailure(QStringLiteral("daginstitutioner.csv"), bytes, 3, QStringLiteral("NUL"));
    }

    // Found by fuzz_csv: a control character read fine from CSV but could not survive XML.
    void controlCharacters()
    {
        QByteArray bytes("daginstitutionsNummer;daginstitutionsNavn\r\nG1;A\r\nG2;B");
        bytes.append('\x1c');
        bytes.append("C\r\n");
        expectFailure(QStringLiteral("daginstitutioner.csv"), bytes, 3, QStringLiteral("kontroltegnet 0x1C"));
    }

    void absurdlyLongField()
    {
        QByteArray bytes("daginstitutionsNummer;daginstitutionsNavn\r\nG1;");
        bytes.append(QByteArray(CsvTokenizer::MaxFieldBytes + 10, 'x'));
        bytes.append("\r\n");
        expectFailure(QStringLiteral("daginstitutioner.csv"), bytes, 2, QStringLiteral("for langt"));
    }

    void absurdlyLongLine()
    {
        QByteArray bytes("daginstitutionsNummer;daginstitutionsNavn");
        for (int i = 0; i < 40; ++i)
            bytes.append(";c" + QByteArray::number(i));
        bytes.append("\r\nG1;A");
        for (int i = 0; i < 40; ++i)
            bytes.append(';' + QByteArray(CsvTokenizer::MaxFieldBytes - 100, 'y'));
        bytes.append("\r\n");
        expectFailure(QStringLiteral("daginstitutioner.csv"), bytes, 2, QStringLiteral("for lang"));
    }

    void tooManyFields()
    {
        QByteArray bytes("daginstitutionsNummer;daginstitutionsNavn\r\n");
        bytes.append(QByteArray(CsvTokenizer::MaxFields + 5, ';'));
        expectFailure(QStringLiteral("daginstitutioner.csv"), bytes, 2, QStringLiteral("felter"));
    }

    // The tokenizer and the text check read eight bytes at a time: at every position and length
    // around a word's edges they must find what a byte-by-byte reading finds.
    void wordAtATimeScansAgreeWithBytes()
    {
        const QList<char> specials{';', '\n', '\r', '\x01', '\x1f', '\t', '\x7f', ' '};
        for (int length = 0; length <= 24; ++length) {
            for (int at = 0; at <= length; ++at) {
                for (char special : specials) {
                    QByteArray line(length, 'a');
                    if (at < length)
                        line[at] = special;
                    // Byte-by-byte expectations.
                    qsizetype fieldEnd = 0;
                    while (fieldEnd < line.size() && line[fieldEnd] != ';' && line[fieldEnd] != '\n' &&
                           line[fieldEnd] != '\r')
                        ++fieldEnd;
                    qsizetype suspect = -1;
                    qsizetype feeds = 0;
                    for (qsizetype i = 0; i < line.size(); ++i) {
                        const uchar c = uchar(line[i]);
                        if (c == '\n')
                            ++feeds;
                        else if (c < 0x20 && c != '\t' && c != '\r' && suspect < 0)
                            suspect = i;
                    }
                    CsvTokenizer tokenizer(line);
                    QList<QByteArrayView> fields;
                    if (!line.isEmpty()) {
                        QVERIFY(tokenizer.next(&fields));
                        QCOMPARE(fields.first().size(), fieldEnd);
                    }
                    qsizetype counted = -1;
                    const qsizetype found = firstSuspectByte(line, &counted);
                    QCOMPARE(found >= 0, suspect >= 0);
                    if (found < 0)
                        QCOMPARE(counted, feeds);
                    else
                        QVERIFY(found <= suspect);
                }
            }
        }
        // Non-ASCII letters at every alignment are valid; a broken sequence is found.
        for (int at = 0; at < 17; ++at) {
            QByteArray text = QByteArray(at, 'x') + "\xC3\xB8" + QByteArray(17 - at, 'y');
            qsizetype feeds = -1;
            QCOMPARE(firstSuspectByte(text, &feeds), qsizetype(-1));
            QCOMPARE(firstInvalidUtf8(text), qsizetype(-1));
            text[at + 1] = 'z';
            QVERIFY(firstSuspectByte(text, &feeds) >= 0);
            QCOMPARE(firstInvalidUtf8(text), qsizetype(at));
        }
    }

    void binaryGarbageNeverHangs()
    {
        // Deterministic pseudo-random bytes: whatever the reader says, it returns.
        QByteArray bytes;
        quint32 x = 12345;
        for (int i = 0; i < 200000; ++i) {
            x = x * 1103515245u + 12345u;
            bytes.append(char((x >> 16) & 0xFF));
        }
        const QString folder = freshFolder();
        QVERIFY(test::writeFile(folder + QStringLiteral("/anvisningsenheder.csv"), bytes));
        Register reg;
        ReadError error;
        QVERIFY(!CsvSnapshot::read(folder, &reg, &error));
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvSnapshot)
#include "tst_csvsnapshot.moc"
