#pragma once

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QUrl>

#include "tree/TreeState.h"
#include "workspace/StoredBase.h"

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QTreeView;
class QUndoGroup;
class QUndoView;

namespace dtr {

class CodeTables;
class CompareChooser;
class DetailsPanel;
class DiffDialog;
class Editor;
class FetchDialog;
class FilterBar;
class MainActions;
class ProblemsPanel;
class Register;
class RegisterFilterModel;
class RegisterTreeModel;
class SeedCheckProgressModel;
class SeedCheckPanel;
class ServiceController;
class SnapshotLoader;
class Session;
class StatusSummary;
class SubmissionController;
class Validator;
class Workspace;
struct DagplejeSetup;
struct Finding;
struct OperationResult;
struct ServiceEndpoint;

// The main window: the register with its pending changes as a tree with search and filters,
// the editable details of the selected record, the problems and review panels, counts in the
// status bar. The work is done by the Session (workspace, change set, validation, submission);
// the window shows it and turns the steward's actions into calls on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }

    // Opens a snapshot (CSV folder/file or XML) in its workspace (continuing pending changes
    // made on the same data). On failure shows the message in a dialog, keeps what was open
    // and returns false. A snapshot of largeSnapshotBytes() or more is read on a thread of its
    // own behind a progress dialog that can cancel it: then this returns true once reading has
    // started, and snapshotLoaded() tells how it ended.
    bool openSnapshot(const QString &path);
    static constexpr qint64 DefaultLargeSnapshotBytes = 24 * 1024 * 1024;
    qint64 largeSnapshotBytes() const { return m_largeSnapshotBytes; }
    void setLargeSnapshotBytes(qint64 bytes) { m_largeSnapshotBytes = bytes; }
    bool isLoadingSnapshot() const { return m_loading != nullptr; }
    // Opens what a loader started earlier has read (at start-up: reading and fingerprinting run
    // while the window is built), waiting for it to finish; as openSnapshot otherwise.
    bool openPreloadedSnapshot(SnapshotLoader &loader);
    bool openDemo();
    bool openWorkspace(const QString &path);
    // The last workspace, when it holds pending changes (offered at start).
    QString resumableWorkspace() const;
    void offerToResume();
    QString lastError() const { return m_lastError; }

    RegisterTreeModel *treeModel() const { return m_tree; }
    RegisterFilterModel *filterModel() const { return m_filter; }
    QTreeView *treeView() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailsPanel *detailsPanel() const { return m_details; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    SeedCheckProgressModel *seedCheckProgress() const { return m_seedCheckProgress; }
    SeedCheckPanel *seedCheckPanel() const { return m_seedCheckPanel; }
    Editor *editor() const;
    Validator *validator() const;
    Workspace *workspace() const;
    SubmissionController *submission() const { return m_submission; }
    ServiceController *service() const { return m_service; }

    QString statusText() const;
    QString changesText() const;
    QString validationText() const;
    QString reviewText() const;

    // Fetches a kommune from the register (or the demo's stand-in) into a new workspace.
    bool fetchKommune(int kommuneKode, FetchDialog *dialog = nullptr);
    // Starts a submission of the pending changes (all but `excluded`) to the register or the
    // demo's stand-in; the session reports it (Session::finished). False, with lastError(), when
    // it cannot start.
    bool submit(const QSet<QString> &excluded, const QString &reason, bool dryRun,
                const QHash<QString, bool> &resolutions = {});
    // Marks records as reviewed ("gennemgået") or not; kept in the workspace.
    bool setReviewed(int recordIndex, bool reviewed, const QString &note = {});
    bool setReviewed(const QList<int> &records, bool reviewed, const QString &note = {});
    // The records selected in the tree (several with Ctrl/Shift+click), in tree order.
    QList<int> selectedRecords() const;
    // Selects the next record (after the current one) that is not reviewed and has a warning or
    // error; false when there is none.
    bool selectNextToReview();
    // Writes the sign-off report of a kommune (SeedCheckProgressModel::AllKommuner: everything) as
    // PDF when the path ends in .pdf, else as CSV. On failure shows why and returns false.
    bool exportReport(int kommune, const QString &path);
    // Writes the register as a snapshot (the base, or with the pending changes applied) with the
    // writers of `dtr convert`: XML when the path ends in .xml, else a folder of three CSV files.
    bool saveSnapshot(const QString &path, bool withPendingChanges);
    // Opens the diff view (non-modal) between two snapshots, between the workspace's base and a
    // snapshot, or between the base and a fresh export of its municipalities from the register.
    // nullptr (with a message) when a side cannot be read or fetched.
    DiffDialog *compareSnapshots(const QString &olderPath, const QString &newerPath);
    DiffDialog *compareBaseWith(const QString &newerPath);
    DiffDialog *compareBaseWithRegister();
    // Creates the dagpleje groups of a setup as one undoable step; false (with a message) when
    // the setup or the change set refuses it.
    bool applyDagplejeSetup(const DagplejeSetup &setup);
    // Where the window sends to (the demo's stand-in while it runs), password included.
    bool serviceEndpoint(ServiceEndpoint *out, QString *error);
    // Replaces the bundled code tables by the service's own.
    bool fetchCodeTables();
    // The stand-in register the demo runs on this computer, if started.
    QUrl demoServiceUrl() const;
    // The demo's workspace is open without its stand-in: the register's first use offers to start it.
    bool demoRegisterOffered() const;
    // Accepts (or stops accepting) a warning for its record; kept in the workspace.
    bool acknowledge(const Finding &finding, bool acknowledge, const QString &note = {});
    // Selects a record (overlay index) in the tree, clearing filters that hide it.
    void selectRecord(int recordIndex);
    int selectedRecord() const;
    int selectedKommune() const;
    QAction *action(const QString &objectName) const;

    // Where the workspace of a snapshot lives: one file per source name and base data.
    static QString workspacePathFor(const QString &sourceName, const QString &fingerprint);
    // Asks a loader to prepare the stored base when the snapshot's workspace does not exist yet,
    // so a first open does not write the register out on the window's thread.
    static void prepareNewWorkspace(SnapshotLoader &loader);
    static constexpr int MaxRecentFiles = 8;

    // ---- the steward's actions (the menus call these) ----
    void chooseSnapshotFile();
    void chooseSnapshotFolder();
    void chooseWorkspace();
    // The chooser of snapshots to compare (file or CSV folder), open; accepting it compares.
    CompareChooser *chooseSnapshotsToCompare();
    CompareChooser *chooseSnapshotToCompareWithBase();
    void chooseSnapshotSaveTarget();
    void newDaginstitution();
    void newChild();
    void renameRecord();
    void closeRecord();
    void moveRecord();
    void revertRecord();
    void revertAll();
    void toggleReviewed();
    void markReviewedWithNote();
    void markFamilyReviewed();
    void exportChanges();
    void importChanges();
    void showFetchDialog();
    void showSubmitReview();
    void reconcile();
    void showAudit();
    void showSettings();
    void showAbout();
    void showDagplejeWizard();
    void chooseReportFile(int kommune, bool pdf);
    void updateRecentMenu(QMenu *menu);

signals:
    // A snapshot read in the background has been opened (true) or not (cancelled or refused).
    void snapshotLoaded(bool opened);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    // `fingerprint`: reg's ChangeFile::fingerprint when already worked out (else it is here).
    bool openRegister(std::shared_ptr<const Register> reg, const QString &source, const QString &title,
                      QString fingerprint = {}, StoredBase stored = {});
    bool openLoadedSnapshot(std::shared_ptr<const Register> reg, const QString &path, const QString &fingerprint,
                            StoredBase stored = {});
    void loadLargeSnapshot(const QString &path);
    void finishLoading();
    bool openFromLoader(SnapshotLoader &loader);
    void bindSession();
    void unbindSession();
    void showError(const QString &title, const QString &message);
    void showRefusal(const QString &message);
    void updateStatus();
    void updateActions();
    void addRecentFile(const QString &path);
    void onCurrentChanged(const QModelIndex &current);
    void recountSeedCheck();
    void restoreWindowState();
    DiffDialog *showDiff(const Register &older, const Register &newer, const QString &olderName,
                         const QString &newerName);

    const CodeTables &m_codes;
    Session *m_session;
    ServiceController *m_service;
    SubmissionController *m_submission;
    RegisterTreeModel *m_tree;
    RegisterFilterModel *m_filter;
    QTreeView *m_view;
    FilterBar *m_filterBar;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    QUndoGroup *m_undoGroup;
    QUndoView *m_undoView;
    ProblemsPanel *m_problems;
    // The seeded-record check ("gennemgang") per kommune, recounted when marks, records or findings change.
    SeedCheckProgressModel *m_seedCheckProgress;
    SeedCheckPanel *m_seedCheckPanel;
    StatusSummary *m_status;
    MainActions *m_actions;
    TreeState m_treeState; // the tree as it was when its workspace was last let go of
    QString m_lastError;
    QString m_title;
    // A snapshot being read in the background, and its progress dialog.
    qint64 m_largeSnapshotBytes = DefaultLargeSnapshotBytes;
    SnapshotLoader *m_loading = nullptr;
    QProgressDialog *m_loadingDialog = nullptr;
    bool m_closeConfirmed = false;
    bool m_demo = false;
    // The demo's data, from the program's resources; nullptr with the reason if unreadable.
    std::shared_ptr<const Register> demoRegister(QString *error);
};

} // namespace dtr
