// The main window's side of the register service: fetching, code tables, submitting and
// reconciling (through the submission controller), the audit log and the settings.
#include "MainWindow.h"

#include "audit/AuditDialog.h"
#include "codes/CodeTables.h"
#include "register/Register.h"
#include "service/FetchDialog.h"
#include "service/ServiceController.h"
#include "service/SettingsDialog.h"
#include "session/Session.h"
#include "submitreview/SubmissionController.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QStatusBar>

namespace dtr {

QUrl MainWindow::demoServiceUrl() const
{
    return m_service->demoUrl();
}

bool MainWindow::demoRegisterOffered() const
{
    return m_service->demoOffered();
}

bool MainWindow::serviceEndpoint(ServiceEndpoint *out, QString *error)
{
    return m_service->endpoint(out, error);
}

bool MainWindow::fetchKommune(int kommuneKode, FetchDialog *dialog)
{
    ServiceEndpoint endpoint;
    QString error;
    std::shared_ptr<Register> reg = m_service->fetchKommune(kommuneKode, dialog, &endpoint, &error);
    if (!reg) {
        m_lastError = error;
        if (dialog)
            dialog->setMessage(error);
        else
            showError(tr("Der kan ikke hentes fra registeret"), error);
        return false;
    }
    const QString name = m_codes.kommuneName(kommuneKode);
    const QString source = tr("%1 fra %2, hentet %3")
                               .arg(name, endpoint.base.toDisplayString(QUrl::RemoveUserInfo),
                                    QDateTime::currentDateTime().toString(Qt::ISODate));
    reg->setExtractedAt(reg->extractedAt().isEmpty() ? QDateTime::currentDateTime().toString(Qt::ISODate)
                                                     : reg->extractedAt());
    return openRegister(std::move(reg), source, tr("%1 fra registeret").arg(name));
}

void MainWindow::showFetchDialog()
{
    FetchDialog dialog(m_codes, std::max(selectedKommune(), 101), m_service->whereText(), this);
    connect(&dialog, &FetchDialog::fetchRequested, this, [this, &dialog](int kommune) {
        if (fetchKommune(kommune, &dialog))
            dialog.accept();
    });
    dialog.exec();
}

bool MainWindow::submit(const QSet<QString> &excluded, const QString &reason, bool dryRun,
                        const QHash<QString, bool> &resolutions)
{
    if (m_submission->submit(excluded, reason, dryRun, resolutions))
        return true;
    m_lastError = m_submission->lastError();
    return false;
}

void MainWindow::showSubmitReview()
{
    const ChangeSet *changes = m_session->changeSet();
    if (!changes || (!changes->hasPendingChanges() && m_session->unknownOutcomes().isEmpty())) {
        statusBar()->showMessage(tr("Der er ingen ventende ændringer at indsende."), 5000);
        return;
    }
    m_submission->showSubmitReview();
}

void MainWindow::reconcile()
{
    if (m_session->unknownOutcomes().isEmpty()) {
        statusBar()->showMessage(tr("Der er ingen uvisse udfald at afstemme."), 5000);
        return;
    }
    statusBar()->showMessage(tr("Afstemmer med registeret …"));
    if (!m_submission->reconcile())
        showError(tr("Der kan ikke afstemmes"), m_submission->lastError());
}

void MainWindow::showAudit()
{
    if (!m_session->isOpen())
        return;
    AuditDialog dialog(*m_session->workspace(), m_title, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    // Another rule profile or other code tables: everything is checked (and labelled) again.
    QString error;
    if (dialog.exec() == QDialog::Accepted && dialog.validationChanged() && m_session->isOpen() &&
        !m_session->reopen(&error))
        showError(tr("Arbejdsområdet kan ikke åbnes igen"), error);
}

bool MainWindow::fetchCodeTables()
{
    QString error;
    const std::optional<CodeTables> tables = m_service->fetchCodeTables(&error);
    if (!tables) {
        showError(tr("Kodetabellerne kan ikke hentes"), error);
        return false;
    }
    CodeTables::replaceCurrent(*tables);
    // Everything labelled or checked with the old tables is redone with the new ones.
    if (m_session->isOpen() && !m_session->reopen(&error))
        showError(tr("Arbejdsområdet kan ikke åbnes igen"), error);
    statusBar()->showMessage(tr("Kodetabellerne er hentet fra registeret og bruges nu."), 8000);
    return true;
}

} // namespace dtr
