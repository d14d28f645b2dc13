#include "MainWindow.h"

#include "codes/CodeTables.h"
#include "details/DetailsPanel.h"
#include "io/Snapshot.h"
#include "io/XmlSnapshot.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterStatistics.h"
#include "item/RegisterTreeModel.h"
#include "register/Register.h"
#include "tree/FilterBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace dtr {

namespace {
const auto RecentKey = QStringLiteral("recentFiles");
const auto DemoResource = QStringLiteral(":/demo/demo-register.xml");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_codes(CodeTables::bundled())
    , m_tree(new RegisterTreeModel(m_codes, this))
    , m_filter(new RegisterFilterModel(this))
    , m_view(new QTreeView)
    , m_filterBar(new FilterBar(m_filter, m_codes))
    , m_details(new DetailsPanel(m_codes))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_countsLabel(new QLabel)
    , m_filterLabel(new QLabel)
{
    setWindowTitle(tr("DTR Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dtr-studio.png")));
    setAcceptDrops(true);

    m_filter->setSourceModel(m_tree);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Registertræ"));
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RegisterTreeModel::NameColumn, QHeaderView::Interactive);
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

    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_filterLabel);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_filterBar, &FilterBar::filtersChanged, this, [this] {
        updateStatus();
        if (m_filter->isFiltering() && !m_filterBar->searchEdit()->text().isEmpty())
            m_view->expandAll();
    });

    createActions();
    restoreState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Filer"));
    QAction *open = file->addAction(tr("&Åbn udtræk…"), this, &MainWindow::chooseSnapshotFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Åbn et XML-udtræk eller en CSV-fil fra et udtræk"));
    QAction *openFolder = file->addAction(tr("Åbn &mappe med CSV-filer…"), this, &MainWindow::chooseSnapshotFolder);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("&Seneste"));
    file->addAction(tr("Åbn &demoregister"), this, &MainWindow::openDemo);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Afslut"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&Vis"));
    QAction *search = view->addAction(tr("&Søg…"), m_filterBar, &FilterBar::focusSearch);
    search->setShortcut(QKeySequence::Find);
    QAction *reset = view->addAction(tr("&Nulstil filtre"), m_filterBar, &FilterBar::resetFilters);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addSeparator();
    QAction *expand = view->addAction(tr("&Udfold alle"), m_view, &QTreeView::expandAll);
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction *collapse = view->addAction(tr("&Fold alle sammen"), m_view, &QTreeView::collapseAll);
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    QAction *focusTree = view->addAction(tr("Gå til &træet"), this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    focusTree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *focusDetails = view->addAction(tr("Gå til &detaljer"), this,
                                            [this] { m_details->fieldEditor(Field::Navn)->setFocus(Qt::ShortcutFocusReason); });
    focusDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu *help = menuBar()->addMenu(tr("&Hjælp"));
    QAction *about = help->addAction(tr("&Om DTR Studio"), this, &MainWindow::showAbout);
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
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    settings.setValue(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainwindow/treeHeader"), m_view->header()->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1
        && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openSnapshot(event->mimeData()->urls().first().toLocalFile());
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
    m_lastError.clear();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    showRegister(std::move(reg), QFileInfo(path).fileName());
    m_source = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    updateStatus();
    return true;
}

bool MainWindow::openDemo()
{
    QFile file(DemoResource);
    auto reg = std::make_shared<Register>();
    ReadError error;
    if (!file.open(QIODevice::ReadOnly) || !XmlSnapshot::readBytes(file.readAll(), tr("demoregister"), reg.get(), &error)) {
        showError(tr("Demoregisteret kan ikke åbnes"), error.toString());
        return false;
    }
    m_lastError.clear();
    showRegister(std::move(reg), tr("Demoregister"));
    m_source = tr("indbygget demoregister");
    updateStatus();
    return true;
}

void MainWindow::showRegister(std::shared_ptr<const Register> reg, const QString &title)
{
    m_register = reg;
    m_tree->setRegister(reg);
    m_details->setRegister(reg.get());
    m_filterBar->setRegister(reg.get());
    setWindowTitle(tr("%1 – DTR Studio").arg(title));
    if (reg->kommuner().size() <= 3) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            m_view->expand(m_filter->index(row, 0));
    }
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    m_view->setFocus();
}

QString MainWindow::statusText() const
{
    return m_countsLabel->text();
}

void MainWindow::updateStatus()
{
    if (!m_register || m_register->isEmpty()) {
        m_countsLabel->setText(tr("Intet udtræk åbent – åbn et med Ctrl+O eller prøv demoregisteret under Filer."));
        m_filterLabel->clear();
        return;
    }
    const QLocale locale;
    const RegisterStatistics stats = RegisterStatistics::of(*m_register);
    QString text = tr("%1 daginstitutioner · %2 anvisningsenheder · %3 alternative adresser · %4 nedlagte")
                       .arg(locale.toString(stats.total[0]), locale.toString(stats.total[1]),
                            locale.toString(stats.total[2]),
                            locale.toString(stats.closed[0] + stats.closed[1] + stats.closed[2]));
    if (stats.orphans)
        text += tr(" · %1 uden gyldig overordnet").arg(locale.toString(stats.orphans));
    m_countsLabel->setText(text);
    m_countsLabel->setToolTip(m_source);
    m_filterLabel->setText(m_filter->isFiltering() ? tr("Filter aktivt") : QString());
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_filter->mapToSource(current);
    switch (m_tree->kindOf(source)) {
    case RegisterTreeModel::RecordNode:
        m_details->showRecord(m_tree->recordOf(source));
        break;
    case RegisterTreeModel::KommuneNode:
        if (source.isValid())
            m_details->showKommune(source.data(RegisterTreeModel::KommuneRole).toInt());
        else
            m_details->clear();
        break;
    case RegisterTreeModel::OrphanGroupNode:
        m_details->showOrphanGroup();
        break;
    }
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
    QMessageBox::about(
        this, tr("Om DTR Studio"),
        tr("<h3>DTR Studio %1</h3>"
           "<p>Redigering af Dagtilbudsregisteret for kommunernes dataansvarlige.</p>"
           "<p>Qt %2 (kørende %3)</p>"
           "<p><b>Kodetabeller:</b> %4</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 m_codes.provenance.toHtmlEscaped()));
}

} // namespace dtr
