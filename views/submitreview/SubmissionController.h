#pragma once

#include "SubmitReviewDialog.h"
#include "submit/OperationResult.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace dtr {

class ServiceController;
class Session;

// The window's side of submitting: "Gennemse og indsend" (the review dialog, progress, the
// results, conflicts resolved and sent again) and "Afstem med registeret". The session does the
// work; this asks for what it needs (the password, the choices) and shows what happens.
class SubmissionController : public QObject
{
    Q_OBJECT

public:
    SubmissionController(Session &session, ServiceController &service, QWidget *window);

    // Opens the review dialog (modal). Returns when it is closed.
    void showSubmitReview();
    // Starts a submission of all pending changes but `excluded` (also used by the dialog).
    bool submit(const QSet<QString> &excluded, const QString &reason, bool dryRun,
                const QHash<QString, bool> &resolutions = {});
    // Starts settling the unknown outcomes of earlier writes.
    bool reconcile();
    QString lastError() const { return m_lastError; }
    SubmitReviewDialog *submitReviewDialog() const { return m_dialog; }

signals:
    // A submission or reconciliation has ended (also when it could not start: results empty).
    void finished(const QList<OperationResult> &results, const QString &problem);

private:
    bool start(const QSet<QString> &excluded, const QString &reason, bool dryRun,
               const QHash<QString, bool> &resolutions, bool settleOnly);
    void runFinished(const QList<OperationResult> &results, const QString &problem);

    Session &m_session;
    ServiceController &m_service;
    QWidget *m_window;
    QPointer<SubmitReviewDialog> m_dialog;
    QString m_lastError;
    QString m_reason;
    bool m_dryRun = false;
};

} // namespace dtr
