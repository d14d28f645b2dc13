#include "SeedCheckProgress.h"

#include "changes/ChangeSet.h"
#include "validation/Rules.h"
#include "validation/Validator.h"

#include <QHash>

#include <numeric>

namespace dtr {

std::vector<KommuneProgress> countSeedCheckProgress(const ChangeSet &changes, const QSet<QString> &reviewed,
                                                    const Validator *validator)
{
    SeedCheckTally tally;
    tally.recountAll(changes, reviewed, validator);
    return tally.rows(changes);
}

SeedCheckTally::Share SeedCheckTally::shareOf(const ChangeSet &changes, const QSet<QString> &reviewed,
                                              const Validator *validator, int index)
{
    const Overlay &overlay = *changes.overlay();
    Share share;
    if (index >= overlay.size() || !overlay.isLive(index))
        return share;
    const Record &r = overlay.record(index);
    share.live = true;
    share.kommune = overlay.admKommuneOf(index);
    share.changed = changes.changeOf(index) != nullptr;
    if (r.isActive()) {
        share.active = true;
        share.reviewed = !reviewed.isEmpty() && reviewed.contains(recordId(r.level(), r.nummer()));
        share.untouchedUnreviewed = !share.reviewed && !share.changed && untouchedSinceSeeding(r);
    }
    if (validator)
        for (const Finding &f : validator->findingsOf(index)) {
            share.errors += f.severity == Severity::Error;
            share.warnings += f.severity == Severity::Warning && !validator->isAcknowledged(f);
        }
    return share;
}

void SeedCheckTally::add(const Share &share, int sign)
{
    if (!share.live)
        return;
    auto it = m_byKommune.find(share.kommune);
    if (it == m_byKommune.end())
        it = m_byKommune.insert(share.kommune, KommuneProgress{share.kommune});
    it->active += sign * share.active;
    it->reviewed += sign * share.reviewed;
    it->untouchedUnreviewed += sign * share.untouchedUnreviewed;
    it->errors += sign * share.errors;
    it->warnings += sign * share.warnings;
    it->changed += sign * share.changed;
    m_liveCount[share.kommune] += sign;
}

void SeedCheckTally::recountAll(const ChangeSet &changes, const QSet<QString> &reviewed, const Validator *validator)
{
    m_shares.assign(size_t(changes.overlay()->size()), Share());
    m_byKommune.clear();
    m_liveCount.clear();
    m_otherKommuner.clear();
    QList<int> all(changes.overlay()->size());
    std::iota(all.begin(), all.end(), 0);
    recount(changes, reviewed, validator, all);
}

void SeedCheckTally::recount(const ChangeSet &changes, const QSet<QString> &reviewed, const Validator *validator,
                             const QList<int> &records)
{
    const Overlay &overlay = *changes.overlay();
    if (m_shares.size() < size_t(overlay.size()))
        m_shares.resize(size_t(overlay.size()));
    for (int i : records) {
        if (i < 0 || size_t(i) >= m_shares.size())
            continue;
        add(m_shares[size_t(i)], -1);
        m_shares[size_t(i)] = shareOf(changes, reviewed, validator, i);
        const Share &share = m_shares[size_t(i)];
        add(share, 1);
        if (share.live && overlay.kommuneRowOf(share.kommune) < 0 &&
            std::find(m_otherKommuner.begin(), m_otherKommuner.end(), share.kommune) == m_otherKommuner.end())
            m_otherKommuner.push_back(share.kommune);
    }
}

std::vector<KommuneProgress> SeedCheckTally::rows(const ChangeSet &changes) const
{
    std::vector<KommuneProgress> out;
    KommuneProgress total{KommuneProgress::AllKommuner};
    const auto append = [&](int kode) {
        const KommuneProgress p = m_byKommune.value(kode, KommuneProgress{kode});
        out.push_back(p);
        total.active += p.active;
        total.reviewed += p.reviewed;
        total.untouchedUnreviewed += p.untouchedUnreviewed;
        total.errors += p.errors;
        total.warnings += p.warnings;
        total.changed += p.changed;
    };
    const Overlay &overlay = *changes.overlay();
    for (int kode : overlay.kommuner())
        append(kode);
    // A municipality outside the overlay's list shows while records count under it.
    for (int kode : m_otherKommuner)
        if (overlay.kommuneRowOf(kode) < 0 && m_liveCount.value(kode) > 0)
            append(kode);
    out.push_back(total);
    return out;
}

} // namespace dtr
