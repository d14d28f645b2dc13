#include "changes/ChangeSet.h"
#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dtr;

namespace {

// Every record index reachable in a model, walking the whole tree.
void collect(const QAbstractItemModel &model, const QModelIndex &parent, QList<int> *out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const int record = index.data(RegisterTreeModel::RecordIndexRole).toInt();
        if (record >= 0)
            out->append(record);
        collect(model, index, out);
    }
}

} // namespace

class TestTreeModel : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Register> m_national;

private slots:
    void initTestCase() { m_national = std::make_shared<Register>(generateSnapshot(GeneratorOptions{}).reg); }

    void passesTheModelTesterOverTheNationalSnapshot()
    {
        RegisterTreeModel model(CodeTables::bundled());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChangeSet changes(m_national);
        model.setChangeSet(&changes);
        if (QTest::currentTestFailed())
            return;
        // Every record appears exactly once, and indexOfRecord/parent agree with the walk.
        QList<int> seen;
        collect(model, {}, &seen);
        QCOMPARE(seen.size(), m_national->size());
        std::sort(seen.begin(), seen.end());
        QVERIFY(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
        for (int i = 0; i < m_national->size(); i += 97) {
            const QModelIndex index = model.indexOfRecord(i);
            QCOMPARE(model.recordOf(index), i);
            QCOMPARE(model.index(index.row(), 0, model.parent(index)), index);
        }
        model.setChangeSet(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void showsDanishLabels()
    {
        RegisterTreeModel model(CodeTables::bundled());
        ChangeSet changes(m_national);
        model.setChangeSet(&changes);
        const QModelIndex koebenhavn = model.index(0, RegisterTreeModel::NameColumn);
        QCOMPARE(koebenhavn.data(RegisterTreeModel::KommuneRole).toInt(), 101);
        // The records whose parent is missing come last, in their own group.
        const QModelIndex orphans = model.index(model.rowCount() - 1, 0);
        QCOMPARE(model.kindOf(orphans), RegisterTreeModel::OrphanGroupNode);
        QCOMPARE(model.rowCount(orphans), int(m_national->orphans().size()));
        QCOMPARE(koebenhavn.data().toString(), QStringLiteral("København"));
        const QModelIndex dag = model.index(0, 0, koebenhavn);
        const QModelIndex unit = model.index(0, RegisterTreeModel::TypeColumn, dag);
        QVERIFY(CodeTables::bundled().instType3.labels.values().contains(unit.data().toString()));
        QCOMPARE(model.headerData(RegisterTreeModel::AddressColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Adresse"));
    }

    void filterPassesTheModelTesterAndFilters()
    {
        RegisterTreeModel model(CodeTables::bundled());
        ChangeSet changes(m_national);
        model.setChangeSet(&changes);
        RegisterFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);

        // Search by a unit's P-nummer finds exactly that unit (and its ancestors).
        int unitIndex = -1;
        for (int i = 0; i < m_national->size() && unitIndex < 0; ++i)
            if (m_national->record(i).level() == Level::Anvisningsenhed && m_national->parentOf(i) >= 0)
                unitIndex = i;
        const Record &unit = m_national->record(unitIndex);
        filter.setSearchText(unit.value(Field::PNummer));
        QList<int> found;
        collect(filter, {}, &found);
        QVERIFY(found.contains(unitIndex));
        QVERIFY(found.contains(m_national->parentOf(unitIndex)));
        QCOMPARE(found.size(), 2);

        // Several words must all match: name word plus number.
        filter.setSearchText(unit.navn().split(QLatin1Char(' ')).last().toLower() + QLatin1Char(' ') + unit.nummer());
        found.clear();
        collect(filter, {}, &found);
        QVERIFY(found.contains(unitIndex));

        filter.setSearchText(QString());
        filter.setTypeFilter(6013);
        found.clear();
        collect(filter, {}, &found);
        int dagpleje = 0;
        for (int i : found) {
            const Record &r = m_national->record(i);
            if (r.level() == Level::Anvisningsenhed) {
                QCOMPARE(r.code(Field::InstType3), std::optional<int>(6013));
                ++dagpleje;
            } else {
                QCOMPARE(r.level(), Level::Daginstitution); // shown only as an ancestor
            }
        }
        QVERIFY(dagpleje > 600);

        filter.setTypeFilter(std::nullopt);
        filter.setActiveFilter(false);
        filter.setLevelFilter(Level::Daginstitution);
        filter.setKommuneFilter(101);
        found.clear();
        collect(filter, {}, &found);
        QVERIFY(!found.isEmpty());
        for (int i : found) {
            QVERIFY(!m_national->record(i).isActive());
            QCOMPARE(m_national->record(i).level(), Level::Daginstitution);
            QCOMPARE(m_national->admKommuneOf(i), 101);
        }
        QVERIFY(filter.isFiltering());

        filter.setLevelFilter(std::nullopt);
        filter.setActiveFilter(std::nullopt);
        QCOMPARE(filter.rowCount(), 1); // only København's row
        filter.setKommuneFilter(std::nullopt);
        QVERIFY(!filter.isFiltering());
        QCOMPARE(filter.rowCount(), model.rowCount());
    }
};

QTEST_MAIN(TestTreeModel)
#include "tst_treemodel.moc"
