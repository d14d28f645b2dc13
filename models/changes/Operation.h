#pragma once

#include "register/Field.h"

#include <QList>
#include <QString>

namespace dtr {

// One pending operation of the change set, as data. Each remembers the base values it was made
// against (before), which later submission uses for conflict detection.
enum class OpKind : quint8 { Create, Update, Move, Close };

struct Operation
{
    OpKind kind = OpKind::Update;
    Level level = Level::Daginstitution;
    // The record's institution number, or its temporary key "(ny N)" when it is new.
    QString key;
    // Update: the field, its value before and after.
    Field field = Field::Navn;
    // Update: field value; Move: parent number; Close: aktivitetsstatus.
    QString before;
    QString after;
    // Create: the new record's values, one per field of the level (fieldsOf order).
    QList<QString> values;

    bool operator==(const Operation &) const = default;
};

// What one user action did: one undo step, made of one or more operations.
struct Step
{
    QString text;
    QList<Operation> ops;
    // Typing in one field merges into one step while the key stays the same (see ChangeSet).
    QString mergeKey;
    bool operator==(const Step &other) const { return text == other.text && ops == other.ops; }
};

QLatin1StringView opKindKey(OpKind kind); // "create", "update", "move", "close"
bool opKindFromKey(QStringView key, OpKind *kind);

// Temporary keys of new records: "(ny 3)".
QString temporaryKey(int serial);
bool isTemporaryKey(QStringView key);

} // namespace dtr
