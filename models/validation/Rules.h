#pragma once

#include "Finding.h"

#include <QHash>
#include <QList>

#include <functional>

namespace dtr {

class CodeTables;
class Geography;
class Overlay;
class Record;

// What a rule may look at besides the record itself.
struct RuleContext
{
    const Overlay &overlay;
    const CodeTables &codes;
    // Active anvisningsenheder per "kommune|name|address" key, for likely-duplicate detection.
    // (by duplicateKeyHash; a group may, rarely, hold a record whose key only hashes alike)
    const QHash<quint64, QList<int>> &duplicateGroups;
    // Municipality boundaries and the postal-code table.
    const Geography &geography;
};

using Emit = std::function<void(std::optional<Field> field, const QString &message)>;

// A validation rule: a small named unit with a stable id, a severity, the levels it looks at,
// a Danish description, and its check. All rules are registered in Rules.cpp.
struct Rule
{
    QLatin1StringView id;
    Severity severity;
    // Bit (1 << int(Level)) per level the rule applies to.
    int levels;
    const char *description;
    void (*check)(const RuleContext &context, int index, const Record &record, const Emit &report);

    bool appliesTo(Level level) const { return levels & (1 << int(level)); }
};

const QList<Rule> &validationRules();
const Rule *findRule(QStringView id);
QString ruleDescription(const Rule &rule);

// The key that makes two anvisningsenheder likely duplicates (same kommune, name and address),
// or empty when the record takes no part.
QString duplicateKey(const Overlay &overlay, int index);
// 64 bits standing for a duplicate key, so the validator need not keep every unit's long key.
quint64 duplicateKeyHash(const QString &key);
// True when the record was last updated at or before Danmarks Statistik's seeding in 2019.
bool untouchedSinceSeeding(const Record &record);

} // namespace dtr
