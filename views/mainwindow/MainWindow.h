#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QTreeView;

namespace dtr {

class CodeTables;
class DetailsPanel;
class FilterBar;
class Register;
class RegisterFilterModel;
class RegisterTreeModel;

// The main window: the register as a tree with search and filters, the details of the
// selected record, counts in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a snapshot (CSV folder/file or XML). On failure shows the reader's message in a
    // dialog, keeps the current register and returns false.
    bool openSnapshot(const QString &path);
    bool openDemo();
    QString lastError() const { return m_lastError; }

    RegisterTreeModel *treeModel() const { return m_tree; }
    RegisterFilterModel *filterModel() const { return m_filter; }
    QTreeView *treeView() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailsPanel *detailsPanel() const { return m_details; }
    QString statusText() const;

    static constexpr int MaxRecentFiles = 8;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showRegister(std::shared_ptr<const Register> reg, const QString &title);
    void showError(const QString &title, const QString &message);
    void updateStatus();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void onCurrentChanged(const QModelIndex &current);
    void chooseSnapshotFile();
    void chooseSnapshotFolder();
    void showAbout();
    void restoreState();

    const CodeTables &m_codes;
    std::shared_ptr<const Register> m_register;
    RegisterTreeModel *m_tree;
    RegisterFilterModel *m_filter;
    QTreeView *m_view;
    FilterBar *m_filterBar;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_countsLabel;
    QLabel *m_filterLabel;
    QString m_lastError;
    QString m_source;
};

} // namespace dtr
