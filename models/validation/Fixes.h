#pragma once

#include "Validator.h"
#include "changes/Operation.h"

namespace dtr {

class ChangeSet;

// Every fix the rule offers on the current findings, in record order (JOSM-style "fix all").
QList<ProposedFix> proposedFixes(const Validator &validator, const QString &rule);
// The chosen fixes as one step of the change set (one undo): "Ret 3 fund af navn-versaler".
// Fixes of one record and field after the first are left out.
Step fixStep(const ChangeSet &changes, const QList<ProposedFix> &fixes);

} // namespace dtr
