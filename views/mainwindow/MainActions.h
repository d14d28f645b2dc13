#pragma once

#include <QObject>

class QMenu;
class QUndoGroup;

namespace dtr {

class MainWindow;
class Session;

// The main window's menus, toolbar and shortcuts, and which actions are possible now. Every
// action has an object name (MainWindow::action finds it), a mnemonic or a shortcut, and calls
// one of the window's action methods; undo and redo follow the session's undo stack.
class MainActions : public QObject
{
    Q_OBJECT

public:
    MainActions(MainWindow &window, QUndoGroup &undoGroup);
    // Enables what the session and the selection allow.
    void update(const Session &session, int selectedRecord);
    QMenu *recentMenu() const { return m_recentMenu; }

private:
    void createFileMenu();
    void createEditMenu(QUndoGroup &undoGroup);
    void createViewMenu();
    void createServiceMenu();

    MainWindow &m_window;
    QMenu *m_recentMenu = nullptr;
};

} // namespace dtr
