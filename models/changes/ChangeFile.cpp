#include "ChangeFile.h"

#include "Sha256.h"
#include "io/XmlSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::ChangeFile", text);
}

// A write-only device that hashes what it is given: the fingerprint's XML is never held whole.
class HashingDevice : public QIODevice
{
public:
    HashingDevice() { open(QIODevice::WriteOnly); }
    QString hexResult() { return m_hash.hexResult(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        return size;
    }

private:
    Sha256 m_hash;
};

} // namespace

QString ChangeFile::fingerprint(const Register &base)
{
    HashingDevice hash;
    XmlSnapshot::writeTo(base, &hash);
    return hash.hexResult();
}

QJsonObject ChangeFile::opToJson(const Operation &op)
{
    QJsonObject o{{QStringLiteral("op"), QString(opKindKey(op.kind))},
                  {QStringLiteral("level"), QString(levelKey(op.level))},
                  {QStringLiteral("key"), op.key}};
    switch (op.kind) {
    case OpKind::Create: {
        QJsonObject values;
        const QList<Field> &fields = fieldsOf(op.level);
        for (int f = 0; f < fields.size() && f < op.values.size(); ++f)
            if (fields[f] != Field::Nummer && !op.values[f].isEmpty())
                values.insert(QString(fieldKey(fields[f])), op.values[f]);
        o.insert(QStringLiteral("values"), values);
        break;
    }
    case OpKind::Update:
        o.insert(QStringLiteral("field"), QString(fieldKey(op.field)));
        o.insert(QStringLiteral("before"), op.before);
        o.insert(QStringLiteral("after"), op.after);
        break;
    case OpKind::Move:
        o.insert(QStringLiteral("parentBefore"), op.before);
        o.insert(QStringLiteral("parentAfter"), op.after);
        break;
    case OpKind::Close:
        o.insert(QStringLiteral("statusBefore"), op.before);
        o.insert(QStringLiteral("statusAfter"), op.after);
        break;
    }
    return o;
}

bool ChangeFile::opFromJson(const QJsonObject &o, Operation *op, QString *error)
{
    if (!opKindFromKey(o.value(QStringLiteral("op")).toString(), &op->kind)) {
        *error = tr("ukendt \"op\": \"%1\" (create, update, move eller close)")
                     .arg(o.value(QStringLiteral("op")).toString());
        return false;
    }
    if (!levelFromKey(o.value(QStringLiteral("level")).toString(), &op->level)) {
        *error = tr("ukendt \"level\": \"%1\"").arg(o.value(QStringLiteral("level")).toString());
        return false;
    }
    op->key = o.value(QStringLiteral("key")).toString();
    if (op->key.isEmpty()) {
        *error = tr("\"key\" mangler");
        return false;
    }
    const auto text = [&](const char *name, QString *out) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isString()) {
            *error = tr("\"%1\" mangler eller er ikke tekst").arg(QLatin1String(name));
            return false;
        }
        *out = v.toString();
        return true;
    };
    switch (op->kind) {
    case OpKind::Create: {
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        Record r(op->level);
        for (auto it = values.begin(); it != values.end(); ++it) {
            Field f;
            if (!fieldFromKey(it.key(), &f) || !hasField(op->level, f) || f == Field::Nummer) {
                *error = tr("feltet \"%1\" findes ikke på en %2").arg(it.key(), levelLabel(op->level).toLower());
                return false;
            }
            if (!it.value().isString()) {
                *error = tr("feltet \"%1\" er ikke tekst").arg(it.key());
                return false;
            }
            r.setValue(f, it.value().toString());
        }
        if (op->level != Level::Daginstitution && r.parentNummer().isEmpty()) {
            *error = tr("en ny %1 skal have \"parentNummer\"").arg(levelLabel(op->level).toLower());
            return false;
        }
        r.setValue(Field::Nummer, op->key);
        op->values = r.cells();
        return true;
    }
    case OpKind::Update: {
        const QString name = o.value(QStringLiteral("field")).toString();
        if (!fieldFromKey(name, &op->field) || !hasField(op->level, op->field)) {
            *error = tr("feltet \"%1\" findes ikke på en %2").arg(name, levelLabel(op->level).toLower());
            return false;
        }
        return text("before", &op->before) && text("after", &op->after);
    }
    case OpKind::Move:
        if (op->level == Level::Daginstitution) {
            *error = tr("en daginstitution kan ikke flyttes");
            return false;
        }
        return text("parentBefore", &op->before) && text("parentAfter", &op->after);
    case OpKind::Close:
        return text("statusBefore", &op->before) && text("statusAfter", &op->after);
    }
    return false;
}

QJsonObject ChangeFile::stepToJson(const Step &step)
{
    QJsonArray ops;
    for (const Operation &op : step.ops)
        ops.append(opToJson(op));
    return {{QStringLiteral("text"), step.text}, {QStringLiteral("ops"), ops}};
}

bool ChangeFile::stepFromJson(const QJsonObject &json, Step *step, QString *error)
{
    step->text = json.value(QStringLiteral("text")).toString();
    const QJsonArray ops = json.value(QStringLiteral("ops")).toArray();
    if (ops.isEmpty()) {
        *error = tr("trinnet har ingen operationer (\"ops\")");
        return false;
    }
    step->ops.clear();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        Operation op;
        QString opError;
        if (!ops[i].isObject() || !opFromJson(ops[i].toObject(), &op, &opError)) {
            *error = tr("operation %1: %2").arg(i + 1).arg(opError.isEmpty() ? tr("er ikke et objekt") : opError);
            return false;
        }
        step->ops.append(op);
    }
    return true;
}

QByteArray ChangeFile::write(const ChangeSet &changes, const QString &baseFingerprint)
{
    QJsonArray steps;
    for (int s = 0; s < changes.position(); ++s)
        steps.append(stepToJson(changes.steps()[s]));
    QJsonObject base{{QStringLiteral("fingerprint"), baseFingerprint},
                     {QStringLiteral("records"), changes.base().size()}};
    if (!changes.base().extractedAt().isEmpty())
        base.insert(QStringLiteral("extractedAt"), changes.base().extractedAt());
    const QJsonObject root{{QStringLiteral("format"), QString(Format)},
                           {QStringLiteral("version"), Version},
                           {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("base"), base},
                           {QStringLiteral("steps"), steps}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ChangeFile::read(const QByteArray &data, Contents *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        *error = doc.isNull()
                     ? tr("Ikke gyldig JSON (ved tegn %1: %2).").arg(parseError.offset).arg(parseError.errorString())
                     : tr("Dokumentet er ikke et JSON-objekt.");
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != Format) {
        *error = tr("Ikke en ændringsfil fra DTR Studio (\"format\" skal være \"%1\").").arg(Format);
        return false;
    }
    if (root.value(QStringLiteral("version")).toInt() != Version) {
        *error = tr("Ændringsfilens version %1 kendes ikke (denne udgave læser version %2).")
                     .arg(root.value(QStringLiteral("version")).toInt())
                     .arg(Version);
        return false;
    }
    const QJsonObject base = root.value(QStringLiteral("base")).toObject();
    out->baseFingerprint = base.value(QStringLiteral("fingerprint")).toString();
    out->baseExtractedAt = base.value(QStringLiteral("extractedAt")).toString();
    out->createdAt = root.value(QStringLiteral("createdAt")).toString();
    if (out->baseFingerprint.size() != 64) {
        *error = tr("Ændringsfilen siger ikke, hvilke grunddata den er lavet på (\"base.fingerprint\").");
        return false;
    }
    out->steps.clear();
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        Step step;
        QString stepError;
        if (!steps[i].isObject() || !stepFromJson(steps[i].toObject(), &step, &stepError)) {
            *error = tr("Trin %1: %2").arg(i + 1).arg(stepError.isEmpty() ? tr("er ikke et objekt") : stepError);
            return false;
        }
        out->steps.append(step);
    }
    return true;
}

bool ChangeFile::prepareImport(const ChangeSet &changes, const QString &baseFingerprint, const Contents &contents,
                               Step *step, QString *error)
{
    if (contents.baseFingerprint != baseFingerprint) {
        *error = tr("Ændringerne er lavet på andre grunddata end dette arbejdsområde (udtræk %1). "
                    "Åbn det udtræk, de er lavet på, og importér dem dér.")
                     .arg(contents.baseExtractedAt.isEmpty() ? tr("med ukendt tidspunkt") : contents.baseExtractedAt);
        return false;
    }
    if (contents.steps.isEmpty()) {
        *error = tr("Ændringsfilen indeholder ingen ændringer.");
        return false;
    }
    // New records in the file get temporary keys of their own here, so they never collide with
    // this workspace's new records.
    int serial = 0;
    for (const Step &s : changes.steps())
        for (const Operation &op : s.ops)
            if (op.kind == OpKind::Create && isTemporaryKey(op.key))
                serial = std::max(serial, op.key.mid(4, op.key.size() - 5).toInt());
    QHash<QString, QString> renamed;
    const auto rename = [&](const QString &key) {
        if (!isTemporaryKey(key))
            return key;
        auto it = renamed.find(key);
        if (it == renamed.end())
            it = renamed.insert(key, temporaryKey(++serial));
        return *it;
    };
    QList<Step> steps = contents.steps;
    for (Step &s : steps) {
        for (Operation &op : s.ops) {
            op.key = rename(op.key);
            if (op.kind == OpKind::Create) {
                const int parentSlot = fieldSlot(op.level, Field::ParentNummer);
                if (parentSlot >= 0)
                    op.values[parentSlot] = rename(op.values[parentSlot]);
                op.values[fieldSlot(op.level, Field::Nummer)] = op.key;
            } else if (op.kind == OpKind::Move) {
                op.before = rename(op.before);
                op.after = rename(op.after);
            }
        }
    }

    // Prove the whole file on a scratch copy first: nothing is applied unless everything applies.
    ChangeSet scratch(changes.overlay()->baseShared());
    scratch.setCodeTables(changes.codeTables());
    QString loadError;
    if (!scratch.load(changes.steps().mid(0, changes.position()), changes.position(), &loadError)) {
        *error = loadError;
        return false;
    }
    Step combined{tr("Importér %1 ændringstrin").arg(steps.size()), {}, {}};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QString stepError;
        if (scratch.push(steps[i], &stepError) == ChangeSet::Result::Refused) {
            *error = tr("Trin %1 (\"%2\") kan ikke anvendes: %3").arg(i + 1).arg(steps[i].text, stepError);
            return false;
        }
        scratch.sealMerging();
        combined.ops.append(steps[i].ops);
    }
    *step = combined;
    return true;
}

} // namespace dtr
