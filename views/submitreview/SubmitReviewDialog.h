#pragma once

#include "changes/ChangeSet.h"
#include "submit/OperationResult.h"
#include "submit/SubmissionPlan.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QProgressBar;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dtr {

class Session;

// "Gennemse og indsend", the review before submitting (not the check of seeded records, which is
// seedcheck/): every pending change grouped by level and record, before → after per
// field, moves and closures spelled out, the validation state per change and what the register
// said last (a refusal in its own words, an unknown outcome); include or exclude each change (a
// new record goes with its new parent); a reason; the plan in the order it will be sent — the
// plan that is sent. The session's one gate decides what blocks; unknown outcomes of earlier
// writes are settled ("Afstem med registeret") before anything else can be sent.
class SubmitReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows the session's pending changes; follows the session when it reopens its workspace
    // (after a submission or a reconciliation it shows what is left).
    explicit SubmitReviewDialog(Session &session, QWidget *parent = nullptr);

    QSet<QString> excluded() const;
    QString reason() const;
    const SubmissionPlan &plan() const { return m_plan; }
    // Why sending is blocked now (empty when it may go).
    QString blockingReason() const { return m_blocking; }
    void setExcluded(const QString &key, bool excluded);
    // While a submission runs: progress, and only "stop after this one".
    void setRunning(bool running);
    void setProgress(int done, int total, const QString &what);
    void showResults(const QList<OperationResult> &results, const QString &problem = {});

    QTreeWidget *tree() const { return m_tree; }
    QListWidget *planList() const { return m_planList; }
    QListWidget *resultList() const { return m_results; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *reconcileButton() const { return m_reconcile; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void submitRequested(bool dryRun);
    void reconcileRequested();
    void cancelRequested();

private:
    void fill();
    void itemChanged(QTreeWidgetItem *item);
    void updatePlan();
    void updateButtons();

    Session &m_session;
    QList<RecordChange> m_net;
    QHash<QString, QString> m_parents;
    QTreeWidget *m_tree;
    QListWidget *m_planList;
    QListWidget *m_results;
    QLineEdit *m_reason;
    QLabel *m_unknownNote;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_reconcile;
    QPushButton *m_dryRun;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    SubmissionPlan m_plan;
    QString m_blocking;
    bool m_updating = false;
    bool m_running = false;
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
