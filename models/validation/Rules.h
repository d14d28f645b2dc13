#pragma once

#include "Finding.h"

#include <QHash>
#include <QList>

#include <functional>
#include <type_traits>

namespace dtr {

class CodeTables;
class Geography;
class DuplicateIndex;
class Overlay;
class Record;
class RuleProfile;

// What a rule may look at besides the record itself.
struct RuleContext
{
    const Overlay &overlay;
    const CodeTables &codes;
    // Active anvisningsenheder per likely-duplicate key (duplicateKeys), by duplicateKeyHash; a
    // group may, rarely, hold a record whose key only hashes alike.
    const DuplicateIndex &duplicateGroups;
    // Municipality boundaries and the postal-code table.
    const Geography &geography;
};

// How a rule reports: report(field, message) for an ordinary finding; inferred(...) for one that
// rests on a less certain fact than the rule as a whole; pair(...) for a finding about this
// record and another one (reported once per pair).
class Emit
{
public:
    using Sink = std::function<void(std::optional<Field> field, const QString &message, int related, bool inferred)>;
    explicit Emit(Sink sink)
        : m_sink(std::move(sink))
    {}
    // A plain (field, message) callback, for callers that only collect messages.
    template <typename F>
    requires std::is_invocable_v < F, std::optional<Field>,
    const QString & > Emit(F simple)
        : m_sink([simple](std::optional<Field> field, const QString &message, int, bool) { simple(field, message); })
    {}
    void operator()(std::optional<Field> field, const QString &message) const { m_sink(field, message, -1, false); }
    void inferred(std::optional<Field> field, const QString &message) const { m_sink(field, message, -1, true); }
    void pair(std::optional<Field> field, const QString &message, int related) const
    {
        m_sink(field, message, related, false);
    }

private:
    Sink m_sink;
};

// What a rule's certainty follows: its own source, or the code tables / cross-validation matrix
// in use – STIL's tables make such a rule confirmed (and an error), our provisional ones do not.
enum class RuleBasis : quint8 { Fixed, CodeTables, CrossValidation };

// A validation rule: a small named unit with a stable id, a severity, the levels it looks at,
// a Danish description, where the fact it checks comes from and how certain it is, its check,
// and perhaps a mechanical fix. All rules are registered in Rules.cpp.
struct Rule
{
    QLatin1StringView id;
    // The severity with the bundled tables and no profile.
    Severity severity;
    Certainty certainty;
    RuleBasis basis;
    // Bit (1 << int(Level)) per level the rule applies to.
    int levels;
    const char *description;
    // Where the fact comes from: register.md's section and tag, or the reason for a quality check.
    const char *source;
    void (*check)(const RuleContext &context, int index, const Record &record, const Emit &report);
    // A mechanical fix: the new value of `fixField`, or an empty string when there is none.
    QString (*fix)(const RuleContext &context, int index, const Record &record) = nullptr;
    Field fixField = Field::Navn;

    bool appliesTo(Level level) const { return levels & (1 << int(level)); }
};

const QList<Rule> &validationRules();
const Rule *findRule(QStringView id);
QString ruleDescription(const Rule &rule);
QString ruleSource(const Rule &rule);

// A rule as it runs with the tables in use and a profile: on or off, its severity and certainty.
struct RuleStatus
{
    bool enabled = true;
    Severity severity = Severity::Warning;
    Certainty certainty = Certainty::Confirmed;
    bool overridden = false; // the profile set the severity
};
RuleStatus ruleStatus(const Rule &rule, const CodeTables &codes, const RuleProfile &profile);
// The severity a rule has by default with the tables in use (no profile).
Severity defaultSeverity(const Rule &rule, const CodeTables &codes);
Certainty defaultCertainty(const Rule &rule, const CodeTables &codes);

// The keys that make two anvisningsenheder likely duplicates (register.md §6.6: the register
// does not look for them): same kommune, normalised name and street address; or same P-nummer
// and street address. Empty keys are left out.
QStringList duplicateKeys(const Overlay &overlay, int index);
// 64 bits standing for a duplicate key, so the validator need not keep every unit's long key.
quint64 duplicateKeyHash(const QString &key);
// True when the record was last updated at or before Danmarks Statistik's seeding in 2019.
bool untouchedSinceSeeding(const Record &record);

} // namespace dtr
