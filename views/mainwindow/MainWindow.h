#pragma once

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QUrl>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTreeView;
class QUndoView;

namespace dtr {

class CodeTables;
class DetailsPanel;
class DiffDialog;
class Editor;
class FilterBar;
class ProblemsPanel;
class FetchDialog;
class StandInRegister;
class StandInServer;
struct ServiceEndpoint;
class Validator;
struct DagplejeSetup;
struct Finding;
struct OperationResult;
class Register;
class RegisterFilterModel;
class RegisterTreeModel;
class ReviewProgressModel;
class ReviewProgressPanel;
class Workspace;

// The main window: the register with its pending changes as a tree with search and filters,
// the editable details of the selected record, the undo history, counts in the status bar.
// Every snapshot opened gets a workspace file, so every edit is kept from the moment it shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a snapshot (CSV folder/file or XML) in its workspace (continuing pending changes
    // made on the same data). On failure shows the message in a dialog, keeps what was open
    // and returns false.
    bool openSnapshot(const QString &path);
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
    Editor *editor() const { return m_editor.get(); }
    Validator *validator() const { return m_validator.get(); }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QString validationText() const;
    // Fetches a kommune from the register (or the demo's stand-in) into a new workspace.
    bool fetchKommune(int kommuneKode, FetchDialog *dialog = nullptr);
    // Submits the pending changes (all but `excluded`) to the register or the demo's stand-in;
    // after a real submission the workspace's base holds what was accepted. Returns the results.
    QList<OperationResult> submit(const QSet<QString> &excluded, const QString &reason, bool dryRun,
                                  const QHash<QString, bool> &resolutions = {});
    // Marks the selected record as reviewed ("gennemgået") or not; kept in the workspace.
    bool setReviewed(int recordIndex, bool reviewed, const QString &note = {});
    // Selects the next record (after the current one) that is not reviewed and has a warning or
    // error; false when there is none.
    bool selectNextToReview();
    QString reviewText() const;
    ReviewProgressModel *reviewProgress() const { return m_progress; }
    ReviewProgressPanel *reviewProgressPanel() const { return m_progressPanel; }
    // Writes the sign-off report of a kommune (ReviewProgressModel::AllKommuner: everything) as
    // PDF when the path ends in .pdf, else as CSV. On failure shows why and returns false.
    bool exportReport(int kommune, const QString &path);
    // Opens the diff view (non-modal) between two snapshot files, between the workspace's base
    // and a snapshot file, or between the base and a fresh export of its municipalities from the
    // register. nullptr (with a message) when a side cannot be read or fetched.
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
    // Accepts (or stops accepting) a warning for its record; kept in the workspace.
    bool acknowledge(const Finding &finding, bool acknowledge, const QString &note = {});
    Workspace *workspace() const { return m_workspace.get(); }
    QString statusText() const;
    QString changesText() const;
    // Selects a record (overlay index) in the tree, clearing filters that hide it.
    void selectRecord(int recordIndex);
    int selectedRecord() const;
    QAction *action(const QString &objectName) const;

    // Where the workspace of a snapshot lives: one file per source name and base data.
    static QString workspacePathFor(const QString &sourceName, const QString &fingerprint);
    static constexpr int MaxRecentFiles = 8;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    bool openRegister(std::shared_ptr<const Register> reg, const QString &source, const QString &title);
    void setWorkspace(std::unique_ptr<Workspace> workspace, const QString &title);
    void showError(const QString &title, const QString &message);
    void showRefusal(const QString &message);
    void updateStatus();
    void updateActions();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void onCurrentChanged(const QModelIndex &current);
    void chooseSnapshotFile();
    void chooseSnapshotFolder();
    void chooseWorkspace();
    void newDaginstitution();
    void newChild();
    void closeRecord();
    void moveRecord();
    void revertRecord();
    void revertAll();
    void exportChanges();
    void importChanges();
    void showAbout();
    void showSettings();
    void showReview();
    void chooseReportFile(int kommune, bool pdf);
    DiffDialog *showDiff(const Register &older, const Register &newer, const QString &olderName,
                         const QString &newerName);
    std::shared_ptr<Register> fetchFromRegister(int kommuneKode, FetchDialog *dialog, ServiceEndpoint *endpoint);
    void showDagplejeWizard();
    void showAudit();
    void detachWorkspace();
    void refreshReviewMarks();
    void recountReviews();
    void showFetchDialog();
    void startDemoRegister(std::shared_ptr<const Register> data);
    void restoreState();
    int selectedKommune() const;

    const CodeTables &m_codes;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<Validator> m_validator;
    std::unique_ptr<StandInRegister> m_demoRegister;
    std::unique_ptr<StandInServer> m_demoServer;
    QString m_demoPassword;
    RegisterTreeModel *m_tree;
    RegisterFilterModel *m_filter;
    QTreeView *m_view;
    FilterBar *m_filterBar;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    QUndoView *m_undoView;
    ProblemsPanel *m_problems;
    QLabel *m_validationLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QLabel *m_countsLabel;
    QLabel *m_changesLabel;
    QLabel *m_filterLabel;
    QLabel *m_reviewLabel;
    // Review progress per kommune, recounted when marks, records or findings change.
    ReviewProgressModel *m_progress;
    ReviewProgressPanel *m_progressPanel;
    QString m_lastError;
    QString m_title;
    bool m_closeNoticeShown = false;
};

} // namespace dtr
