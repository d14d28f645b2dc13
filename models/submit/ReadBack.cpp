#include "ReadBack.h"

#include "register/Register.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dtr {

using M = ServiceNames::Method;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Submission", text);
}

} // namespace

Record Expectation::insertedRecord() const
{
    Record r(level);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (hasField(level, it.key()))
            r.setValue(it.key(), it.value());
    return r;
}

QJsonObject Expectation::toJson() const
{
    QJsonObject values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        values.insert(QString(fieldKey(it.key())), it.value());
    return QJsonObject{{QStringLiteral("kind"), QString(operationKindKey(kind))},
                       {QStringLiteral("level"), QString(levelKey(level))},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("fields"), values},
                       {QStringLiteral("parent"), parent},
                       {QStringLiteral("existing"), QJsonArray::fromStringList(existing)}};
}

std::optional<Expectation> Expectation::fromJson(const QJsonObject &json)
{
    Expectation e;
    const QString kind = json.value(QLatin1String("kind")).toString();
    bool knownKind = false;
    for (PlannedOperation::Kind k :
         {PlannedOperation::Insert, PlannedOperation::Update, PlannedOperation::Move, PlannedOperation::Delete})
        if (kind == operationKindKey(k)) {
            e.kind = k;
            knownKind = true;
        }
    if (!knownKind || !levelFromKey(json.value(QLatin1String("level")).toString(), &e.level))
        return std::nullopt;
    e.number = json.value(QLatin1String("number")).toString();
    e.parent = json.value(QLatin1String("parent")).toString();
    const QJsonObject values = json.value(QLatin1String("fields")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        Field f;
        if (!fieldFromKey(it.key(), &f))
            return std::nullopt;
        e.fields.insert(f, it.value().toString());
    }
    for (const QJsonValue &v : json.value(QLatin1String("existing")).toArray())
        e.existing.append(v.toString());
    if (e.kind != PlannedOperation::Insert && e.number.isEmpty())
        return std::nullopt;
    return e;
}

namespace ReadBack {

namespace {

// Reads an export answer into a register.
bool readAnswer(const ServiceCall &call, Register *out, QString *error)
{
    return RegisterClient::readRegister(call, out, error);
}

} // namespace

void readRecord(RegisterClient &client, Level level, const QString &number, QObject *context,
                std::function<void(const RecordRead &)> done)
{
    ServiceCall *call = level == Level::Daginstitution    ? client.query(M::GetDaginstitutionByNummer, number)
                        : level == Level::Anvisningsenhed ? client.query(M::GetAnvisningsEnhederByNummer, number)
                                                          : client.query(M::GetAllAlternativAdresser);
    call->then(context, [level, number, done = std::move(done)](ServiceCall &c) {
        RecordRead read;
        Register reg;
        read.failure = c.error();
        if (!readAnswer(c, &reg, &read.error)) {
            done(read);
            return;
        }
        read.ok = true;
        const int i = reg.find(level, number);
        read.missing = i < 0;
        if (read.missing)
            read.error = tr("%1 %2 findes ikke i registeret.").arg(levelLabel(level), number);
        else
            read.record = reg.record(i);
        done(read);
    });
}

void findMatching(RegisterClient &client, const Record &mine, QObject *context,
                  std::function<void(const Matches &)> done)
{
    const Level level = mine.level();
    ServiceCall *call = level == Level::Daginstitution ? client.query(M::GetDaginstitutionByNavn, mine.navn())
                        : level == Level::Anvisningsenhed
                            ? client.query(M::GetAnvisningsEnhederByPnummer, mine.value(Field::PNummer))
                            : client.query(M::GetAllAlternativAdresser);
    call->then(context, [mine, done = std::move(done)](ServiceCall &c) {
        Matches m;
        Register reg;
        m.failure = c.error();
        if (!readAnswer(c, &reg, &m.error)) {
            done(m);
            return;
        }
        m.ok = true;
        const Level level = mine.level();
        for (const Record &r : reg.records()) {
            if (r.level() != level || r.navn() != mine.navn() || !r.isActive())
                continue;
            if (level != Level::Daginstitution && r.parentNummer() != mine.parentNummer())
                continue;
            if (level == Level::Daginstitution && r.value(Field::AdmKommuneKode) != mine.value(Field::AdmKommuneKode))
                continue;
            m.numbers.append(r.nummer());
        }
        done(m);
    });
}

void look(RegisterClient &client, const Expectation &expected, QObject *context,
          std::function<void(const LookResult &)> done)
{
    if (expected.kind == PlannedOperation::Insert) {
        findMatching(client, expected.insertedRecord(), context, [&client, context, expected, done](const Matches &m) {
            LookResult result;
            result.failure = m.failure;
            if (!m.ok) {
                result.message = m.error;
                done(result);
                return;
            }
            QStringList fresh;
            for (const QString &n : m.numbers)
                if (!expected.existing.contains(n))
                    fresh.append(n);
            if (fresh.isEmpty()) {
                result.state = LookResult::NotApplied;
                done(result);
                return;
            }
            // Ours is the new one (the lowest number, should two have appeared meanwhile).
            std::sort(fresh.begin(), fresh.end());
            result.number = fresh.first();
            readRecord(client, expected.level, result.number, context, [result, done](const RecordRead &read) mutable {
                result.state = LookResult::Applied;
                if (read.ok && !read.missing)
                    result.registered = read.record;
                done(result);
            });
        });
        return;
    }
    readRecord(client, expected.level, expected.number, context, [expected, done](const RecordRead &read) {
        LookResult result;
        result.failure = read.failure;
        result.number = expected.number;
        if (!read.ok) {
            result.message = read.error;
            done(result);
            return;
        }
        bool happened = false;
        if (read.missing) {
            // A closed record may leave the export altogether: then the closure happened.
            happened = expected.kind == PlannedOperation::Delete;
        } else {
            switch (expected.kind) {
            case PlannedOperation::Update:
                happened = true;
                for (auto it = expected.fields.cbegin(); it != expected.fields.cend(); ++it)
                    happened = happened && read.record.value(it.key()) == it.value();
                break;
            case PlannedOperation::Move:
                happened = read.record.parentNummer() == expected.parent;
                break;
            case PlannedOperation::Delete:
                happened = !read.record.isActive();
                break;
            case PlannedOperation::Insert:
                break;
            }
        }
        result.state = happened ? LookResult::Applied : LookResult::NotApplied;
        result.registered = read.record;
        done(result);
    });
}

} // namespace ReadBack
} // namespace dtr
