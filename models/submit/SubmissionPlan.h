#pragma once

#include "changes/ChangeSet.h"
#include "service/ServiceNames.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dtr {

// One operation of a submission, in the order the register requires: creations top-down,
// updates and moves, closures bottom-up.
struct PlannedOperation
{
    enum Kind { Insert, Update, Move, Delete };
    Kind kind = Update;
    RecordChange change; // what the steward approved for this record
};

struct SubmissionPlan
{
    QList<PlannedOperation> operations;

    // Plans the given changes (all, or those whose keys are included), keeping dependencies: a
    // new record goes with its new parent, a parent's closure with its children's. On a broken
    // dependency returns false with the reason.
    // `parents` (key → its parent's key, see parentKeys()) lets closures wait for their children's.
    static bool build(const QList<RecordChange> &changes, const QSet<QString> &excluded, SubmissionPlan *out,
                      QString *error, const QHash<QString, QString> &parents = {});
};

// The parent's key of every changed record, as the change set now has it.
QHash<QString, QString> parentKeys(const ChangeSet &changes);

// The ImportService method that carries an operation.
ServiceNames::Method methodFor(PlannedOperation::Kind kind, Level level);
ServiceNames::Method methodFor(const PlannedOperation &operation);
QLatin1StringView operationKindKey(PlannedOperation::Kind kind); // "insert", "update", "move", "delete"

} // namespace dtr
