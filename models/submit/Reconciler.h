#pragma once

#include "OperationResult.h"
#include "SubmissionJournal.h"

#include <QObject>

namespace dtr {

// Settles the unknown outcomes of earlier writes by reading back ("Afstem med registeret"):
// the register holds the change → Accepted; it does not, and the write can no longer land →
// Failed (the change stays pending and is sent again like any other); the look fails, or a write
// without an answer may still be under way (less than `graceMs` ago) → still Unknown. Each
// outcome goes to the journal before the next look.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    explicit Reconciler(RegisterClient *client, SubmissionJournal *journal, QObject *parent = nullptr);

    // How long after its last sign a write that never got an answer may still land.
    static constexpr int DefaultGraceMs = 120000;

    void start(const QList<OpenOperation> &open, int graceMs = DefaultGraceMs);
    bool isRunning() const { return m_running; }
    // Whether everything started was settled (nothing still Unknown).
    bool allSettled() const;

signals:
    void progress(int done, int total, const QString &what);
    void operationFinished(const OperationResult &result);
    void finished(const QList<OperationResult> &results);

private:
    void next();

    RegisterClient *m_client;
    SubmissionJournal *m_journal;
    QList<OpenOperation> m_open;
    QList<OperationResult> m_results;
    int m_graceMs = DefaultGraceMs;
    bool m_running = false;
    bool m_stopped = false;
};

// The planned operation an open write stands for.
PlannedOperation plannedOperationOf(const OpenOperation &open);

} // namespace dtr
