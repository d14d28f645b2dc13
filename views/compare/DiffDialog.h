#pragma once

#include "compare/SnapshotDiff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dtr {

class CodeTables;

// "Sammenlign udtræk": what differs between an older and a newer snapshot — records added,
// closed, reopened, moved, changed field by field, or missing from the newer — in the review
// dialog's look (ChangeTree), with a filter by kind, a search, and saving as JSON (the format of
// `dtr diff --format json`).
class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    enum Kind { AllKinds, Added, Closed, Reopened, Moved, Changed, Removed };

    // Coded values are labelled from `codes`.
    DiffDialog(const Register &older, const Register &newer, const QString &olderName, const QString &newerName,
               const CodeTables &codes, QWidget *parent = nullptr);

    // A snapshot's column title: the file's name, or for the CSV form the folder's, with when it
    // was extracted if the snapshot says.
    static QString snapshotName(const QString &path, const Register &reg);

    const QList<RecordDiff> &diffs() const { return m_diffs; }
    QTreeWidget *tree() const { return m_tree; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *searchEdit() const { return m_search; }
    QString summaryText() const;
    bool saveJson(const QString &path, QString *error) const;
    // Record rows shown now (after filter and search).
    int visibleRecords() const;

private:
    void applyFilter();
    static bool isKind(const RecordDiff &d, Kind kind);

    QList<RecordDiff> m_diffs;
    QTreeWidget *m_tree;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QLabel *m_summary;
};

} // namespace dtr
