#pragma once

#include "OperationResult.h"
#include "changes/ChangeSet.h"

namespace dtr {

// The workspace after (part of) a submission: the base with what the register accepted, as read
// back, and the pending changes that remain, expressed against that new base. The steward's own
// steps are kept (with what was accepted taken out and issued numbers put in) whenever they give
// exactly the remaining changes; otherwise the remainder becomes one step.
struct Rebased
{
    Register base;
    QList<Step> steps;
    int position = 0;
};

// `base`, `steps` and `position` as they were when the submission started, `changes` their net
// effect; `results` every outcome so far.
Rebased rebase(const Register &base, const QList<Step> &steps, int position, const QList<RecordChange> &changes,
               const QList<OperationResult> &results);

} // namespace dtr
