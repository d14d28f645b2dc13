#pragma once

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

} // namespace dtr
