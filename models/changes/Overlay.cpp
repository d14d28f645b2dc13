#include "Overlay.h"

#include <algorithm>

namespace dtr {

Overlay::Overlay(std::shared_ptr<const Register> base, QObject *parent)
    : QObject(parent)
    , m_base(base ? std::move(base) : std::make_shared<Register>())
    , m_kommuner(m_base->kommuner())
{
    for (size_t row = 0; row < m_kommuner.size(); ++row)
        m_kommuneRow.insert(m_kommuner[row], int(row));
}

bool Overlay::isLive(int index) const
{
    if (index < 0 || index >= size())
        return false;
    return index < m_base->size() || m_createdLive[size_t(index - m_base->size())];
}

const Record &Overlay::record(int index) const
{
    if (index >= m_base->size())
        return m_created[size_t(index - m_base->size())];
    const auto it = m_overrides.constFind(index);
    return it != m_overrides.cend() ? *it : m_base->record(index);
}

Record &Overlay::mutableRecord(int index)
{
    if (index >= m_base->size())
        return m_created[size_t(index - m_base->size())];
    auto it = m_overrides.find(index);
    if (it == m_overrides.end())
        it = m_overrides.insert(index, m_base->record(index));
    return *it;
}

int Overlay::find(Level level, QStringView key) const
{
    const int i = m_base->find(level, key);
    if (i >= 0)
        return i;
    return m_createdKeys[int(level)].value(key.toString(), -1);
}

int Overlay::parentOf(int index) const
{
    const auto it = m_parentOverrides.constFind(index);
    if (it != m_parentOverrides.cend())
        return *it;
    return index < m_base->size() ? m_base->parentOf(index) : -1;
}

TreeNode Overlay::containerFor(const Record &record, int parent) const
{
    if (record.level() == Level::Daginstitution)
        return {TreeNode::Kommune, record.code(Field::AdmKommuneKode).value_or(Register::UnknownKommune)};
    if (parent >= 0)
        return {TreeNode::Record, parent};
    return {TreeNode::OrphanGroup, 0};
}

TreeNode Overlay::containerOf(int index) const
{
    return containerFor(record(index), parentOf(index));
}

std::span<const int> Overlay::baseChildren(const TreeNode &node) const
{
    switch (node.kind) {
    case TreeNode::Kommune:
        return m_base->daginstitutionerIn(m_base->kommuneRowOf(node.id));
    case TreeNode::Record:
        return node.id < m_base->size() ? m_base->childrenOf(node.id) : std::span<const int>();
    case TreeNode::OrphanGroup:
        return std::span<const int>(m_base->orphans());
    case TreeNode::Root:
        break;
    }
    return {};
}

std::span<const int> Overlay::children(const TreeNode &node) const
{
    const auto it = m_lists.constFind(keyOf(node));
    if (it != m_lists.cend())
        return std::span<const int>(*it);
    return baseChildren(node);
}

int Overlay::rowOf(int index) const
{
    if (m_lists.contains(keyOf(containerOf(index))))
        return m_rows.value(index, -1);
    return m_base->rowInParent(index);
}

std::vector<int> &Overlay::materialize(const TreeNode &node)
{
    const quint64 key = keyOf(node);
    auto it = m_lists.find(key);
    if (it == m_lists.end()) {
        const std::span<const int> base = baseChildren(node);
        it = m_lists.insert(key, std::vector<int>(base.begin(), base.end()));
        reindex(node, 0);
        it = m_lists.find(key);
    }
    return *it;
}

void Overlay::reindex(const TreeNode &node, size_t from)
{
    const std::vector<int> &list = m_lists[keyOf(node)];
    for (size_t row = from; row < list.size(); ++row)
        m_rows.insert(list[row], int(row));
}

void Overlay::ensureKommune(int kode)
{
    if (m_kommuneRow.contains(kode))
        return;
    const auto at = std::lower_bound(m_kommuner.begin(), m_kommuner.end(), kode);
    const int row = int(at - m_kommuner.begin());
    emit kommuneAboutToBeAdded(row);
    m_kommuner.insert(at, kode);
    m_kommuneRow.clear();
    for (size_t r = 0; r < m_kommuner.size(); ++r)
        m_kommuneRow.insert(m_kommuner[r], int(r));
    emit kommuneAdded();
}

int Overlay::admKommuneOf(int index) const
{
    int i = index;
    while (i >= 0 && record(i).level() != Level::Daginstitution)
        i = parentOf(i);
    if (i < 0)
        return Register::UnknownKommune;
    return record(i).code(Field::AdmKommuneKode).value_or(Register::UnknownKommune);
}

int Overlay::count(Level level) const
{
    return m_base->count(level) + m_deltaCount[int(level)];
}

void Overlay::setValue(int index, Field field, const QString &value)
{
    const Record &current = record(index);
    if (current.level() == Level::Daginstitution && field == Field::AdmKommuneKode) {
        Record changed = current;
        changed.setValue(field, value);
        const TreeNode from = containerOf(index);
        const TreeNode to = containerFor(changed, -1);
        if (!(from == to)) {
            // A daginstitution whose kommune changes moves to that kommune's group.
            ensureKommune(to.id);
            relocate(index, from, to, [&] { mutableRecord(index).setValue(field, value); });
            emit recordChanged(index, field);
            return;
        }
    }
    mutableRecord(index).setValue(field, value);
    emit recordChanged(index, field);
}

int Overlay::insert(const Record &record, int slot)
{
    int parent = -1;
    Level pl;
    if (parentLevel(record.level(), &pl)) {
        parent = find(pl, record.parentNummer());
        if (parent < 0 || !isLive(parent))
            return -1;
    }
    const TreeNode container = containerFor(record, parent);
    if (container.kind == TreeNode::Kommune)
        ensureKommune(container.id);
    const int row = int(materialize(container).size());
    emit recordAboutToBeInserted(container, row);
    int index;
    if (slot >= m_base->size() && slot < size()) {
        index = slot;
        m_created[size_t(slot - m_base->size())] = record;
        m_createdLive[size_t(slot - m_base->size())] = true;
    } else {
        m_created.push_back(record);
        m_createdLive.push_back(true);
        index = size() - 1;
    }
    m_createdKeys[int(record.level())].insert(record.nummer(), index);
    m_parentOverrides.insert(index, parent);
    m_lists[keyOf(container)].push_back(index);
    m_rows.insert(index, row);
    ++m_deltaCount[int(record.level())];
    emit recordInserted(index);
    return index;
}

void Overlay::remove(int index)
{
    if (!isNew(index) || !isLive(index))
        return;
    const TreeNode container = containerOf(index);
    materialize(container);
    const int row = m_rows.value(index);
    emit recordAboutToBeRemoved(container, row);
    std::vector<int> &list = m_lists[keyOf(container)];
    list.erase(list.begin() + row);
    reindex(container, size_t(row));
    m_rows.remove(index);
    m_createdLive[size_t(index - m_base->size())] = false;
    m_createdKeys[int(record(index).level())].remove(record(index).nummer());
    --m_deltaCount[int(record(index).level())];
    emit recordRemoved(index);
}

void Overlay::setParent(int index, int parent)
{
    const TreeNode from = containerOf(index);
    const TreeNode to = containerFor(record(index), parent);
    if (from == to)
        return;
    relocate(index, from, to, [&] {
        m_parentOverrides.insert(index, parent);
        // Back under no parent (undoing the move of a record whose parent was missing), it points
        // where it pointed in the base again.
        const QString parentNummer = parent >= 0              ? record(parent).nummer()
                                     : index < m_base->size() ? m_base->record(index).parentNummer()
                                                              : QString();
        mutableRecord(index).setValue(Field::ParentNummer, parentNummer);
    });
}

void Overlay::relocate(int index, const TreeNode &from, const TreeNode &to, const std::function<void()> &change)
{
    materialize(from);
    materialize(to);
    const int fromRow = m_rows.value(index);
    const int toRow = int(m_lists[keyOf(to)].size());
    emit recordAboutToBeMoved(from, fromRow, to, toRow);
    change();
    std::vector<int> &fromList = m_lists[keyOf(from)];
    fromList.erase(fromList.begin() + fromRow);
    m_lists[keyOf(to)].push_back(index);
    reindex(from, size_t(fromRow));
    reindex(to, size_t(toRow));
    emit recordMoved(index);
}

} // namespace dtr
