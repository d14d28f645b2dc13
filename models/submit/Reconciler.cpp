#include "Reconciler.h"

#include <QLocale>

namespace dtr {

PlannedOperation plannedOperationOf(const OpenOperation &open)
{
    PlannedOperation op;
    op.kind = open.expected.kind;
    op.change.level = open.level;
    op.change.key = open.key;
    op.change.created = op.kind == PlannedOperation::Insert;
    op.change.closed = op.kind == PlannedOperation::Delete;
    op.change.moved = op.kind == PlannedOperation::Move;
    return op;
}

Reconciler::Reconciler(RegisterClient *client, SubmissionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

void Reconciler::start(const QList<OpenOperation> &open, int graceMs)
{
    Q_ASSERT(!m_running);
    m_open = open;
    m_results.clear();
    m_graceMs = graceMs;
    m_running = true;
    m_stopped = false;
    QMetaObject::invokeMethod(this, &Reconciler::next, Qt::QueuedConnection);
}

bool Reconciler::allSettled() const
{
    for (const OperationResult &r : m_results)
        if (r.outcome == OperationResult::Unknown)
            return false;
    return m_results.size() == m_open.size();
}

void Reconciler::next()
{
    const int index = int(m_results.size());
    if (index >= m_open.size()) {
        m_running = false;
        emit finished(m_results);
        return;
    }
    const OpenOperation &open = m_open[index];
    emit progress(index, int(m_open.size()), QStringLiteral("%1 %2").arg(open.method, open.key));
    OperationResult result;
    result.operation = plannedOperationOf(open);
    result.journalId = open.id;
    result.settled = true;
    result.mayStillLand = open.mayStillLand;
    if (m_stopped) {
        result.outcome = OperationResult::Unknown;
        result.message = open.message;
        m_results.append(result);
        emit operationFinished(result);
        QMetaObject::invokeMethod(this, &Reconciler::next, Qt::QueuedConnection);
        return;
    }
    ReadBack::look(*m_client, open.expected, this, [this, open, result](const LookResult &seen) mutable {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime trusted = open.lastAttemptAt.addMSecs(m_graceMs);
        if (seen.state == LookResult::Applied) {
            result.outcome = OperationResult::Accepted;
            result.number = seen.number;
            result.registered = seen.registered;
            if (result.registered.nummer().isEmpty())
                result.registered.setValue(Field::Nummer, seen.number);
            result.message = tr("Afstemt: registeret har ændringen (læst tilbage).");
        } else if (seen.state == LookResult::NotApplied && (!open.mayStillLand || now >= trusted)) {
            result.outcome = OperationResult::Failed;
            result.message = tr("Afstemt: registeret har ikke ændringen (læst tilbage); den venter stadig og kan "
                                "sendes igen.");
        } else {
            result.outcome = OperationResult::Unknown;
            result.message =
                seen.state == LookResult::NotApplied
                    ? tr("Stadig uvist: registeret viser ikke ændringen, men en skrivning uden svar kan stadig nå "
                         "frem. Afstem igen efter %1.")
                          .arg(QLocale().toString(trusted.toLocalTime().time(), QLocale::ShortFormat))
                    : tr("Stadig uvist: registeret kunne ikke læses (%1).").arg(seen.message);
            if (seen.failure.stopsEverything())
                m_stopped = true;
        }
        if (m_journal) {
            QString error;
            if (!m_journal->recordOutcome(result, &error)) {
                result.message += QLatin1Char(' ') + tr("(Kunne ikke gemmes i arbejdsområdet: %1)").arg(error);
                m_stopped = true;
            }
        }
        m_results.append(result);
        emit operationFinished(result);
        QMetaObject::invokeMethod(this, &Reconciler::next, Qt::QueuedConnection);
    });
}

} // namespace dtr
