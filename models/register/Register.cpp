#include "Register.h"

#include "HugePages.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

namespace dtr {

void Register::reserve(qsizetype records)
{
    reserveAdvised(m_records, size_t(records));
    reserveAdvised(m_keys, size_t(records));
}

int Register::add(Record record)
{
    // Keys noted now, while the record's bytes are in the cache: finalize() then builds the index
    // without reading the record again (on a large register, one cache miss less per record and pass).
    if (m_keys.size() == m_records.size())
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

quint64 Register::numberKey(Level level, QByteArrayView nummer)
{
    if (nummer.size() <= 7) {
        // Bytes, length and level side by side: one key per number, and the level makes it non-zero.
        quint64 key = 0;
        if (!nummer.isEmpty()) // an empty view's data() may be null
            std::memcpy(&key, nummer.data(), size_t(nummer.size()));
        return key | quint64(nummer.size()) << 56 | quint64(int(level) + 1) << 59;
    }
    return (quint64(qHash(nummer)) ^ (quint64(level) * 0x9e3779b97f4a7c15ull)) | quint64(1) << 63;
}

quint64 Register::slotHash(quint64 key)
{
    // MurmurHash3's finalizer: whole keys differ in few bits, the probe start must not.
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    key *= 0xc4ceb9fe1a85ec53ull;
    key ^= key >> 33;
    return key;
}

Register::Keys Register::keysOf(const Record &r)
{
    Keys out;
    out.number = numberKey(r.level(), r.utf8Value(Field::Nummer));
    if (Level parent; parentLevel(r.level(), &parent))
        out.parent = numberKey(parent, r.utf8Value(Field::ParentNummer));
    return out;
}

void Register::noteKeys(const Record &r, int index)
{
    m_keys.push_back(keysOf(r));
    if (r.level() == Level::Daginstitution)
        m_daginstitutionKommuner.emplace_back(r.code(Field::AdmKommuneKode).value_or(UnknownKommune), index);
}

bool Register::hasKey(int index, quint64 key, QByteArrayView nummer) const
{
    return m_keys[size_t(index)].number == key &&
           (isWholeKey(key) || m_records[size_t(index)].utf8Value(Field::Nummer) == nummer);
}

void Register::finalize()
{
    const size_t n = m_records.size();
    if (m_keys.size() != n) { // some records came in bulk: note them all here
        m_keys.clear();
        m_daginstitutionKommuner.clear();
        reserveAdvised(m_keys, n);
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
    // A record is read only when its number is too long to be a whole key.
    constexpr size_t Ahead = 16;
    for (size_t i = 0; i < n; ++i) {
        if (i + Ahead < n)
            __builtin_prefetch(&m_numberSlots[size_t(slotHash(m_keys[i + Ahead].number)) & mask]);
        const Record &r = m_records[i];
        ++m_levelCount[size_t(r.level())];
        const quint64 key = m_keys[i].number;
        const QByteArrayView nummer = isWholeKey(key) ? QByteArrayView() : r.utf8Value(Field::Nummer);
        NumberSlot &slot = m_numberSlots[numberSlot(key, [&](int j) { return hasKey(j, key, nummer); })];
        if (slot.index >= 0)
            m_duplicates.push_back(int(i));
        else
            slot = {int(i), quint32(slotHash(key) >> 32)};
    }

    // Parents and children, compressed: one count pass, one fill pass, input order kept. The
    // counts go two places ahead in m_childStart, so that after their running sum each parent's
    // place is its fill cursor and, once filled, its children's end (no other array of n).
    assignAdvised(m_parent, n, -1);
    assignAdvised(m_row, n, -1);
    assignAdvised(m_childStart, n + 2, 0);
    // A parent is confirmed by its noted key, fetched half as early as its slot.
    for (size_t i = 0; i < n; ++i) {
        if (i + Ahead < n && m_keys[i + Ahead].parent != 0)
            __builtin_prefetch(&m_numberSlots[size_t(slotHash(m_keys[i + Ahead].parent)) & mask]);
        if (i + Ahead / 2 < n && m_keys[i + Ahead / 2].parent != 0)
            if (const int p = m_numberSlots[size_t(slotHash(m_keys[i + Ahead / 2].parent)) & mask].index; p >= 0)
                __builtin_prefetch(&m_keys[size_t(p)]);
        const quint64 key = m_keys[i].parent;
        if (key == 0)
            continue;
        const QByteArrayView nummer = isWholeKey(key) ? QByteArrayView() : m_records[i].utf8Value(Field::ParentNummer);
        const int p = m_numberSlots[numberSlot(key, [&](int j) { return hasKey(j, key, nummer); })].index;
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

    groupByKommune();
    for (size_t row = 0; row < m_orphans.size(); ++row)
        m_row[size_t(m_orphans[row])] = int(row);
    // Only building needs them (another finalize() notes them again).
    std::vector<Keys>().swap(m_keys);
    std::vector<std::pair<int, int>>().swap(m_daginstitutionKommuner);
}

void Register::groupByKommune()
{
    // Daginstitutioner grouped by administrative kommune, ascending by code, input order kept
    // within a kommune. Kommune codes have three digits, so they are counted into a table by code
    // (linear: a sort's log n grew with the register); codes too far apart for a table (bad
    // input) are sorted instead.
    auto &pairs = m_daginstitutionKommuner;
    m_kommuner.clear();
    m_kommuneRow.clear();
    m_kommuneStart.clear();
    m_kommuneList.assign(pairs.size(), -1);
    const auto byCode = [](const auto &a, const auto &b) { return a.first < b.first; };
    const auto [low, high] = std::minmax_element(pairs.begin(), pairs.end(), byCode);
    const qint64 lowest = pairs.empty() ? 0 : low->first;
    const qint64 span = pairs.empty() ? 0 : qint64(high->first) - lowest + 1;
    if (span > std::max<qint64>(4096, qint64(pairs.size()))) {
        std::stable_sort(pairs.begin(), pairs.end(), byCode);
        for (size_t k = 0; k < pairs.size(); ++k) {
            if (k == 0 || pairs[k].first != pairs[k - 1].first) {
                m_kommuner.push_back(pairs[k].first);
                m_kommuneStart.push_back(int(k));
            }
            m_kommuneList[k] = pairs[k].second;
        }
    } else {
        // Per code its count, then (summed up) where its next daginstitution goes.
        std::vector<int> next(size_t(span), 0);
        for (const auto &[kode, index] : pairs)
            ++next[size_t(kode - lowest)];
        int at = 0;
        for (size_t c = 0; c < next.size(); ++c) {
            if (next[c] == 0)
                continue;
            m_kommuner.push_back(int(lowest + qint64(c)));
            m_kommuneStart.push_back(at);
            at += std::exchange(next[c], at);
        }
        for (const auto &[kode, index] : pairs)
            m_kommuneList[size_t(next[size_t(kode - lowest)]++)] = index;
    }
    m_kommuneStart.push_back(int(m_kommuneList.size()));
    for (size_t row = 0; row < m_kommuner.size(); ++row) {
        m_kommuneRow.insert(m_kommuner[row], int(row));
        for (int k = m_kommuneStart[row]; k < m_kommuneStart[row + 1]; ++k)
            m_row[size_t(m_kommuneList[size_t(k)])] = k - m_kommuneStart[row];
    }
}

size_t Register::numberSlot(Level level, QByteArrayView nummer) const
{
    return numberSlot(numberKey(level, nummer), [&](int j) {
        const Record &r = m_records[size_t(j)];
        return r.level() == level && r.utf8Value(Field::Nummer) == nummer;
    });
}

template <typename SameKey>
size_t Register::numberSlot(quint64 key, SameKey sameKey) const
{
    // Linear probing from the key's hash: the first empty slot or the one holding the key. The
    // slot's position comes from the hash's low bits, its tag from the high ones; sameKey()
    // (which may read a record) is asked only when a tag matches.
    const quint64 hash = slotHash(key);
    const quint32 tag = quint32(hash >> 32);
    const size_t mask = m_numberSlots.size() - 1;
    size_t at = size_t(hash) & mask;
    while (true) {
        const NumberSlot &slot = m_numberSlots[at];
        if (slot.index < 0 || (slot.tag == tag && sameKey(slot.index)))
            return at;
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
