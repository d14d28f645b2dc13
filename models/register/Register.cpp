#include "Register.h"

#include "HugePages.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace dtr {

void Register::reserve(qsizetype records)
{
    reserveAdvised(m_records, size_t(records));
    reserveAdvised(m_keyHashes, size_t(records));
}

int Register::add(Record record)
{
    // Hashed now, while the record's bytes are in the cache: finalize() then finds them without
    // reading the record again (on a large register, one cache miss less per record and pass).
    if (m_keyHashes.size() == m_records.size())
        noteKeys(record, int(m_records.size()));
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

quint64 Register::numberHash(Level level, QByteArrayView nummer)
{
    return quint64(qHash(nummer)) ^ (quint64(level) * 0x9e3779b97f4a7c15ull);
}

Register::KeyHashes Register::keyHashesOf(const Record &r)
{
    KeyHashes out;
    out.number = numberHash(r.level(), r.utf8Value(Field::Nummer));
    if (Level parent; parentLevel(r.level(), &parent))
        out.parent = numberHash(parent, r.utf8Value(Field::ParentNummer));
    return out;
}

void Register::noteKeys(const Record &r, int index)
{
    m_keyHashes.push_back(keyHashesOf(r));
    if (r.level() == Level::Daginstitution)
        m_daginstitutionKommuner.emplace_back(r.code(Field::AdmKommuneKode).value_or(UnknownKommune), index);
}

void Register::finalize()
{
    const size_t n = m_records.size();
    if (m_keyHashes.size() != n) { // some records came in bulk: hash them all here
        m_keyHashes.clear();
        m_daginstitutionKommuner.clear();
        reserveAdvised(m_keyHashes, n);
        for (size_t i = 0; i < n; ++i)
            noteKeys(m_records[i], int(i));
    }
    size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    assignAdvised(m_numberSlots, capacity, NumberSlot{});
    const size_t mask = capacity - 1;
    m_levelCount.fill(0);
    m_duplicates.clear();
    m_orphans.clear();

    // Every probe of the table is a cache miss on a large register; the slot of the record a few
    // places ahead is asked for meanwhile, so that those misses overlap instead of each waiting.
    constexpr size_t Ahead = 16;
    for (size_t i = 0; i < n; ++i) {
        if (i + Ahead < n)
            __builtin_prefetch(&m_numberSlots[size_t(m_keyHashes[i + Ahead].number) & mask]);
        const Record &r = m_records[i];
        ++m_levelCount[size_t(r.level())];
        NumberSlot &slot =
            m_numberSlots[numberSlot(m_keyHashes[i].number, r.level(), [&r] { return r.utf8Value(Field::Nummer); })];
        if (slot.index >= 0)
            m_duplicates.push_back(int(i));
        else
            slot = {int(i), quint32(m_keyHashes[i].number >> 32)};
    }

    // Parents and children, compressed: one count pass, one fill pass, input order kept. The
    // counts go two places ahead in m_childStart, so that after their running sum each parent's
    // place is its fill cursor and, once filled, its children's end (no other array of n).
    assignAdvised(m_parent, n, -1);
    assignAdvised(m_row, n, -1);
    assignAdvised(m_childStart, n + 2, 0);
    // A parent is confirmed by its number, so the look-up reads the parent record and the child's
    // parent number: the slot is fetched Ahead places early, the parent's Record half as early,
    // both records' bytes a quarter as early.
    const auto candidate = [&](size_t i) {
        const quint64 hash = m_keyHashes[i].parent;
        const NumberSlot &slot = m_numberSlots[size_t(hash) & mask];
        return hash != 0 && slot.index >= 0 && slot.tag == quint32(hash >> 32) ? slot.index : -1;
    };
    for (size_t i = 0; i < n; ++i) {
        if (i + Ahead < n && m_keyHashes[i + Ahead].parent != 0)
            __builtin_prefetch(&m_numberSlots[size_t(m_keyHashes[i + Ahead].parent) & mask]);
        if (i + Ahead / 2 < n)
            if (const int p = candidate(i + Ahead / 2); p >= 0)
                __builtin_prefetch(&m_records[size_t(p)]);
        if (i + Ahead / 4 < n) {
            m_records[i + Ahead / 4].prefetch(); // the child's own parent number, read to confirm
            if (const int p = candidate(i + Ahead / 4); p >= 0)
                m_records[size_t(p)].prefetch();
        }
        const Record &r = m_records[i];
        Level pl;
        if (!parentLevel(r.level(), &pl))
            continue;
        const int p =
            m_numberSlots[numberSlot(m_keyHashes[i].parent, pl, [&r] { return r.utf8Value(Field::ParentNummer); })]
                .index;
        if (p < 0) {
            m_orphans.push_back(int(i));
            continue;
        }
        m_parent[i] = p;
        m_row[i] = m_childStart[size_t(p) + 2]++;
    }
    for (size_t k = 2; k < n + 2; ++k)
        m_childStart[k] += m_childStart[k - 1];
    assignAdvised(m_childList, size_t(m_childStart[n + 1]), -1);
    for (size_t i = 0; i < n; ++i)
        if (const int p = m_parent[i]; p >= 0)
            m_childList[size_t(m_childStart[size_t(p) + 1]++)] = int(i);
    m_childStart.pop_back();

    // Daginstitutioner grouped by administrative kommune, ascending by code, input order kept
    // within a kommune (the codes were read as the records were added).
    std::stable_sort(m_daginstitutionKommuner.begin(), m_daginstitutionKommuner.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_kommuner.clear();
    m_kommuneRow.clear();
    m_kommuneStart.assign(1, 0);
    m_kommuneList.clear();
    m_kommuneList.reserve(m_daginstitutionKommuner.size());
    for (size_t k = 0; k < m_daginstitutionKommuner.size(); ++k) {
        const auto [kode, index] = m_daginstitutionKommuner[k];
        if (m_kommuner.empty() || m_kommuner.back() != kode) {
            if (!m_kommuner.empty())
                m_kommuneStart.push_back(int(m_kommuneList.size()));
            m_kommuneRow.insert(kode, int(m_kommuner.size()));
            m_kommuner.push_back(kode);
        }
        m_row[size_t(index)] = int(m_kommuneList.size()) - m_kommuneStart.back();
        m_kommuneList.push_back(index);
    }
    if (!m_kommuner.empty())
        m_kommuneStart.push_back(int(m_kommuneList.size()));
    for (size_t row = 0; row < m_orphans.size(); ++row)
        m_row[size_t(m_orphans[row])] = int(row);
    // Only building needs them (another finalize() hashes again).
    std::vector<KeyHashes>().swap(m_keyHashes);
    std::vector<std::pair<int, int>>().swap(m_daginstitutionKommuner);
}

size_t Register::numberSlot(Level level, QByteArrayView nummer) const
{
    return numberSlot(numberHash(level, nummer), level, [nummer] { return nummer; });
}

template <typename KeyOf>
size_t Register::numberSlot(quint64 hash, Level level, KeyOf keyOf) const
{
    // Linear probing from the key's hash: the first empty slot or the one holding the key. The
    // slot's position comes from the hash's low bits, its tag from the high ones; the key itself
    // (keyOf(), which may read a record) is asked for only when a tag matches.
    const quint32 tag = quint32(hash >> 32);
    const size_t mask = m_numberSlots.size() - 1;
    size_t at = size_t(hash) & mask;
    while (true) {
        const NumberSlot &slot = m_numberSlots[at];
        if (slot.index < 0)
            return at;
        if (slot.tag == tag) {
            const Record &r = m_records[size_t(slot.index)];
            if (r.level() == level && r.utf8Value(Field::Nummer) == keyOf())
                return at;
        }
        at = (at + 1) & mask;
    }
}

int Register::find(Level level, QStringView nummer) const
{
    if (m_numberSlots.empty())
        return -1;
    return m_numberSlots[numberSlot(level, nummer.toUtf8())].index;
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
