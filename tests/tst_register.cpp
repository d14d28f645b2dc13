#include "register/Register.h"

#include <QTest>

#include <algorithm>
#include <functional>

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
