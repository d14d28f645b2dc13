#pragma once

#include "SubmissionPlan.h"
#include "register/Record.h"
#include "service/RegisterClient.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace dtr {

// What the register holds if a write happened. It is kept with the write's intent, so an
// unknown outcome can be settled by reading back — at once, or in a later session.
struct Expectation
{
    PlannedOperation::Kind kind = PlannedOperation::Update;
    Level level = Level::Daginstitution;
    QString number;              // the record's number (not for an insert)
    QMap<Field, QString> fields; // update: the values sent; insert: what identifies the new record
    QString parent;              // move: the target parent's number
    QStringList existing;        // insert: matching records that existed before it was sent

    // For an insert: the record the register would hold (name, parent, kommune, P-nummer).
    Record insertedRecord() const;
    QJsonObject toJson() const;
    static std::optional<Expectation> fromJson(const QJsonObject &json);
};

// What reading back found.
struct LookResult
{
    enum State { Applied, NotApplied, LookFailed };
    State state = LookFailed;
    QString number;    // the record's number (issued, for an insert)
    Record registered; // as the register holds it now (Applied)
    QString message;   // why the look failed
    ServiceError failure;
};

// Reading the register, asynchronously; each `done` is called exactly once, never after
// `context` is gone.
namespace ReadBack {

struct RecordRead
{
    bool ok = false;      // the register answered
    bool missing = false; // … and does not hold the record
    Record record;
    QString error;
    ServiceError failure;
};
void readRecord(RegisterClient &client, Level level, const QString &number, QObject *context,
                std::function<void(const RecordRead &)> done);

// The active records that look like `mine` (same level, name, and parent or kommune; for a unit
// found through its P-nummer): how an insert whose answer was lost is recognised.
struct Matches
{
    bool ok = false;
    QStringList numbers;
    QString error;
    ServiceError failure;
};
void findMatching(RegisterClient &client, const Record &mine, QObject *context,
                  std::function<void(const Matches &)> done);

// Whether the expected write is in the register.
void look(RegisterClient &client, const Expectation &expected, QObject *context,
          std::function<void(const LookResult &)> done);

} // namespace ReadBack
} // namespace dtr
