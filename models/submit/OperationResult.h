#pragma once

#include "SubmissionPlan.h"
#include "register/Record.h"
#include "service/RegisterClient.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <tuple>

namespace dtr {

// What happened to one planned operation. The outcome tells the truth about the register:
// Accepted — it holds the change (it said OK, or reading back showed it);
// Refused — it answered with a refusal (its words in `errors`);
// Conflict — someone else changed what we changed; nothing was sent;
// NotSent — we did not send it (`message` says why); nothing happened;
// Failed — it was sent, the register failed, and reading back showed it did not happen;
// Unknown — it was sent and we do not know: no parsed answer, and reading back could not tell.
//           Never sent again blindly; settled by reading back before anything else is sent.
// WouldSend — a dry run checked it and would send it.
struct OperationResult
{
    enum Outcome { Accepted, Refused, Conflict, NotSent, WouldSend, Unknown, Failed };
    PlannedOperation operation;
    Outcome outcome = NotSent;
    QString number;                    // the record's number (issued by the register for an insert)
    QList<ImportResult::Error> errors; // the register's messages, verbatim
    QString message;                   // our explanation
    // For a conflict: field → (base, mine, theirs).
    QMap<Field, std::tuple<QString, QString, QString>> conflicts;
    // The record as the register now holds it (read back after it accepted).
    Record registered;
    // The write this result concerns, as recorded in the workspace before it was sent (-1: none).
    qint64 journalId = -1;
    // Unknown without any answer (a timeout, a broken connection): the write may still land, so
    // a read-back that does not see it settles nothing until a while has passed.
    bool mayStillLand = false;
    // Decided by reading back the unknown outcome of an earlier submission.
    bool settled = false;
    // Fields of an update where the steward chose to keep their (a colleague's) value.
    QSet<Field> theirsKept;
};

QLatin1StringView outcomeKey(OperationResult::Outcome outcome); // "accepted", "refused", …
bool outcomeFromKey(QStringView key, OperationResult::Outcome *outcome);
QString outcomeLabel(OperationResult::Outcome outcome); // Danish, for the steward
// Our explanation and the register's words in one line (for the audit log and tables).
QString resultText(const OperationResult &result);
// The register's words alone, one per line ("Felt: besked"), or the explanation when it gave none.
QString registerWords(const OperationResult &result);
// One line on a whole run for the steward ("3 af 5 operationer modtaget …"); a dry run's line says
// what a check cannot know. Shared by the review dialog and `dtr submit`.
QString runSummary(const QList<OperationResult> &results, bool dryRun);

// The results as `dtr submit --format json` prints them (and the GUI saves them):
// {"results": [{operation, level, key, number, outcome, message, errors, conflicts, settled}],
//  "dryRun": bool, "summary": {"ok", "other", "unknown"}}.
QJsonObject resultsToJson(const QList<OperationResult> &results, bool dryRun);

} // namespace dtr
