#include "register/Register.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>

using namespace dtr;

namespace {

Record make(Level level, const QString &nummer, const QString &parent = {}, const QString &kommune = {})
{
    Record r(level);
    r.setValue(Field::Nummer, nummer);
    r.setValue(Field::Navn, QStringLiteral("Navn ") + nummer);
    if (!parent.isEmpty())
        r.setValue(Field::ParentNummer, parent);
    if (!kommune.isEmpty())
        r.setValue(Field::AdmKommuneKode, kommune);
    return r;
}

} // namespace

class TestRegister : public QObject
{
    Q_OBJECT

private slots:
    void indexesAndStableChildOrder()
    {
        Register reg;
        // Children listed before their parent, and interleaved: order must still be input order.
        reg.add(make(Level::Anvisningsenhed, QStringLiteral("U2"), QStringLiteral("D1")));
        reg.add(make(Level::Daginstitution, QStringLiteral("D2"), {}, QStringLiteral("101")));
        reg.add(make(Level::Daginstitution, QStringLiteral("D1"), {}, QStringLiteral("751")));
        reg.add(make(Level::Anvisningsenhed, QStringLiteral("U1"), QStringLiteral("D1")));
        reg.add(make(Level::Anvisningsenhed, QStringLiteral("U3"), QStringLiteral("D2")));
        reg.add(make(Level::AlternativAdresse, QStringLiteral("A1"), QStringLiteral("U1")));
        reg.add(make(Level::AlternativAdresse, QStringLiteral("A2"), QStringLiteral("UX")));
        reg.finalize();

        const int d1 = reg.find(Level::Daginstitution, u"D1");
        const int u1 = reg.find(Level::Anvisningsenhed, u"U1");
        const int u2 = reg.find(Level::Anvisningsenhed, u"U2");
        QCOMPARE(reg.find(Level::Anvisningsenhed, u"D1"), -1); // numbers are per level
        const auto children = reg.childrenOf(d1);
        QCOMPARE(std::vector<int>(children.begin(), children.end()), (std::vector<int>{u2, u1}));
        QCOMPARE(reg.rowInParent(u2), 0);
        QCOMPARE(reg.rowInParent(u1), 1);
        QCOMPARE(reg.parentOf(u1), d1);
        QCOMPARE(reg.parentOf(d1), -1);

        // Kommuner ascending; daginstitutioner grouped under them.
        QCOMPARE(reg.kommuner(), (std::vector<int>{101, 751}));
        QCOMPARE(reg.daginstitutionerIn(1).size(), size_t(1));
        QCOMPARE(reg.daginstitutionerIn(1)[0], d1);
        QCOMPARE(reg.rowInParent(d1), 0);
        QCOMPARE(reg.admKommuneOf(reg.find(Level::AlternativAdresse, u"A1")), 751);

        // The address whose unit is missing is an orphan; its kommune is unknown.
        const int a2 = reg.find(Level::AlternativAdresse, u"A2");
        QCOMPARE(reg.orphans(), std::vector<int>{a2});
        QCOMPARE(reg.rowInParent(a2), 0);
        QCOMPARE(reg.admKommuneOf(a2), Register::UnknownKommune);
        QCOMPARE(reg.count(Level::Anvisningsenhed), 3);
    }

    void duplicatesAndUnknownKommune()
    {
        Register reg;
        reg.add(make(Level::Daginstitution, QStringLiteral("D1"), {}, QStringLiteral("x")));
        reg.add(make(Level::Daginstitution, QStringLiteral("D1"), {}, QStringLiteral("101")));
        reg.add(make(Level::Anvisningsenhed, QStringLiteral("U1"), QStringLiteral("D1")));
        reg.finalize();
        QCOMPARE(reg.duplicates(), std::vector<int>{1});
        QCOMPARE(reg.find(Level::Daginstitution, u"D1"), 0);
        QCOMPARE(reg.kommuner(), (std::vector<int>{Register::UnknownKommune, 101}));
        // Both copies stay visible in the tree; the unit hangs under the first.
        QCOMPARE(reg.daginstitutionerIn(0).size() + reg.daginstitutionerIn(1).size(), size_t(2));
        QCOMPARE(reg.parentOf(2), 0);
    }

    // Records added one by one are hashed as they come; records added in bulk (the XML reader)
    // are hashed by finalize(). Both give the same index, as does a mix of the two, on a
    // register with several kommuner, duplicates, orphans and records out of order.
    void indexTheSameWhicheverWayRecordsCame()
    {
        std::vector<Record> records;
        for (int k = 0; k < 40; ++k) {
            const QString kommune = QString::number(101 + (k * 37) % 11 * 10);
            const QString dag = QStringLiteral("D%1").arg(k % 35); // five repeated numbers
            records.push_back(make(Level::Anvisningsenhed, QStringLiteral("U%1").arg(k), dag));
            records.push_back(make(Level::Daginstitution, dag, {}, k % 9 == 0 ? QStringLiteral("?") : kommune));
            records.push_back(make(Level::AlternativAdresse, QStringLiteral("A%1").arg(k),
                                   QStringLiteral("U%1").arg(k % 7 == 0 ? 999 : k)));
        }
        Register one, bulk, mixed;
        for (const Record &r : records)
            one.add(r);
        bulk.add(std::vector<Record>(records));
        mixed.add(std::vector<Record>(records.begin(), records.begin() + 10));
        for (size_t i = 10; i < records.size(); ++i)
            mixed.add(records[i]);
        for (Register *reg : {&one, &bulk, &mixed})
            reg->finalize();
        QCOMPARE(one.duplicates().size(), size_t(5));
        QVERIFY(!one.orphans().empty());
        QVERIFY(one.kommuner().size() > 5);
        // Kommuner ascending, each once, holding exactly its daginstitutioner in input order.
        QVERIFY(std::adjacent_find(one.kommuner().begin(), one.kommuner().end(), std::greater_equal<int>()) ==
                one.kommuner().end());
        int grouped = 0;
        for (int row = 0; row < int(one.kommuner().size()); ++row) {
            int last = -1;
            int position = 0;
            for (int d : one.daginstitutionerIn(row)) {
                QCOMPARE(one.record(d).code(Field::AdmKommuneKode).value_or(Register::UnknownKommune),
                         one.kommuner()[size_t(row)]);
                QCOMPARE(one.rowInParent(d), position++);
                QVERIFY(d > last);
                last = d;
                ++grouped;
            }
        }
        QCOMPARE(grouped, one.count(Level::Daginstitution));
        for (const Register *reg : {&bulk, &mixed}) {
            QCOMPARE(reg->duplicates(), one.duplicates());
            QCOMPARE(reg->orphans(), one.orphans());
            QCOMPARE(reg->kommuner(), one.kommuner());
            for (int row = 0; row < int(one.kommuner().size()); ++row) {
                const auto a = one.daginstitutionerIn(row);
                const auto b = reg->daginstitutionerIn(row);
                QCOMPARE(std::vector<int>(b.begin(), b.end()), std::vector<int>(a.begin(), a.end()));
            }
            for (int i = 0; i < one.size(); ++i) {
                const Record &r = one.record(i);
                QCOMPARE(reg->find(r.level(), r.nummer()), one.find(r.level(), r.nummer()));
                QCOMPARE(reg->parentOf(i), one.parentOf(i));
                QCOMPARE(reg->rowInParent(i), one.rowInParent(i));
                const auto a = one.childrenOf(i);
                const auto b = reg->childrenOf(i);
                QCOMPARE(std::vector<int>(b.begin(), b.end()), std::vector<int>(a.begin(), a.end()));
            }
        }
        // And against what the records say: every parent found has the number the child names.
        for (int i = 0; i < one.size(); ++i)
            if (const int p = one.parentOf(i); p >= 0)
                QCOMPARE(one.record(p).nummer(), one.record(i).parentNummer());
    }

    // Random registers against a plain model of what the index means. Numbers of every length
    // around the 7 bytes a key holds whole (longer ones are hashed), non-ASCII ones, the same
    // numbers at other levels; kommune codes close together (counted) or far apart (sorted).
    void indexMatchesAPlainModel()
    {
        const QStringList pool{{},
                               QStringLiteral("G"),
                               QStringLiteral("G1"),
                               QStringLiteral("G10001"),
                               QStringLiteral("G100010"),
                               QStringLiteral("G1000100"),
                               QStringLiteral("G1000101"),
                               QStringLiteral("G10001000000000000001"),
                               QStringLiteral("G10001000000000000002"),
                               QStringLiteral("Æ1"),
                               QStringLiteral("ÆØÅ1"),
                               QStringLiteral("ÆØÅ2"),
                               QStringLiteral("7")};
        for (quint32 seed = 1; seed <= 300; ++seed) {
            QRandomGenerator random(seed);
            const auto pick = [&](const QStringList &from) { return from[int(random.bounded(from.size()))]; };
            const bool farApart = seed % 3 == 0;
            const QStringList codes = farApart ? QStringList{QStringLiteral("101"), QStringLiteral("0"),
                                                             QStringLiteral("999999999"), QStringLiteral("x")}
                                               : QStringList{QStringLiteral("101"), QStringLiteral("751"),
                                                             QStringLiteral("860"), QStringLiteral("?")};
            std::vector<Record> records;
            const int count = 1 + int(random.bounded(120));
            for (int k = 0; k < count; ++k) {
                const auto level = Level(random.bounded(LevelCount));
                records.push_back(make(level, pick(pool), level == Level::Daginstitution ? QString() : pick(pool),
                                       level == Level::Daginstitution ? pick(codes) : QString()));
                if (level != Level::Daginstitution && random.bounded(4) == 0)
                    records.back().setValue(Field::ParentNummer, {}); // an empty parent number
            }
            Register reg;
            if (seed % 2)
                reg.add(std::vector<Record>(records));
            else
                for (const Record &r : records)
                    reg.add(r);
            reg.finalize();

            const int n = int(records.size());
            const auto first = [&](Level level, const QString &nummer) {
                for (int i = 0; i < n; ++i)
                    if (records[size_t(i)].level() == level && records[size_t(i)].nummer() == nummer)
                        return i;
                return -1;
            };
            std::vector<int> duplicates, orphans, parent(size_t(n), -1);
            std::map<int, std::vector<int>> kommuner;
            for (int i = 0; i < n; ++i) {
                const Record &r = records[size_t(i)];
                QCOMPARE(reg.find(r.level(), r.nummer()), first(r.level(), r.nummer()));
                if (first(r.level(), r.nummer()) != i)
                    duplicates.push_back(i);
                Level pl;
                if (parentLevel(r.level(), &pl)) {
                    parent[size_t(i)] = first(pl, r.parentNummer());
                    if (parent[size_t(i)] < 0)
                        orphans.push_back(i);
                } else {
                    kommuner[r.code(Field::AdmKommuneKode).value_or(Register::UnknownKommune)].push_back(i);
                }
            }
            QCOMPARE(reg.duplicates(), duplicates);
            QCOMPARE(reg.orphans(), orphans);
            for (int i = 0; i < n; ++i) {
                QCOMPARE(reg.parentOf(i), parent[size_t(i)]);
                std::vector<int> children;
                for (int c = 0; c < n; ++c)
                    if (parent[size_t(c)] == i)
                        children.push_back(c);
                const auto got = reg.childrenOf(i);
                QCOMPARE(std::vector<int>(got.begin(), got.end()), children);
                for (size_t row = 0; row < children.size(); ++row)
                    QCOMPARE(reg.rowInParent(children[row]), int(row));
            }
            for (size_t row = 0; row < orphans.size(); ++row)
                QCOMPARE(reg.rowInParent(orphans[row]), int(row));
            std::vector<int> codesSeen;
            for (const auto &[code, members] : kommuner) {
                const int row = int(codesSeen.size());
                codesSeen.push_back(code);
                QCOMPARE(reg.kommuneRowOf(code), row);
                const auto got = reg.daginstitutionerIn(row);
                QCOMPARE(std::vector<int>(got.begin(), got.end()), members);
                for (size_t k = 0; k < members.size(); ++k)
                    QCOMPARE(reg.rowInParent(members[k]), int(k));
            }
            QCOMPARE(reg.kommuner(), codesSeen);
            QVERIFY(reg.daginstitutionerIn(int(codesSeen.size())).empty());
        }
    }

    // Two numbers whose slots carry the same tag and start their probes alike: a tag match alone
    // must not make one the other, neither as a duplicate nor as a parent.
    void alikeTagsAreNotTheSameNumber()
    {
        // Found by search among 7-byte numbers (whole keys); the hash is fixed, so is the pair.
        std::vector<std::pair<quint64, int>> seen; // (tag and the low 4 bits, candidate)
        const auto number = [](int k) {
            return QByteArray(1, char('A' + k / 1000000)) + QByteArray::number(k % 1000000).rightJustified(6, '0');
        };
        for (int k = 0; k < 2000000; ++k) {
            const quint64 hash = Register::numberSlotHash(Level::Daginstitution, number(k));
            seen.emplace_back((hash >> 32) << 4 | (hash & 15), k);
        }
        std::sort(seen.begin(), seen.end());
        const auto alike = std::adjacent_find(seen.begin(), seen.end(),
                                              [](const auto &a, const auto &b) { return a.first == b.first; });
        QVERIFY(alike != seen.end());
        const QString a = QString::fromLatin1(number(alike->second));
        const QString b = QString::fromLatin1(number(std::next(alike)->second));
        QVERIFY(a != b);

        Register reg; // at most 8 records: 16 slots, so both probes start at the same slot
        reg.add(make(Level::Daginstitution, a, {}, QStringLiteral("101")));
        reg.add(make(Level::Daginstitution, b, {}, QStringLiteral("101")));
        reg.add(make(Level::Anvisningsenhed, QStringLiteral("U1"), b));
        reg.add(make(Level::Anvisningsenhed, QStringLiteral("U2"), a));
        reg.finalize();
        QVERIFY(reg.duplicates().empty());
        QCOMPARE(reg.find(Level::Daginstitution, b), 1);
        QCOMPARE(reg.parentOf(2), 1);
        QCOMPARE(reg.parentOf(3), 0);

        Register lone; // the unit names b, only a is there
        lone.add(make(Level::Daginstitution, a, {}, QStringLiteral("101")));
        lone.add(make(Level::Anvisningsenhed, QStringLiteral("U1"), b));
        lone.finalize();
        QCOMPARE(lone.parentOf(1), -1);
        QCOMPARE(lone.orphans(), std::vector<int>{1});
        QCOMPARE(lone.find(Level::Daginstitution, b), -1);
    }

    void emptyRegister()
    {
        Register reg;
        reg.finalize();
        QVERIFY(reg.isEmpty());
        QVERIFY(reg.kommuner().empty());
        QVERIFY(reg.childrenOf(0).empty());
        QVERIFY(reg.daginstitutionerIn(0).empty());
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
