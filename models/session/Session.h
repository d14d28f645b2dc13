#pragma once

#include "submit/OperationResult.h"
#include "submit/Reconciler.h"
#include "submit/SubmissionGate.h"
#include "submit/SubmissionJournal.h"
#include "submit/Submitter.h"
#include "workspace/StoredBase.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

namespace dtr {

class ChangeSet;
class CodeTables;
class Editor;
class Register;
class Validator;
class Workspace;
struct Finding;

// One steward's working session on one workspace: it owns the workspace, its change set, the
// editor, the validator, the review marks and the acknowledgements, and runs submissions and
// reconciliations. The main window, the command line and the tests all work through it; views
// only observe (opened/aboutToClose tell them when to bind to and let go of the change set).
class Session : public QObject, private SubmissionJournal
{
    Q_OBJECT

public:
    explicit Session(const CodeTables &codes, QObject *parent = nullptr);
    ~Session() override;

    // ---- the workspace ----
    // The workspace at `path`: continued when it exists, else made from `reg`.
    // `fingerprint`, when the caller knows it, is reg's (ChangeFile::fingerprint): an existing
    // workspace with that base then keeps reg instead of parsing its stored copy. `stored`, when
    // prepared on another thread (SnapshotLoader), is reg's stored base for a new workspace.
    bool openRegister(std::shared_ptr<const Register> reg, const QString &source, const QString &path, QString *error,
                      const QString &fingerprint = {}, StoredBase stored = {});
    // The next workspace opened is shown before its whole-register validation, which runs from
    // the event loop (or at once when something needs findings: submitting, a report, an edit).
    // For start-up: the window paints the tree first. Applies to one open.
    void deferNextValidation() { m_deferValidation = true; }
    bool openWorkspace(const QString &path, QString *error);
    // Opens the same workspace again (after its base changed, or the code tables did).
    bool reopen(QString *error);
    void close();
    bool isOpen() const { return m_workspace != nullptr; }
    Workspace *workspace() const { return m_workspace.get(); }
    ChangeSet *changeSet() const;
    Editor *editor() const { return m_editor.get(); }
    Validator *validator() const { return m_validator.get(); }
    const CodeTables &codes() const { return m_codes; }

    // ---- review marks ("gennemgået") and acknowledged warnings, kept in the workspace ----
    const QSet<QString> &reviewed() const { return m_reviewed; } // "level/key"
    bool setReviewed(const QList<int> &records, bool reviewed, const QString &note, QString *error);
    bool acknowledge(const Finding &finding, bool on, const QString &note, QString *error);

    // ---- what the register said ----
    QHash<QString, QString> refusals() const; // "level/key" → its words
    // Writes sent earlier whose outcome is unknown; settled by reading back before anything else
    // is sent.
    QList<OpenOperation> unknownOutcomes() const;
    QHash<QString, QString> unknownByRecord() const; // "level/key" → what we know

    // ---- submitting ----
    // What keeps the pending changes (all but `excluded`) from being sent; the one gate.
    QList<SubmissionBlocker> blockers(const QSet<QString> &excluded = {}) const;

    struct SubmitRequest
    {
        ServiceEndpoint endpoint;
        QString environment; // for the audit log (the service's address by default)
        QString reason;
        QSet<QString> excluded;
        bool dryRun = false;
        QHash<QString, bool> resolutions;
        int graceMs = Reconciler::DefaultGraceMs;
        QList<int> lookAgainAfterMs{500, 1500};
    };
    // Starts a submission: unknown outcomes of earlier writes are settled first (a real run only;
    // if any stays unknown nothing else is sent), then the plan is checked and sent. False with
    // the reason when it cannot start (nothing open, already running, the gate is shut).
    bool submit(const SubmitRequest &request, QString *error);
    // Starts settling the unknown outcomes only ("Afstem med registeret").
    bool reconcile(const SubmitRequest &request, QString *error);
    void cancel();
    bool isBusy() const { return m_run != nullptr; }
    // The results of the last run that finished, and why it stopped early (empty if it did not).
    const QList<OperationResult> &lastResults() const { return m_lastResults; }
    QString lastProblem() const { return m_lastProblem; }

signals:
    // A workspace is open (again): bind to changeSet()/editor()/validator().
    void opened();
    // The change set is about to go: let go of it.
    void aboutToClose();
    void reviewMarksChanged();
    void acknowledgementsChanged();
    void progress(int done, int total, const QString &what);
    void operationFinished(const OperationResult &result);
    // A submission or reconciliation has ended; `problem` says why it stopped early, if it did.
    void finished(const QList<OperationResult> &results, const QString &problem);

private:
    struct Run;
    bool adopt(std::unique_ptr<Workspace> workspace, QString *error);
    void loadMarks();
    bool startRun(const SubmitRequest &request, bool settleOnly, QString *error);
    void startSettling();
    void settled(const QList<OperationResult> &results);
    void startSending();
    void sent(const QList<OperationResult> &results);
    void endRun(const QString &problem);
    void rememberStart();
    void lockEdits(bool locked);

    // SubmissionJournal: the workspace keeps every write's intent and outcome.
    qint64 recordIntent(const PlannedOperation &operation, const QByteArray &payload, const Expectation &expected,
                        QString *error) override;
    bool recordOutcome(const OperationResult &result, QString *error) override;

    const CodeTables &m_codes;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<Validator> m_validator;
    QSet<QString> m_reviewed;
    std::unique_ptr<Run> m_run;
    // Runs that ended: their objects may still be on the stack emitting, so they go from the
    // event loop (or with the session, so nothing is left behind at exit).
    std::vector<std::unique_ptr<Run>> m_ended;
    QList<OperationResult> m_lastResults;
    QString m_lastProblem;
    bool m_deferValidation = false;
};

} // namespace dtr
