#pragma once

#include "Record.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <span>
#include <utility>
#include <vector>

namespace dtr {

// All records of one snapshot, immutable once built. Records keep their input order; the
// register indexes them by (level, number) and by parent, so every lookup is O(1) and the
// children of a record come out in a stable order. A record whose parent cannot be found is an
// orphan: it is kept (the real register holds such legacy data) and listed by orphans().
class Register
{
public:
    // The kommune code under which records with no readable admKommuneKode are grouped.
    static constexpr int UnknownKommune = 0;

    Register() = default;

    // Building: add records (in input order), then call finalize() once.
    void reserve(qsizetype records);
    int add(Record record);
    // Records already in input order, all at once (moved, not copied).
    void add(std::vector<Record> &&records);
    void finalize();

    int size() const { return int(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }
    const Record &record(int index) const { return m_records[size_t(index)]; }
    const std::vector<Record> &records() const { return m_records; }

    // Index of the record with this number at this level, or -1. With duplicate numbers
    // (bad input) the first one wins; the others are listed by duplicates().
    int find(Level level, QStringView nummer) const;
    int parentOf(int index) const { return m_parent[size_t(index)]; }
    std::span<const int> childrenOf(int index) const;
    // Position of a record among its parent's children (or among its kommune's
    // daginstitutioner, or in the orphan list).
    int rowInParent(int index) const { return m_row[size_t(index)]; }

    // Kommune codes that have daginstitutioner, ascending (UnknownKommune first when present).
    const std::vector<int> &kommuner() const { return m_kommuner; }
    std::span<const int> daginstitutionerIn(int kommuneRow) const;
    int kommuneRowOf(int kommuneKode) const { return m_kommuneRow.value(kommuneKode, -1); }
    // The administrative kommune a record belongs to, through its daginstitution; orphans whose
    // chain is broken give UnknownKommune.
    int admKommuneOf(int index) const;

    // The hash a number is indexed by: its probe starts at the low bits, its slot's tag is the high
    // 32. Public so that tests can pick numbers whose slots look alike.
    static quint64 numberSlotHash(Level level, QByteArrayView nummer) { return slotHash(numberKey(level, nummer)); }

    const std::vector<int> &orphans() const { return m_orphans; }
    const std::vector<int> &duplicates() const { return m_duplicates; }

    int count(Level level) const { return m_levelCount[size_t(level)]; }

    // Names of input columns/elements the register does not know, per level; a record's
    // extra(i) is the value for extraNames(level)[i].
    const QStringList &extraNames(Level level) const { return m_extraNames[size_t(level)]; }
    void setExtraNames(Level level, const QStringList &names) { m_extraNames[size_t(level)] = names; }
    // Index of a named extra, appending the name when new.
    int extraIndex(Level level, const QString &name);

    // When the snapshot was taken (ISO 8601, from the XML root), if known.
    QString extractedAt() const { return m_extractedAt; }
    void setExtractedAt(const QString &when) { m_extractedAt = when; }

    // Unknown top-level elements of an XML snapshot, kept as XML text for the XML writer.
    const QStringList &rootExtras() const { return m_rootExtras; }
    void addRootExtra(const QString &xml) { m_rootExtras.append(xml); }

private:
    std::vector<Record> m_records;
    QStringList m_rootExtras;
    // Record index by (level, number): open addressing over record indexes (-1: empty), the keys
    // being the records' own stored numbers. Each slot also keeps 32 bits of its key's hash, so a
    // probe past another key reads no record: on a large register each such read is a cache miss.
    struct NumberSlot
    {
        int index = -1;
        quint32 tag = 0;
    };
    std::vector<NumberSlot> m_numberSlots;
    // A number at a level as 64 bits, never 0. A number of up to 7 bytes (the register's own have
    // 6: "G" and five digits) is held whole, so equal keys are equal numbers and a match needs no
    // record read to confirm it; a longer number is hashed (top bit set) and confirmed by its bytes.
    static quint64 numberKey(Level level, QByteArrayView nummer);
    static bool isWholeKey(quint64 key) { return !(key >> 63); }
    // Where a key's probe starts (low bits) and its slots' tag (high bits).
    static quint64 slotHash(quint64 key);
    size_t numberSlot(Level level, QByteArrayView nummer) const;
    // The slot holding the key, or the empty slot where it would go; sameKey(index) says whether
    // the record at a slot whose tag matches has the key.
    template <typename SameKey>
    size_t numberSlot(quint64 key, SameKey sameKey) const;
    // Per record, noted by add() while its bytes are at hand: its number's key and its parent's
    // (0 for a level without a parent). finalize() then reads no record to build the index.
    struct Keys
    {
        quint64 number = 0;
        quint64 parent = 0;
    };
    static Keys keysOf(const Record &record);
    // Appends the record's keys, and its kommune when it is a daginstitution (record `index`).
    void noteKeys(const Record &record, int index);
    // Whether record `index` has the key (a record's noted key, its bytes when the key is hashed).
    bool hasKey(int index, quint64 key, QByteArrayView nummer) const;
    // m_kommuner, m_kommuneRow, m_kommuneStart, m_kommuneList and the daginstitutioner's rows
    // from m_daginstitutionKommuner.
    void groupByKommune();
    std::vector<Keys> m_keys;
    std::vector<std::pair<int, int>> m_daginstitutionKommuner; // (admKommuneKode, index), as added
    std::array<int, LevelCount> m_levelCount{};
    std::array<QStringList, LevelCount> m_extraNames;
    std::vector<int> m_parent;
    std::vector<int> m_row;
    std::vector<int> m_childStart; // children of record i: m_childList[m_childStart[i] .. m_childStart[i+1])
    std::vector<int> m_childList;
    std::vector<int> m_kommuner;
    QHash<int, int> m_kommuneRow;
    std::vector<int> m_kommuneStart;
    std::vector<int> m_kommuneList;
    std::vector<int> m_orphans;
    std::vector<int> m_duplicates;
    QString m_extractedAt;
};

} // namespace dtr
