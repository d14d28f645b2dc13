#pragma once

#include "register/Field.h"

#include <QList>
#include <QString>

#include <optional>

namespace dtr {

enum class Severity : quint8 { Error, Warning, Info };
QLatin1StringView severityKey(Severity severity); // "error", "warning", "info"
QString severityLabel(Severity severity);         // "Fejl", "Advarsel", "Info"
bool severityFromKey(QStringView key, Severity *severity);

// How sure we are of what a rule checks (register.md's tags):
// - Confirmed: STIL publishes it ([C]); only such rules may block (be errors) by default.
// - Inferred: our reading of the register ([I], [T], [O], [?]); a warning at most, labelled
//   "foreløbig regel" – the register's own answer is the authority.
// - Quality: a careful steward's data-quality check; the register does not enforce it.
enum class Certainty : quint8 { Confirmed, Inferred, Quality };
QLatin1StringView certaintyKey(Certainty certainty); // "confirmed", "inferred", "quality"
QString certaintyLabel(Certainty certainty);         // "Fastlagt af STIL", "Foreløbig regel", "Datakvalitet"
// The label a finding carries in the panel, tooltips and the report: "foreløbig regel" for
// inferred rules, empty otherwise.
QString provisionalLabel(Certainty certainty);

// One problem found in one record: which rule, where, and a Danish message saying what is wrong
// and what is expected.
struct Finding
{
    // The small members first: they share one word.
    Severity severity = Severity::Error;
    Level level = Level::Daginstitution;
    Certainty certainty = Certainty::Confirmed;
    std::optional<Field> field; // the field concerned, if one
    QString rule;
    QString entity; // the record's own number (or temporary key)
    QString message;
    int record = -1; // overlay index
    // For a finding about a pair of records (likely duplicates): the other record's overlay
    // index; -1 otherwise. A pair is reported once, on the record with the smaller number.
    int related = -1;

    bool operator==(const Finding &) const = default;
};

// A finding's severity as tooltips and reports show it: "Advarsel · foreløbig regel", "Fejl".
QString findingSeverityText(const Finding &finding);

struct FindingCounts
{
    int error = 0;
    int warning = 0;
    int info = 0;
    int total() const { return error + warning + info; }
};

} // namespace dtr
