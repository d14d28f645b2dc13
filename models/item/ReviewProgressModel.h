#pragma once

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace dtr {

class ChangeSet;
class Validator;

// Where the review of the seeded data stands, one row per municipality and a last row for all:
// active records, how many are reviewed ("gennemgået"), how many were never updated since the
// 2019 seeding and are still unreviewed, open errors and warnings, pending changes.
struct KommuneProgress
{
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
std::vector<KommuneProgress> countReviewProgress(const ChangeSet &changes, const QSet<QString> &reviewed,
                                                 const Validator *validator);

class ReviewProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int AllKommuner = -2;
    enum Column {
        KommuneColumn,
        ProgressColumn,
        UntouchedColumn,
        ErrorColumn,
        WarningColumn,
        ChangedColumn,
        ColumnCount
    };
    enum Role { KommuneRole = Qt::UserRole + 1, PercentRole };

    explicit ReviewProgressModel(QObject *parent = nullptr);

    // Recounts everything (linear in the register); rows are reset only when the set of
    // municipalities changes, otherwise dataChanged.
    void recount(const ChangeSet *changes, const QSet<QString> &reviewed, const Validator *validator);
    const KommuneProgress *progressOf(int kommune) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<KommuneProgress> m_rows;
};

} // namespace dtr
