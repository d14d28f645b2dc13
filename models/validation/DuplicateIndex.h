#pragma once

#include <QList>

#include <array>
#include <functional>
#include <vector>

namespace dtr {

// Records by likely-duplicate key hash (duplicateKeyHash), each record under at most two keys.
// Kept compact for a register of a hundred times the country: one table slot per distinct key
// pointing at the first member, and a next-link per (record, key) — no list per key, as most
// keys have a single member. The links are owned here, so a record's keys are remembered too.
// The table is open-addressed (linear probing) so that a whole build can prefetch its slots.
class DuplicateIndex
{
public:
    using Keys = std::array<quint64, 2>; // a record's key hashes; 0: none

    void clear();
    // Replaces the whole index: record r gets keysOf(r). Faster than setKeys() for each record.
    void rebuild(int records, const std::function<Keys(int)> &keysOf);
    // Sets the record's keys, leaving its old groups; returns false when they did not change.
    bool setKeys(int record, const Keys &keys);
    Keys keysOf(int record) const;
    // The records under this key hash, in no particular order.
    QList<int> members(quint64 hash) const;
    // False when each of the record's keys is in a group of its own: then it has no likely
    // duplicate and members() need not be asked (most records, and a look-up less each).
    // May be true for a group that has since shrunk to one.
    bool mayHaveCompany(int record) const;

private:
    // 32 bits of the key hash, the rest read from the first entry's key (all entries of a group
    // have the same), which only a probe meeting an equal tag needs: 8 bytes a slot.
    struct Slot
    {
        quint32 tag = 0;
        int first = -1; // the group's first entry (entry = 2 × record + key slot); -1: empty
    };
    quint64 hashOf(const Slot &slot) const { return m_keys[size_t(slot.first) / 2][size_t(slot.first) % 2]; }
    size_t slotOf(quint64 hash) const; // the slot holding hash, or the empty one where it would go
    void growTable(size_t groups);     // room for this many groups at most half full
    void eraseSlot(size_t at);
    void link(int entry, quint64 hash);
    void unlink(int entry, quint64 hash);

    std::vector<Slot> m_slots; // a power of two in size, at most half full
    size_t m_groups = 0;
    std::vector<int> m_next;  // per entry: the next entry under the same key, -1 at the end
    std::vector<Keys> m_keys; // per record
    // Per entry: 1 once another entry joined its group or it joined one (cleared when it leaves).
    std::vector<quint8> m_company;
};

} // namespace dtr
