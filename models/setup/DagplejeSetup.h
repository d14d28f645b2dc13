#pragma once

#include "changes/Operation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dtr {

class ChangeSet;
class CodeTables;
class Overlay;
class Record;

// Setting up a municipality's dagpleje groups (register.md §15): areas of childminders registered
// as anvisningsenheder of type 6013 "Dagpleje" under a dagpleje daginstitution, each with a
// P-nummer under the municipality's CVR and an address. Everything here is plain data and
// functions over the overlay, so the wizard, the tests and any script share them.

// One group to create. Empty fields stay empty (validation then says what is missing).
struct DagplejeGroup
{
    QString navn;
    QString pNummer;
    QString vejNavn;
    QString husNummer;
    QString postNummer;
    QString byNavn;
    QString email;
    QString telefon;
};

struct DagplejeSetup
{
    int kommuneKode = 0;
    // The dagpleje daginstitution to put the groups under (overlay index), or -1 to create one.
    int daginstitution = -1;
    QString newDaginstitutionName; // used when daginstitution is -1
    bool privat = false;           // lovgrundlag DTL § 21 stk. 3 (privat) instead of stk. 2 (kommunal)
    // The CVR put on every group: the municipality's for a kommunal dagpleje; empty for a private
    // one (the register fills it in from the P-nummer).
    QString cvrNummer;
    QList<DagplejeGroup> groups;
    // Existing dagpleje units (overlay indexes) to move under the dagpleje daginstitution.
    QList<int> moveUnits;
};

enum class GroupNameTemplate { Compass, Towns, Typed };

namespace dagpleje {

inline constexpr int InstType = 6013;
inline constexpr int LovgrundlagKommunal = 5; // DTL § 21, stk. 2
inline constexpr int LovgrundlagPrivat = 6;   // DTL § 21, stk. 3
inline constexpr int EjerformKommunal = 1;
inline constexpr int EjerformPrivat = 3;

// "Dagplejegruppe Nord" from "Nord"; a name that already says "dagpleje" is kept as typed.
QString groupName(const QString &area);
// The area names of a template: Nord/Syd/Øst/Vest; the municipality's towns (by name, from the
// postal districts its active records use, most used first); or the typed lines, trimmed.
QStringList areaNames(GroupNameTemplate kind, const Overlay &overlay, int kommuneKode, const QString &typed = {});

// Active daginstitutioner of the municipality whose lovgrundlag is one for dagpleje (by the
// cross-validation rules of `codes`).
QList<int> dagplejeDaginstitutioner(const Overlay &overlay, const CodeTables &codes, int kommuneKode);
// Active units of type Dagpleje in the municipality not under `daginstitution` (-1: all of them).
QList<int> dagplejeUnits(const Overlay &overlay, int kommuneKode, int daginstitution = -1);
// The CVR number most active anvisningsenheder of the municipality carry (empty when none has one).
QString municipalCvr(const Overlay &overlay, int kommuneKode);
// Whether a daginstitution is a private one (ejerform privat or lovgrundlag for private dagpleje).
bool isPrivate(const Record &daginstitution);
// Address and contact to prefill every group with: the existing dagpleje units' (or else the
// municipality's most common) address; an e-mail or telephone only when several of the existing
// units share it (a common office), never one unit's own.
DagplejeGroup sharedDefaults(const Overlay &overlay, int kommuneKode, int daginstitution);

// Why the setup cannot become a step (empty when it can): no groups, a group without a name, a
// name used twice or already used in the daginstitution, and – with requirePNumbers – a group
// without a 10-digit P-nummer.
QString setupRefusal(const Overlay &overlay, const DagplejeSetup &setup, bool requirePNumbers = true);
// What deserves a second look but does not stop the setup: a P-nummer given to more than one
// group or already used by an active unit (P-numre need not be unique in DTR, register.md §5, but
// each area normally gets its own, §15), and an area an existing unit of the municipality seems to
// cover already ("Dagplejen Nord" beside a new "Dagplejegruppe Nord").
QStringList setupWarnings(const Overlay &overlay, const DagplejeSetup &setup);
// The area a dagpleje unit's name speaks of, case-folded: "Dagplejen Nord" → "nord",
// "Dagplejegruppe i Hou" → "hou"; empty when the name says nothing else.
QString areaOf(const QString &name);
// The whole setup as one step: the daginstitution (if new), the groups, the moves.
Step setupStep(ChangeSet &changes, const DagplejeSetup &setup);

} // namespace dagpleje
} // namespace dtr
