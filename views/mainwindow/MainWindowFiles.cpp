// The main window's files: choosing what to open, the recent list and resuming, comparing
// snapshots, and writing the sign-off report.
#include "MainWindow.h"

#include "MainActions.h"
#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "compare/CompareChooser.h"
#include "compare/DiffDialog.h"
#include "files/FileDialogs.h"
#include "io/Snapshot.h"
#include "io/SnapshotLoader.h"
#include "item/SeedCheckProgressModel.h"
#include "register/Register.h"
#include "report/SignOffReport.h"
#include "service/ServiceController.h"
#include "service/SettingsDialog.h"
#include "session/Session.h"
#include "standin/StandInRegister.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <utility>

namespace dtr {

namespace {
const auto RecentKey = QStringLiteral("recentFiles");
const auto LastWorkspaceKey = QStringLiteral("lastWorkspace");
} // namespace

bool MainWindow::openSnapshot(const QString &path)
{
    if (m_loading) {
        statusBar()->showMessage(tr("Et udtræk bliver allerede åbnet."), 5000);
        return false;
    }
    if (QFileInfo::exists(path) && SnapshotLoader::inputBytes(path) >= m_largeSnapshotBytes) {
        loadLargeSnapshot(path);
        return true;
    }
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
    return openLoadedSnapshot(std::move(reg), path, {});
}

bool MainWindow::openLoadedSnapshot(std::shared_ptr<const Register> reg, const QString &path,
                                    const QString &fingerprint, StoredBase stored)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_demo = false;
    if (!openRegister(std::move(reg), absolute, QFileInfo(path).fileName(), fingerprint, std::move(stored)))
        return false;
    addRecentFile(absolute);
    return true;
}

// A large snapshot is read (and fingerprinted) on a thread of its own; the window stays alive
// behind a window-modal progress dialog whose Annuller stops the reading. What was open stays
// open until the new register is read in full.
void MainWindow::loadLargeSnapshot(const QString &path)
{
    m_loading = new SnapshotLoader(path, this);
    prepareNewWorkspace(*m_loading);
    m_loadingDialog = new QProgressDialog(this);
    m_loadingDialog->setObjectName(QStringLiteral("snapshotProgress"));
    m_loadingDialog->setWindowTitle(tr("Åbner udtræk"));
    m_loadingDialog->setLabelText(tr("Læser %1 …").arg(QFileInfo(path).fileName()));
    m_loadingDialog->setCancelButtonText(tr("Annuller"));
    m_loadingDialog->setRange(0, 1000);
    m_loadingDialog->setMinimumDuration(0);
    m_loadingDialog->setAutoClose(false);
    m_loadingDialog->setAutoReset(false);
    m_loadingDialog->setWindowModality(Qt::WindowModal);
    auto *ticker = new QTimer(m_loadingDialog);
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, m_loadingDialog, [this] {
        if (!m_loading)
            return;
        if (m_loading->phase() == SnapshotLoader::Phase::Reading) {
            m_loadingDialog->setValue(m_loading->permille());
        } else {
            // The fingerprint and the new workspace's base have no measurable progress: a busy bar.
            const QString name = QFileInfo(m_loading->path()).fileName();
            m_loadingDialog->setLabelText(m_loading->phase() == SnapshotLoader::Phase::PreparingWorkspace
                                              ? tr("Forbereder arbejdsområdet for %1 …").arg(name)
                                              : tr("Beregner kontrolsum for %1 …").arg(name));
            m_loadingDialog->setRange(0, 0);
        }
    });
    connect(m_loadingDialog, &QProgressDialog::canceled, m_loading, [this] {
        if (!m_loading)
            return;
        m_loading->cancel();
        m_loadingDialog->setLabelText(tr("Afbryder …"));
        m_loadingDialog->setCancelButton(nullptr);
    });
    connect(m_loading, &SnapshotLoader::finished, this, &MainWindow::finishLoading);
    ticker->start();
    m_loadingDialog->show();
    m_loading->start();
}

void MainWindow::finishLoading()
{
    SnapshotLoader *loader = std::exchange(m_loading, nullptr);
    if (!loader)
        return;
    // Closing a progress dialog cancels it: the loader has ended, so nothing may hear that.
    m_loadingDialog->disconnect();
    m_loadingDialog->close();
    m_loadingDialog->deleteLater();
    m_loadingDialog = nullptr;
    loader->deleteLater();
    emit snapshotLoaded(openFromLoader(*loader));
}

bool MainWindow::openFromLoader(SnapshotLoader &loader)
{
    const QString path = loader.path();
    if (loader.wasCancelled()) {
        statusBar()->showMessage(tr("Åbningen af %1 blev afbrudt.").arg(QFileInfo(path).fileName()), 8000);
        return false;
    }
    if (!loader.result()) {
        showError(tr("Udtrækket kan ikke åbnes"),
                  tr("%1 kunne ikke åbnes.\n\n%2").arg(QDir::toNativeSeparators(path), loader.error().toString()));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = openLoadedSnapshot(loader.result(), path, loader.fingerprint(), loader.takeStoredBase());
    QApplication::restoreOverrideCursor();
    return opened;
}

bool MainWindow::openPreloadedSnapshot(SnapshotLoader &loader)
{
    loader.wait();
    return openFromLoader(loader);
}

DiffDialog *MainWindow::showDiff(const Register &older, const Register &newer, const QString &olderName,
                                 const QString &newerName)
{
    auto *dialog = new DiffDialog(older, newer, olderName, newerName, m_codes, this);
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
    return showDiff(older, newer, DiffDialog::snapshotName(olderPath, older),
                    DiffDialog::snapshotName(newerPath, newer));
}

DiffDialog *MainWindow::compareBaseWith(const QString &newerPath)
{
    if (!m_session->isOpen())
        return nullptr;
    Register newer;
    ReadError error;
    if (!Snapshot::read(newerPath, &newer, &error)) {
        showError(tr("Udtrækket kan ikke læses"), error.toString());
        return nullptr;
    }
    return showDiff(m_session->changeSet()->base(), newer, tr("Grundlag"), DiffDialog::snapshotName(newerPath, newer));
}

DiffDialog *MainWindow::compareBaseWithRegister()
{
    if (!m_session->isOpen())
        return nullptr;
    const Register &base = m_session->changeSet()->base();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::shared_ptr<Register> fresh = m_service->fetchKommuner(base.kommuner(), &error);
    QApplication::restoreOverrideCursor();
    if (!fresh) {
        showError(tr("Der kan ikke hentes fra registeret"), error);
        return nullptr;
    }
    return showDiff(base, *fresh, tr("Grundlag"),
                    tr("Registeret %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

CompareChooser *MainWindow::chooseSnapshotsToCompare()
{
    // Window-modal but not blocking: the comparison opens when the chooser is accepted.
    auto *chooser = new CompareChooser(CompareChooser::TwoSnapshots, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setObjectName(QStringLiteral("compareChooser"));
    connect(chooser, &QDialog::accepted, this,
            [this, chooser] { compareSnapshots(chooser->olderPath(), chooser->newerPath()); });
    chooser->open();
    return chooser;
}

CompareChooser *MainWindow::chooseSnapshotToCompareWithBase()
{
    auto *chooser = new CompareChooser(CompareChooser::OneSnapshot, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setObjectName(QStringLiteral("compareChooser"));
    connect(chooser, &QDialog::accepted, this, [this, chooser] { compareBaseWith(chooser->olderPath()); });
    chooser->open();
    return chooser;
}

QString MainWindow::resumableWorkspace() const
{
    const QString path = QSettings().value(LastWorkspaceKey).toString();
    Workspace::Summary summary;
    QString error;
    if (path.isEmpty() || !Workspace::peek(path, &summary, &error))
        return {};
    const bool pending = countChanges(foldNetChanges(summary.steps, summary.position)).total() > 0;
    return pending || !summary.openWrites.isEmpty() ? path : QString();
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
        tr("Sidst arbejdede du på %1 og har %n ventende ændringer, der ikke er indsendt.\n\nVil du fortsætte dér?",
           nullptr, pending)
            .arg(QFileInfo(summary.source).fileName().isEmpty() ? summary.source
                                                                : QFileInfo(summary.source).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        openWorkspace(path);
}

void MainWindow::chooseReportFile(int kommune, bool pdf)
{
    if (!m_session->isOpen())
        return;
    const QString where = kommune == SeedCheckProgressModel::AllKommuner ? tr("alle") : QString::number(kommune);
    const QString name = tr("gennemgang-%1-%2.%3")
                             .arg(where, QDate::currentDate().toString(Qt::ISODate),
                                  pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = FileDialogs::saveFile(this, FileDialogs::Kind::Reports, tr("Gem gennemgangsrapport"), name,
                                               pdf ? tr("PDF-filer (*.pdf)") : tr("CSV-filer (*.csv)"));
    if (!path.isEmpty())
        exportReport(kommune, path);
}

bool MainWindow::exportReport(int kommune, const QString &path)
{
    if (!m_session->isOpen())
        return false;
    m_session->validator()->flush();
    const SignOffReport report = SignOffReport::build(
        *m_session->changeSet(), m_session->validator(), m_session->workspace()->reviewMarks(), kommune, m_title,
        m_session->workspace()->acknowledgements(), SignOffReport::currentUser());
    QString error;
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!(pdf ? report.writePdf(path, &error) : report.writeCsv(path, &error))) {
        showError(tr("Rapporten kan ikke gemmes"), error);
        return false;
    }
    statusBar()->showMessage(tr("Rapporten er gemt i %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::chooseSnapshotFile()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Kind::Snapshots, tr("Åbn udtræk"),
                                               tr("Registerudtræk (*.xml *.csv);;Alle filer (*)"));
    if (!path.isEmpty())
        openSnapshot(path);
}

void MainWindow::chooseSnapshotFolder()
{
    const QString path =
        FileDialogs::existingFolder(this, FileDialogs::Kind::Snapshots, tr("Vælg mappen med de tre CSV-filer"));
    if (!path.isEmpty())
        openSnapshot(path);
}

void MainWindow::chooseWorkspace()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Kind::Workspaces, tr("Åbn arbejdsområde"),
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
    updateRecentMenu(m_actions->recentMenu());
}

void MainWindow::updateRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *a = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                                     [this, path] { openSnapshot(path); });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        menu->addAction(tr("(ingen)"))->setEnabled(false);
}

bool MainWindow::saveSnapshot(const QString &path, bool withPendingChanges)
{
    if (!m_session->isOpen())
        return false;
    const ChangeSet &changes = *m_session->changeSet();
    // The same writers as `dtr convert`: .xml is one XML document, anything else a CSV folder.
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = withPendingChanges ? Snapshot::write(materialize(*changes.overlay()), path, m_codes, &error)
                                       : Snapshot::write(changes.base(), path, m_codes, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Udtrækket kan ikke gemmes"), error);
        return false;
    }
    statusBar()->showMessage(tr("Udtrækket er gemt i %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::chooseSnapshotSaveTarget()
{
    if (!m_session->isOpen())
        return;
    bool withChanges = false;
    if (m_session->changeSet()->hasPendingChanges()) {
        QMessageBox ask(QMessageBox::Question, tr("Gem udtræk som"),
                        tr("Skal udtrækket have de ventende ændringer med? Nye poster har da midlertidige numre, "
                           "indtil registeret har givet dem et."),
                        QMessageBox::Cancel, this);
        QPushButton *base = ask.addButton(tr("Kun &grundlaget"), QMessageBox::AcceptRole);
        QPushButton *with = ask.addButton(tr("&Med ventende ændringer"), QMessageBox::AcceptRole);
        ask.setDefaultButton(with);
        ask.exec();
        if (ask.clickedButton() != base && ask.clickedButton() != with)
            return;
        withChanges = ask.clickedButton() == with;
    }
    const QString xmlFilter = tr("XML-udtræk (*.xml)");
    const QString csvFilter = tr("CSV-mappe med tre filer (*)");
    QString filter = xmlFilter;
    QString path = FileDialogs::saveFile(this, FileDialogs::Kind::Snapshots, tr("Gem udtræk som"),
                                         QFileInfo(m_title).completeBaseName() + QStringLiteral(".xml"),
                                         xmlFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    if (filter == xmlFilter && !path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        path += QStringLiteral(".xml");
    else if (filter == csvFilter && path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        path.chop(4); // a folder of that name
    saveSnapshot(path, withChanges);
}

} // namespace dtr
