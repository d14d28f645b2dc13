#include "Register.h"

#include "HugePages.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>

namespace dtr {

void Register::reserve(qsizetype records)
{
    reserveAdvised(m_records, size_t(records));
}

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

quint64 Register::numberHash(Level level, QByteArrayView nummer)
{
    return quint64(qHash(nummer)) ^ (quint64(level) * 0x9e3779b97f4a7c15ull);
}

template <typename KeyOf, typename Visit>
void Register::forEachNumberHash(KeyOf keyOf, Visit visit) const
{
    // Each probe of the table is a cache miss on a large register; asking for the slot of the
    // record a few places ahead lets those misses overlap instead of each waiting in turn.
    constexpr size_t Ahead = 16;
    std::array<quint64, Ahead> hashes{};
    const size_t n = m_records.size();
    const size_t mask = m_numberSlots.size() - 1;
    const auto hashAt = [&](size_t i) {
        Level level = Level::Daginstitution; // keyOf leaves it for a record without a key
        const QByteArrayView key = keyOf(m_records[i], &level);
        const quint64 hash = numberHash(level, key);
        __builtin_prefetch(&m_numberSlots[size_t(hash) & mask]);
        return hash;
    };
    for (size_t i = 0; i < std::min(n, Ahead); ++i)
        hashes[i] = hashAt(i);
    for (size_t i = 0; i < n; ++i) {
        const quint64 hash = hashes[i % Ahead];
        if (i + Ahead < n)
            hashes[i % Ahead] = hashAt(i + Ahead);
        visit(i, hash);
    }
}

void Register::finalize()
{
    const size_t n = m_records.size();
    size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    assignAdvised(m_numberSlots, capacity, NumberSlot{});
    m_levelCount.fill(0);
    m_duplicates.clear();
    m_orphans.clear();
    // Daginstitutioner grouped by administrative kommune, ascending by code (read in the same
    // pass over the records: on a large register each pass streams all their bytes).
    std::map<int, std::vector<int>> byKommune;
    forEachNumberHash(
        [](const Record &r, Level *level) {
            *level = r.level();
            return r.utf8Value(Field::Nummer);
        },
        [&](size_t i, quint64 hash) {
            const Record &r = m_records[i];
            ++m_levelCount[size_t(r.level())];
            NumberSlot &slot = m_numberSlots[numberSlot(hash, r.level(), r.utf8Value(Field::Nummer))];
            if (slot.index >= 0)
                m_duplicates.push_back(int(i));
            else
                slot = {int(i), quint32(hash >> 32)};
            if (r.level() == Level::Daginstitution)
                byKommune[r.code(Field::AdmKommuneKode).value_or(UnknownKommune)].push_back(int(i));
        });

    // Parents and children, compressed: one count pass, one fill pass, input order kept. The
    // counts go two places ahead in m_childStart, so that after their running sum each parent's
    // place is its fill cursor and, once filled, its children's end (no other array of n).
    assignAdvised(m_parent, n, -1);
    assignAdvised(m_row, n, -1);
    assignAdvised(m_childStart, n + 2, 0);
    forEachNumberHash(
        [](const Record &r, Level *level) {
            return parentLevel(r.level(), level) ? r.utf8Value(Field::ParentNummer) : QByteArrayView();
        },
        [&](size_t i, quint64 hash) {
            const Record &r = m_records[i];
            Level pl;
            if (!parentLevel(r.level(), &pl))
                return;
            const int p = m_numberSlots[numberSlot(hash, pl, r.utf8Value(Field::ParentNummer))].index;
            if (p < 0) {
                m_orphans.push_back(int(i));
                return;
            }
            m_parent[i] = p;
            m_row[i] = m_childStart[size_t(p) + 2]++;
        });
    for (size_t k = 2; k < n + 2; ++k)
        m_childStart[k] += m_childStart[k - 1];
    assignAdvised(m_childList, size_t(m_childStart[n + 1]), -1);
    for (size_t i = 0; i < n; ++i)
        if (const int p = m_parent[i]; p >= 0)
            m_childList[size_t(m_childStart[size_t(p) + 1]++)] = int(i);
    m_childStart.pop_back();

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
    return numberSlot(numberHash(level, nummer), level, nummer);
}

size_t Register::numberSlot(quint64 hash, Level level, QByteArrayView nummer) const
{
    // Linear probing from the key's hash: the first empty slot or the one holding the key. The
    // slot's position comes from the hash's low bits, its tag from the high ones.
    const quint32 tag = quint32(hash >> 32);
    const size_t mask = m_numberSlots.size() - 1;
    size_t at = size_t(hash) & mask;
    while (true) {
        const NumberSlot &slot = m_numberSlots[at];
        if (slot.index < 0)
            return at;
        if (slot.tag == tag) {
            const Record &r = m_records[size_t(slot.index)];
            if (r.level() == level && r.utf8Value(Field::Nummer) == nummer)
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
