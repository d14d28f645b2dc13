#pragma once

#include "OperationResult.h"
#include "ReadBack.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dtr {

// A write sent earlier whose outcome is still unknown, as the workspace keeps it.
struct OpenOperation
{
    qint64 id = -1;
    QString method; // the ImportService method
    Level level = Level::Daginstitution;
    QString key;              // the record's key when it was sent (a temporary key for an insert)
    Expectation expected;     // what reading back looks for
    QDateTime sentAt;         // when the intent was recorded
    QDateTime lastAttemptAt;  // when we last learnt anything (the failure, or the last look)
    bool mayStillLand = true; // no answer ever came: the write may still be under way
    QString message;          // the last thing we know
};

// Where a submission keeps what it does, durably, one transaction each, before it goes on: the
// intent before every write, the outcome after it. A crash at any moment leaves either an open
// intent (settled by reading back next time) or a recorded outcome, never a forgotten write.
class SubmissionJournal
{
public:
    virtual ~SubmissionJournal() = default;
    // Before a write. Returns the intent's id, or -1 with a reason (then nothing is sent).
    virtual qint64 recordIntent(const PlannedOperation &operation, const QByteArray &payload,
                                const Expectation &expected, QString *error) = 0;
    // After a write (result.journalId set) or instead of one (journalId -1: decided without
    // sending). An Unknown outcome keeps the intent open. False with a reason when it cannot be
    // written: the submission then stops.
    virtual bool recordOutcome(const OperationResult &result, QString *error) = 0;
};

} // namespace dtr
