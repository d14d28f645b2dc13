#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace dtr {

class ChangeSet;
class Validator;

// The check of the seeded records ("gennemgang", not the review before submitting): where it
// stands, one row per municipality and a last row for all: active records, how many are reviewed
// ("gennemgået"), how many were never updated since the 2019 seeding and are still unreviewed,
// open errors and warnings, pending changes.
struct KommuneProgress
{
    static constexpr int AllKommuner = -2;
    int kommune = 0; // Register::UnknownKommune for records without one; AllKommuner for the total
    int active = 0;
    int reviewed = 0;
    int untouchedUnreviewed = 0;
    int errors = 0;
    int warnings = 0; // not acknowledged
    int changed = 0;
    int percent() const { return active ? int(100LL * reviewed / active) : 100; }
};

// Counts per municipality (in the overlay's kommune order), then the total.
// `reviewed` holds recordId()s. `validator` may be null.
std::vector<KommuneProgress> countSeedCheckProgress(const ChangeSet &changes, const QSet<QString> &reviewed,
                                                    const Validator *validator);

// The same counts kept per record, so that after an edit only the records it touched (their
// findings, pending change or municipality) are counted again.
class SeedCheckTally
{
public:
    void recountAll(const ChangeSet &changes, const QSet<QString> &reviewed, const Validator *validator);
    // Counts `records` again (overlay slots; the slots of new records included).
    void recount(const ChangeSet &changes, const QSet<QString> &reviewed, const Validator *validator,
                 const QList<int> &records);
    // Per municipality in the overlay's kommune order, then any other (e.g. records without a
    // daginstitution) in order of first appearance, then the total.
    std::vector<KommuneProgress> rows(const ChangeSet &changes) const;

private:
    // One record's part of its municipality's row.
    struct Share
    {
        int kommune = 0;
        int errors = 0;
        int warnings = 0;
        bool live = false;
        bool active = false;
        bool reviewed = false;
        bool untouchedUnreviewed = false;
        bool changed = false;
    };
    static Share shareOf(const ChangeSet &changes, const QSet<QString> &reviewed, const Validator *validator,
                         int index);
    void add(const Share &share, int sign);

    std::vector<Share> m_shares; // per overlay slot
    QHash<int, KommuneProgress> m_byKommune;
    QHash<int, int> m_liveCount;      // live records per municipality
    std::vector<int> m_otherKommuner; // not among the overlay's kommuner, in order of appearance
};

} // namespace dtr
