#include "register/Register.h"

#include <QTest>

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
