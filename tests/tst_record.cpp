#include "register/Record.h"

#include <QTest>

using namespace dtr;

class TestRecord : public QObject
{
    Q_OBJECT

private slots:
    void newRecordHasEmptyFields()
    {
        const Record r(Level::Anvisningsenhed);
        for (Field f : fieldsOf(Level::Anvisningsenhed))
            QVERIFY(r.value(f).isEmpty());
        QCOMPARE(r.extraCount(), 0);
        QVERIFY(r.isActive());
    }

    void setAndGetEveryField()
    {
        Record r(Level::Anvisningsenhed);
        const QList<Field> &fields = fieldsOf(Level::Anvisningsenhed);
        for (int i = 0; i < fields.size(); ++i)
            r.setValue(fields[i], QStringLiteral("værdi-%1-æøå").arg(i));
        for (int i = 0; i < fields.size(); ++i)
            QCOMPARE(r.value(fields[i]), QStringLiteral("værdi-%1-æøå").arg(i));
    }

    void fieldsOfOtherLevelsAreIgnored()
    {
        Record r(Level::Daginstitution);
        r.setValue(Field::PNummer, u"1234567890");
        QVERIFY(r.value(Field::PNummer).isEmpty());
        QVERIFY(!hasField(Level::Daginstitution, Field::PNummer));
        QVERIFY(hasField(Level::Daginstitution, Field::EjerformKode));
    }

    void nulIsDroppedSoCellsStaySeparate()
    {
        Record r(Level::Daginstitution);
        r.setValue(Field::Navn, QStringLiteral("A") + QChar(0) + QStringLiteral("B"));
        r.setValue(Field::Nummer, u"G1");
        QCOMPARE(r.value(Field::Navn), QStringLiteral("AB"));
        QCOMPARE(r.value(Field::Nummer), QStringLiteral("G1"));
    }

    void extrasGrowOnDemand()
    {
        Record r(Level::AlternativAdresse);
        r.setExtra(2, u"tredje");
        QCOMPARE(r.extraCount(), 3);
        QVERIFY(r.extra(0).isEmpty());
        QCOMPARE(r.extra(2), QStringLiteral("tredje"));
        QVERIFY(r.extra(7).isEmpty());
    }

    void statusAndCodes()
    {
        Record r(Level::Anvisningsenhed);
        r.setValue(Field::Aktivitetsstatus, u"NEDLAGT");
        QVERIFY(!r.isActive());
        r.setValue(Field::InstType3, u" 6012 ");
        QCOMPARE(r.code(Field::InstType3), std::optional<int>(6012));
        r.setValue(Field::InstType3, u"x");
        QVERIFY(!r.code(Field::InstType3));
        r.setValue(Field::GeoBredde, u"55,5");
        QCOMPARE(r.coordinate(Field::GeoBredde), std::optional<double>(55.5));
    }

    void addressOneLine()
    {
        Record r(Level::Anvisningsenhed);
        Address a;
        a.vejNavn = QStringLiteral("Skolevej");
        a.husNummer = QStringLiteral("4A");
        a.etage = QStringLiteral("1");
        a.doer = QStringLiteral("tv");
        a.postNummer = QStringLiteral("8000");
        a.byNavn = QStringLiteral("Aarhus C");
        a.applyTo(r);
        QCOMPARE(Address::of(r), a);
        QCOMPARE(a.oneLine(), QStringLiteral("Skolevej 4A, 1. tv, 8000 Aarhus C"));
        QCOMPARE(Address().oneLine(), QString());
    }

    void keysRoundTrip()
    {
        for (int f = 0; f < FieldCount; ++f) {
            Field parsed;
            QVERIFY(fieldFromKey(QString(fieldKey(Field(f))), &parsed));
            QCOMPARE(parsed, Field(f));
            QVERIFY(!fieldLabel(Field(f)).isEmpty());
        }
        for (int l = 0; l < LevelCount; ++l) {
            Level parsed;
            QVERIFY(levelFromKey(QString(levelKey(Level(l))), &parsed));
            QCOMPARE(parsed, Level(l));
        }
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
