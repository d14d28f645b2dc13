#include "Fixes.h"

#include "Rules.h"
#include "changes/ChangeSet.h"

#include <QCoreApplication>
#include <QSet>

namespace dtr {

QList<ProposedFix> proposedFixes(const Validator &validator, const QString &rule)
{
    QList<ProposedFix> out;
    for (const Finding &f : validator.allFindings())
        if (f.rule == rule)
            if (std::optional<ProposedFix> fix = validator.fixFor(f))
                out.append(*fix);
    return out;
}

Step fixStep(const ChangeSet &changes, const QList<ProposedFix> &fixes)
{
    Step step;
    QSet<QString> seen;
    QStringList rules;
    for (const ProposedFix &fix : fixes) {
        const QString key = recordId(fix.level, fix.entity) + QLatin1Char('/') + fieldKey(fix.field);
        if (seen.contains(key) || fix.record < 0)
            continue;
        seen.insert(key);
        step.ops.append(changes.updateStep(fix.record, fix.field, fix.after).ops);
        if (!rules.contains(fix.rule))
            rules.append(fix.rule);
    }
    const Rule *rule = rules.size() == 1 ? findRule(rules.first()) : nullptr;
    const int n = int(step.ops.size());
    step.text =
        rule ? QCoreApplication::translate("dtr::Fixes", "Ret %n fund: %1", nullptr, n).arg(ruleDescription(*rule))
             : QCoreApplication::translate("dtr::Fixes", "Ret %n fund", nullptr, n);
    return step;
}

} // namespace dtr
