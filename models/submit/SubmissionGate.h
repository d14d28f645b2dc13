#pragma once

#include "validation/Finding.h"

#include <QList>
#include <QSet>
#include <QString>

namespace dtr {

class ChangeSet;
class Validator;

// One reason a submission may not go: a finding on a record that would be sent.
struct SubmissionBlocker
{
    Finding finding;
    bool acknowledgeable = false; // a warning: acknowledging it lets the change go
};

// The one gate every submission passes (review dialog, session, `dtr submit`): an error, or a
// warning nobody has acknowledged, on a record whose change would be sent (all but `excluded`,
// by key) keeps the submission from going. Errors first.
QList<SubmissionBlocker> submissionBlockers(const ChangeSet &changes, const Validator &validator,
                                            const QSet<QString> &excluded = {});
// What the steward must do, in one sentence (empty when nothing blocks).
QString blockingSummary(const QList<SubmissionBlocker> &blockers);

} // namespace dtr
