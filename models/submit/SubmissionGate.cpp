#include "SubmissionGate.h"

#include "changes/ChangeSet.h"
#include "validation/Validator.h"

#include <QCoreApplication>

namespace dtr {

QList<SubmissionBlocker> submissionBlockers(const ChangeSet &changes, const Validator &validator,
                                            const QSet<QString> &excluded)
{
    QList<SubmissionBlocker> errors, warnings;
    const Overlay &o = *changes.overlay();
    for (const RecordChange &c : changes.netChanges()) {
        if (excluded.contains(c.key))
            continue;
        const int index = o.find(c.level, c.key);
        if (index < 0)
            continue;
        for (const Finding &f : validator.findingsOf(index)) {
            if (f.severity == Severity::Error)
                errors.append({f, false});
            else if (f.severity == Severity::Warning && !validator.isAcknowledged(f))
                warnings.append({f, true});
        }
    }
    return errors + warnings;
}

QString blockingSummary(const QList<SubmissionBlocker> &blockers)
{
    if (blockers.isEmpty())
        return {};
    const SubmissionBlocker &first = blockers.first();
    const int errors = int(
        std::count_if(blockers.begin(), blockers.end(), [](const SubmissionBlocker &b) { return !b.acknowledgeable; }));
    const QString where = QStringLiteral("%1 %2").arg(levelLabel(first.finding.level), first.finding.entity);
    if (!first.acknowledgeable)
        return QCoreApplication::translate("dtr::Submission",
                                           "%n fejl i de valgte ændringer skal rettes, eller ændringerne udelades – "
                                           "først %1: %2",
                                           nullptr, errors)
            .arg(where, first.finding.message);
    return QCoreApplication::translate("dtr::Submission",
                                       "%n advarsler på de valgte ændringer er ikke kvitteret for. Kvittér (Ctrl+K), "
                                       "eller udelad ændringerne – først %1: %2",
                                       nullptr, int(blockers.size()))
        .arg(where, first.finding.message);
}

} // namespace dtr
