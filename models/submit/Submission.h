#pragma once

#include "changes/ChangeSet.h"
#include "register/Register.h"
#include "service/RegisterClient.h"
#include "service/XmlSchema.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

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

// What happened to one planned operation.
struct OperationResult
{
    enum Outcome { Accepted, Refused, Conflict, NotSent, WouldSend };
    PlannedOperation operation;
    Outcome outcome = NotSent;
    QString number;                    // the record's number (issued by the register for an insert)
    QList<ImportResult::Error> errors; // the register's messages, verbatim
    QString message;                   // our explanation
    // For a conflict: field → (base, mine, theirs).
    QMap<Field, std::tuple<QString, QString, QString>> conflicts;
    // The record as the register now holds it (read back after it accepted).
    Record registered;
};

// Sends a plan through the ImportService: for each operation the affected record is read fresh
// (a field someone else changed since the base is a conflict; other changes of theirs are kept),
// the payload is checked against the schema locally and with ValidateXmlAgainstSchema, then sent.
// An issued number replaces the temporary key in what follows. After an unknown outcome the
// record is read back before anything is sent again, so nothing is ever created twice.
class Submitter
{
public:
    explicit Submitter(RegisterClient *client);
    ~Submitter();

    // Conflict resolutions, by "key/field": true keeps mine, false takes theirs.
    void setResolutions(const QHash<QString, bool> &resolutions) { m_resolutions = resolutions; }
    // Called before each operation with (done, total); returning false cancels the rest, which
    // is then reported as not sent. Operations are never cut off half-way.
    void setProgress(const std::function<bool(int done, int total)> &progress) { m_progress = progress; }
    QList<OperationResult> run(const SubmissionPlan &plan, bool dryRun);

private:
    QList<OperationResult> pass(const SubmissionPlan &plan, bool dryRun);
    OperationResult runOne(const PlannedOperation &op, bool dryRun);
    bool readFresh(Level level, const QString &number, Record *out, QString *error);
    bool findMatching(const Record &mine, QStringList *numbers, QString *error);
    QString realKey(const QString &key) const { return m_issued.value(key, key); }

    RegisterClient *m_client;
    QHash<QString, bool> m_resolutions;
    QHash<QString, QString> m_issued; // temporary key → issued number
    QStringList m_existing;           // numbers matching the record being inserted, before it was sent
    std::unique_ptr<XmlSchema> m_schema;
    std::function<bool(int, int)> m_progress;
    bool m_stop = false;
    QString m_stopReason;
};

// After a submission: the base with what the register accepted (as read back), and one step with
// everything it did not accept, expressed against that new base.
struct Rebased
{
    Register base;
    Step remaining;
};
Rebased rebase(const Register &base, const QList<RecordChange> &changes, const QList<OperationResult> &results);

// Records a submission in the workspace: an audit row per operation, then the accepted changes
// become the base and the rest stays pending (Workspace::rebase). The workspace must be opened
// again afterwards.
class Workspace;
bool recordSubmission(Workspace &workspace, const QList<RecordChange> &changes, const QList<OperationResult> &results,
                      const QString &environment, const QString &user, const QString &reason, QString *error);

QLatin1StringView outcomeKey(OperationResult::Outcome outcome); // "accepted", "refused", …
// The ImportService method that carries an operation.
ServiceNames::Method methodFor(const PlannedOperation &operation);
QString outcomeLabel(OperationResult::Outcome outcome);

} // namespace dtr
