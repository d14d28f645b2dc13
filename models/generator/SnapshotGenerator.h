#pragma once

#include "register/Register.h"

#include <QList>
#include <QString>

namespace dtr {

// What the generator makes: one or more municipalities, or the whole country `scale` times.
struct GeneratorOptions
{
    QList<int> kommuner; // empty: all 98
    int scale = 1;
    quint64 seed = 20190801;
    QString extractedAt = QStringLiteral("2026-11-01T06:00:00");
};

// A defect the generator planted on purpose, the way DST-seeded data has them. `kind` is a
// stable id (see SnapshotGenerator.cpp); `field` is the field key or empty for the record.
struct PlantedDefect
{
    QString kind;
    Level level;
    QString nummer;
    QString field;
    bool operator==(const PlantedDefect &) const = default;
};

struct GeneratedSnapshot
{
    Register reg;
    QList<PlantedDefect> defects;
};

// Deterministic: the same options give byte-identical output on every machine (own PRNG, no
// standard-library distributions, no clock).
GeneratedSnapshot generateSnapshot(const GeneratorOptions &options);

// Kinds of planted defect, in one place so tests and the validator can refer to them: each is
// the id of the validation rule that finds it.
namespace Defect {
inline constexpr QLatin1StringView NameUppercase{"navn-versaler"};
inline constexpr QLatin1StringView NameMarkedClosed{"navn-lukket"};
inline constexpr QLatin1StringView MissingContact{"mangler-kontakt"};
inline constexpr QLatin1StringView LikelyDuplicate{"mulig-dublet"};
inline constexpr QLatin1StringView AddressKommune{"adresse-kommune"};
inline constexpr QLatin1StringView PNummerFormat{"pnummer-format"};
inline constexpr QLatin1StringView PostnummerFormat{"postnummer-format"};
inline constexpr QLatin1StringView ActiveUnderClosed{"aktiv-under-nedlagt"};
inline constexpr QLatin1StringView DagplejeParent{"dagpleje-forkert-overordnet"};
inline constexpr QLatin1StringView CrossValidationEjerform{"krydsvalidering-ejerform"};
inline constexpr QLatin1StringView CrossValidationType{"krydsvalidering-type"};
inline constexpr QLatin1StringView WithoutUnits{"uden-enheder"};
inline constexpr QLatin1StringView Orphan{"uden-overordnet"};
inline constexpr QLatin1StringView EmailFormat{"email-format"};
inline constexpr QLatin1StringView PhoneFormat{"telefon-format"};
inline constexpr QLatin1StringView CvrCheckDigit{"cvr-kontrolciffer"};
inline constexpr QLatin1StringView NotUpdatedSinceSeeding{"ikke-opdateret"};
inline constexpr QLatin1StringView CoordinatesOutsideKommune{"koordinat-kommune"};
inline constexpr QLatin1StringView BynavnPostnummer{"bynavn-postnummer"};
} // namespace Defect

} // namespace dtr
