#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace dtr {

// The three record levels of the register. Kommune is not a record: it only appears as a code.
enum class Level : std::uint8_t { Daginstitution, Anvisningsenhed, AlternativAdresse };
inline constexpr int LevelCount = 3;

// Every field a record of any level can carry, in register.md §3 / formats.md order.
// Which fields a level has is given by fieldsOf(level). Wire names live in models/io.
enum class Field : std::uint8_t {
    Nummer,       // daginstitutionsNummer / EnhedsNummer / alternativAdresseNummer
    ParentNummer, // the parent's number (unit → daginstitution, address → unit)
    Navn,
    EjerformKode,
    LovgrundlagKode,
    AdmKommuneKode,
    InstType3,
    Email,
    TelefonNummer,
    CvrNummer,
    PNummer,
    VejNavn,
    HusNummer,
    Etage,
    Doer,
    PostNummer,
    ByNavn,
    SupplerendeBynavn,
    KommuneKode,
    DawaId,
    GeoBredde,
    GeoLaengde,
    Aktivitetsstatus,
    SenestOpdateret,
};
inline constexpr int FieldCount = int(Field::SenestOpdateret) + 1;

// The fields of one level, in the order the record stores them.
const QList<Field> &fieldsOf(Level level);
// Position of a field inside a record of the given level, or -1 when the level has no such field.
int fieldSlot(Level level, Field field);
bool hasField(Level level, Field field);
bool isAddressField(Field field);

// Stable identifiers for JSON, the command line and later the change set ("pNummer", ...).
QLatin1StringView fieldKey(Field field);
bool fieldFromKey(QStringView key, Field *field);
QLatin1StringView levelKey(Level level); // "daginstitution", "anvisningsenhed", "alternativAdresse"
bool levelFromKey(QStringView key, Level *level);

// A record's identity across the workspace's tables and maps: "<level number>/<key>" ("1/G10030").
QString recordId(Level level, QStringView key);

// Danish labels for the UI.
QString fieldLabel(Field field);
QString levelLabel(Level level);
QString levelPluralLabel(Level level);

// The level a record's parent lives on; Daginstitution has none (its parent is a kommune).
bool parentLevel(Level level, Level *parent);

inline constexpr QLatin1StringView statusAktiv{"Aktiv"};
inline constexpr QLatin1StringView statusNedlagt{"Nedlagt"};

} // namespace dtr
