#pragma once

#include "OperationResult.h"
#include "ReadBack.h"
#include "SubmissionJournal.h"
#include "SubmissionPlan.h"
#include "service/XmlSchema.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace dtr {

struct SubmissionOptions
{
    bool dryRun = false;
    // Conflict resolutions, by "key/field": true keeps mine, false takes theirs.
    QHash<QString, bool> resolutions;
    // After a write with an unknown outcome the record is read back at once; after a timeout
    // (the register may still be working on it) again after each of these pauses.
    QList<int> lookAgainAfterMs{500, 1500};
};

// Sends a plan through the ImportService, asynchronously (no nested event loops): first every
// operation is prepared and checked — the affected record read fresh (a field someone else
// changed since the base is a conflict; their other changes are kept), the document checked
// against the schema locally and with ValidateXmlAgainstSchema — and nothing is written while any
// problem remains. Then each operation is sent in turn: its intent recorded in the journal, the
// write, its outcome recorded, and only then the next. An issued number replaces the temporary
// key in what follows. A write without a parsed answer is read back; what reading back cannot
// settle stays Unknown and is never sent again in this run.
class Submitter : public QObject
{
    Q_OBJECT

public:
    // `journal` may be null (a change file submitted without a workspace): nothing is recorded.
    explicit Submitter(RegisterClient *client, SubmissionJournal *journal = nullptr, QObject *parent = nullptr);
    ~Submitter() override;

    void start(const SubmissionPlan &plan, const SubmissionOptions &options);
    // Stops before the next write; the operations not sent are reported as such. A write in
    // flight is never cut off.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<OperationResult> &results() const { return m_results; }

signals:
    // Before each operation of each pass: how far, and what.
    void progress(int done, int total, const QString &what);
    // Each final outcome of a real run, after the journal has it.
    void operationFinished(const OperationResult &result);
    void finished(const QList<OperationResult> &results);

private:
    enum class Phase { Check, Send };
    // An operation ready to send, or why not.
    struct Prepared
    {
        bool ready = false;
        bool alreadyDone = false; // the register already holds it (say, moved by a colleague)
        OperationResult result;   // when not ready, or already done
        Record record;            // the record as it shall be
        QByteArray payload;
        QSet<Field> theirsKept; // conflicting fields where the steward kept their value
    };
    using Then = std::function<void(Prepared)>;

    void scheduleNext();
    void next();
    void prepare(int index, Then then);
    void prepareInsert(int index, Then then);
    void prepareExisting(int index, Then then);
    void checkDocument(int index, Prepared prepared, Then then);
    void withSchema(std::function<void()> then);
    void send(int index, Prepared prepared);
    void sendCurrent(int index);
    void lookAfterUnknown(int index, const Expectation &expected, const ServiceError &failure, int look,
                          OperationResult result);
    void conclude(int index, OperationResult result);
    void finish();
    OperationResult resultFor(int index, OperationResult::Outcome outcome, const QString &message) const;
    Expectation expectationFor(int index, const Record &record) const;
    QString realKey(const QString &key) const { return m_issued.value(key, key); }

    RegisterClient *m_client;
    SubmissionJournal *m_journal;
    SubmissionPlan m_plan;
    SubmissionOptions m_options;
    QList<OperationResult> m_results;
    Phase m_phase = Phase::Check;
    int m_index = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_stopReason;             // set when nothing more may be sent
    QHash<QString, QString> m_issued; // temporary key → issued number
    QSet<QString> m_unsettledKeys;    // temporary keys of inserts whose outcome is unknown
    QStringList m_existing;           // numbers matching the record being inserted, before it was sent
    Prepared m_current;               // the operation being sent
    int m_attempt = 0;                // 1 when it is sent again after the register failed it
    std::unique_ptr<XmlSchema> m_schema;
    bool m_schemaFetched = false;
};

} // namespace dtr
