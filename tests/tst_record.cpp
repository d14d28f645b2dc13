#include "register/HugePages.h"
#include "register/Record.h"

#include <QFile>
#include <QTest>

#include <cstring>
#include <vector>

using namespace dtr;

class TestRecord : public QObject
{
    Q_OBJECT

private slots:
    // Records stored side by side in an arena's large blocks, freed, then stored again: the second
    // register takes the freed blocks back (from the pool) and every value reads as written, in
    // records that outlive their arena.
    void arenaBlocksFreedAndTakenBackKeepValues()
    {
        const auto fill = [](int generation) {
            std::vector<Record> records;
            RecordArena arena;
            const QByteArray padding(200, 'x'); // ~40,000 records of ~230 bytes: several 2 MB blocks
            for (int i = 0; i < 40000; ++i) {
                const QByteArray nummer = QByteArray::number(generation * 100000 + i);
                const QByteArray navn = padding + QByteArray::number(i);
                QList<QByteArrayView> cells(fieldsOf(Level::Daginstitution).size());
                cells[fieldSlot(Level::Daginstitution, Field::Nummer)] = nummer;
                cells[fieldSlot(Level::Daginstitution, Field::Navn)] = navn;
                Record r(Level::Daginstitution);
                arena.setUtf8Cells(&r, cells);
                records.push_back(std::move(r));
            }
            return records;
        };
        for (int generation = 1; generation <= 3; ++generation) {
            const std::vector<Record> records = fill(generation);
            for (int i = 0; i < int(records.size()); i += 997) {
                QCOMPARE(records[size_t(i)].nummer(), QString::number(generation * 100000 + i));
                QCOMPARE(records[size_t(i)].navn(), QString(200, QLatin1Char('x')) + QString::number(i));
            }
            QCOMPARE(records.back().nummer(), QString::number(generation * 100000 + 39999));
        }
    }

    // The record blocks' memory: aligned to 2 MB (so it may be one huge page), every byte usable,
    // and given back whole (mapping and unmapping many leaves nothing mapped behind).
    void hugePageBlocksAlignedUsableAndGivenBack()
    {
        const auto mappedKiB = [] { // VmSize: every mapping's size, merged or not
            QFile status(QStringLiteral("/proc/self/status"));
            if (!status.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmSize:"))
                    return line.mid(7).trimmed().split(' ').first().toLongLong();
            return qint64(-1);
        };
        for (const size_t bytes : {size_t(2) << 20, size_t(6) << 20}) {
            const qint64 before = mappedKiB();
            std::vector<char *> blocks;
            for (int i = 0; i < 40; ++i) {
                auto *block = static_cast<char *>(mapHugePageBlock(bytes));
                QVERIFY(block);
                QCOMPARE(reinterpret_cast<quintptr>(block) % (2 << 20), quintptr(0));
                std::memset(block, i + 1, bytes);
                blocks.push_back(block);
            }
            for (int i = 0; i < 40; ++i) {
                QCOMPARE(blocks[size_t(i)][0], char(i + 1));
                QCOMPARE(blocks[size_t(i)][bytes - 1], char(i + 1));
                unmapHugePageBlock(blocks[size_t(i)], bytes);
            }
#ifdef Q_OS_LINUX
            QCOMPARE(mappedKiB(), before);
#else
            Q_UNUSED(before);
#endif
        }
    }

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
