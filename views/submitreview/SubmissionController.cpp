#include "SubmissionController.h"

#include "SubmitReviewDialog.h"
#include "service/ServiceController.h"
#include "session/Session.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace dtr {

SubmissionController::SubmissionController(Session &session, ServiceController &service, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_service(service)
    , m_window(window)
{
    connect(&m_session, &Session::finished, this, &SubmissionController::runFinished);
}

bool SubmissionController::submit(const QSet<QString> &excluded, const QString &reason, bool dryRun,
                                  const QHash<QString, bool> &resolutions)
{
    return start(excluded, reason, dryRun, resolutions, false);
}

bool SubmissionController::reconcile()
{
    return start({}, QString(), false, {}, true);
}

bool SubmissionController::start(const QSet<QString> &excluded, const QString &reason, bool dryRun,
                                 const QHash<QString, bool> &resolutions, bool settleOnly)
{
    m_lastError.clear();
    Session::SubmitRequest request;
    QString error;
    if (!m_service.endpoint(&request.endpoint, &error)) {
        m_lastError = error;
        if (m_dialog)
            m_dialog->showResults({}, error);
        emit finished({}, error);
        return false;
    }
    request.excluded = excluded;
    request.reason = reason;
    request.dryRun = dryRun;
    request.resolutions = resolutions;
    m_reason = reason;
    m_dryRun = dryRun;
    const bool started = settleOnly ? m_session.reconcile(request, &error) : m_session.submit(request, &error);
    if (!started) {
        m_lastError = error;
        if (m_dialog)
            m_dialog->showResults({}, error);
        emit finished({}, error);
        return false;
    }
    if (m_dialog)
        m_dialog->setRunning(true);
    return true;
}

void SubmissionController::runFinished(const QList<OperationResult> &results, const QString &problem)
{
    m_lastError = problem;
    if (m_dialog) {
        m_dialog->setRunning(false);
        m_dialog->showResults(results, problem);
    }
    emit finished(results, problem);
    if (!m_dialog || m_dryRun)
        return;
    // Conflicts: keep mine or take theirs, field by field, and send those records again.
    QList<OperationResult> conflicts;
    QSet<QString> conflicted;
    for (const OperationResult &r : results)
        if (r.outcome == OperationResult::Conflict) {
            conflicts.append(r);
            conflicted.insert(r.operation.change.key);
        }
    if (conflicts.isEmpty())
        return;
    QPointer<SubmitReviewDialog> dialog = m_dialog;
    auto *resolve = new ConflictDialog(conflicts, dialog);
    resolve->setAttribute(Qt::WA_DeleteOnClose);
    connect(resolve, &QDialog::accepted, this, [this, dialog, resolve, conflicted] {
        if (!dialog)
            return;
        QSet<QString> others;
        for (const RecordChange &c : m_session.changeSet()->netChanges())
            if (!conflicted.contains(c.key))
                others.insert(c.key);
        submit(others, m_reason, false, resolve->resolutions());
    });
    resolve->open();
}

void SubmissionController::showSubmitReview()
{
    if (!m_session.isOpen())
        return;
    SubmitReviewDialog dialog(m_session, m_window);
    m_dialog = &dialog;
    connect(&dialog, &SubmitReviewDialog::submitRequested, this,
            [this, &dialog](bool dryRun) { submit(dialog.excluded(), dialog.reason(), dryRun); });
    connect(&dialog, &SubmitReviewDialog::reconcileRequested, this, [this] { reconcile(); });
    connect(&dialog, &SubmitReviewDialog::cancelRequested, &m_session, &Session::cancel);
    dialog.exec();
    m_dialog = nullptr;
}

} // namespace dtr
