#include "Submitter.h"

#include "service/Payload.h"
#include "service/XmlSchema.h"

#include <QCoreApplication>
#include <QTimer>

namespace dtr {

using M = ServiceNames::Method;

namespace {

Payload::Kind payloadKind(PlannedOperation::Kind kind)
{
    switch (kind) {
    case PlannedOperation::Insert:
        return Payload::Kind::Insert;
    case PlannedOperation::Update:
        return Payload::Kind::Update;
    case PlannedOperation::Move:
        return Payload::Kind::Move;
    case PlannedOperation::Delete:
        break;
    }
    return Payload::Kind::Delete;
}

} // namespace

Submitter::Submitter(RegisterClient *client, SubmissionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

Submitter::~Submitter() = default;

void Submitter::start(const SubmissionPlan &plan, const SubmissionOptions &options)
{
    Q_ASSERT(!m_running);
    m_plan = plan;
    m_options = options;
    m_results = QList<OperationResult>(plan.operations.size());
    m_phase = Phase::Check;
    m_index = 0;
    m_running = true;
    m_cancelled = false;
    m_stopReason.clear();
    m_issued.clear();
    m_unsettledKeys.clear();
    scheduleNext();
}

void Submitter::cancel()
{
    m_cancelled = true;
}

void Submitter::scheduleNext()
{
    // Queued, so a long run of quick decisions never grows the stack.
    QMetaObject::invokeMethod(this, &Submitter::next, Qt::QueuedConnection);
}

OperationResult Submitter::resultFor(int index, OperationResult::Outcome outcome, const QString &message) const
{
    OperationResult r;
    r.operation = m_plan.operations[index];
    r.outcome = outcome;
    r.message = message;
    return r;
}

void Submitter::next()
{
    const int total = int(m_plan.operations.size());
    if (m_index >= total) {
        if (m_phase == Phase::Send) {
            finish();
            return;
        }
        // The check pass is done: send only when every operation can go.
        bool problems = !m_stopReason.isEmpty();
        for (const OperationResult &r : m_results)
            problems = problems || r.outcome != OperationResult::WouldSend;
        if (m_options.dryRun || problems) {
            if (!m_options.dryRun) {
                for (OperationResult &r : m_results) {
                    if (r.outcome == OperationResult::WouldSend) {
                        r.outcome = OperationResult::NotSent;
                        r.message = tr("Ikke sendt: andre ændringer i indsendelsen skal rettes først.");
                    }
                    // Nothing was written; the audit log and the refusals still say what happened.
                    QString error;
                    if (m_journal)
                        m_journal->recordOutcome(r, &error);
                    emit operationFinished(r);
                }
            }
            finish();
            return;
        }
        m_phase = Phase::Send;
        m_index = 0;
        scheduleNext();
        return;
    }
    const PlannedOperation &op = m_plan.operations[m_index];
    emit progress(m_index, total, QStringLiteral("%1 %2").arg(ServiceNames::methodName(methodFor(op)), op.change.key));
    if (m_cancelled && m_stopReason.isEmpty())
        m_stopReason = tr("Ikke sendt: indsendelsen blev afbrudt.");
    if (!m_stopReason.isEmpty()) {
        conclude(m_index, resultFor(m_index, OperationResult::NotSent, m_stopReason));
        return;
    }
    const int index = m_index;
    prepare(index, [this, index](Prepared p) {
        if (m_phase == Phase::Check) {
            conclude(index, p.ready || p.alreadyDone
                                ? resultFor(index, OperationResult::WouldSend,
                                            p.alreadyDone ? p.result.message : tr("Kontrolleret; ville blive sendt."))
                                : p.result);
            return;
        }
        if (p.alreadyDone || !p.ready) {
            conclude(index, p.result);
            return;
        }
        send(index, std::move(p));
    });
}

void Submitter::prepare(int index, Then then)
{
    if (m_plan.operations[index].kind == PlannedOperation::Insert)
        prepareInsert(index, std::move(then));
    else
        prepareExisting(index, std::move(then));
}

void Submitter::prepareInsert(int index, Then then)
{
    const RecordChange &c = m_plan.operations[index].change;
    Prepared p;
    p.record = Record(c.level);
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        p.record.setValue(it.key(), it.value().second);
    const QString parent = p.record.parentNummer();
    if (!parent.isEmpty()) {
        p.record.setValue(Field::ParentNummer, realKey(parent));
        if (isTemporaryKey(realKey(parent))) {
            if (m_phase == Phase::Send) {
                p.result = resultFor(index, OperationResult::NotSent,
                                     m_unsettledKeys.contains(parent)
                                         ? tr("Ikke sendt: udfaldet for den overordnede %1 er uvist. Den sendes, når "
                                              "det er afstemt med registeret.")
                                               .arg(parent)
                                         : tr("Ikke sendt: den overordnede %1 blev ikke oprettet.").arg(parent));
                then(std::move(p));
                return;
            }
            // A check creates nothing; the schema needs a number of the right form.
            p.record.setValue(Field::ParentNummer, QStringLiteral("G00000"));
        }
    }
    p.record.setValue(Field::Nummer, QString());
    if (m_phase == Phase::Check) {
        checkDocument(index, std::move(p), std::move(then));
        return;
    }
    // What exists already, to recognise our insert should its answer be lost.
    ReadBack::findMatching(*m_client, p.record, this, [this, index, p, then](const ReadBack::Matches &m) mutable {
        if (!m.ok) {
            if (m.failure.stopsEverything())
                m_stopReason = m.error;
            p.result = resultFor(index, OperationResult::NotSent,
                                 tr("Ikke sendt: registeret kunne ikke læses først: %1").arg(m.error));
            then(std::move(p));
            return;
        }
        m_existing = m.numbers;
        checkDocument(index, std::move(p), std::move(then));
    });
}

void Submitter::prepareExisting(int index, Then then)
{
    const PlannedOperation &op = m_plan.operations[index];
    ReadBack::readRecord(
        *m_client, op.change.level, op.change.key, this, [this, index, then](const ReadBack::RecordRead &read) {
            const PlannedOperation &op = m_plan.operations[index];
            const RecordChange &c = op.change;
            Prepared p;
            if (!read.ok) {
                if (read.failure.stopsEverything())
                    m_stopReason = read.error;
                p.result =
                    resultFor(index, OperationResult::NotSent,
                              tr("Ikke sendt: posten kunne ikke læses fra registeret først: %1").arg(read.error));
                then(std::move(p));
                return;
            }
            if (read.missing) {
                p.result = resultFor(index, OperationResult::NotSent,
                                     tr("Ikke sendt: %1 %2 findes ikke i registeret (slettet af en anden?).")
                                         .arg(levelLabel(c.level), c.key));
                then(std::move(p));
                return;
            }
            // The register's current record with our changes on top (others' changes to other
            // fields are kept).
            p.record = read.record;
            const auto done = [&](const QString &message) {
                p.alreadyDone = true;
                p.result = resultFor(index, OperationResult::Accepted, message);
                p.result.number = c.key;
                p.result.registered = read.record;
            };
            switch (op.kind) {
            case PlannedOperation::Update: {
                bool same = true;
                for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
                    const QString base = it.value().first, mine = it.value().second,
                                  theirs = read.record.value(it.key());
                    QString value = mine;
                    if (theirs != base && theirs != mine) {
                        const QString resolution = c.key + QLatin1Char('/') + fieldKey(it.key());
                        if (!m_options.resolutions.contains(resolution)) {
                            p.result.conflicts.insert(it.key(), {base, mine, theirs});
                            continue;
                        }
                        value = m_options.resolutions.value(resolution) ? mine : theirs;
                        if (value != mine)
                            p.theirsKept.insert(it.key());
                    }
                    same = same && theirs == value;
                    p.record.setValue(it.key(), value);
                }
                if (!p.result.conflicts.isEmpty()) {
                    const auto conflicts = p.result.conflicts;
                    p.result = resultFor(index, OperationResult::Conflict,
                                         conflicts.size() == 1
                                             ? tr("Nogen har ændret et felt, du også har ændret, siden udtrækket.")
                                             : tr("Nogen har ændret %1 felter, du også har ændret, siden udtrækket.")
                                                   .arg(conflicts.size()));
                    p.result.conflicts = conflicts;
                    then(std::move(p));
                    return;
                }
                if (same) {
                    done(tr("Registeret har allerede disse værdier."));
                    p.result.theirsKept = p.theirsKept;
                    then(std::move(p));
                    return;
                }
                break;
            }
            case PlannedOperation::Move: {
                const QString target = realKey(c.parentAfter);
                if (read.record.parentNummer() == target) {
                    done(tr("Allerede flyttet i registeret."));
                    then(std::move(p));
                    return;
                }
                if (read.record.parentNummer() != c.parentBefore) {
                    p.result = resultFor(index, OperationResult::Conflict,
                                         tr("Posten er flyttet af en anden siden udtrækket."));
                    p.result.conflicts.insert(Field::ParentNummer,
                                              {c.parentBefore, target, read.record.parentNummer()});
                    then(std::move(p));
                    return;
                }
                p.record.setValue(Field::ParentNummer, target);
                break;
            }
            case PlannedOperation::Delete:
                if (!read.record.isActive()) {
                    done(tr("Allerede lukket i registeret."));
                    then(std::move(p));
                    return;
                }
                // The record as it will be once closed: what becomes the base when the register
                // accepts but cannot be read afterwards (the status is never sent).
                p.record.setValue(Field::Aktivitetsstatus, QString(statusNedlagt));
                break;
            case PlannedOperation::Insert:
                break;
            }
            checkDocument(index, std::move(p), then);
        });
}

void Submitter::withSchema(std::function<void()> then)
{
    if (m_schemaFetched) {
        then();
        return;
    }
    ServiceCall *call = m_client->query(M::GetXMLSchema, QString(ServiceNames::DefaultSchemaName));
    call->then(this, [this, then = std::move(then)](ServiceCall &c) {
        QString error;
        if (c.ok())
            m_schema = XmlSchema::fromBytes(c.response().text.toUtf8(), &error);
        if (!m_schema) // the register's schema could not be had: the one this program knows
            m_schema = XmlSchema::fromBytes(XmlSchema::bundledRegisterSchema(), &error);
        m_schemaFetched = true;
        then();
    });
}

void Submitter::checkDocument(int index, Prepared prepared, Then then)
{
    prepared.payload = Payload::write(payloadKind(m_plan.operations[index].kind), prepared.record);
    withSchema([this, index, prepared = std::move(prepared), then = std::move(then)]() mutable {
        QStringList schemaErrors;
        if (m_schema && !m_schema->validate(prepared.payload, &schemaErrors)) {
            prepared.result = resultFor(index, OperationResult::NotSent,
                                        tr("Ikke sendt: dokumentet passer ikke til registerets skema."));
            for (const QString &e : schemaErrors)
                prepared.result.errors.append({QStringLiteral("SKEMA"), {}, e});
            then(std::move(prepared));
            return;
        }
        ServiceCall *check = m_client->write(M::ValidateXmlAgainstSchema, prepared.payload);
        check->then(this, [this, index, prepared = std::move(prepared), then](ServiceCall &c) mutable {
            ImportResult checked;
            QString error;
            if (c.ok() && ImportResult::parse(c.response().xml, &checked, &error) && !checked.ok) {
                prepared.result = resultFor(index, OperationResult::Refused,
                                            tr("Registeret afviste dokumentet ved kontrollen; intet er sendt."));
                prepared.result.errors = checked.errors;
                then(std::move(prepared));
                return;
            }
            if (!c.ok() && c.error().stopsEverything()) {
                m_stopReason = c.error().message;
                prepared.result = resultFor(index, OperationResult::NotSent, c.error().message);
                then(std::move(prepared));
                return;
            }
            // Checked (a check that could not be made does not hold the write back: the register
            // checks every write itself).
            prepared.ready = true;
            then(std::move(prepared));
        });
    });
}

Expectation Submitter::expectationFor(int index, const Record &record) const
{
    const PlannedOperation &op = m_plan.operations[index];
    Expectation e;
    e.kind = op.kind;
    e.level = op.change.level;
    switch (op.kind) {
    case PlannedOperation::Insert:
        for (Field f : {Field::Navn, Field::ParentNummer, Field::AdmKommuneKode, Field::PNummer})
            if (hasField(e.level, f))
                e.fields.insert(f, record.value(f));
        e.existing = m_existing;
        break;
    case PlannedOperation::Update:
        e.number = op.change.key;
        for (auto it = op.change.fields.cbegin(); it != op.change.fields.cend(); ++it)
            e.fields.insert(it.key(), record.value(it.key()));
        break;
    case PlannedOperation::Move:
        e.number = op.change.key;
        e.parent = record.parentNummer();
        break;
    case PlannedOperation::Delete:
        e.number = op.change.key;
        break;
    }
    return e;
}

void Submitter::send(int index, Prepared prepared)
{
    m_current = std::move(prepared);
    m_attempt = 0;
    sendCurrent(index);
}

void Submitter::sendCurrent(int index)
{
    const Prepared &prepared = m_current;
    const PlannedOperation &op = m_plan.operations[index];
    const Expectation expected = expectationFor(index, prepared.record);
    qint64 journalId = -1;
    if (m_journal) {
        QString error;
        journalId = m_journal->recordIntent(op, prepared.payload, expected, &error);
        if (journalId < 0) {
            m_stopReason = tr("Ikke sendt: arbejdsområdet kunne ikke gemme, hvad der skulle sendes: %1").arg(error);
            conclude(index, resultFor(index, OperationResult::NotSent, m_stopReason));
            return;
        }
    }
    ServiceCall *call = m_client->write(methodFor(op), prepared.payload);
    call->then(this, [this, index, journalId, expected, record = prepared.record,
                      theirsKept = prepared.theirsKept](ServiceCall &c) {
        const PlannedOperation &op = m_plan.operations[index];
        OperationResult result = resultFor(index, OperationResult::Unknown, QString());
        result.journalId = journalId;
        result.theirsKept = theirsKept;
        ImportResult answer;
        QString parseError;
        if (c.ok() && ImportResult::parse(c.response().xml, &answer, &parseError)) {
            if (!answer.ok) {
                result.outcome = OperationResult::Refused;
                result.errors = answer.errors;
                result.message = tr("Registeret afviste ændringen.");
                conclude(index, result);
                return;
            }
            result.outcome = OperationResult::Accepted;
            result.number = op.kind == PlannedOperation::Insert ? answer.number : op.change.key;
            if (result.number.isEmpty()) {
                // OK without the issued number: find it by reading back.
                lookAfterUnknown(index, expected, ServiceError{}, 0, result);
                return;
            }
            // What the register now holds becomes the new base for this record; when it cannot be
            // read, the record as sent stands for it (with every change of the operation on it).
            ReadBack::readRecord(*m_client, op.change.level, result.number, this,
                                 [this, index, result, record](const ReadBack::RecordRead &read) mutable {
                                     result.registered = read.ok && !read.missing ? read.record : record;
                                     if (result.registered.nummer().isEmpty())
                                         result.registered.setValue(Field::Nummer, result.number);
                                     conclude(index, result);
                                 });
            return;
        }
        ServiceError failure = c.error();
        if (c.ok()) // an answer, but not an ImportSvar
            failure = {ServiceError::Malformed, 200, tr("Svaret fra registeret kunne ikke læses: %1").arg(parseError)};
        if (failure.certainlyNotDone()) {
            // Nothing reached the register (or it refused the call before doing anything).
            m_stopReason = failure.message;
            result.outcome = OperationResult::NotSent;
            result.message = failure.message;
            conclude(index, result);
            return;
        }
        // The outcome is unknown: look before anything else, never send again blindly.
        result.message = failure.message;
        lookAfterUnknown(index, expected, failure, 0, result);
    });
}

void Submitter::lookAfterUnknown(int index, const Expectation &expected, const ServiceError &failure, int look,
                                 OperationResult result)
{
    ReadBack::look(*m_client, expected, this, [=, this](const LookResult &seen) mutable {
        const bool answered = failure.kind == ServiceError::None || failure.registerAnswered();
        if (seen.state == LookResult::Applied) {
            result.outcome = OperationResult::Accepted;
            result.number = seen.number;
            result.registered = seen.registered;
            if (result.registered.nummer().isEmpty())
                result.registered.setValue(Field::Nummer, seen.number);
            if (failure.kind != ServiceError::None)
                result.message = tr("Svaret gik tabt, men registeret har ændringen (læst tilbage).");
            conclude(index, result);
            return;
        }
        // Without an answer the register may still be working on it: look again a little later.
        if (!answered && look < m_options.lookAgainAfterMs.size()) {
            QTimer::singleShot(m_options.lookAgainAfterMs[look], this,
                               [=, this] { lookAfterUnknown(index, expected, failure, look + 1, result); });
            return;
        }
        if (seen.state == LookResult::NotApplied && answered) {
            result.outcome = OperationResult::Failed;
            result.message = tr("Ikke udført: %1 Registeret har ikke ændringen (læst tilbage); den venter stadig.")
                                 .arg(failure.message);
            // Reading back has settled it: the register finished with the write and did not do
            // it. Sent once more (a new write, recorded as such); never on a guess.
            if (m_attempt == 0 && m_stopReason.isEmpty() && !m_cancelled) {
                QString error;
                if (m_journal && !m_journal->recordOutcome(result, &error)) {
                    m_stopReason = tr("Ikke sendt: udfaldet kunne ikke gemmes i arbejdsområdet: %1").arg(error);
                } else {
                    m_attempt = 1;
                    sendCurrent(index);
                    return;
                }
            }
        } else {
            result.outcome = OperationResult::Unknown;
            result.mayStillLand = !answered;
            result.message =
                seen.state == LookResult::NotApplied
                    ? tr("Uvist udfald: %1 Registeret viser ikke ændringen endnu, men kan stadig være ved at "
                         "udføre den. Den sendes ikke igen, før det er afstemt med registeret.")
                          .arg(failure.message)
                    : tr("Uvist udfald: %1 Genlæsningen mislykkedes også (%2). Den sendes ikke igen, før det er "
                         "afstemt med registeret.")
                          .arg(failure.message, seen.message);
            if (m_plan.operations[index].kind == PlannedOperation::Insert)
                m_unsettledKeys.insert(m_plan.operations[index].change.key);
        }
        conclude(index, result);
    });
}

void Submitter::conclude(int index, OperationResult result)
{
    if (m_phase == Phase::Check) {
        m_results[index] = result;
        ++m_index;
        scheduleNext();
        return;
    }
    if (result.outcome == OperationResult::Accepted && result.operation.kind == PlannedOperation::Insert)
        m_issued.insert(result.operation.change.key, result.number);
    // Durable before anything else happens.
    if (m_journal) {
        QString error;
        if (!m_journal->recordOutcome(result, &error)) {
            m_stopReason = tr("Ikke sendt: udfaldet af den forrige kunne ikke gemmes i arbejdsområdet: %1").arg(error);
            result.message += QLatin1Char(' ') + tr("(Kunne ikke gemmes i arbejdsområdet: %1)").arg(error);
        }
    }
    m_results[index] = result;
    emit operationFinished(result);
    ++m_index;
    scheduleNext();
}

void Submitter::finish()
{
    m_running = false;
    emit finished(m_results);
}

} // namespace dtr
