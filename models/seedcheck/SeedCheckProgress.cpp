#include "SeedCheckProgress.h"

#include "changes/ChangeSet.h"
#include "validation/Rules.h"
#include "validation/Validator.h"

#include <QHash>

namespace dtr {

std::vector<KommuneProgress> countSeedCheckProgress(const ChangeSet &changes, const QSet<QString> &reviewed,
                                                    const Validator *validator)
{
    const Overlay &overlay = *changes.overlay();
    std::vector<KommuneProgress> rows;
    QHash<int, size_t> rowOf;
    for (int kode : overlay.kommuner()) {
        rowOf.insert(kode, rows.size());
        rows.push_back({kode});
    }
    KommuneProgress total{KommuneProgress::AllKommuner};
    for (int i = 0; i < overlay.size(); ++i) {
        if (!overlay.isLive(i))
            continue;
        const Record &r = overlay.record(i);
        const int kode = overlay.admKommuneOf(i);
        auto it = rowOf.find(kode);
        if (it == rowOf.end()) {
            it = rowOf.insert(kode, rows.size());
            rows.push_back({kode});
        }
        KommuneProgress &row = rows[*it];
        int changed = changes.changeOf(i) ? 1 : 0;
        int active = 0, done = 0, untouched = 0, errors = 0, warnings = 0;
        if (r.isActive()) {
            active = 1;
            done = reviewed.contains(recordId(r.level(), r.nummer())) ? 1 : 0;
            untouched = !done && !changed && untouchedSinceSeeding(r) ? 1 : 0;
        }
        if (validator)
            for (const Finding &f : validator->findingsOf(i)) {
                errors += f.severity == Severity::Error;
                warnings += f.severity == Severity::Warning && !validator->isAcknowledged(f);
            }
        for (KommuneProgress *p : {&row, &total}) {
            p->active += active;
            p->reviewed += done;
            p->untouchedUnreviewed += untouched;
            p->errors += errors;
            p->warnings += warnings;
            p->changed += changed;
        }
    }
    rows.push_back(total);
    return rows;
}

} // namespace dtr
