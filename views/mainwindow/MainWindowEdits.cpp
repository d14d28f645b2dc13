// The main window's editing actions: each turns the steward's intent on the selected record into
// one call on the session's editor (which checks it, writes it durably, and makes it undoable).
#include "MainWindow.h"

#include "changes/ChangeFile.h"
#include "changes/Editor.h"
#include "details/DetailsPanel.h"
#include "edit/DagplejeWizard.h"
#include "edit/MoveDialog.h"
#include "files/FileDialogs.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "session/Session.h"
#include "setup/DagplejeSetup.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

namespace dtr {

void MainWindow::newDaginstitution()
{
    const int kommune = selectedKommune();
    if (!editor() || kommune <= 0)
        return;
    const int created = editor()->createDaginstitution(kommune);
    if (created >= 0) {
        selectRecord(created);
        detailsPanel()->focusFirstField();
    }
}

void MainWindow::newChild()
{
    const int i = selectedRecord();
    if (!editor() || i < 0)
        return;
    const Level level = treeModel()->overlay()->record(i).level();
    int created = -1;
    if (level == Level::Daginstitution)
        created = editor()->createAnvisningsenhed(i);
    else if (level == Level::Anvisningsenhed)
        created = editor()->createAlternativAdresse(i);
    if (created >= 0) {
        selectRecord(created);
        detailsPanel()->focusFirstField();
    }
}

void MainWindow::renameRecord()
{
    const QModelIndex current = treeView()->currentIndex();
    if (current.isValid())
        treeView()->edit(current.siblingAtColumn(RegisterTreeModel::NameColumn));
}

void MainWindow::closeRecord()
{
    const int i = selectedRecord();
    if (editor() && i >= 0)
        editor()->close(i);
}

void MainWindow::moveRecord()
{
    const int i = selectedRecord();
    if (!editor() || i < 0)
        return;
    MoveDialog dialog(*editor()->changeSet(), i, this);
    if (dialog.exec() == QDialog::Accepted && dialog.target() >= 0 && editor()->move(i, dialog.target()))
        selectRecord(i);
}

void MainWindow::showDagplejeWizard()
{
    if (!editor())
        return;
    DagplejeWizard wizard(*treeModel()->overlay(), m_codes, selectedKommune(), this);
    if (wizard.exec() == QDialog::Accepted)
        applyDagplejeSetup(wizard.setup());
}

bool MainWindow::applyDagplejeSetup(const DagplejeSetup &setup)
{
    if (!editor())
        return false;
    const QString refusal = dagpleje::setupRefusal(*treeModel()->overlay(), setup);
    if (!refusal.isEmpty()) {
        showError(tr("Dagplejegrupperne kan ikke oprettes"), refusal);
        return false;
    }
    const Step step = dagpleje::setupStep(*editor()->changeSet(), setup);
    if (!editor()->pushStep(step))
        return false; // the editor has shown the change set's refusal
    // Show the first new group.
    for (const Operation &op : step.ops)
        if (op.kind == OpKind::Create && op.level == Level::Anvisningsenhed) {
            selectRecord(treeModel()->overlay()->find(op.level, op.key));
            break;
        }
    return true;
}

void MainWindow::revertRecord()
{
    const int i = selectedRecord();
    if (editor() && i >= 0)
        editor()->revert(i);
}

void MainWindow::revertAll()
{
    if (!editor() || !editor()->changeSet()->hasPendingChanges())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Fortryd alle ændringer"),
                              tr("Vil du fortryde alle %n ventende ændringer? Det kan selv fortrydes med Ctrl+Z.",
                                 nullptr, editor()->changeSet()->counts().total()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        editor()->revertAll();
}

void MainWindow::exportChanges()
{
    if (!editor())
        return;
    const QString path =
        FileDialogs::saveFile(this, FileDialogs::Kind::Changes, tr("Eksportér ændringer"),
                              m_title + QStringLiteral("-aendringer.json"), tr("Ændringsfiler (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = ChangeFile::write(*editor()->changeSet(), workspace()->fingerprint());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("Ændringerne kan ikke eksporteres"), tr("%1 kan ikke skrives: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Ændringerne er eksporteret til %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::importChanges()
{
    if (!editor())
        return;
    const QString path = FileDialogs::openFile(this, FileDialogs::Kind::Changes, tr("Importér ændringer"),
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
        !ChangeFile::prepareImport(*editor()->changeSet(), workspace()->fingerprint(), contents, &step, &error)) {
        showError(tr("Ændringerne kan ikke importeres"), tr("%1:\n\n%2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    if (editor()->pushStep(step))
        statusBar()->showMessage(
            tr("%n ændringstrin er importeret fra %1 – fortryd med Ctrl+Z.", nullptr, int(contents.steps.size()))
                .arg(QFileInfo(path).fileName()),
            8000);
}

bool MainWindow::setReviewed(int recordIndex, bool reviewed, const QString &note)
{
    return setReviewed(QList<int>{recordIndex}, reviewed, note);
}

bool MainWindow::setReviewed(const QList<int> &records, bool reviewed, const QString &note)
{
    QString error;
    if (!m_session->isOpen() || records.isEmpty())
        return false;
    for (int i : records)
        if (!m_session->changeSet()->overlay()->isLive(i))
            return false;
    if (!m_session->setReviewed(records, reviewed, note, &error)) {
        showError(tr("Gennemgangen kan ikke gemmes"), error);
        return false;
    }
    if (records.size() > 1)
        statusBar()->showMessage(
            reviewed ? tr("%n poster er markeret som gennemgået.", nullptr, int(records.size()))
                     : tr("%n poster er ikke længere markeret som gennemgået.", nullptr, int(records.size())),
            5000);
    return true;
}

QList<int> MainWindow::selectedRecords() const
{
    QList<int> records;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows(0))
        if (const int i = m_tree->recordOf(m_filter->mapToSource(row)); i >= 0 && !records.contains(i))
            records.append(i);
    if (records.isEmpty() && selectedRecord() >= 0)
        records.append(selectedRecord());
    return records;
}

void MainWindow::toggleReviewed()
{
    // A selection of mixed marks becomes all reviewed; all reviewed becomes all unmarked.
    const QList<int> records = selectedRecords();
    const bool allReviewed =
        std::all_of(records.cbegin(), records.cend(), [this](int i) { return m_tree->isReviewed(i); });
    if (!records.isEmpty())
        setReviewed(records, !allReviewed);
}

void MainWindow::markReviewedWithNote()
{
    const QList<int> records = selectedRecords();
    if (records.isEmpty())
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Markér som gennemgået"),
                              tr("Note til %n poster (gemmes i arbejdsområdet):", nullptr, int(records.size())),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        setReviewed(records, true, note);
}

void MainWindow::markFamilyReviewed()
{
    // The selected records with everything below them that is still active (a daginstitution with
    // its units and their alternative addresses).
    const Overlay &o = *m_tree->overlay();
    QList<int> records;
    QList<int> pending = selectedRecords();
    while (!pending.isEmpty()) {
        const int i = pending.takeFirst();
        if (records.contains(i) || !o.isLive(i))
            continue;
        if (o.record(i).isActive())
            records.append(i);
        for (int child : o.childrenOf(i))
            pending.append(child);
    }
    if (!records.isEmpty())
        setReviewed(records, true);
}

bool MainWindow::selectNextToReview()
{
    const Validator *validator = m_session->validator();
    if (!validator)
        return false;
    const Overlay &o = *m_tree->overlay();
    const int start = std::max(-1, selectedRecord());
    for (int step = 1; step <= o.size(); ++step) {
        const int i = (start + step) % o.size();
        if (!o.isLive(i) || !o.record(i).isActive() || m_tree->isReviewed(i))
            continue;
        const int worst = validator->worstSeverity(i);
        if (worst == int(Severity::Error) || worst == int(Severity::Warning)) {
            selectRecord(i);
            return true;
        }
    }
    statusBar()->showMessage(tr("Der er ingen ikke gennemgåede poster med fejl eller advarsler."), 5000);
    return false;
}

bool MainWindow::acknowledge(const Finding &finding, bool on, const QString &note)
{
    QString error;
    if (!m_session->isOpen())
        return false;
    if (!m_session->acknowledge(finding, on, note, &error)) {
        showError(tr("Kvitteringen kan ikke gemmes"), error);
        return false;
    }
    return true;
}

} // namespace dtr
