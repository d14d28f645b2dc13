#include "MainWindow.h"

#include "changes/ChangeFile.h"
#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "compare/DiffDialog.h"
#include "details/DetailsPanel.h"
#include "edit/DagplejeWizard.h"
#include "edit/MoveDialog.h"
#include "geo/Geography.h"
#include "io/Snapshot.h"
#include "io/XmlSnapshot.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "item/ReviewProgressModel.h"
#include "problems/ProblemsPanel.h"
#include "register/Register.h"
#include "report/SignOffReport.h"
#include "review/ReviewDialog.h"
#include "review/ReviewProgressPanel.h"
#include "service/FetchDialog.h"
#include "service/RegisterClient.h"
#include "service/ServiceSettings.h"
#include "service/SettingsDialog.h"
#include "service/StandInRegister.h"
#include "service/StandInServer.h"
#include "submit/Submission.h"
#include "tree/FilterBar.h"
#include "validation/RuleProfile.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QHostAddress>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoView>
#include <QUuid>
#include <QVBoxLayout>

namespace dtr {

namespace {
const auto RecentKey = QStringLiteral("recentFiles");
const auto LastWorkspaceKey = QStringLiteral("lastWorkspace");
const auto DemoResource = QStringLiteral(":/demo/demo-register.xml");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_codes(CodeTables::current())
    , m_tree(new RegisterTreeModel(m_codes, this))
    , m_filter(new RegisterFilterModel(this))
    , m_view(new QTreeView)
    , m_filterBar(new FilterBar(m_filter, m_codes))
    , m_details(new DetailsPanel(m_codes))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_undoView(new QUndoView)
    , m_problems(new ProblemsPanel)
    , m_validationLabel(new QLabel)
    , m_countsLabel(new QLabel)
    , m_changesLabel(new QLabel)
    , m_filterLabel(new QLabel)
    , m_reviewLabel(new QLabel)
    , m_progress(new ReviewProgressModel(this))
    , m_progressPanel(new ReviewProgressPanel(m_progress, this))
{
    setWindowTitle(tr("DTR Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dtr-studio.png")));
    setAcceptDrops(true);

    m_filter->setSourceModel(m_tree);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setAccessibleName(tr("Registertræ"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->resizeSection(RegisterTreeModel::NameColumn, 320);
    m_view->header()->resizeSection(RegisterTreeModel::NumberColumn, 90);
    m_view->header()->resizeSection(RegisterTreeModel::TypeColumn, 210);
    m_view->header()->resizeSection(RegisterTreeModel::AddressColumn, 260);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_view, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    auto *undoDock = new QDockWidget(tr("Fortrydelseshistorik"), this);
    undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_undoView->setEmptyLabel(tr("<udtræk åbnet>"));
    m_undoView->setAccessibleName(tr("Fortrydelseshistorik"));
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    undoDock->hide();

    auto *problemsDock = new QDockWidget(tr("Problemer"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_problems, &ProblemsPanel::recordActivated, this, [this](int record, int field) {
        selectRecord(record);
        if (field >= 0)
            m_details->focusField(Field(field));
    });
    connect(m_problems, &ProblemsPanel::acknowledgeRequested, this, [this](const Finding &finding, bool on) {
        QString note;
        if (on) {
            bool ok = false;
            note = QInputDialog::getText(this, tr("Kvittér for advarsel"),
                                         tr("Hvorfor er det i orden? (valgfrit, gemmes i arbejdsområdet)"),
                                         QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
        }
        acknowledge(finding, on, note);
    });

    auto *progressDock = new QDockWidget(tr("Gennemgang"), this);
    progressDock->setObjectName(QStringLiteral("reviewProgressDock"));
    progressDock->setWidget(m_progressPanel);
    addDockWidget(Qt::BottomDockWidgetArea, progressDock);
    tabifyDockWidget(problemsDock, progressDock);
    problemsDock->raise();
    connect(m_progressPanel, &ReviewProgressPanel::kommuneActivated, this, [this](int kommune) {
        QComboBox *combo = m_filterBar->kommuneCombo();
        combo->setCurrentIndex(kommune == ReviewProgressModel::AllKommuner ? 0 : std::max(0, combo->findData(kommune)));
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_progressPanel, &ReviewProgressPanel::reportRequested, this, &MainWindow::chooseReportFile);

    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_reviewLabel);
    statusBar()->addPermanentWidget(m_validationLabel);
    statusBar()->addPermanentWidget(m_changesLabel);
    statusBar()->addPermanentWidget(m_filterLabel);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        onCurrentChanged(current);
        updateActions();
    });
    connect(m_filterBar, &FilterBar::filtersChanged, this, [this] {
        updateStatus();
        if (m_filter->isFiltering() && !m_filterBar->searchEdit()->text().isEmpty())
            m_view->expandAll();
    });

    createActions();
    restoreState();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views let go of the change set before the workspace that owns it goes.
    m_tree->setChangeSet(nullptr);
    m_details->setEditor(nullptr);
    m_details->setValidator(nullptr);
    m_problems->setValidator(nullptr, nullptr);
    m_undoView->setStack(nullptr);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    const auto make = [this](QMenu *menu, const QString &name, const QString &text, const QKeySequence &key,
                             auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&Filer"));
    make(file, QStringLiteral("openSnapshot"), tr("&Åbn udtræk…"), QKeySequence::Open, &MainWindow::chooseSnapshotFile)
        ->setStatusTip(tr("Åbn et XML-udtræk eller en CSV-fil fra et udtræk"));
    make(file, QStringLiteral("openFolder"), tr("Åbn &mappe med CSV-filer…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &MainWindow::chooseSnapshotFolder);
    make(file, QStringLiteral("openWorkspace"), tr("Åbn arbejds&område…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O),
         &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("&Seneste"));
    make(file, QStringLiteral("openDemo"), tr("Åbn &demoregister"), QKeySequence(), &MainWindow::openDemo);
    file->addSeparator();
    make(file, QStringLiteral("compareSnapshots"), tr("Sammenlign &to udtræk…"), QKeySequence(), [this] {
        const QString filter = tr("Udtræk (*.xml *.csv)");
        const QString older = QFileDialog::getOpenFileName(this, tr("Vælg det ældste udtræk"), QString(), filter);
        if (older.isEmpty())
            return;
        const QString newer = QFileDialog::getOpenFileName(this, tr("Vælg det nyeste udtræk"), QString(), filter);
        if (!newer.isEmpty())
            compareSnapshots(older, newer);
    });
    make(file, QStringLiteral("compareBaseWithFile"), tr("Sammenlign &grundlaget med et udtræk…"), QKeySequence(),
         [this] {
             const QString newer =
                 QFileDialog::getOpenFileName(this, tr("Vælg udtrækket"), QString(), tr("Udtræk (*.xml *.csv)"));
             if (!newer.isEmpty())
                 compareBaseWith(newer);
         });
    file->addSeparator();
    make(file, QStringLiteral("exportChanges"), tr("&Eksportér ændringer…"), QKeySequence(Qt::CTRL | Qt::Key_E),
         &MainWindow::exportChanges);
    make(file, QStringLiteral("importChanges"), tr("&Importér ændringer…"), QKeySequence(Qt::CTRL | Qt::Key_I),
         &MainWindow::importChanges);
    file->addSeparator();
    QAction *quit = make(file, QStringLiteral("quit"), tr("&Afslut"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Rediger"));
    QToolBar *toolbar = addToolBar(tr("Redigering"));
    toolbar->setObjectName(QStringLiteral("editToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *undo = m_editMenu->addAction(tr("&Fortryd"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editMenu->addAction(tr("&Gentag"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo, &QAction::triggered, this, [this] {
        if (m_editor)
            m_editor->undoStack()->undo();
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (m_editor)
            m_editor->undoStack()->redo();
    });
    m_editMenu->addSeparator();
    QAction *newDag = make(m_editMenu, QStringLiteral("newDaginstitution"), tr("Ny &daginstitution"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newDaginstitution);
    QAction *newChild =
        make(m_editMenu, QStringLiteral("newChild"), tr("Ny &underpost"), QKeySequence::New, &MainWindow::newChild);
    newChild->setStatusTip(tr("Ny anvisningsenhed under en daginstitution, eller ny alternativ adresse under en "
                              "anvisningsenhed"));
    QAction *rename = make(m_editMenu, QStringLiteral("rename"), tr("&Omdøb"), QKeySequence(Qt::Key_F2), [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(RegisterTreeModel::NameColumn));
    });
    QAction *move = make(m_editMenu, QStringLiteral("moveRecord"), tr("Fl&yt til…"), QKeySequence(Qt::CTRL | Qt::Key_M),
                         &MainWindow::moveRecord);
    QAction *close = make(m_editMenu, QStringLiteral("closeRecord"), tr("&Luk post"),
                          QKeySequence(Qt::CTRL | Qt::Key_Delete), &MainWindow::closeRecord);
    make(m_editMenu, QStringLiteral("dagplejeWizard"), tr("Opret dagpl&ejegrupper…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &MainWindow::showDagplejeWizard)
        ->setStatusTip(tr("Opret kommunens dagplejegrupper som anvisningsenheder under en dagpleje-daginstitution"));
    m_editMenu->addSeparator();
    QAction *reviewed = make(m_editMenu, QStringLiteral("markReviewed"), tr("Markér som genne&mgået"),
                             QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
                                 const int i = selectedRecord();
                                 if (i >= 0)
                                     setReviewed(i, !m_tree->isReviewed(i));
                             });
    reviewed->setStatusTip(tr("Markér eller afmarkér den valgte post som gennemgået (gemmes i arbejdsområdet)"));
    make(m_editMenu, QStringLiteral("markReviewedWithNote"), tr("Markér som gennemgået med no&te…"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), [this] {
             const int i = selectedRecord();
             if (i < 0)
                 return;
             bool ok = false;
             const QString note =
                 QInputDialog::getText(this, tr("Markér som gennemgået"), tr("Note (gemmes i arbejdsområdet):"),
                                       QLineEdit::Normal, QString(), &ok);
             if (ok)
                 setReviewed(i, true, note);
         });
    make(m_editMenu, QStringLiteral("nextToReview"), tr("&Næste at gennemgå"), QKeySequence(Qt::Key_F8),
         [this] { selectNextToReview(); });
    m_view->addAction(reviewed);
    m_editMenu->addSeparator();
    QAction *revert = make(m_editMenu, QStringLiteral("revertRecord"), tr("Fortryd ændringer på &posten"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::revertRecord);
    make(m_editMenu, QStringLiteral("revertAll"), tr("Fortryd alle ændringe&r…"), QKeySequence(),
         &MainWindow::revertAll);
    for (QAction *a : {undo, redo, newDag, newChild, move, close})
        toolbar->addAction(a);
    for (QAction *a : {newChild, rename, move, close, revert})
        m_view->addAction(a);

    QMenu *view = menuBar()->addMenu(tr("&Vis"));
    make(view, QStringLiteral("search"), tr("&Søg…"), QKeySequence::Find, [this] { m_filterBar->focusSearch(); });
    make(view, QStringLiteral("resetFilters"), tr("&Nulstil filtre"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         [this] { m_filterBar->resetFilters(); });
    QAction *changedOnly =
        make(view, QStringLiteral("changedOnly"), tr("Kun ænd&rede"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
             [this](bool on) { m_filterBar->changedOnlyBox()->setChecked(on); });
    changedOnly->setCheckable(true);
    connect(m_filterBar, &FilterBar::filtersChanged, changedOnly,
            [this, changedOnly] { changedOnly->setChecked(m_filter->changedOnly()); });
    QAction *unreviewed = make(view, QStringLiteral("unreviewedOnly"), tr("Kun ikke &gennemgåede"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [this](bool on) {
                                   m_filter->setUnreviewedOnly(on);
                                   updateStatus();
                               });
    unreviewed->setCheckable(true);
    view->addSeparator();
    make(view, QStringLiteral("expandAll"), tr("&Udfold alle"), QKeySequence(Qt::CTRL | Qt::Key_Plus),
         [this] { m_view->expandAll(); });
    make(view, QStringLiteral("collapseAll"), tr("&Fold alle sammen"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
         [this] { m_view->collapseAll(); });
    make(view, QStringLiteral("focusTree"), tr("Gå til &træet"), QKeySequence(Qt::CTRL | Qt::Key_1),
         [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    make(view, QStringLiteral("focusDetails"), tr("Gå til &detaljer"), QKeySequence(Qt::CTRL | Qt::Key_2),
         [this] { m_details->focusFirstField(); });
    QAction *history = findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"))->toggleViewAction();
    history->setText(tr("Fortrydelses&historik"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(history);
    QAction *problems = findChild<QDockWidget *>(QStringLiteral("problemsDock"))->toggleViewAction();
    problems->setText(tr("&Problemer"));
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addAction(problems);
    QAction *progress = findChild<QDockWidget *>(QStringLiteral("reviewProgressDock"))->toggleViewAction();
    progress->setText(tr("Gennemgang pr. &kommune"));
    progress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(progress, &QAction::triggered, this, [this](bool on) {
        if (on)
            findChild<QDockWidget *>(QStringLiteral("reviewProgressDock"))->raise();
    });
    view->addAction(progress);

    QMenu *service = menuBar()->addMenu(tr("Re&gister"));
    make(service, QStringLiteral("fetchFromRegister"), tr("&Hent fra registeret…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &MainWindow::showFetchDialog);
    make(service, QStringLiteral("fetchCodeTables"), tr("Hent &kodetabeller"), QKeySequence(),
         [this] { fetchCodeTables(); });
    make(service, QStringLiteral("compareWithRegister"), tr("&Sammenlign grundlaget med registeret…"), QKeySequence(),
         [this] { compareBaseWithRegister(); });
    make(service, QStringLiteral("review"), tr("&Gennemse og indsend…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
         &MainWindow::showReview);
    make(service, QStringLiteral("audit"), tr("&Revisionsspor…"), QKeySequence(), &MainWindow::showAudit);
    service->addSeparator();
    QAction *settings = make(service, QStringLiteral("settings"), tr("&Indstillinger…"), QKeySequence::Preferences,
                             &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Hjælp"));
    QAction *about = make(help, QStringLiteral("about"), tr("&Om DTR Studio"), QKeySequence(), &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray());
    m_view->header()->restoreState(settings.value(QStringLiteral("mainwindow/treeHeader")).toByteArray());
    if (!settings.contains(QStringLiteral("mainwindow/geometry")))
        resize(1280, 800);
    if (!settings.contains(QStringLiteral("mainwindow/splitter")))
        m_splitter->setSizes({780, 500});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editor && m_editor->changeSet()->hasPendingChanges() && !m_closeNoticeShown) {
        // Nothing is lost on closing; say where the changes are kept, then close.
        m_closeNoticeShown = true;
        event->ignore();
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Dine ændringer er gemt"),
            tr("Du har %1 ventende ændringer. De er gemt i arbejdsområdet\n\n%2\n\nog er der igen, når du åbner det "
               "samme udtræk eller vælger Filer → Åbn arbejdsområde.")
                .arg(m_editor->changeSet()->counts().total())
                .arg(QDir::toNativeSeparators(m_workspace->path())),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("closeNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, &QWidget::close);
        box->open();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    settings.setValue(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainwindow/treeHeader"), m_view->header()->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    if (path.endsWith(QLatin1Char('.') + Workspace::Suffix))
        openWorkspace(path);
    else
        openSnapshot(path);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    // Window-modal and non-blocking, so scripted use and tests are never stuck on it.
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("openErrorDialog"));
    box->open();
}

void MainWindow::showRefusal(const QString &message)
{
    m_lastError = message;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Ændringen kan ikke laves"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("refusalDialog"));
    box->open();
}

QString MainWindow::workspacePathFor(const QString &sourceName, const QString &fingerprint)
{
    QString name = sourceName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9æøåÆØÅ._-]+")), QStringLiteral("_"));
    const QString folder = SettingsDialog::workspaceFolder();
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + name + QLatin1Char('-') + fingerprint.left(12) + QLatin1Char('.') +
           Workspace::Suffix;
}

bool MainWindow::openRegister(std::shared_ptr<const Register> reg, const QString &source, const QString &title)
{
    const QString path = workspacePathFor(title, ChangeFile::fingerprint(*reg));
    QString error;
    std::unique_ptr<Workspace> ws = QFileInfo::exists(path) ? Workspace::open(path, &error)
                                                            : Workspace::create(path, std::move(reg), source, &error);
    if (!ws) {
        showError(tr("Arbejdsområdet kan ikke åbnes"), error);
        return false;
    }
    setWorkspace(std::move(ws), title);
    return true;
}

bool MainWindow::openSnapshot(const QString &path)
{
    auto reg = std::make_shared<Register>();
    ReadError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Snapshot::read(path, reg.get(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Udtrækket kan ikke åbnes"),
                  tr("%1 kunne ikke åbnes.\n\n%2").arg(QDir::toNativeSeparators(path), error.toString()));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!openRegister(std::move(reg), absolute, QFileInfo(path).fileName()))
        return false;
    addRecentFile(absolute);
    return true;
}

bool MainWindow::openDemo()
{
    QFile file(DemoResource);
    auto reg = std::make_shared<Register>();
    ReadError error;
    if (!file.open(QIODevice::ReadOnly) ||
        !XmlSnapshot::readBytes(file.readAll(), tr("demoregister"), reg.get(), &error)) {
        showError(tr("Demoregisteret kan ikke åbnes"), error.toString());
        return false;
    }
    std::shared_ptr<const Register> data = std::move(reg);
    if (!openRegister(data, tr("indbygget demoregister"), tr("Demoregister")))
        return false;
    startDemoRegister(data);
    return true;
}

void MainWindow::startDemoRegister(std::shared_ptr<const Register> data)
{
    if (m_demoServer)
        return;
    // A stand-in register on this computer, so the whole flow can be tried without set-up.
    m_demoPassword = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_demoRegister = std::make_unique<StandInRegister>(std::move(data));
    m_demoServer = std::make_unique<StandInServer>(m_demoRegister.get(), QStringLiteral("demo"), m_demoPassword);
    QString error;
    if (!m_demoServer->listen(QHostAddress::LocalHost, 0, &error)) {
        m_demoServer.reset();
        m_demoRegister.reset();
        statusBar()->showMessage(tr("Demoregisterets stand-in kunne ikke starte: %1").arg(error), 8000);
        return;
    }
    statusBar()->showMessage(
        tr("Et demoregister kører på %1 – prøv Register → Hent fra registeret.").arg(m_demoServer->url().toString()),
        10000);
}

QUrl MainWindow::demoServiceUrl() const
{
    return m_demoServer ? m_demoServer->url() : QUrl();
}

bool MainWindow::serviceEndpoint(ServiceEndpoint *out, QString *error)
{
    if (m_demoServer) {
        out->base = m_demoServer->url();
        out->user = QStringLiteral("demo");
        out->password = m_demoPassword;
        return true;
    }
    const ServiceSettings settings = ServiceSettings::load();
    if (!settings.endpoint(out, error))
        return false;
    QString password;
    bool found = false;
    QEventLoop loop;
    PasswordStore::read(settings.passwordKey(), [&](const QString &p, bool ok) {
        password = p;
        found = ok;
        loop.quit();
    });
    loop.exec();
    if (!found || password.isEmpty()) {
        bool ok = false;
        password =
            QInputDialog::getText(this, tr("Adgangskode"),
                                  tr("Adgangskode for %1 hos registeret (%2):")
                                      .arg(settings.user, ServiceSettings::environmentLabel(settings.environment)),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok || password.isEmpty()) {
            *error = tr("Der blev ikke angivet nogen adgangskode.");
            return false;
        }
        PasswordStore::write(settings.passwordKey(), password, [this](const QString &note) {
            if (!note.isEmpty())
                statusBar()->showMessage(note, 10000);
        });
    }
    out->password = password;
    return true;
}

std::shared_ptr<Register> MainWindow::fetchFromRegister(int kommuneKode, FetchDialog *dialog, ServiceEndpoint *endpoint)
{
    QString error;
    const auto fail = [&] {
        m_lastError = error;
        if (dialog)
            dialog->setMessage(error);
        else
            showError(tr("Der kan ikke hentes fra registeret"), error);
        return nullptr;
    };
    if (!serviceEndpoint(endpoint, &error))
        return fail();
    RegisterClient client(*endpoint);
    ServiceCall *call =
        client.query(ServiceNames::Method::GetDagtilbudByAdmKommuneNummer, QString::number(kommuneKode));
    if (dialog) {
        dialog->setBusy(true);
        connect(call, &ServiceCall::progress, dialog, &FetchDialog::setReceived);
        connect(dialog, &FetchDialog::cancelRequested, call, &ServiceCall::abort);
    }
    call->wait();
    if (dialog)
        dialog->setBusy(false);
    auto reg = std::make_shared<Register>();
    if (!RegisterClient::readRegister(*call, reg.get(), &error))
        return fail();
    return reg;
}

bool MainWindow::fetchKommune(int kommuneKode, FetchDialog *dialog)
{
    ServiceEndpoint endpoint;
    std::shared_ptr<Register> reg = fetchFromRegister(kommuneKode, dialog, &endpoint);
    if (!reg)
        return false;
    const QString name = m_codes.kommuneName(kommuneKode);
    const QString source = tr("%1 fra %2, hentet %3")
                               .arg(name, endpoint.base.toDisplayString(QUrl::RemoveUserInfo),
                                    QDateTime::currentDateTime().toString(Qt::ISODate));
    reg->setExtractedAt(reg->extractedAt().isEmpty() ? QDateTime::currentDateTime().toString(Qt::ISODate)
                                                     : reg->extractedAt());
    return openRegister(std::move(reg), source, tr("%1 fra registeret").arg(name));
}

DiffDialog *MainWindow::showDiff(const Register &older, const Register &newer, const QString &olderName,
                                 const QString &newerName)
{
    auto *dialog = new DiffDialog(older, newer, olderName, newerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("diffDialog"));
    dialog->show();
    return dialog;
}

DiffDialog *MainWindow::compareSnapshots(const QString &olderPath, const QString &newerPath)
{
    Register older;
    Register newer;
    ReadError error;
    for (auto [path, reg] : {std::pair{olderPath, &older}, std::pair{newerPath, &newer}})
        if (!Snapshot::read(path, reg, &error)) {
            showError(tr("Udtrækket kan ikke læses"), error.toString());
            return nullptr;
        }
    return showDiff(older, newer, QFileInfo(olderPath).fileName(), QFileInfo(newerPath).fileName());
}

DiffDialog *MainWindow::compareBaseWith(const QString &newerPath)
{
    if (!m_workspace)
        return nullptr;
    Register newer;
    ReadError error;
    if (!Snapshot::read(newerPath, &newer, &error)) {
        showError(tr("Udtrækket kan ikke læses"), error.toString());
        return nullptr;
    }
    return showDiff(m_tree->overlay()->base(), newer, tr("Grundlag"), QFileInfo(newerPath).fileName());
}

DiffDialog *MainWindow::compareBaseWithRegister()
{
    if (!m_workspace)
        return nullptr;
    const Register &base = m_tree->overlay()->base();
    // A fresh export of every municipality the base holds, as one register.
    Register fresh;
    ServiceEndpoint endpoint;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = true;
    for (int kommune : base.kommuner()) {
        if (kommune == Register::UnknownKommune)
            continue;
        const std::shared_ptr<Register> part = fetchFromRegister(kommune, nullptr, &endpoint);
        if (!part) {
            ok = false;
            break;
        }
        for (const Record &r : part->records())
            fresh.add(r);
    }
    QApplication::restoreOverrideCursor();
    if (!ok)
        return nullptr;
    fresh.finalize();
    return showDiff(base, fresh, tr("Grundlag"),
                    tr("Registeret %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void MainWindow::showFetchDialog()
{
    const QString where =
        m_demoServer ? tr("demoregisteret på denne computer")
                     : tr("registerets %1-miljø")
                           .arg(ServiceSettings::environmentLabel(ServiceSettings::load().environment).toLower());
    FetchDialog dialog(m_codes, std::max(selectedKommune(), 101), where, this);
    connect(&dialog, &FetchDialog::fetchRequested, this, [this, &dialog](int kommune) {
        if (fetchKommune(kommune, &dialog))
            dialog.accept();
    });
    dialog.exec();
}

QList<OperationResult> MainWindow::submit(const QSet<QString> &excluded, const QString &reason, bool dryRun,
                                          const QHash<QString, bool> &resolutions)
{
    QList<OperationResult> results;
    if (!m_workspace)
        return results;
    const QList<RecordChange> changes = m_workspace->changeSet()->netChanges();
    SubmissionPlan plan;
    QString error;
    ServiceEndpoint endpoint;
    if (!SubmissionPlan::build(changes, excluded, &plan, &error, parentKeys(*m_workspace->changeSet())) ||
        !serviceEndpoint(&endpoint, &error)) {
        m_lastError = error;
        showError(tr("Der kan ikke indsendes"), error);
        return results;
    }
    // Errors, and warnings nobody acknowledged, on what would be sent block it (as in the review).
    if (!dryRun) {
        for (const RecordChange &c : changes) {
            if (excluded.contains(c.key))
                continue;
            const int i = m_workspace->changeSet()->overlay()->find(c.level, c.key);
            for (const Finding &f : m_validator->findingsOf(i)) {
                if (f.severity == Severity::Error ||
                    (f.severity == Severity::Warning && !m_validator->isAcknowledged(f))) {
                    m_lastError = tr("%1 %2 har en %3, der skal rettes eller kvitteres for først: %4")
                                      .arg(levelLabel(c.level), c.key, severityLabel(f.severity).toLower(), f.message);
                    showError(tr("Der kan ikke indsendes"), m_lastError);
                    return results;
                }
            }
        }
    }
    RegisterClient client(endpoint);
    Submitter submitter(&client);
    submitter.setResolutions(resolutions);
    QProgressDialog progress(tr("Sender ændringer til registeret …"), tr("Afbryd efter denne"), 0,
                             int(plan.operations.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    submitter.setProgress([&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    results = submitter.run(plan, dryRun);
    progress.setValue(progress.maximum());
    if (dryRun)
        return results;
    const QString path = m_workspace->path();
    const QString title = m_title;
    if (!recordSubmission(*m_workspace, changes, results, endpoint.base.toDisplayString(QUrl::RemoveUserInfo),
                          endpoint.user, reason, &error)) {
        showError(tr("Indsendelsen kunne ikke gemmes"), error);
        return results;
    }
    // The base changed: open the workspace again on it.
    detachWorkspace();
    m_workspace.reset();
    std::unique_ptr<Workspace> reopened = Workspace::open(path, &error);
    if (!reopened) {
        showError(tr("Arbejdsområdet kan ikke åbnes igen"), error);
        return results;
    }
    setWorkspace(std::move(reopened), title);
    return results;
}

void MainWindow::showReview()
{
    if (!m_workspace || !m_editor->changeSet()->hasPendingChanges()) {
        statusBar()->showMessage(tr("Der er ingen ventende ændringer at indsende."), 5000);
        return;
    }
    ReviewDialog dialog(*m_editor->changeSet(), *m_validator, m_workspace->refusals(), this);
    connect(&dialog, &ReviewDialog::submitRequested, this, [this, &dialog](bool dryRun) {
        const QSet<QString> excluded = dialog.excluded();
        const QString reason = dialog.reason();
        QList<OperationResult> results = submit(excluded, reason, dryRun);
        dialog.showResults(results);
        if (dryRun)
            return;
        dialog.submitButton()->setEnabled(false);
        dialog.dryRunButton()->setEnabled(false);
        dialog.tree()->setEnabled(false);
        QList<OperationResult> conflicts;
        QSet<QString> conflicted;
        for (const OperationResult &r : results)
            if (r.outcome == OperationResult::Conflict) {
                conflicts.append(r);
                conflicted.insert(r.operation.change.key);
            }
        if (conflicts.isEmpty())
            return;
        ConflictDialog resolve(conflicts, &dialog);
        if (resolve.exec() != QDialog::Accepted)
            return;
        QSet<QString> others;
        for (const RecordChange &c : m_editor->changeSet()->netChanges())
            if (!conflicted.contains(c.key))
                others.insert(c.key);
        dialog.showResults(submit(others, reason, false, resolve.resolutions()));
    });
    dialog.exec();
}

void MainWindow::showAudit()
{
    if (!m_workspace)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Revisionsspor"));
    const QList<Workspace::AuditEntry> entries = m_workspace->audit();
    auto *table = new QTableWidget(int(entries.size()), 8, &dialog);
    table->setHorizontalHeaderLabels({tr("Tidspunkt"), tr("Miljø"), tr("Bruger"), tr("Begrundelse"), tr("Operation"),
                                      tr("Post"), tr("Udfald"), tr("Besked")});
    for (int row = 0; row < entries.size(); ++row) {
        const Workspace::AuditEntry &e = entries[row];
        const QStringList cells{
            e.at,        e.environment,
            e.user,      e.reason,
            e.operation, e.number.isEmpty() || e.number == e.key ? e.key : e.key + QStringLiteral(" → ") + e.number,
            e.outcome,   e.message};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *exportButton = buttons->addButton(tr("&Eksportér som CSV…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Luk"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, &dialog, [this, &dialog] {
        const QString path =
            QFileDialog::getSaveFileName(&dialog, tr("Eksportér revisionsspor"),
                                         m_title + QStringLiteral("-revisionsspor.csv"), tr("CSV-filer (*.csv)"));
        if (path.isEmpty())
            return;
        const QByteArray bytes = m_workspace->auditCsv();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            showError(tr("Revisionssporet kan ikke eksporteres"),
                      tr("%1 kan ikke skrives: %2").arg(path, file.errorString()));
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(1000, 420);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    // Another rule profile or other code tables: everything is checked (and labelled) again.
    if (dialog.exec() == QDialog::Accepted && dialog.validationChanged() && m_workspace)
        setWorkspace(std::move(m_workspace), m_title);
}

bool MainWindow::fetchCodeTables()
{
    ServiceEndpoint endpoint;
    QString error;
    if (!serviceEndpoint(&endpoint, &error)) {
        showError(tr("Kodetabellerne kan ikke hentes"), error);
        return false;
    }
    RegisterClient client(endpoint);
    ServiceCall *call = client.query(ServiceNames::Method::GetKodetabeller);
    call->wait();
    std::optional<CodeTables> tables;
    if (call->ok())
        tables = CodeTables::fromXml(call->response().xml, endpoint.base.toDisplayString(QUrl::RemoveUserInfo), &error);
    else
        error = call->error().message;
    if (!tables) {
        showError(tr("Kodetabellerne kan ikke hentes"), error);
        return false;
    }
    CodeTables::replaceCurrent(*tables);
    // Everything labelled or checked with the old tables is redone with the new ones.
    if (m_workspace)
        setWorkspace(std::move(m_workspace), m_title);
    statusBar()->showMessage(tr("Kodetabellerne er hentet fra registeret og bruges nu."), 8000);
    return true;
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(path, &error);
    if (!ws) {
        showError(tr("Arbejdsområdet kan ikke åbnes"), error);
        return false;
    }
    const QString title = QFileInfo(ws->source()).fileName().isEmpty() ? QFileInfo(path).completeBaseName()
                                                                       : QFileInfo(ws->source()).fileName();
    setWorkspace(std::move(ws), title);
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace, const QString &title)
{
    detachWorkspace();
    m_workspace = std::move(workspace);
    m_closeNoticeShown = false;
    m_lastError.clear();

    ChangeSet *changes = m_workspace->changeSet();
    m_editor = std::make_unique<Editor>(changes);
    connect(m_editor.get(), &Editor::refused, this, &MainWindow::showRefusal);
    // Review progress is recounted once per edit, on findingsChanged below: the validator
    // re-checks in the same ChangeSet::changed, after this slot, so counting here would be a
    // second pass over the register with stale findings.
    connect(changes, &ChangeSet::changed, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    m_validator = std::make_unique<Validator>(changes, m_codes);
    QSet<QString> acknowledged;
    for (const Workspace::Acknowledgement &a : m_workspace->acknowledgements())
        acknowledged.insert(Validator::acknowledgementKey(a.level, a.key, a.rule));
    m_validator->setAcknowledged(acknowledged);
    m_validator->validateAll();
    connect(m_validator.get(), &Validator::findingsChanged, this, [this] {
        recountReviews();
        updateStatus();
    });
    m_tree->setChangeSet(changes, m_editor.get());
    m_tree->setValidator(m_validator.get());
    m_details->setEditor(m_editor.get());
    m_details->setValidator(m_validator.get());
    m_problems->setValidator(m_validator.get(), changes->overlay());
    m_problems->setEditor(m_editor.get()); // fixes from the problems panel (issue 15)
    m_undoView->setStack(m_editor->undoStack());
    m_filterBar->setKommuner(changes->overlay()->kommuner());
    refreshReviewMarks();
    QSettings().setValue(LastWorkspaceKey, m_workspace->path());

    m_title = title;
    if (changes->overlay()->kommuner().size() <= 3) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            m_view->expand(m_filter->index(row, 0));
    }
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    m_view->setFocus();
    updateStatus();
    updateActions();
    if (changes->hasPendingChanges())
        statusBar()->showMessage(
            tr("Fortsætter med %1 ventende ændringer fra arbejdsområdet.").arg(changes->counts().total()), 8000);
}

// Lets go of the open workspace's change set everywhere, before the workspace goes.
void MainWindow::detachWorkspace()
{
    m_tree->setChangeSet(nullptr);
    m_details->setEditor(nullptr);
    m_details->setValidator(nullptr);
    m_problems->setValidator(nullptr, nullptr);
    m_undoView->setStack(nullptr);
    m_validator.reset();
    m_editor.reset();
}

void MainWindow::refreshReviewMarks()
{
    QSet<QString> reviewed;
    if (m_workspace) {
        const QHash<QString, Workspace::ReviewMark> marks = m_workspace->reviewMarks();
        for (auto it = marks.cbegin(); it != marks.cend(); ++it)
            reviewed.insert(it.key());
    }
    m_tree->setReviewed(reviewed);
    recountReviews();
    updateStatus();
}

void MainWindow::recountReviews()
{
    m_progress->recount(m_editor ? m_editor->changeSet() : nullptr, m_tree->reviewedIds(), m_validator.get());
}

bool MainWindow::setReviewed(int recordIndex, bool reviewed, const QString &note)
{
    if (!m_workspace || !m_tree->overlay()->isLive(recordIndex))
        return false;
    const Record &r = m_tree->overlay()->record(recordIndex);
    QString error;
    if (!m_workspace->setReviewed(r.level(), r.nummer(), reviewed, note, &error)) {
        showError(tr("Gennemgangen kan ikke gemmes"), error);
        return false;
    }
    refreshReviewMarks();
    return true;
}

bool MainWindow::selectNextToReview()
{
    if (!m_validator)
        return false;
    const Overlay &o = *m_tree->overlay();
    const int start = std::max(-1, selectedRecord());
    for (int step = 1; step <= o.size(); ++step) {
        const int i = (start + step) % o.size();
        if (!o.isLive(i) || !o.record(i).isActive() || m_tree->isReviewed(i))
            continue;
        const int worst = m_validator->worstSeverity(i);
        if (worst == int(Severity::Error) || worst == int(Severity::Warning)) {
            selectRecord(i);
            return true;
        }
    }
    statusBar()->showMessage(tr("Der er ingen ikke gennemgåede poster med fejl eller advarsler."), 5000);
    return false;
}

QString MainWindow::reviewText() const
{
    return m_reviewLabel->text();
}

QString MainWindow::resumableWorkspace() const
{
    const QString path = QSettings().value(LastWorkspaceKey).toString();
    Workspace::Summary summary;
    QString error;
    if (path.isEmpty() || !Workspace::peek(path, &summary, &error))
        return {};
    return countChanges(foldNetChanges(summary.steps, summary.position)).total() > 0 ? path : QString();
}

void MainWindow::offerToResume()
{
    const QString path = resumableWorkspace();
    if (path.isEmpty())
        return;
    Workspace::Summary summary;
    QString error;
    Workspace::peek(path, &summary, &error);
    const int pending = countChanges(foldNetChanges(summary.steps, summary.position)).total();
    const auto answer = QMessageBox::question(
        this, tr("Fortsæt hvor du slap?"),
        tr("Sidst arbejdede du på %1 og har %2 ventende ændringer, der ikke er indsendt.\n\nVil du fortsætte dér?")
            .arg(QFileInfo(summary.source).fileName().isEmpty() ? summary.source : QFileInfo(summary.source).fileName())
            .arg(pending),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        openWorkspace(path);
}

QString MainWindow::statusText() const
{
    return m_countsLabel->text();
}

QString MainWindow::changesText() const
{
    return m_changesLabel->text();
}

QString MainWindow::validationText() const
{
    return m_validationLabel->text();
}

bool MainWindow::acknowledge(const Finding &finding, bool on, const QString &note)
{
    if (!m_workspace || !m_validator)
        return false;
    QString error;
    const bool ok = on ? m_workspace->acknowledge({finding.level, finding.entity, finding.rule, note, {}}, &error)
                       : m_workspace->revokeAcknowledgement(finding.level, finding.entity, finding.rule, &error);
    if (!ok) {
        showError(tr("Kvitteringen kan ikke gemmes"), error);
        return false;
    }
    QSet<QString> acknowledged;
    for (const Workspace::Acknowledgement &a : m_workspace->acknowledgements())
        acknowledged.insert(Validator::acknowledgementKey(a.level, a.key, a.rule));
    m_validator->setAcknowledged(acknowledged);
    return true;
}

void MainWindow::updateStatus()
{
    if (!m_editor) {
        m_countsLabel->setText(tr("Intet udtræk åbent – åbn et med Ctrl+O eller prøv demoregisteret under Filer."));
        m_changesLabel->clear();
        m_validationLabel->clear();
        m_reviewLabel->clear();
        m_filterLabel->clear();
        setWindowModified(false);
        return;
    }
    const QLocale locale;
    const Overlay &overlay = *m_editor->changeSet()->overlay();
    QString text = tr("%1 daginstitutioner · %2 anvisningsenheder · %3 alternative adresser")
                       .arg(locale.toString(overlay.count(Level::Daginstitution)),
                            locale.toString(overlay.count(Level::Anvisningsenhed)),
                            locale.toString(overlay.count(Level::AlternativAdresse)));
    if (!overlay.base().orphans().empty())
        text += tr(" · %1 uden gyldig overordnet").arg(locale.toString(int(overlay.base().orphans().size())));
    m_countsLabel->setText(text);
    m_countsLabel->setToolTip(tr("Arbejdsområde: %1").arg(QDir::toNativeSeparators(m_workspace->path())));
    const ChangeCounts c = m_editor->changeSet()->counts();
    m_changesLabel->setText(c.total() == 0 ? tr("Ingen ændringer")
                                           : tr("Ændringer: %1 oprettet · %2 ændret · %3 flyttet · %4 lukket")
                                                 .arg(c.added)
                                                 .arg(c.changed)
                                                 .arg(c.moved)
                                                 .arg(c.closed));
    {
        // Review progress: active records of the selected kommune (or all) marked as reviewed.
        const int kommune = selectedKommune();
        const KommuneProgress *p = m_progress->progressOf(kommune > 0 ? kommune : ReviewProgressModel::AllKommuner);
        const int done = p ? p->reviewed : 0;
        const int total = p ? p->active : 0;
        const QString where = kommune > 0 ? m_codes.kommuneName(kommune) : tr("alt");
        m_reviewLabel->setText(
            tr("Gennemgået i %1: %2 af %3 (%4 %)").arg(where).arg(done).arg(total).arg(total ? 100 * done / total : 0));
    }
    if (m_validator) {
        const FindingCounts f = m_validator->counts();
        m_validationLabel->setText(tr("Fejl: %1 · Advarsler: %2 · Info: %3").arg(f.error).arg(f.warning).arg(f.info));
    }
    m_filterLabel->setText(m_filter->isFiltering() ? tr("Filter aktivt") : QString());
    setWindowTitle(tr("%1[*] – DTR Studio").arg(m_title));
    setWindowModified(c.total() > 0);
}

int MainWindow::selectedRecord() const
{
    return m_tree->recordOf(m_filter->mapToSource(m_view->currentIndex()));
}

int MainWindow::selectedKommune() const
{
    const QModelIndex source = m_filter->mapToSource(m_view->currentIndex());
    if (source.isValid())
        return source.data(RegisterTreeModel::KommuneRole).toInt();
    const auto &kommuner = m_tree->overlay()->kommuner();
    return kommuner.size() == 1 ? kommuner.front() : -1;
}

void MainWindow::updateActions()
{
    const int i = selectedRecord();
    const Overlay *overlay = m_tree->overlay();
    const bool has = m_editor != nullptr;
    const bool record = has && i >= 0 && overlay->isLive(i);
    const bool active = record && overlay->record(i).isActive();
    const Level level = record ? overlay->record(i).level() : Level::Daginstitution;
    action(QStringLiteral("undo"))->setEnabled(has && m_editor->undoStack()->canUndo());
    action(QStringLiteral("undo"))
        ->setText(has && m_editor->undoStack()->canUndo() ? tr("&Fortryd: %1").arg(m_editor->undoStack()->undoText())
                                                          : tr("&Fortryd"));
    action(QStringLiteral("redo"))->setEnabled(has && m_editor->undoStack()->canRedo());
    action(QStringLiteral("redo"))
        ->setText(has && m_editor->undoStack()->canRedo() ? tr("&Gentag: %1").arg(m_editor->undoStack()->redoText())
                                                          : tr("&Gentag"));
    action(QStringLiteral("newDaginstitution"))->setEnabled(has && selectedKommune() > 0);
    action(QStringLiteral("newChild"))->setEnabled(active && level != Level::AlternativAdresse);
    action(QStringLiteral("newChild"))
        ->setText(level == Level::Anvisningsenhed && active ? tr("Ny &alternativ adresse") : tr("Ny &anvisningsenhed"));
    action(QStringLiteral("rename"))->setEnabled(active);
    action(QStringLiteral("moveRecord"))->setEnabled(active && level != Level::Daginstitution);
    action(QStringLiteral("closeRecord"))->setEnabled(active);
    action(QStringLiteral("revertRecord"))->setEnabled(record && m_editor->changeSet()->changeOf(i));
    action(QStringLiteral("revertAll"))->setEnabled(has && m_editor->changeSet()->hasPendingChanges());
    action(QStringLiteral("exportChanges"))->setEnabled(has && m_editor->changeSet()->hasPendingChanges());
    action(QStringLiteral("importChanges"))->setEnabled(has);
}

void MainWindow::selectRecord(int recordIndex)
{
    QModelIndex index = m_filter->mapFromSource(m_tree->indexOfRecord(recordIndex));
    if (!index.isValid() && m_tree->indexOfRecord(recordIndex).isValid()) {
        m_filterBar->resetFilters();
        index = m_filter->mapFromSource(m_tree->indexOfRecord(recordIndex));
    }
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_filter->mapToSource(current);
    if (!source.isValid()) {
        m_details->clear();
        return;
    }
    switch (m_tree->kindOf(source)) {
    case RegisterTreeModel::RecordNode:
        m_details->showRecord(m_tree->recordOf(source));
        break;
    case RegisterTreeModel::KommuneNode:
        m_details->showKommune(source.data(RegisterTreeModel::KommuneRole).toInt());
        break;
    case RegisterTreeModel::OrphanGroupNode:
        m_details->showOrphanGroup();
        break;
    }
}

void MainWindow::newDaginstitution()
{
    const int kommune = selectedKommune();
    if (!m_editor || kommune <= 0)
        return;
    const int created = m_editor->createDaginstitution(kommune);
    if (created >= 0) {
        selectRecord(created);
        m_details->focusFirstField();
    }
}

void MainWindow::newChild()
{
    const int i = selectedRecord();
    if (!m_editor || i < 0)
        return;
    const Level level = m_tree->overlay()->record(i).level();
    int created = -1;
    if (level == Level::Daginstitution)
        created = m_editor->createAnvisningsenhed(i);
    else if (level == Level::Anvisningsenhed)
        created = m_editor->createAlternativAdresse(i);
    if (created >= 0) {
        selectRecord(created);
        m_details->focusFirstField();
    }
}

void MainWindow::closeRecord()
{
    const int i = selectedRecord();
    if (m_editor && i >= 0)
        m_editor->close(i);
}

void MainWindow::moveRecord()
{
    const int i = selectedRecord();
    if (!m_editor || i < 0)
        return;
    MoveDialog dialog(*m_editor->changeSet(), i, this);
    if (dialog.exec() == QDialog::Accepted && dialog.target() >= 0 && m_editor->move(i, dialog.target()))
        selectRecord(i);
}

void MainWindow::showDagplejeWizard()
{
    if (!m_editor)
        return;
    DagplejeWizard wizard(*m_tree->overlay(), selectedKommune(), this);
    if (wizard.exec() == QDialog::Accepted)
        applyDagplejeSetup(wizard.setup());
}

bool MainWindow::applyDagplejeSetup(const DagplejeSetup &setup)
{
    if (!m_editor)
        return false;
    const QString refusal = dagpleje::setupRefusal(*m_tree->overlay(), setup);
    if (!refusal.isEmpty()) {
        showError(tr("Dagplejegrupperne kan ikke oprettes"), refusal);
        return false;
    }
    const Step step = dagpleje::setupStep(*m_editor->changeSet(), setup);
    if (!m_editor->pushStep(step))
        return false; // the editor has shown the change set's refusal
    // Show the first new group.
    for (const Operation &op : step.ops)
        if (op.kind == OpKind::Create && op.level == Level::Anvisningsenhed) {
            selectRecord(m_tree->overlay()->find(op.level, op.key));
            break;
        }
    return true;
}

void MainWindow::revertRecord()
{
    const int i = selectedRecord();
    if (m_editor && i >= 0)
        m_editor->revert(i);
}

void MainWindow::revertAll()
{
    if (!m_editor || !m_editor->changeSet()->hasPendingChanges())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Fortryd alle ændringer"),
                              tr("Vil du fortryde alle %1 ventende ændringer? Det kan selv fortrydes med Ctrl+Z.")
                                  .arg(m_editor->changeSet()->counts().total()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_editor->revertAll();
}

void MainWindow::chooseReportFile(int kommune, bool pdf)
{
    if (!m_workspace)
        return;
    const QString where = kommune == ReviewProgressModel::AllKommuner ? tr("alle") : QString::number(kommune);
    const QString name = tr("gennemgang-%1-%2.%3")
                             .arg(where, QDate::currentDate().toString(Qt::ISODate),
                                  pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Gem gennemgangsrapport"), name,
                                                      pdf ? tr("PDF-filer (*.pdf)") : tr("CSV-filer (*.csv)"));
    if (!path.isEmpty())
        exportReport(kommune, path);
}

bool MainWindow::exportReport(int kommune, const QString &path)
{
    if (!m_workspace || !m_editor)
        return false;
    m_validator->flush();
    const SignOffReport report =
        SignOffReport::build(*m_editor->changeSet(), m_validator.get(), m_workspace->reviewMarks(), kommune, m_title);
    QString error;
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!(pdf ? report.writePdf(path, &error) : report.writeCsv(path, &error))) {
        showError(tr("Rapporten kan ikke gemmes"), error);
        return false;
    }
    statusBar()->showMessage(tr("Rapporten er gemt i %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::exportChanges()
{
    if (!m_editor)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Eksportér ændringer"), m_title + QStringLiteral("-aendringer.json"), tr("Ændringsfiler (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = ChangeFile::write(*m_editor->changeSet(), m_workspace->fingerprint());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("Ændringerne kan ikke eksporteres"), tr("%1 kan ikke skrives: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Ændringerne er eksporteret til %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::importChanges()
{
    if (!m_editor)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Importér ændringer"), QString(),
                                                      tr("Ændringsfiler (*.json);;Alle filer (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    ChangeFile::Contents contents;
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Ændringerne kan ikke importeres"), tr("%1 kan ikke åbnes: %2").arg(path, file.errorString()));
        return;
    }
    Step step;
    if (!ChangeFile::read(file.read(64 * 1024 * 1024), &contents, &error) ||
        !ChangeFile::prepareImport(*m_editor->changeSet(), m_workspace->fingerprint(), contents, &step, &error)) {
        showError(tr("Ændringerne kan ikke importeres"), tr("%1:\n\n%2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    if (m_editor->pushStep(step))
        statusBar()->showMessage(tr("%1 ændringstrin er importeret fra %2 – fortryd med Ctrl+Z.")
                                     .arg(contents.steps.size())
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
}

void MainWindow::chooseSnapshotFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Åbn udtræk"), QString(),
                                                      tr("Registerudtræk (*.xml *.csv);;Alle filer (*)"));
    if (!path.isEmpty())
        openSnapshot(path);
}

void MainWindow::chooseSnapshotFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Vælg mappen med de tre CSV-filer"));
    if (!path.isEmpty())
        openSnapshot(path);
}

void MainWindow::chooseWorkspace()
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/arbejdsomraader");
    const QString path = QFileDialog::getOpenFileName(this, tr("Åbn arbejdsområde"), folder,
                                                      tr("Arbejdsområder (*.%1)").arg(Workspace::Suffix));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)),
                                             this, [this, path] { openSnapshot(path); });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(ingen)"))->setEnabled(false);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Om DTR Studio"),
                       tr("<h3>DTR Studio %1</h3>"
                          "<p>Redigering af Dagtilbudsregisteret for kommunernes dataansvarlige.</p>"
                          "<p>Qt %2 (kørende %3)</p>"
                          "<p><b>Kodetabeller:</b> %4</p>"
                          "<p><b>Geografi:</b> %5</p>"
                          "<p><b>Regelprofil:</b> %6</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion()), m_codes.provenance.toHtmlEscaped(),
                                Geography::attribution().toHtmlEscaped(),
                                RuleProfile::current().displayName().toHtmlEscaped()));
}

} // namespace dtr
