#pragma once

#include "seedcheck/SeedCheckProgress.h"

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace dtr {

class ChangeSet;
class CodeTables;
class Validator;

// The rows of countSeedCheckProgress() (the check of seeded records, "gennemgang") as a table for
// the seed-check panel and the status bar.
class SeedCheckProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int AllKommuner = KommuneProgress::AllKommuner;
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

    explicit SeedCheckProgressModel(const CodeTables &codes, QObject *parent = nullptr);

    // Recounts everything (linear in the register); rows are reset only when the set of
    // municipalities changes, otherwise dataChanged.
    void recount(const ChangeSet *changes, const QSet<QString> &reviewed, const Validator *validator);
    // Recounts only `records` (after an edit: those whose findings the validator re-checked);
    // everything when the change set is not the one last counted.
    void recount(const ChangeSet *changes, const QSet<QString> &reviewed, const Validator *validator,
                 const QList<int> &records);
    const KommuneProgress *progressOf(int kommune) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void show(std::vector<KommuneProgress> rows);

    const CodeTables &m_codes; // kommune names
    SeedCheckTally m_tally;
    const ChangeSet *m_counted = nullptr; // the change set m_tally counts
    std::vector<KommuneProgress> m_rows;
};

} // namespace dtr
