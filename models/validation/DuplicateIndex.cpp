#include "DuplicateIndex.h"

#include "register/HugePages.h"

#include <utility>

namespace dtr {

namespace {

// The key hashes come from qHash already; the multiply spreads them over the table's low bits.
size_t homeOf(quint64 hash, size_t mask)
{
    return size_t((hash * 0x9e3779b97f4a7c15ull) >> 32) & mask;
}

} // namespace

void DuplicateIndex::clear()
{
    m_slots.clear();
    m_groups = 0;
    m_next.clear();
    m_keys.clear();
    m_company.clear();
}

void DuplicateIndex::rebuild(int records, const std::function<Keys(int)> &keysOf)
{
    // The arrays keep their capacity: validating again reuses the pages the last build touched.
    const size_t entries = 2 * size_t(records);
    m_keys.resize(size_t(records));
    size_t keyed = 0; // an upper bound on the groups
    for (int r = 0; r < records; ++r) {
        const Keys keys = keysOf(r);
        m_keys[size_t(r)] = keys;
        keyed += size_t(keys[0] != 0) + size_t(keys[1] != 0);
    }
    assignAdvised(m_next, entries, -1);
    assignAdvised(m_company, entries, quint8(0));
    size_t size = 16;
    while (size < 2 * keyed)
        size *= 2;
    assignAdvised(m_slots, size, Slot{}); // huge pages: no TLB miss for each probe
    m_groups = 0;
    // The slot of the entry a few places ahead is fetched while this one is linked: on a large
    // register nearly every slot is a cache miss, and this overlaps them.
    constexpr size_t ahead = 16;
    const size_t mask = m_slots.size() - 1;
    const auto keyOfEntry = [this](size_t entry) { return m_keys[entry / 2][entry % 2]; };
    for (size_t e = 0; e < entries; ++e) {
        if (e + ahead < entries)
            if (const quint64 next = keyOfEntry(e + ahead))
                __builtin_prefetch(&m_slots[homeOf(next, mask)]);
        if (const quint64 hash = keyOfEntry(e))
            link(int(e), hash);
    }
}

DuplicateIndex::Keys DuplicateIndex::keysOf(int record) const
{
    return record >= 0 && size_t(record) < m_keys.size() ? m_keys[size_t(record)] : Keys{0, 0};
}

bool DuplicateIndex::setKeys(int record, const Keys &keys)
{
    const Keys old = keysOf(record);
    if (old == keys)
        return false;
    if (size_t(record) >= m_keys.size()) {
        m_keys.resize(size_t(record) + 1, Keys{0, 0});
        m_next.resize(2 * (size_t(record) + 1), -1);
        m_company.resize(2 * (size_t(record) + 1), 0);
    }
    // A table slot's full hash is its first entry's key, so the keys change between the two.
    for (int slot = 0; slot < 2; ++slot)
        if (old[size_t(slot)] != 0)
            unlink(2 * record + slot, old[size_t(slot)]);
    m_keys[size_t(record)] = keys;
    for (int slot = 0; slot < 2; ++slot)
        if (keys[size_t(slot)] != 0)
            link(2 * record + slot, keys[size_t(slot)]);
    return true;
}

QList<int> DuplicateIndex::members(quint64 hash) const
{
    QList<int> out;
    if (m_slots.empty() || hash == 0)
        return out;
    for (int e = m_slots[slotOf(hash)].first; e >= 0; e = m_next[size_t(e)])
        out.append(e / 2);
    return out;
}

bool DuplicateIndex::mayHaveCompany(int record) const
{
    const size_t entry = 2 * size_t(record);
    return record >= 0 && entry + 1 < m_company.size() && (m_company[entry] | m_company[entry + 1]) != 0;
}

size_t DuplicateIndex::slotOf(quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    const quint32 tag = quint32(hash >> 32);
    size_t at = homeOf(hash, mask);
    while (m_slots[at].first >= 0 && (m_slots[at].tag != tag || hashOf(m_slots[at]) != hash))
        at = (at + 1) & mask;
    return at;
}

void DuplicateIndex::growTable(size_t groups)
{
    if (2 * groups <= m_slots.size())
        return;
    size_t size = 16;
    while (size < 2 * groups)
        size *= 2;
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(size));
    for (const Slot &s : old)
        if (s.first >= 0)
            m_slots[slotOf(hashOf(s))] = s;
}

// Backward-shift deletion: later slots of the probe run move up, so no probe meets a gap.
void DuplicateIndex::eraseSlot(size_t at)
{
    const size_t mask = m_slots.size() - 1;
    size_t gap = at;
    for (size_t next = (gap + 1) & mask; m_slots[next].first >= 0; next = (next + 1) & mask) {
        const size_t home = homeOf(hashOf(m_slots[next]), mask);
        // The entry may move into the gap unless its home lies cyclically in (gap, next].
        const bool homeAfterGap = gap <= next ? (home > gap && home <= next) : (home > gap || home <= next);
        if (!homeAfterGap) {
            m_slots[gap] = m_slots[next];
            gap = next;
        }
    }
    m_slots[gap] = Slot{};
    --m_groups;
}

void DuplicateIndex::link(int entry, quint64 hash)
{
    growTable(m_groups + 1);
    Slot &slot = m_slots[slotOf(hash)];
    if (slot.first < 0) {
        slot = {quint32(hash >> 32), entry};
        m_next[size_t(entry)] = -1;
        ++m_groups;
        return;
    }
    m_next[size_t(entry)] = slot.first;
    m_company[size_t(slot.first)] = 1; // the head stood alone at most until now
    m_company[size_t(entry)] = 1;
    slot.first = entry;
}

void DuplicateIndex::unlink(int entry, quint64 hash)
{
    if (m_slots.empty())
        return;
    const size_t at = slotOf(hash);
    Slot &slot = m_slots[at];
    if (slot.first < 0)
        return;
    if (slot.first == entry) {
        if (m_next[size_t(entry)] < 0)
            eraseSlot(at);
        else
            slot.first = m_next[size_t(entry)];
    } else {
        int before = slot.first;
        while (m_next[size_t(before)] >= 0 && m_next[size_t(before)] != entry)
            before = m_next[size_t(before)];
        if (m_next[size_t(before)] == entry)
            m_next[size_t(before)] = m_next[size_t(entry)];
    }
    m_next[size_t(entry)] = -1;
    m_company[size_t(entry)] = 0;
}

} // namespace dtr
