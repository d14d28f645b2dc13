#pragma once

#include "changes/ChangeSet.h"
#include "submit/Submission.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dtr {

class Validator;

// "Gennemse og indsend": every pending change grouped by level and record, before → after per
// field, moves and closures spelled out, the validation state per change; include or exclude
// each change (a new record goes with its new parent); a reason; the plan in the order it will
// be sent. Errors, and warnings not acknowledged, on included changes block sending.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `refusals`: the register's words about earlier refusals, by "level/key" (Workspace::refusals).
    ReviewDialog(const ChangeSet &changes, const Validator &validator, const QHash<QString, QString> &refusals = {},
                 QWidget *parent = nullptr);

    QSet<QString> excluded() const;
    QString reason() const;
    const SubmissionPlan &plan() const { return m_plan; }
    // Why sending is blocked now (empty when it may go).
    QString blockingReason() const { return m_blocking; }
    void setExcluded(const QString &key, bool excluded);
    void showResults(const QList<OperationResult> &results);

    QTreeWidget *tree() const { return m_tree; }
    QListWidget *planList() const { return m_planList; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *dryRunButton() const { return m_dryRun; }

signals:
    void submitRequested(bool dryRun);

private:
    void fill();
    void itemChanged(QTreeWidgetItem *item);
    void updatePlan();

    const ChangeSet &m_changes;
    const Validator &m_validator;
    QList<RecordChange> m_net;
    QHash<QString, QString> m_parents;
    QHash<QString, QString> m_refusals;
    QTreeWidget *m_tree;
    QListWidget *m_planList;
    QLineEdit *m_reason;
    QLabel *m_status;
    QPushButton *m_dryRun;
    QPushButton *m_submit;
    SubmissionPlan m_plan;
    QString m_blocking;
    bool m_updating = false;
};

// Conflicts: base / mine / theirs per field, keep mine or take theirs (one by one or for all).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QList<OperationResult> &conflicts, QWidget *parent = nullptr);
    // "key/field" → true to keep mine, false to take theirs.
    QHash<QString, bool> resolutions() const;
    void chooseAll(bool keepMine);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace dtr
