#include "MainActions.h"

#include "MainWindow.h"
#include "changes/ChangeSet.h"
#include "changes/Editor.h"
#include "details/DetailsPanel.h"
#include "item/RegisterFilterModel.h"
#include "session/Session.h"
#include "tree/FilterBar.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>

namespace dtr {

namespace {

template <typename Context, typename Slot>
QAction *make(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key, Context *context,
              Slot slot)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    QObject::connect(a, &QAction::triggered, context, slot);
    return a;
}

} // namespace

MainActions::MainActions(MainWindow &window, QUndoGroup &undoGroup)
    : QObject(&window)
    , m_window(window)
{
    createFileMenu();
    createEditMenu(undoGroup);
    createViewMenu();
    createServiceMenu();
    QMenu *help = m_window.menuBar()->addMenu(tr("&Hjælp"));
    make(help, QStringLiteral("about"), tr("&Om DTR Studio"), QKeySequence(), &m_window, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
}

void MainActions::createFileMenu()
{
    MainWindow *w = &m_window;
    QMenu *file = w->menuBar()->addMenu(tr("&Filer"));
    make(file, QStringLiteral("openSnapshot"), tr("&Åbn udtræk…"), QKeySequence::Open, w,
         &MainWindow::chooseSnapshotFile)
        ->setStatusTip(tr("Åbn et XML-udtræk eller en CSV-fil fra et udtræk"));
    make(file, QStringLiteral("openFolder"), tr("Åbn &mappe med CSV-filer…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), w, &MainWindow::chooseSnapshotFolder);
    make(file, QStringLiteral("openWorkspace"), tr("Åbn arbejds&område…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O),
         w, &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("&Seneste"));
    make(file, QStringLiteral("openDemo"), tr("Åbn &demoregister"), QKeySequence(), w, [w] { w->openDemo(); });
    make(file, QStringLiteral("saveSnapshot"), tr("Gem &udtræk som…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
         w, &MainWindow::chooseSnapshotSaveTarget)
        ->setStatusTip(
            tr("Gem registeret (grundlaget eller med de ventende ændringer) som XML-udtræk eller CSV-mappe"));
    file->addSeparator();
    make(file, QStringLiteral("compareSnapshots"), tr("Sammenlign &to udtræk…"), QKeySequence(), w,
         &MainWindow::chooseSnapshotsToCompare);
    make(file, QStringLiteral("compareBaseWithFile"), tr("Sammenlign &grundlaget med et udtræk…"), QKeySequence(), w,
         &MainWindow::chooseSnapshotToCompareWithBase);
    file->addSeparator();
    make(file, QStringLiteral("exportChanges"), tr("&Eksportér ændringer…"), QKeySequence(Qt::CTRL | Qt::Key_E), w,
         &MainWindow::exportChanges);
    make(file, QStringLiteral("importChanges"), tr("&Importér ændringer…"), QKeySequence(Qt::CTRL | Qt::Key_I), w,
         &MainWindow::importChanges);
    file->addSeparator();
    make(file, QStringLiteral("quit"), tr("&Afslut"), QKeySequence::Quit, w, &QWidget::close)
        ->setMenuRole(QAction::QuitRole);
    w->updateRecentMenu(m_recentMenu);
}

void MainActions::createEditMenu(QUndoGroup &undoGroup)
{
    MainWindow *w = &m_window;
    QMenu *edit = w->menuBar()->addMenu(tr("&Rediger"));
    QToolBar *toolbar = w->addToolBar(tr("Redigering"));
    toolbar->setObjectName(QStringLiteral("editToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Undo and redo follow whichever workspace is open (its editor's stack is the group's active one).
    QAction *undo = undoGroup.createUndoAction(this, tr("&Fortryd"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoGroup.createRedoAction(this, tr("&Gentag"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newDag = make(edit, QStringLiteral("newDaginstitution"), tr("Ny &daginstitution"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), w, &MainWindow::newDaginstitution);
    QAction *newChild =
        make(edit, QStringLiteral("newChild"), tr("Ny &underpost"), QKeySequence::New, w, &MainWindow::newChild);
    newChild->setStatusTip(tr("Ny anvisningsenhed under en daginstitution, eller ny alternativ adresse under en "
                              "anvisningsenhed"));
    QAction *rename =
        make(edit, QStringLiteral("rename"), tr("&Omdøb"), QKeySequence(Qt::Key_F2), w, &MainWindow::renameRecord);
    QAction *move = make(edit, QStringLiteral("moveRecord"), tr("Fl&yt til…"), QKeySequence(Qt::CTRL | Qt::Key_M), w,
                         &MainWindow::moveRecord);
    QAction *close = make(edit, QStringLiteral("closeRecord"), tr("&Luk post"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                          w, &MainWindow::closeRecord);
    make(edit, QStringLiteral("dagplejeWizard"), tr("Opret dagpl&ejegrupper…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), w, &MainWindow::showDagplejeWizard)
        ->setStatusTip(tr("Opret kommunens dagplejegrupper som anvisningsenheder under en dagpleje-daginstitution"));
    edit->addSeparator();
    QAction *reviewed = make(edit, QStringLiteral("markReviewed"), tr("Markér som genne&mgået"),
                             QKeySequence(Qt::CTRL | Qt::Key_G), w, &MainWindow::toggleReviewed);
    reviewed->setStatusTip(tr("Markér eller afmarkér de valgte poster som gennemgået (gemmes i arbejdsområdet); "
                              "vælg flere med Ctrl- eller Skift-klik"));
    make(edit, QStringLiteral("markReviewedWithNote"), tr("Markér som gennemgået med no&te…"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), w, &MainWindow::markReviewedWithNote);
    QAction *family =
        make(edit, QStringLiteral("markFamilyReviewed"), tr("Mar&kér med underposter som gennemgået"),
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_G), w, &MainWindow::markFamilyReviewed);
    family->setStatusTip(tr("Markér de valgte poster og alle aktive poster under dem som gennemgået"));
    make(edit, QStringLiteral("nextToReview"), tr("&Næste at gennemgå"), QKeySequence(Qt::Key_F8), w,
         [w] { w->selectNextToReview(); });
    edit->addSeparator();
    QAction *revert = make(edit, QStringLiteral("revertRecord"), tr("Fortryd ændringer på &posten"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), w, &MainWindow::revertRecord);
    make(edit, QStringLiteral("revertAll"), tr("Fortryd alle ændringe&r…"), QKeySequence(), w, &MainWindow::revertAll);
    for (QAction *a : {undo, redo, newDag, newChild, move, close})
        toolbar->addAction(a);
    for (QAction *a : {newChild, rename, move, close, revert, reviewed, family})
        w->treeView()->addAction(a);
}

void MainActions::createViewMenu()
{
    MainWindow *w = &m_window;
    FilterBar *bar = w->filterBar();
    QMenu *view = w->menuBar()->addMenu(tr("&Vis"));
    view->setObjectName(QStringLiteral("viewMenu"));
    make(view, QStringLiteral("search"), tr("&Søg…"), QKeySequence::Find, bar, &FilterBar::focusSearch);
    make(view, QStringLiteral("resetFilters"), tr("&Nulstil filtre"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         bar, &FilterBar::resetFilters);
    QAction *changedOnly =
        make(view, QStringLiteral("changedOnly"), tr("Kun ænd&rede"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
             bar, [bar](bool on) { bar->changedOnlyBox()->setChecked(on); });
    changedOnly->setCheckable(true);
    connect(bar, &FilterBar::filtersChanged, changedOnly,
            [w, changedOnly] { changedOnly->setChecked(w->filterModel()->changedOnly()); });
    QAction *unreviewed = make(view, QStringLiteral("unreviewedOnly"), tr("Kun ikke &gennemgåede"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), bar,
                               [bar](bool on) { bar->unreviewedOnlyBox()->setChecked(on); });
    unreviewed->setCheckable(true);
    connect(bar, &FilterBar::filtersChanged, unreviewed,
            [w, unreviewed] { unreviewed->setChecked(w->filterModel()->unreviewedOnly()); });
    view->addSeparator();
    make(view, QStringLiteral("expandAll"), tr("&Udfold alle"), QKeySequence(Qt::CTRL | Qt::Key_Plus), w->treeView(),
         &QTreeView::expandAll);
    make(view, QStringLiteral("collapseAll"), tr("&Fold alle sammen"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
         w->treeView(), &QTreeView::collapseAll);
    make(view, QStringLiteral("focusTree"), tr("Gå til &træet"), QKeySequence(Qt::CTRL | Qt::Key_1), w,
         [w] { w->treeView()->setFocus(Qt::ShortcutFocusReason); });
    make(view, QStringLiteral("focusDetails"), tr("Gå til &detaljer"), QKeySequence(Qt::CTRL | Qt::Key_2), w,
         [w] { w->detailsPanel()->focusFirstField(); });
    // Ctrl+3 and Ctrl+4 go to their panel (show it, bring it to the front, focus it) as Ctrl+1 and
    // Ctrl+2 do; showing and hiding the docks is in a submenu of its own.
    const auto goTo = [w](const char *dockName) {
        return [w, dockName] {
            auto *dock = w->findChild<QDockWidget *>(QLatin1String(dockName));
            dock->show();
            dock->raise();
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
        };
    };
    make(view, QStringLiteral("focusProblems"), tr("Gå til &problemer"), QKeySequence(Qt::CTRL | Qt::Key_3), w,
         goTo("problemsDock"));
    make(view, QStringLiteral("focusReviewProgress"), tr("Gå til gennemgang pr. &kommune"),
         QKeySequence(Qt::CTRL | Qt::Key_4), w, goTo("reviewProgressDock"));
    QMenu *panels = view->addMenu(tr("Vis/skjul pan&eler"));
    QAction *history = w->findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"))->toggleViewAction();
    history->setText(tr("Fortrydelses&historik"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    panels->addAction(history);
    QAction *problems = w->findChild<QDockWidget *>(QStringLiteral("problemsDock"))->toggleViewAction();
    problems->setText(tr("&Problemer"));
    panels->addAction(problems);
    QAction *progress = w->findChild<QDockWidget *>(QStringLiteral("reviewProgressDock"))->toggleViewAction();
    progress->setText(tr("Gennemgang pr. &kommune"));
    panels->addAction(progress);
}

void MainActions::createServiceMenu()
{
    MainWindow *w = &m_window;
    QMenu *service = w->menuBar()->addMenu(tr("Re&gister"));
    make(service, QStringLiteral("fetchFromRegister"), tr("&Hent fra registeret…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), w, &MainWindow::showFetchDialog);
    make(service, QStringLiteral("fetchCodeTables"), tr("Hent &kodetabeller"), QKeySequence(), w,
         [w] { w->fetchCodeTables(); });
    make(service, QStringLiteral("compareWithRegister"), tr("&Sammenlign grundlaget med registeret…"), QKeySequence(),
         w, [w] { w->compareBaseWithRegister(); });
    make(service, QStringLiteral("review"), tr("&Gennemse og indsend…"), QKeySequence(Qt::CTRL | Qt::Key_Return), w,
         &MainWindow::showSubmitReview);
    make(service, QStringLiteral("reconcile"), tr("&Afstem med registeret"), QKeySequence(), w, &MainWindow::reconcile)
        ->setStatusTip(tr("Læs tilbage, hvad registeret gjorde med skrivninger, hvis udfald er uvist"));
    make(service, QStringLiteral("audit"), tr("&Revisionsspor…"), QKeySequence(), w, &MainWindow::showAudit);
    service->addSeparator();
    // Ctrl+, everywhere: QKeySequence::Preferences is empty on most Linux desktops.
    make(service, QStringLiteral("settings"), tr("&Indstillinger…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), w,
         &MainWindow::showSettings)
        ->setMenuRole(QAction::PreferencesRole);
}

void MainActions::update(const Session &session, int i)
{
    const Editor *editor = session.editor();
    const bool has = editor != nullptr && !session.isBusy();
    const ChangeSet *changes = session.changeSet();
    const Overlay *overlay = changes ? changes->overlay() : nullptr;
    const bool record = has && i >= 0 && overlay->isLive(i);
    const bool active = record && overlay->record(i).isActive();
    const Level level = record ? overlay->record(i).level() : Level::Daginstitution;
    const auto set = [this](const char *name, bool enabled) {
        m_window.action(QLatin1String(name))->setEnabled(enabled);
    };
    set("newDaginstitution", has && m_window.selectedKommune() > 0);
    set("newChild", active && level != Level::AlternativAdresse);
    m_window.action(QStringLiteral("newChild"))
        ->setText(level == Level::Anvisningsenhed && active ? tr("Ny &alternativ adresse") : tr("Ny &anvisningsenhed"));
    set("rename", active);
    set("moveRecord", active && level != Level::Daginstitution);
    set("closeRecord", active);
    set("markReviewed", record);
    set("markReviewedWithNote", record);
    set("markFamilyReviewed", record);
    set("revertRecord", record && changes->changeOf(i));
    set("revertAll", has && changes->hasPendingChanges());
    set("exportChanges", has && changes->hasPendingChanges());
    set("importChanges", has);
    set("saveSnapshot", has);
    set("dagplejeWizard", has);
    set("review", has);
    set("reconcile", has && !session.unknownOutcomes().isEmpty());
    set("audit", session.isOpen());
}

} // namespace dtr
