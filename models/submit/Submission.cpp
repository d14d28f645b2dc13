#include "Submission.h"

#include "register/Register.h"
#include "service/Payload.h"
#include "service/StandInRegister.h"
#include "service/XmlSchema.h"
#include "workspace/Workspace.h"

#include <QDateTime>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace dtr {

using M = ServiceNames::Method;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Submission", text);
}

M methodFor(PlannedOperation::Kind kind, Level level)
{
    static constexpr M table[4][3] = {
        {M::InsertDaginstitution, M::InsertAnvisningsEnhed, M::InsertAlternativAdresse},
        {M::UpdateDaginstitution, M::UpdateAnvisningsEnhed, M::UpdateAlternativAdresse},
        {M::UpdateDaginstitution, M::MoveAnvisningsEnhed, M::MoveAlternativAdresse},
        {M::DeleteDaginstitution, M::DeleteAnvisningsEnhed, M::DeleteAlternativAdresse},
    };
    return table[int(kind)][int(level)];
}

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

// Errors that make every later call pointless: stop and send nothing more.
bool isFatal(const ServiceError &e)
{
    return e.kind == ServiceError::Unauthorized || e.kind == ServiceError::Tls || e.kind == ServiceError::Insecure ||
           e.kind == ServiceError::Cancelled ||
           (e.kind == ServiceError::Network && e.message.contains(QStringLiteral("kunne ikke oprettes")));
}

// Waits for an export call and reads its answer; the call is disposed of either way.
bool readAnswer(ServiceCall *call, Register *out, QString *error)
{
    call->wait();
    const bool ok = RegisterClient::readRegister(*call, out, error);
    call->deleteLater();
    return ok;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QHash<QString, QString> parentKeys(const ChangeSet &changes)
{
    QHash<QString, QString> out;
    const Overlay &o = *changes.overlay();
    for (const RecordChange &c : changes.netChanges()) {
        const int i = o.find(c.level, c.key);
        const int p = i >= 0 ? o.parentOf(i) : -1;
        if (p >= 0)
            out.insert(c.key, o.record(p).nummer());
    }
    return out;
}

bool SubmissionPlan::build(const QList<RecordChange> &changes, const QSet<QString> &excluded, SubmissionPlan *out,
                           QString *error, const QHash<QString, QString> &parents)
{
    out->operations.clear();
    QSet<QString> created;
    for (const RecordChange &c : changes)
        if (c.created && !excluded.contains(c.key))
            created.insert(c.key);
    for (const RecordChange &c : changes) {
        if (!c.created || excluded.contains(c.key))
            continue;
        const QString parent = c.fields.value(Field::ParentNummer).second;
        if (isTemporaryKey(parent) && !created.contains(parent)) {
            *error = tr("%1 %2 er ny og hører under den nye %3, som ikke er med i indsendelsen. Tag den med, eller "
                        "udelad også %2.")
                         .arg(levelLabel(c.level), c.key, parent);
            return false;
        }
    }
    // A closure waits for the closures of the children below it (no cascade delete).
    for (const RecordChange &child : changes) {
        if (!child.closed || !excluded.contains(child.key))
            continue;
        const QString parent = parents.value(child.key);
        for (const RecordChange &c : changes) {
            if (c.closed && c.key == parent && !excluded.contains(c.key)) {
                *error =
                    tr("Lukningen af %1 venter på lukningen af %2, som ikke er med. Tag den med, eller udelad også "
                       "lukningen af %1.")
                        .arg(parent, child.key);
                return false;
            }
        }
    }
    const auto add = [&](PlannedOperation::Kind kind, const RecordChange &c) { out->operations.append({kind, c}); };
    for (Level level : {Level::Daginstitution, Level::Anvisningsenhed, Level::AlternativAdresse})
        for (const RecordChange &c : changes)
            if (c.created && c.level == level && !excluded.contains(c.key))
                add(PlannedOperation::Insert, c);
    for (const RecordChange &c : changes)
        if (!c.created && !c.closed && !c.fields.isEmpty() && !excluded.contains(c.key))
            add(PlannedOperation::Update, c);
    for (const RecordChange &c : changes)
        if (!c.created && !c.closed && c.moved && !excluded.contains(c.key))
            add(PlannedOperation::Move, c);
    for (Level level : {Level::AlternativAdresse, Level::Anvisningsenhed, Level::Daginstitution})
        for (const RecordChange &c : changes)
            if (c.closed && c.level == level && !excluded.contains(c.key))
                add(PlannedOperation::Delete, c);
    return true;
}

Submitter::Submitter(RegisterClient *client)
    : m_client(client)
{}

Submitter::~Submitter() = default;

bool Submitter::readFresh(Level level, const QString &number, Record *out, QString *error)
{
    ServiceCall *call = level == Level::Daginstitution    ? m_client->query(M::GetDaginstitutionByNummer, number)
                        : level == Level::Anvisningsenhed ? m_client->query(M::GetAnvisningsEnhederByNummer, number)
                                                          : m_client->query(M::GetAllAlternativAdresser);
    Register reg;
    if (!readAnswer(call, &reg, error))
        return false;
    const int i = reg.find(level, number);
    if (i < 0) {
        *error = tr("%1 %2 findes ikke i registeret.").arg(levelLabel(level), number);
        return false;
    }
    *out = reg.record(i);
    return true;
}

// The active records the register holds that look like `mine` (same level, parent or kommune,
// and name): how an insert whose answer was lost is recognised.
bool Submitter::findMatching(const Record &mine, QStringList *numbers, QString *error)
{
    const Level level = mine.level();
    ServiceCall *call = level == Level::Daginstitution ? m_client->query(M::GetDaginstitutionByNavn, mine.navn())
                        : level == Level::Anvisningsenhed
                            ? m_client->query(M::GetAnvisningsEnhederByPnummer, mine.value(Field::PNummer))
                            : m_client->query(M::GetAllAlternativAdresser);
    Register reg;
    if (!readAnswer(call, &reg, error))
        return false;
    numbers->clear();
    for (const Record &r : reg.records()) {
        if (r.level() != level || r.navn() != mine.navn() || !r.isActive())
            continue;
        if (level != Level::Daginstitution && r.parentNummer() != mine.parentNummer())
            continue;
        if (level == Level::Daginstitution && r.value(Field::AdmKommuneKode) != mine.value(Field::AdmKommuneKode))
            continue;
        numbers->append(r.nummer());
    }
    return true;
}

QList<OperationResult> Submitter::pass(const SubmissionPlan &plan, bool dryRun)
{
    QList<OperationResult> results;
    m_stop = false;
    for (const PlannedOperation &op : plan.operations) {
        if (!m_stop && m_progress && !m_progress(int(results.size()), int(plan.operations.size()))) {
            m_stop = true;
            m_stopReason = tr("Ikke sendt: indsendelsen blev afbrudt.");
        }
        if (m_stop) {
            OperationResult r;
            r.operation = op;
            r.outcome = OperationResult::NotSent;
            r.message =
                m_stopReason.isEmpty() ? tr("Ikke sendt: indsendelsen stoppede ved en tidligere fejl.") : m_stopReason;
            results.append(r);
            continue;
        }
        results.append(runOne(op, dryRun));
    }
    return results;
}

QList<OperationResult> Submitter::run(const SubmissionPlan &plan, bool dryRun)
{
    m_stopReason.clear();
    // First every operation is read fresh and checked (schema, ValidateXmlAgainstSchema,
    // conflicts); nothing is written while any problem remains.
    QList<OperationResult> checked = pass(plan, true);
    bool problems = m_stop;
    for (const OperationResult &r : checked)
        problems = problems || r.outcome != OperationResult::WouldSend;
    if (dryRun || problems) {
        if (!dryRun)
            for (OperationResult &r : checked)
                if (r.outcome == OperationResult::WouldSend) {
                    r.outcome = OperationResult::NotSent;
                    r.message = tr("Ikke sendt: andre ændringer i indsendelsen skal rettes først.");
                }
        return checked;
    }
    return pass(plan, false);
}

OperationResult Submitter::runOne(const PlannedOperation &op, bool dryRun)
{
    OperationResult result;
    result.operation = op;
    const RecordChange &c = op.change;
    const Level level = c.level;
    QString error;
    Record record(level);

    // The record as it shall be: for a new one its values, otherwise the register's current
    // record with our changes on top (changes of others to other fields are kept).
    if (op.kind == PlannedOperation::Insert) {
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
            record.setValue(it.key(), it.value().second);
        const QString parent = record.parentNummer();
        if (!parent.isEmpty()) {
            record.setValue(Field::ParentNummer, realKey(parent));
            if (isTemporaryKey(realKey(parent))) {
                if (!dryRun) {
                    result.message = tr("Ikke sendt: den overordnede %1 blev ikke oprettet.").arg(parent);
                    return result;
                }
                // A dry run creates nothing; the schema check needs a number of the right form.
                record.setValue(Field::ParentNummer, QStringLiteral("G00000"));
            }
        }
        record.setValue(Field::Nummer, QString());
        // What exists already, to recognise our insert should its answer be lost.
        if (!findMatching(record, &m_existing, &error)) {
            result.message = error;
            m_stop = true;
            return result;
        }
    } else {
        if (!readFresh(level, c.key, &record, &error)) {
            result.outcome = OperationResult::Refused;
            result.message = error;
            return result;
        }
        if (op.kind == PlannedOperation::Update) {
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
                const QString base = it.value().first, mine = it.value().second, theirs = record.value(it.key());
                QString value = mine;
                if (theirs != base && theirs != mine) {
                    const QString resolution = c.key + QLatin1Char('/') + fieldKey(it.key());
                    if (!m_resolutions.contains(resolution)) {
                        result.conflicts.insert(it.key(), {base, mine, theirs});
                        continue;
                    }
                    value = m_resolutions.value(resolution) ? mine : theirs;
                }
                record.setValue(it.key(), value);
            }
            if (!result.conflicts.isEmpty()) {
                result.outcome = OperationResult::Conflict;
                result.message = result.conflicts.size() == 1
                                     ? tr("Nogen har ændret et felt, du også har ændret, siden udtrækket.")
                                     : tr("Nogen har ændret %1 felter, du også har ændret, siden udtrækket.")
                                           .arg(result.conflicts.size());
                return result;
            }
        } else if (op.kind == PlannedOperation::Move) {
            const QString target = realKey(c.parentAfter);
            if (record.parentNummer() == target) {
                result.outcome = OperationResult::Accepted;
                result.number = c.key;
                result.registered = record;
                result.message = tr("Allerede flyttet.");
                return result;
            }
            if (record.parentNummer() != c.parentBefore) {
                result.outcome = OperationResult::Conflict;
                result.conflicts.insert(Field::ParentNummer, {c.parentBefore, target, record.parentNummer()});
                result.message = tr("Posten er flyttet af en anden siden udtrækket.");
                return result;
            }
            record.setValue(Field::ParentNummer, target);
        } else if (!record.isActive()) {
            result.outcome = OperationResult::Accepted;
            result.number = c.key;
            result.registered = record;
            result.message = tr("Allerede lukket i registeret.");
            return result;
        }
    }

    const QByteArray payload = Payload::write(payloadKind(op.kind), record);
    const M method = methodFor(op.kind, level);

    // Checked locally against the schema, then by the register without writing.
    if (!m_schema) {
        ServiceCall *schema = m_client->query(M::GetXMLSchema, QString(ServiceNames::DefaultSchemaName));
        schema->wait();
        QString schemaError;
        if (schema->ok())
            m_schema = XmlSchema::fromBytes(schema->response().text.toUtf8(), &schemaError);
        if (!m_schema)
            m_schema = XmlSchema::fromBytes(StandInRegister::schema(), &schemaError);
        schema->deleteLater();
    }
    QStringList schemaErrors;
    if (m_schema && !m_schema->validate(payload, &schemaErrors)) {
        result.outcome = OperationResult::Refused;
        for (const QString &e : schemaErrors)
            result.errors.append({QStringLiteral("SKEMA"), {}, e});
        result.message = tr("Passer ikke til registerets skema; intet er sendt.");
        return result;
    }
    ServiceCall *check = m_client->write(M::ValidateXmlAgainstSchema, payload);
    check->wait();
    ImportResult checked;
    if (check->ok() && ImportResult::parse(check->response().xml, &checked, &error) && !checked.ok) {
        result.outcome = OperationResult::Refused;
        result.errors = checked.errors;
        result.message = tr("Registeret afviste dokumentet ved kontrollen; intet er sendt.");
        check->deleteLater();
        return result;
    }
    if (!check->ok() && isFatal(check->error())) {
        result.message = check->error().message;
        m_stop = true;
        check->deleteLater();
        return result;
    }
    check->deleteLater();
    if (dryRun) {
        result.outcome = OperationResult::WouldSend;
        result.message = tr("Kontrolleret; ville blive sendt.");
        return result;
    }

    for (int attempt = 0; attempt < 2; ++attempt) {
        ServiceCall *call = m_client->write(method, payload);
        call->wait();
        const ServiceError failure = call->error();
        ImportResult answer;
        const bool answered = call->ok() && ImportResult::parse(call->response().xml, &answer, &error);
        call->deleteLater();
        if (answered) {
            if (!answer.ok) {
                result.outcome = OperationResult::Refused;
                result.errors = answer.errors;
                result.message = tr("Registeret afviste ændringen.");
                return result;
            }
            result.outcome = OperationResult::Accepted;
            result.number = op.kind == PlannedOperation::Insert ? answer.number : c.key;
            break;
        }
        if (isFatal(failure)) {
            result.message = failure.message;
            m_stop = true;
            return result;
        }
        // The outcome is unknown: look before sending again, never blindly. After a timeout the
        // register may still be working on it, so look a few times, waiting a little longer each.
        Record seen;
        bool happened = false;
        const int looks = failure.kind == ServiceError::Timeout ? 4 : 1;
        for (int look = 0; look < looks && !happened; ++look) {
            if (look > 0)
                pause(500 * look);
            if (op.kind == PlannedOperation::Insert) {
                QStringList now;
                if (findMatching(record, &now, &error)) {
                    for (const QString &number : now) {
                        if (!m_existing.contains(number)) {
                            happened = true;
                            seen.setValue(Field::Nummer, number);
                        }
                    }
                }
            } else if (readFresh(level, c.key, &seen, &error)) {
                switch (op.kind) {
                case PlannedOperation::Update: {
                    happened = true;
                    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
                        happened = happened && seen.value(it.key()) == record.value(it.key());
                    break;
                }
                case PlannedOperation::Move:
                    happened = seen.parentNummer() == record.parentNummer();
                    break;
                case PlannedOperation::Delete:
                    happened = !seen.isActive();
                    break;
                case PlannedOperation::Insert:
                    break;
                }
            }
        }
        if (happened) {
            result.outcome = OperationResult::Accepted;
            result.number = op.kind == PlannedOperation::Insert ? seen.nummer() : c.key;
            result.message = tr("Svaret gik tabt, men registeret har ændringen (læst tilbage).");
            break;
        }
        result.message = failure.message;
        if (attempt == 1) {
            result.outcome = OperationResult::NotSent;
            result.message = tr("Uvist udfald to gange, og registeret har ikke ændringen: %1").arg(failure.message);
            return result;
        }
    }
    if (op.kind == PlannedOperation::Insert)
        m_issued.insert(c.key, result.number);
    // What the register now holds becomes the new base for this record.
    if (!readFresh(level, result.number, &result.registered, &error))
        result.registered = record;
    return result;
}

ServiceNames::Method methodFor(const PlannedOperation &operation)
{
    return methodFor(operation.kind, operation.change.level);
}

namespace {
// Key (for JSON and the audit log) and Danish label of each outcome, in enum order.
const struct
{
    QLatin1StringView key;
    const char *label;
} outcomes[] = {
    {QLatin1StringView("accepted"), QT_TRANSLATE_NOOP("dtr::Submission", "Modtaget")},
    {QLatin1StringView("refused"), QT_TRANSLATE_NOOP("dtr::Submission", "Afvist")},
    {QLatin1StringView("conflict"), QT_TRANSLATE_NOOP("dtr::Submission", "Konflikt")},
    {QLatin1StringView("not-sent"), QT_TRANSLATE_NOOP("dtr::Submission", "Ikke sendt")},
    {QLatin1StringView("would-send"), QT_TRANSLATE_NOOP("dtr::Submission", "Klar til afsendelse")},
};
static_assert(std::size(outcomes) == OperationResult::WouldSend + 1);
} // namespace

QLatin1StringView outcomeKey(OperationResult::Outcome outcome)
{
    return outcomes[outcome].key;
}

QString outcomeLabel(OperationResult::Outcome outcome)
{
    return tr(outcomes[outcome].label);
}

Rebased rebase(const Register &base, const QList<RecordChange> &changes, const QList<OperationResult> &results)
{
    // What the register accepted, per record, and the numbers it issued.
    QHash<QString, Record> registered; // "level/key" → record as read back
    QHash<QString, QSet<int>> acceptedKinds;
    QHash<QString, QString> issued;
    QList<Record> inserted;
    for (const OperationResult &r : results) {
        if (r.outcome != OperationResult::Accepted)
            continue;
        const RecordChange &c = r.operation.change;
        const QString id = recordId(c.level, c.key);
        acceptedKinds[id].insert(r.operation.kind);
        Record record = r.registered;
        if (record.nummer().isEmpty())
            record.setValue(Field::Nummer, r.number);
        registered.insert(id, record);
        if (r.operation.kind == PlannedOperation::Insert) {
            issued.insert(c.key, r.number);
            inserted.append(record);
        }
    }
    const auto real = [&](const QString &key) { return issued.value(key, key); };

    Rebased out;
    for (int l = 0; l < LevelCount; ++l)
        out.base.setExtraNames(Level(l), base.extraNames(Level(l)));
    for (const Record &r : base.records()) {
        const QString id = recordId(r.level(), r.nummer());
        out.base.add(registered.contains(id) ? registered.value(id) : r);
    }
    for (const Record &r : inserted)
        out.base.add(r);
    out.base.setExtractedAt(base.extractedAt());
    out.base.finalize();

    // Everything not accepted stays pending, against the new base.
    out.remaining.text = tr("Ikke indsendte ændringer");
    for (const RecordChange &c : changes) {
        const QString id = recordId(c.level, c.key);
        const QSet<int> done = acceptedKinds.value(id);
        if (c.created) {
            if (done.contains(PlannedOperation::Insert))
                continue;
            Record record(c.level);
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
                record.setValue(it.key(),
                                it.key() == Field::ParentNummer ? real(it.value().second) : it.value().second);
            record.setValue(Field::Nummer, c.key);
            QList<QString> values = record.cells();
            values.resize(fieldsOf(c.level).size());
            out.remaining.ops.append({OpKind::Create, c.level, c.key, Field::Nummer, {}, {}, values});
            continue;
        }
        const int i = out.base.find(c.level, c.key);
        if (i < 0)
            continue;
        const Record &now = out.base.record(i);
        if (!c.closed && !done.contains(PlannedOperation::Update))
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
                if (now.value(it.key()) != it.value().second)
                    out.remaining.ops.append(
                        {OpKind::Update, c.level, c.key, it.key(), now.value(it.key()), it.value().second, {}});
        if (!c.closed && c.moved && !done.contains(PlannedOperation::Move) && now.parentNummer() != real(c.parentAfter))
            out.remaining.ops.append(
                {OpKind::Move, c.level, c.key, Field::ParentNummer, now.parentNummer(), real(c.parentAfter), {}});
        if (c.closed && !done.contains(PlannedOperation::Delete) && now.isActive())
            out.remaining.ops.append({OpKind::Close,
                                      c.level,
                                      c.key,
                                      Field::Aktivitetsstatus,
                                      now.value(Field::Aktivitetsstatus),
                                      QString(statusNedlagt),
                                      {}});
    }
    return out;
}

bool recordSubmission(Workspace &workspace, const QList<RecordChange> &changes, const QList<OperationResult> &results,
                      const QString &environment, const QString &user, const QString &reason, QString *error)
{
    QList<Workspace::AuditEntry> audit;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const OperationResult &r : results) {
        QStringList messages;
        if (!r.message.isEmpty())
            messages << r.message;
        for (const ImportResult::Error &e : r.errors)
            messages << QStringLiteral("%1 %2: %3").arg(e.code, e.field, e.message).simplified();
        audit.append({at, environment, user, reason, QString(ServiceNames::methodName(methodFor(r.operation))),
                      QString(levelKey(r.operation.change.level)), r.operation.change.key, r.number,
                      QString(outcomeKey(r.outcome)), messages.join(QStringLiteral(" | "))});
    }
    if (!workspace.appendAudit(audit, error))
        return false;
    // A refused change stays pending with the register's words kept beside it.
    for (const OperationResult &r : results) {
        QStringList words;
        for (const ImportResult::Error &e : r.errors)
            words << (e.field.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(e.field, e.message));
        if (r.outcome == OperationResult::Refused &&
            !workspace.setRefusal(r.operation.change.level, r.operation.change.key,
                                  words.isEmpty() ? r.message : words.join(QLatin1Char('\n')), error))
            return false;
        if (r.outcome == OperationResult::Accepted &&
            !workspace.setRefusal(r.operation.change.level, r.operation.change.key, {}, error))
            return false;
    }
    const Rebased rebased = rebase(workspace.changeSet()->base(), changes, results);
    return workspace.rebase(rebased.base, rebased.remaining, error);
}

} // namespace dtr
