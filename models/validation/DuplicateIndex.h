#pragma once

#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace dtr {

// Records by likely-duplicate key hash (duplicateKeyHash), each record under at most two keys.
// Kept compact for a register of a hundred times the country: one hash entry per distinct key
// pointing at the first member, and a next-link per (record, key) — no list per key, as most
// keys have a single member. The links are owned here, so a record's keys are remembered too.
class DuplicateIndex
{
public:
    using Keys = std::array<quint64, 2>; // a record's key hashes; 0: none

    void clear();
    // Sets the record's keys, leaving its old groups; returns false when they did not change.
    bool setKeys(int record, const Keys &keys);
    Keys keysOf(int record) const;
    // The records under this key hash, in no particular order.
    QList<int> members(quint64 hash) const;

private:
    void link(int entry, quint64 hash);
    void unlink(int entry, quint64 hash);

    QHash<quint64, int> m_first; // key hash → first entry (entry = 2 × record + key slot)
    std::vector<int> m_next;     // per entry: the next entry under the same key, -1 at the end
    std::vector<Keys> m_keys;    // per record
};

} // namespace dtr
