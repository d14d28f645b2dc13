#pragma once

#include "register/Field.h"

#include <QList>
#include <QString>

#include <optional>

namespace dtr {

enum class Severity : quint8 { Error, Warning, Info };
QLatin1StringView severityKey(Severity severity); // "error", "warning", "info"
QString severityLabel(Severity severity);         // "Fejl", "Advarsel", "Info"

// One problem found in one record: which rule, where, and a Danish message saying what is wrong
// and what is expected.
struct Finding
{
    Severity severity = Severity::Error;
    QString rule;
    Level level = Level::Daginstitution;
    QString entity;             // the record's own number (or temporary key)
    std::optional<Field> field; // the field concerned, if one
    QString message;
    int record = -1; // overlay index

    bool operator==(const Finding &) const = default;
};

struct FindingCounts
{
    int error = 0;
    int warning = 0;
    int info = 0;
    int total() const { return error + warning + info; }
};

} // namespace dtr
