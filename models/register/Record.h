#pragma once

#include "Field.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dtr {

// One record of the register at one level: a value type holding the level's fields
// (fieldsOf(level)) followed by the values of any input columns/elements the register did
// not know ("extras", named by Register::extraNames(level)), so a round trip loses nothing.
//
// Storage is UTF-8 bytes with the values separated by NUL (a value never holds NUL: readers
// refuse it and setters drop it), immutable and shared: copies share them, a setter gives the
// record new bytes. Readers building a register put many records' bytes side by side in one
// block (RecordArena); a record edited alone gets a block of its own. That keeps a record at a
// fraction of an allocation, which is what lets the register hold the country a hundred times
// over.
class Record
{
public:
    Record() = default;
    explicit Record(Level level);
    Record(const Record &other) noexcept;
    Record(Record &&other) noexcept;
    Record &operator=(const Record &other) noexcept;
    Record &operator=(Record &&other) noexcept;
    ~Record();

    Level level() const { return m_level; }

    QString value(Field field) const;
    // The same as stored: UTF-8, valid until the record changes.
    QByteArrayView utf8Value(Field field) const;
    void setValue(Field field, QStringView value);

    int extraCount() const;
    QString extra(int index) const;
    void setExtra(int index, QStringView value);

    // All cells at once: the level's fields in order, then the extras.
    QList<QString> cells() const;
    void setCells(const QList<QString> &values);
    // The same from UTF-8 the caller has checked: valid, and without NUL.
    void setUtf8Cells(const QList<QByteArrayView> &values);

    QString nummer() const { return value(Field::Nummer); }
    QString parentNummer() const { return value(Field::ParentNummer); }
    QString navn() const { return value(Field::Navn); }
    // A record is active unless its aktivitetsstatus says Nedlagt (case-insensitive).
    bool isActive() const;

    // A numeric code field as an integer, or nullopt when empty or not a number.
    std::optional<int> code(Field field) const;
    // A coordinate field as a number, whether written with a decimal point or comma.
    std::optional<double> coordinate(Field field) const;

    // A hint to start loading the first cache lines of the values, for a loop over many records
    // that will read this one soon.
    void prefetch() const
    {
        for (qsizetype at = 0; at < std::min<qsizetype>(m_size, 256); at += 64)
            __builtin_prefetch(m_bytes + at);
    }

    // Same level, same values (wherever they are stored).
    bool operator==(const Record &other) const;

private:
    friend class RecordArena;
    // Reference-counted bytes: a header, then the bytes of one or more records.
    struct Block;

    QByteArrayView bytes() const { return QByteArrayView(m_bytes, m_size); }
    QByteArrayView slotView(int slot) const;
    void setSlot(int slot, QStringView value);
    // Takes a reference to `block` (null: static bytes) and points at `size` bytes in it.
    void share(Block *block, const char *bytes, qsizetype size, int slotCount);

    Block *m_block = nullptr; // owner of m_bytes, or null when they are static
    const char *m_bytes = ""; // the values, NUL-separated, m_size bytes; never null
    qsizetype m_size = 0;
    quint16 m_slotCount = 0;
    Level m_level = Level::Daginstitution;
};

// Stores the values of many records side by side in large shared blocks: one allocation for
// thousands of records instead of one each (and no allocator header for each). A block lives
// as long as any record whose values it holds. One arena is used by one thread at a time.
class RecordArena
{
public:
    RecordArena() = default;
    ~RecordArena();
    RecordArena(const RecordArena &) = delete;
    RecordArena &operator=(const RecordArena &) = delete;

    // Record::setCells with the bytes stored in the arena.
    void setCells(Record *record, const QList<QString> &values);
    // Record::setUtf8Cells with the bytes stored in the arena.
    void setUtf8Cells(Record *record, const QList<QByteArrayView> &values);

private:
    Record::Block *m_block = nullptr; // the block being filled (the arena holds a reference)
    qsizetype m_used = 0;
    qsizetype m_capacity = 0;
};

// The address of an anvisningsenhed or alternativ adresse (register.md §4) as a value type.
struct Address
{
    QString vejNavn;
    QString husNummer;
    QString etage;
    QString doer;
    QString postNummer;
    QString byNavn;
    QString supplerendeBynavn;
    QString kommuneKode;
    QString dawaId;
    QString geoBredde;
    QString geoLaengde;

    static Address of(const Record &record);
    void applyTo(Record &record) const;
    // "Vejnavn 12, 1. tv, 8000 Aarhus C" — empty parts are left out.
    QString oneLine() const;
    bool operator==(const Address &other) const = default;
};

} // namespace dtr
