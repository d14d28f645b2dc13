#include "MainWindow.h"

#include "MainActions.h"
#include "StatusSummary.h"
#include "audit/AuditDialog.h"
#include "changes/ChangeFile.h"
#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "compare/DiffDialog.h"
#include "details/DetailsPanel.h"
#include "edit/DagplejeWizard.h"
#include "edit/MoveDialog.h"
#include "geo/Geography.h"
#include "io/Snapshot.h"
#include "io/SnapshotLoader.h"
#include "io/XmlSnapshot.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "item/SeedCheckProgressModel.h"
#include "map/MapDock.h"
#include "problems/ProblemsPanel.h"
#include "register/Register.h"
#include "report/SignOffReport.h"
#include "seedcheck/SeedCheckPanel.h"
#include "service/FetchDialog.h"
#include "service/ServiceController.h"
#include "service/ServiceSettings.h"
#include "service/SettingsDialog.h"
#include "session/Session.h"
#include "submitreview/SubmissionController.h"
#include "tree/FilterBar.h"
#include "tree/TreeState.h"
#include "validation/RuleProfile.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

namespace dtr {

namespace {
const auto LastWorkspaceKey = QStringLiteral("lastWorkspace");
const auto DemoResource = QStringLiteral(":/demo/demo-register.xml");
// The source name of the demo's workspace, which is how a reopened workspace is known as the demo's.
const auto DemoSource = QStringLiteral("demo");

// The demo's stand-in register keeps what it was sent beside the demo's workspace.
QString demoStateFile(const QString &workspacePath)
{
    return workspacePath + QStringLiteral(".register.json");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_codes(CodeTables::current())
    , m_session(new Session(m_codes, this))
    , m_service(new ServiceController(m_codes, this))
    , m_submission(new SubmissionController(*m_session, *m_service, this))
    , m_tree(new RegisterTreeModel(m_codes, this))
    , m_filter(new RegisterFilterModel(this))
    , m_view(new QTreeView)
    , m_filterBar(new FilterBar(m_filter, m_codes))
    , m_details(new DetailsPanel(m_codes))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_undoGroup(new QUndoGroup(this))
    , m_undoView(new QUndoView(m_undoGroup))
    , m_problems(new ProblemsPanel)
    , m_seedCheckProgress(new SeedCheckProgressModel(m_codes, this))
    , m_seedCheckPanel(new SeedCheckPanel(m_seedCheckProgress, this))
    , m_status(new StatusSummary(*m_session, *m_filter, *m_seedCheckProgress, statusBar()))
{
    setWindowTitle(tr("DTR Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dtr-studio.png")));
    setAcceptDrops(true);

    m_filter->setSourceModel(m_tree);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // several marked reviewed at once
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
    createDocks();
    m_actions = new MainActions(*this, *m_undoGroup);
    MapDock::install(*this);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        onCurrentChanged(current);
        updateActions();
        updateStatus();
    });
    connect(m_filterBar, &FilterBar::filtersChanged, this, [this] {
        updateStatus();
        if (m_filter->isFiltering() && !m_filterBar->searchEdit()->text().isEmpty())
            m_view->expandAll();
    });
    connect(m_service, &ServiceController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_session, &Session::aboutToClose, this, &MainWindow::unbindSession);
    connect(m_session, &Session::opened, this, &MainWindow::bindSession);
    connect(m_session, &Session::reviewMarksChanged, this, [this] {
        m_tree->setReviewed(m_session->reviewed());
        recountSeedCheck();
        updateStatus();
    });
    connect(m_session, &Session::finished, this, [this](const QList<OperationResult> &, const QString &problem) {
        m_lastError = problem;
        updateActions();
        updateStatus();
    });

    restoreWindowState();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views let go of the change set before the session that owns it goes.
    unbindSession();
    m_session->close();
}

void MainWindow::createDocks()
{
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
            // Name what is acknowledged: the record and the warning in its own words.
            const Overlay *o = m_tree->overlay();
            const QString name = o && o->isLive(finding.record) ? o->record(finding.record).navn() : QString();
            note =
                QInputDialog::getText(this, tr("Kvittér for advarsel"),
                                      tr("%1 %2 %3:\n%4\n\nHvorfor er det i orden? (valgfrit, gemmes i arbejdsområdet)")
                                          .arg(levelLabel(finding.level), finding.entity, name, finding.message),
                                      QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
        }
        acknowledge(finding, on, note);
    });

    auto *progressDock = new QDockWidget(tr("Gennemgang"), this);
    progressDock->setObjectName(QStringLiteral("reviewProgressDock"));
    progressDock->setWidget(m_seedCheckPanel);
    addDockWidget(Qt::BottomDockWidgetArea, progressDock);
    tabifyDockWidget(problemsDock, progressDock);
    problemsDock->raise();
    connect(m_seedCheckPanel, &SeedCheckPanel::kommuneActivated, this, [this](int kommune) {
        QComboBox *combo = m_filterBar->kommuneCombo();
        combo->setCurrentIndex(kommune == SeedCheckProgressModel::AllKommuner ? 0
                                                                              : std::max(0, combo->findData(kommune)));
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_seedCheckPanel, &SeedCheckPanel::reportRequested, this, &MainWindow::chooseReportFile);
}

Editor *MainWindow::editor() const
{
    return m_session->editor();
}

Validator *MainWindow::validator() const
{
    return m_session->validator();
}

Workspace *MainWindow::workspace() const
{
    return m_session->workspace();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray());
    m_view->header()->restoreState(settings.value(QStringLiteral("mainwindow/treeHeader")).toByteArray());
    if (!settings.contains(QStringLiteral("mainwindow/geometry")))
        resize(1280, 800);
    if (!settings.contains(QStringLiteral("mainwindow/splitter")))
        m_splitter->setSizes({780, 500});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session->isBusy()) {
        // A submission is never left half-watched: it finishes (or stops after this operation).
        event->ignore();
        statusBar()->showMessage(tr("En indsendelse er i gang – vent, til den er færdig."), 5000);
        return;
    }
    const ChangeSet *changes = m_session->changeSet();
    if (changes && changes->hasPendingChanges() && !m_closeConfirmed) {
        // Nothing is lost on closing; say where the changes are kept, and let the steward stay.
        event->ignore();
        const int pending = changes->counts().total();
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Dine ændringer er gemt"),
            tr("Du har %n ventende ændringer. De er gemt i arbejdsområdet\n\n%1\n\nog er der igen, når du åbner det "
               "samme udtræk eller vælger Filer → Åbn arbejdsområde.",
               nullptr, pending)
                .arg(QDir::toNativeSeparators(m_session->workspace()->path())),
            QMessageBox::Ok | QMessageBox::Cancel, this);
        box->button(QMessageBox::Ok)->setText(tr("&Afslut"));
        box->button(QMessageBox::Cancel)->setText(tr("&Bliv"));
        box->setObjectName(QStringLiteral("closeNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Cancel || result == QDialog::Rejected)
                return; // the steward stays
            m_closeConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    if (m_loading)
        m_loading->cancel(); // the loader waits for its thread when the window goes
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
    // One box at a time: a refusal while one is open replaces its text rather than stacking boxes.
    for (QMessageBox *open : findChildren<QMessageBox *>(QStringLiteral("refusalDialog")))
        if (open->isVisible()) {
            open->setText(message);
            return;
        }
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

void MainWindow::prepareNewWorkspace(SnapshotLoader &loader)
{
    const QString title = QFileInfo(loader.path()).fileName();
    // On the loader's thread: only files are looked at (QSettings is reentrant). Without the
    // fingerprint: wanted for sure when no workspace of this name exists at all.
    loader.prepareStoredBase([title](const QString &fingerprint) {
        const QString path = workspacePathFor(title, fingerprint);
        if (!fingerprint.isEmpty())
            return !QFileInfo::exists(path);
        const QFileInfo info(path); // "<name>-.dtrws": the name's prefix
        const QString prefix = info.completeBaseName();
        return QDir(info.absolutePath())
            .entryList({prefix + QLatin1Char('*') + QLatin1Char('.') + Workspace::Suffix}, QDir::Files)
            .isEmpty();
    });
}

bool MainWindow::openRegister(std::shared_ptr<const Register> reg, const QString &source, const QString &title,
                              QString fingerprint, StoredBase stored)
{
    if (fingerprint.isEmpty())
        fingerprint = ChangeFile::fingerprint(*reg);
    const QString path = workspacePathFor(title, fingerprint);
    m_service->offerDemoRegister(nullptr, {});
    QString error;
    m_title = title;
    if (!m_session->openRegister(std::move(reg), source, path, &error, fingerprint, std::move(stored))) {
        showError(tr("Arbejdsområdet kan ikke åbnes"), error);
        return false;
    }
    return true;
}

std::shared_ptr<const Register> MainWindow::demoRegister(QString *error)
{
    QFile file(DemoResource);
    auto reg = std::make_shared<Register>();
    ReadError readError;
    if (!file.open(QIODevice::ReadOnly) ||
        !XmlSnapshot::readBytes(file.readAll(), tr("demoregister"), reg.get(), &readError)) {
        *error = readError.toString();
        return nullptr;
    }
    return reg;
}

bool MainWindow::openDemo()
{
    QString error;
    std::shared_ptr<const Register> data = demoRegister(&error);
    if (!data) {
        showError(tr("Demoregisteret kan ikke åbnes"), error);
        return false;
    }
    // The demo's names do not depend on the UI language: the same work in either language.
    m_demo = true;
    if (!openRegister(data, DemoSource, QStringLiteral("Demoregister")))
        return false;
    // A stand-in register on this computer, so the whole flow can be tried without set-up; what
    // it is sent is kept beside the demo's workspace.
    QString startError;
    if (m_service->startDemoRegister(data, demoStateFile(m_session->workspace()->path()), &startError))
        statusBar()->showMessage(tr("Et demoregister kører på %1 – prøv Register → Hent fra registeret.")
                                     .arg(m_service->demoUrl().toString()),
                                 10000);
    else
        statusBar()->showMessage(tr("Demoregisterets stand-in kunne ikke starte: %1").arg(startError), 8000);
    return true;
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    Workspace::Summary summary;
    if (Workspace::peek(path, &summary, &error))
        m_title = QFileInfo(summary.source).fileName().isEmpty() ? QFileInfo(path).completeBaseName()
                                                                 : QFileInfo(summary.source).fileName();
    m_demo = false;
    m_service->offerDemoRegister(nullptr, {});
    if (!m_session->openWorkspace(path, &error)) {
        showError(tr("Arbejdsområdet kan ikke åbnes"), error);
        return false;
    }
    // The demo's workspace opened without the demo: offer its stand-in when the register is needed.
    if (summary.source == DemoSource && !m_service->demoRunning()) {
        QString demoError;
        m_service->offerDemoRegister(demoRegister(&demoError), demoStateFile(m_session->workspace()->path()));
    }
    return true;
}

void MainWindow::bindSession()
{
    ChangeSet *changes = m_session->changeSet();
    Editor *editor = m_session->editor();
    Validator *validator = m_session->validator();
    m_lastError.clear();
    connect(editor, &Editor::refused, this, &MainWindow::showRefusal);
    connect(changes, &ChangeSet::changed, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(editor->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    // Seed-check progress is recounted once per edit, on findingsChanged, for the records the
    // validator re-checked (the edited records, their family and duplicate partners).
    connect(validator, &Validator::findingsChanged, this, [this](const QList<int> &records, bool all) {
        if (all)
            recountSeedCheck();
        else
            m_seedCheckProgress->recount(m_session->changeSet(), m_session->reviewed(), m_session->validator(),
                                         records);
        updateStatus();
    });
    m_undoGroup->addStack(editor->undoStack());
    m_undoGroup->setActiveStack(editor->undoStack());
    m_tree->setChangeSet(changes, editor);
    m_tree->setValidator(validator);
    m_tree->setReviewed(m_session->reviewed());
    m_details->setEditor(editor);
    m_details->setValidator(validator);
    m_problems->setValidator(validator, changes->overlay());
    m_problems->setEditor(editor); // fixes from the problems panel
    m_tree->setRegisterNotes(m_session->refusals(), m_session->unknownByRecord());
    m_details->setRegisterNotes(m_session->refusals(), m_session->unknownByRecord());
    m_problems->setRegisterRefusals(m_session->refusals());
    m_filterBar->setKommuner(changes->overlay()->kommuner());
    // A validation deferred past the first paint recounts when it has run (findingsChanged).
    if (validator->isValidated())
        recountSeedCheck();
    QSettings().setValue(LastWorkspaceKey, m_session->workspace()->path());

    // The same workspace opened again (after a submission) keeps the tree as it was.
    if (m_treeState.workspace == m_session->workspace()->path() && !m_treeState.isEmpty()) {
        const int current = m_treeState.restore(*m_view, *m_filter, *m_tree);
        if (current >= 0)
            selectRecord(current);
    } else {
        if (changes->overlay()->kommuner().size() <= 3)
            for (int row = 0; row < m_filter->rowCount(); ++row)
                m_view->expand(m_filter->index(row, 0));
        if (m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
        m_view->setFocus();
        if (changes->hasPendingChanges())
            statusBar()->showMessage(
                tr("Fortsætter med %n ventende ændringer fra arbejdsområdet.", nullptr, changes->counts().total()),
                8000);
    }
    updateStatus();
    updateActions();
}

void MainWindow::unbindSession()
{
    if (m_session->isOpen())
        m_treeState = TreeState::capture(*m_view, *m_filter, *m_tree, m_session->workspace()->path());
    if (Editor *editor = m_session->editor())
        m_undoGroup->removeStack(editor->undoStack());
    m_tree->setChangeSet(nullptr);
    m_details->setEditor(nullptr);
    m_details->setValidator(nullptr);
    m_problems->setValidator(nullptr, nullptr);
    m_seedCheckProgress->recount(nullptr, {}, nullptr);
}

void MainWindow::recountSeedCheck()
{
    m_seedCheckProgress->recount(m_session->changeSet(), m_session->reviewed(), m_session->validator());
}

QString MainWindow::statusText() const
{
    return m_status->countsText();
}

QString MainWindow::changesText() const
{
    return m_status->changesText();
}

QString MainWindow::validationText() const
{
    return m_status->validationText();
}

QString MainWindow::reviewText() const
{
    return m_status->reviewText();
}

void MainWindow::updateStatus()
{
    m_status->update(selectedKommune());
    if (!m_session->isOpen()) {
        setWindowTitle(tr("DTR Studio"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] – DTR Studio").arg(m_title));
    setWindowModified(m_session->changeSet()->hasPendingChanges());
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
    if (!m_tree->overlay())
        return -1;
    const auto &kommuner = m_tree->overlay()->kommuner();
    return kommuner.size() == 1 ? kommuner.front() : -1;
}

void MainWindow::updateActions()
{
    m_actions->update(*m_session, selectedRecord());
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
