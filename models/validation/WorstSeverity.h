#pragma once

#include "validation/Finding.h"

#include <QList>

namespace dtr {

// The most severe severity among the findings `counts` accepts, as an int (Error < Warning <
// Info, so the smallest), or -1 when it accepts none. The one rule for "worst finding" used by
// the validator, the review before submitting and the details panel.
template <typename Accept>
int worstSeverity(const QList<Finding> &findings, Accept counts)
{
    int worst = -1;
    for (const Finding &f : findings)
        if (counts(f) && (worst < 0 || int(f.severity) < worst))
            worst = int(f.severity);
    return worst;
}

inline int worstSeverity(const QList<Finding> &findings)
{
    return worstSeverity(findings, [](const Finding &) { return true; });
}

} // namespace dtr
