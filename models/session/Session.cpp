#include "Session.h"

#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "submit/Rebase.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <utility>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Session", text);
}

// While a submission runs the change set takes no edits: the workspace is being rewritten
// under it, operation by operation.
class LockedJournal : public ChangeJournal
{
public:
    bool writeSteps(int, const QList<Step> &, int, QString *error) override { return refuse(error); }
    bool writePosition(int, QString *error) override { return refuse(error); }

private:
    static bool refuse(QString *error)
    {
        *error = tr("En indsendelse er i gang – vent, til den er færdig, før du retter videre.");
        return false;
    }
};

QDateTime fromIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace

// One submission or reconciliation in progress, with what it started from: every accepted
// outcome is turned into the workspace's new base and history from these.
struct Session::Run
{
    SubmitRequest request;
    bool settleOnly = false;
    std::unique_ptr<RegisterClient> client;
    std::unique_ptr<Reconciler> reconciler;
    std::unique_ptr<Submitter> submitter;
    LockedJournal locked;
    QList<OperationResult> results;
    bool workspaceChanged = false;
    // The state the accepted outcomes are applied to.
    std::shared_ptr<const Register> startBase;
    QList<Step> startSteps;
    int startPosition = 0;
    QList<RecordChange> startNet;
    QList<OperationResult> accepted;
};

Session::Session(const CodeTables &codes, QObject *parent)
    : QObject(parent)
    , m_codes(codes)
{}

Session::~Session()
{
    m_run.reset();
    m_ended.clear();
    close();
}

ChangeSet *Session::changeSet() const
{
    return m_workspace ? m_workspace->changeSet() : nullptr;
}

bool Session::openRegister(std::shared_ptr<const Register> reg, const QString &source, const QString &path,
                           QString *error, const QString &fingerprint, StoredBase stored)
{
    if (isBusy()) {
        *error = tr("En indsendelse er i gang.");
        return false;
    }
    // The workspace this one replaces lets go of its lock first (it may be the same file).
    close();
    std::unique_ptr<Workspace> ws = QFileInfo::exists(path)
                                        ? Workspace::open(path, error, std::move(reg), fingerprint)
                                        : Workspace::create(path, std::move(reg), source, error, std::move(stored));
    return ws && adopt(std::move(ws), error);
}

bool Session::openWorkspace(const QString &path, QString *error)
{
    if (isBusy()) {
        *error = tr("En indsendelse er i gang.");
        return false;
    }
    close();
    std::unique_ptr<Workspace> ws = Workspace::open(path, error);
    return ws && adopt(std::move(ws), error);
}

bool Session::reopen(QString *error)
{
    if (!m_workspace) {
        *error = tr("Intet arbejdsområde er åbent.");
        return false;
    }
    const QString path = m_workspace->path();
    close();
    std::unique_ptr<Workspace> ws = Workspace::open(path, error);
    return ws && adopt(std::move(ws), error);
}

bool Session::adopt(std::unique_ptr<Workspace> workspace, QString *)
{
    m_workspace = std::move(workspace);
    ChangeSet *changes = m_workspace->changeSet();
    changes->setCodeTables(m_codes);
    m_editor = std::make_unique<Editor>(changes);
    m_validator = std::make_unique<Validator>(changes, m_codes);
    loadMarks();
    if (std::exchange(m_deferValidation, false))
        QTimer::singleShot(0, m_validator.get(), &Validator::flush);
    else
        m_validator->validateAll();
    if (m_run)
        lockEdits(true);
    emit opened();
    return true;
}

void Session::close()
{
    if (!m_workspace)
        return;
    emit aboutToClose();
    m_validator.reset();
    m_editor.reset();
    m_workspace.reset();
    m_reviewed.clear();
}

void Session::loadMarks()
{
    m_reviewed.clear();
    const QHash<QString, Workspace::ReviewMark> marks = m_workspace->reviewMarks();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        m_reviewed.insert(it.key());
    QSet<QString> acknowledged;
    for (const Workspace::Acknowledgement &a : m_workspace->acknowledgements())
        acknowledged.insert(Validator::acknowledgementKey(a.level, a.key, a.rule));
    m_validator->setAcknowledged(acknowledged);
}

bool Session::setReviewed(const QList<int> &records, bool reviewed, const QString &note, QString *error)
{
    if (!m_workspace)
        return false;
    const Overlay &o = *changeSet()->overlay();
    for (int i : records) {
        if (!o.isLive(i))
            continue;
        const Record &r = o.record(i);
        if (!m_workspace->setReviewed(r.level(), r.nummer(), reviewed, note, error))
            return false;
        if (reviewed)
            m_reviewed.insert(recordId(r.level(), r.nummer()));
        else
            m_reviewed.remove(recordId(r.level(), r.nummer()));
    }
    emit reviewMarksChanged();
    return true;
}

bool Session::acknowledge(const Finding &finding, bool on, const QString &note, QString *error)
{
    if (!m_workspace)
        return false;
    const bool ok = on ? m_workspace->acknowledge({finding.level, finding.entity, finding.rule, note, {}}, error)
                       : m_workspace->revokeAcknowledgement(finding.level, finding.entity, finding.rule, error);
    if (!ok)
        return false;
    loadMarks();
    emit acknowledgementsChanged();
    return true;
}

QHash<QString, QString> Session::refusals() const
{
    return m_workspace ? m_workspace->refusals() : QHash<QString, QString>();
}

QList<OpenOperation> Session::unknownOutcomes() const
{
    QList<OpenOperation> out;
    if (!m_workspace)
        return out;
    for (const Workspace::OpenWrite &w : m_workspace->openWrites()) {
        OpenOperation op;
        op.id = w.id;
        op.method = w.operation;
        op.key = w.key;
        op.message = w.message;
        op.mayStillLand = w.mayStillLand;
        op.sentAt = fromIso(w.at);
        op.lastAttemptAt = fromIso(w.lastAttemptAt);
        if (!op.lastAttemptAt.isValid())
            op.lastAttemptAt = op.sentAt;
        const std::optional<Expectation> expected =
            Expectation::fromJson(QJsonDocument::fromJson(w.expectation).object());
        if (!levelFromKey(w.level, &op.level) || !expected)
            continue; // not ours to settle (damaged): it shows in the audit log as unknown
        op.expected = *expected;
        out.append(op);
    }
    return out;
}

QHash<QString, QString> Session::unknownByRecord() const
{
    QHash<QString, QString> out;
    for (const OpenOperation &op : unknownOutcomes())
        out.insert(recordId(op.level, op.key), op.message);
    return out;
}

QList<SubmissionBlocker> Session::blockers(const QSet<QString> &excluded) const
{
    if (!m_workspace)
        return {};
    m_validator->flush();
    return submissionBlockers(*changeSet(), *m_validator, excluded);
}

bool Session::submit(const SubmitRequest &request, QString *error)
{
    return startRun(request, false, error);
}

bool Session::reconcile(const SubmitRequest &request, QString *error)
{
    return startRun(request, true, error);
}

void Session::cancel()
{
    if (m_run && m_run->submitter)
        m_run->submitter->cancel();
}

bool Session::startRun(const SubmitRequest &request, bool settleOnly, QString *error)
{
    if (!m_workspace) {
        *error = tr("Intet arbejdsområde er åbent.");
        return false;
    }
    if (m_run) {
        *error = tr("En indsendelse er allerede i gang.");
        return false;
    }
    const bool settleFirst = !request.dryRun && !unknownOutcomes().isEmpty();
    if (settleOnly && !settleFirst) {
        *error = tr("Der er ingen uvisse udfald at afstemme.");
        return false;
    }
    if (!settleOnly && !settleFirst) {
        // Refused before anything starts when it cannot go (after settling, checked again).
        QString planError;
        SubmissionPlan plan;
        if (!SubmissionPlan::build(changeSet()->netChanges(), request.excluded, &plan, &planError,
                                   parentKeys(*changeSet()))) {
            *error = planError;
            return false;
        }
        if (plan.operations.isEmpty()) {
            *error = tr("Der er intet at indsende.");
            return false;
        }
        if (!request.dryRun) {
            const QList<SubmissionBlocker> blocking = blockers(request.excluded);
            if (!blocking.isEmpty()) {
                *error = blockingSummary(blocking);
                return false;
            }
        }
    }
    m_run = std::make_unique<Run>();
    m_run->request = request;
    if (m_run->request.environment.isEmpty())
        m_run->request.environment = request.endpoint.base.toDisplayString(QUrl::RemoveUserInfo);
    m_run->settleOnly = settleOnly;
    m_run->client = std::make_unique<RegisterClient>(request.endpoint);
    lockEdits(true);
    if (settleFirst)
        startSettling();
    else
        startSending();
    return true;
}

void Session::lockEdits(bool locked)
{
    if (ChangeSet *changes = changeSet())
        changes->setJournal(locked && m_run ? static_cast<ChangeJournal *>(&m_run->locked) : m_workspace.get());
}

void Session::rememberStart()
{
    const ChangeSet &changes = *changeSet();
    m_run->startBase = changes.overlay()->baseShared();
    m_run->startSteps = changes.steps();
    m_run->startPosition = changes.position();
    m_run->startNet = changes.netChanges();
    m_run->accepted.clear();
}

void Session::startSettling()
{
    rememberStart();
    m_run->reconciler = std::make_unique<Reconciler>(m_run->client.get(), static_cast<SubmissionJournal *>(this));
    connect(m_run->reconciler.get(), &Reconciler::progress, this, &Session::progress);
    connect(m_run->reconciler.get(), &Reconciler::operationFinished, this, &Session::operationFinished);
    connect(m_run->reconciler.get(), &Reconciler::finished, this, &Session::settled);
    m_run->reconciler->start(unknownOutcomes(), m_run->request.graceMs);
}

void Session::settled(const QList<OperationResult> &results)
{
    m_run->results += results;
    int unknown = 0;
    for (const OperationResult &r : results)
        unknown += r.outcome == OperationResult::Unknown ? 1 : 0;
    QString error;
    if (m_run->workspaceChanged && !reopen(&error)) {
        endRun(tr("Arbejdsområdet kan ikke åbnes igen: %1").arg(error));
        return;
    }
    m_run->workspaceChanged = false;
    if (m_run->settleOnly) {
        endRun({});
        return;
    }
    if (unknown > 0) {
        endRun(tr("%n uvisse udfald kunne ikke afstemmes med registeret; intet andet er sendt. Prøv igen om lidt.",
                  nullptr, unknown));
        return;
    }
    startSending();
}

void Session::startSending()
{
    const SubmitRequest &request = m_run->request;
    SubmissionPlan plan;
    QString error;
    if (!SubmissionPlan::build(changeSet()->netChanges(), request.excluded, &plan, &error, parentKeys(*changeSet()))) {
        endRun(error);
        return;
    }
    if (plan.operations.isEmpty()) {
        endRun(m_run->results.isEmpty() ? tr("Der er intet at indsende.") : QString());
        return;
    }
    if (!request.dryRun) {
        const QList<SubmissionBlocker> blocking = blockers(request.excluded);
        if (!blocking.isEmpty()) {
            endRun(blockingSummary(blocking));
            return;
        }
    }
    rememberStart();
    m_run->submitter = std::make_unique<Submitter>(m_run->client.get(),
                                                   request.dryRun ? nullptr : static_cast<SubmissionJournal *>(this));
    connect(m_run->submitter.get(), &Submitter::progress, this, &Session::progress);
    connect(m_run->submitter.get(), &Submitter::operationFinished, this, &Session::operationFinished);
    connect(m_run->submitter.get(), &Submitter::finished, this, &Session::sent);
    SubmissionOptions options;
    options.dryRun = request.dryRun;
    options.resolutions = request.resolutions;
    options.lookAgainAfterMs = request.lookAgainAfterMs;
    m_run->submitter->start(plan, options);
}

void Session::sent(const QList<OperationResult> &results)
{
    m_run->results += results;
    QString error;
    // The base and history changed under the change set: open it again on them.
    if (m_run->workspaceChanged && !reopen(&error)) {
        endRun(tr("Arbejdsområdet kan ikke åbnes igen: %1").arg(error));
        return;
    }
    endRun({});
}

void Session::endRun(const QString &problem)
{
    // The run's objects may be the ones emitting this: let go of them once they have returned.
    m_ended.push_back(std::move(m_run));
    lockEdits(false);
    m_lastResults = m_ended.back()->results;
    m_lastProblem = problem;
    QMetaObject::invokeMethod(
        this, [this] { m_ended.clear(); }, Qt::QueuedConnection);
    emit this->finished(m_lastResults, problem);
}

qint64 Session::recordIntent(const PlannedOperation &operation, const QByteArray &payload, const Expectation &expected,
                             QString *error)
{
    Workspace::AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    e.environment = m_run->request.environment;
    e.user = m_run->request.endpoint.user;
    e.reason = m_run->request.reason;
    e.operation = QString(ServiceNames::methodName(methodFor(operation)));
    e.level = QString(levelKey(operation.change.level));
    e.key = operation.change.key;
    e.outcome = QString(outcomeKey(OperationResult::Unknown));
    e.message = tr("Sendt – svaret er ikke kommet endnu.");
    const QByteArray digest = QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
    m_run->workspaceChanged = true;
    return m_workspace->beginWrite(e, digest, QJsonDocument(expected.toJson()).toJson(QJsonDocument::Compact), error);
}

bool Session::recordOutcome(const OperationResult &given, QString *error)
{
    OperationResult result = given;
    Workspace::Outcome o;
    Workspace::AuditEntry &e = o.entry;
    e.id = result.journalId;
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    e.environment = m_run->request.environment;
    e.user = m_run->request.endpoint.user;
    e.reason = m_run->request.reason;
    e.operation = QString(ServiceNames::methodName(methodFor(result.operation)));
    e.level = QString(levelKey(result.operation.change.level));
    e.key = result.operation.change.key;
    e.number = result.number;
    e.outcome = QString(outcomeKey(result.outcome));
    e.message = resultText(result);
    o.open = result.outcome == OperationResult::Unknown;
    o.attempted = o.open && !result.settled;
    o.mayStillLand = result.mayStillLand;
    o.refusalLevel = result.operation.change.level;
    if (result.outcome == OperationResult::Refused)
        o.refusal = registerWords(result);
    Rebased rebased;
    if (result.outcome == OperationResult::Accepted) {
        o.refusal = QString(); // accepted: the old refusal no longer applies
        // A settled write stands for the record's change as the steward has it now.
        for (const RecordChange &c : m_run->startNet)
            if (c.level == result.operation.change.level && c.key == result.operation.change.key) {
                result.operation.change = c;
                break;
            }
        m_run->accepted.append(result);
        rebased = rebase(*m_run->startBase, m_run->startSteps, m_run->startPosition, m_run->startNet, m_run->accepted);
        o.base = &rebased.base;
        o.steps = rebased.steps;
        o.position = rebased.position;
    }
    if (!m_workspace->recordOutcome(o, error)) {
        if (result.outcome == OperationResult::Accepted)
            m_run->accepted.removeLast();
        return false;
    }
    m_run->workspaceChanged = true;
    return true;
}

} // namespace dtr
