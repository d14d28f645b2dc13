#include "Register.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace dtr {

int Register::add(Record record)
{
    m_records.push_back(std::move(record));
    return int(m_records.size()) - 1;
}

void Register::add(std::vector<Record> &&records)
{
    if (m_records.empty()) {
        m_records = std::move(records);
        return;
    }
    m_records.insert(m_records.end(), std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
    records.clear();
}

int Register::extraIndex(Level level, const QString &name)
{
    QStringList &names = m_extraNames[size_t(level)];
    int i = int(names.indexOf(name));
    if (i < 0) {
        names.append(name);
        i = int(names.size()) - 1;
    }
    return i;
}

void Register::finalize()
{
    const size_t n = m_records.size();
    size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    m_numberSlots.assign(capacity, -1);
    m_levelCount.fill(0);
    m_duplicates.clear();
    m_orphans.clear();
    for (size_t i = 0; i < n; ++i) {
        const Record &r = m_records[i];
        ++m_levelCount[size_t(r.level())];
        int &slot = m_numberSlots[numberSlot(r.level(), r.utf8Value(Field::Nummer))];
        if (slot >= 0)
            m_duplicates.push_back(int(i));
        else
            slot = int(i);
    }

    // Parents and children, compressed: one count pass, one fill pass, input order kept.
    m_parent.assign(n, -1);
    std::vector<int> childCount(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        const Record &r = m_records[i];
        Level pl;
        if (!parentLevel(r.level(), &pl))
            continue;
        const int p = m_numberSlots[numberSlot(pl, r.utf8Value(Field::ParentNummer))];
        if (p < 0) {
            m_orphans.push_back(int(i));
            continue;
        }
        m_parent[i] = p;
        ++childCount[size_t(p)];
    }
    m_childStart.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i)
        m_childStart[i + 1] = m_childStart[i] + childCount[i];
    m_childList.assign(size_t(m_childStart[n]), -1);
    std::vector<int> fill(m_childStart.begin(), m_childStart.end() - 1);
    m_row.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
        const int p = m_parent[i];
        if (p < 0)
            continue;
        const int slot = fill[size_t(p)]++;
        m_childList[size_t(slot)] = int(i);
        m_row[i] = slot - m_childStart[size_t(p)];
    }

    // Daginstitutioner grouped by administrative kommune, ascending by code.
    std::map<int, std::vector<int>> byKommune;
    for (size_t i = 0; i < n; ++i) {
        const Record &r = m_records[i];
        if (r.level() != Level::Daginstitution)
            continue;
        byKommune[r.code(Field::AdmKommuneKode).value_or(UnknownKommune)].push_back(int(i));
    }
    m_kommuner.clear();
    m_kommuneRow.clear();
    m_kommuneStart.assign(1, 0);
    m_kommuneList.clear();
    m_kommuneList.reserve(size_t(m_levelCount[0]));
    for (auto &[kode, list] : byKommune) {
        m_kommuneRow.insert(kode, int(m_kommuner.size()));
        m_kommuner.push_back(kode);
        for (size_t row = 0; row < list.size(); ++row) {
            m_row[size_t(list[row])] = int(row);
            m_kommuneList.push_back(list[row]);
        }
        m_kommuneStart.push_back(int(m_kommuneList.size()));
    }
    for (size_t row = 0; row < m_orphans.size(); ++row)
        m_row[size_t(m_orphans[row])] = int(row);
}

size_t Register::numberSlot(Level level, QByteArrayView nummer) const
{
    // Linear probing from the key's hash: the first empty slot or the one holding the key.
    const size_t mask = m_numberSlots.size() - 1;
    size_t at = (qHash(nummer) ^ (size_t(level) * 0x9e3779b97f4a7c15ull)) & mask;
    while (true) {
        const int i = m_numberSlots[at];
        if (i < 0)
            return at;
        const Record &r = m_records[size_t(i)];
        if (r.level() == level && r.utf8Value(Field::Nummer) == nummer)
            return at;
        at = (at + 1) & mask;
    }
}

int Register::find(Level level, QStringView nummer) const
{
    if (m_numberSlots.empty())
        return -1;
    return m_numberSlots[numberSlot(level, nummer.toUtf8())];
}

std::span<const int> Register::childrenOf(int index) const
{
    if (index < 0 || size_t(index) + 1 >= m_childStart.size())
        return {};
    const int begin = m_childStart[size_t(index)];
    const int end = m_childStart[size_t(index) + 1];
    return std::span<const int>(m_childList.data() + begin, size_t(end - begin));
}

std::span<const int> Register::daginstitutionerIn(int kommuneRow) const
{
    if (kommuneRow < 0 || size_t(kommuneRow) + 1 >= m_kommuneStart.size())
        return {};
    const int begin = m_kommuneStart[size_t(kommuneRow)];
    const int end = m_kommuneStart[size_t(kommuneRow) + 1];
    return std::span<const int>(m_kommuneList.data() + begin, size_t(end - begin));
}

int Register::admKommuneOf(int index) const
{
    int i = index;
    while (i >= 0 && m_records[size_t(i)].level() != Level::Daginstitution)
        i = m_parent[size_t(i)];
    if (i < 0)
        return UnknownKommune;
    return m_records[size_t(i)].code(Field::AdmKommuneKode).value_or(UnknownKommune);
}

} // namespace dtr
