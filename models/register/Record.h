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
// Storage is one UTF-8 buffer with the values separated by NUL (a value never holds NUL:
// readers refuse it and setters drop it). That keeps a record at one allocation, which is
// what lets the register hold the country a hundred times over.
class Record
{
public:
    Record() = default;
    explicit Record(Level level);

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

    bool operator==(const Record &other) const = default;

private:
    QByteArrayView slotView(int slot) const;
    void setSlot(int slot, QStringView value);

    QByteArray m_data;
    Level m_level = Level::Daginstitution;
    quint16 m_slotCount = 0;
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
