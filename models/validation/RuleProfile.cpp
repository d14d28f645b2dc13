#include "RuleProfile.h"

#include "Rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::RuleProfile", text);
}

constexpr auto Format = QLatin1StringView("dtr-studio-regelprofil");
constexpr qint64 MaxFileBytes = 1024 * 1024;

// A JSON value as written: "fejl", 3, null.
QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

RuleProfile &currentProfile()
{
    static RuleProfile profile;
    return profile;
}

} // namespace

QString jsonPosition(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("linje %1, kolonne %2").arg(line).arg(column);
}

const RuleSetting *RuleProfile::setting(const QString &rule) const
{
    if (rules.isEmpty())
        return nullptr;
    const auto it = rules.constFind(rule);
    return it == rules.cend() ? nullptr : &*it;
}

QString RuleProfile::displayName() const
{
    if (isStandard())
        return tr("standard");
    const QString shownName = name.isEmpty() ? tr("uden navn") : name;
    return path.isEmpty() ? shownName : QStringLiteral("%1 (%2)").arg(shownName, QDir::toNativeSeparators(path));
}

std::optional<RuleProfile> RuleProfile::parse(const QByteArray &json, const QString &fileLabel, QString *error)
{
    const auto fail = [&](const QString &what) {
        *error = tr("Regelprofilen %1 kan ikke bruges: %2").arg(fileLabel, what);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(tr("den er ikke gyldig JSON (%1: %2).")
                        .arg(jsonPosition(json, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return fail(tr("den skal være et JSON-objekt."));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!QStringList{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                         QStringLiteral("rules")}
                 .contains(it.key()))
            return fail(tr("ukendt nøgle \"%1\" (tilladt: format, version, name, rules).").arg(it.key()));
    if (root.value(QLatin1String("format")).toString() != Format)
        return fail(tr("\"format\" skal være \"%1\".").arg(Format));
    if (root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(tr("\"version\" skal være 1 – filen er måske lavet af en nyere udgave af DTR Studio."));
    if (root.contains(QLatin1String("name")) && !root.value(QLatin1String("name")).isString())
        return fail(tr("\"name\" skal være en tekst."));
    if (!root.value(QLatin1String("rules")).isObject())
        return fail(tr("\"rules\" mangler eller er ikke et objekt med en post pr. regel."));

    RuleProfile out;
    out.name = root.value(QLatin1String("name")).toString().trimmed();
    const QJsonObject list = root.value(QLatin1String("rules")).toObject();
    for (auto it = list.begin(); it != list.end(); ++it) {
        const QString id = it.key();
        if (!findRule(id))
            return fail(tr("ukendt regel \"%1\".").arg(id));
        if (!it.value().isObject())
            return fail(tr("reglen \"%1\" skal have et objekt, fx {\"severity\": \"warning\"}.").arg(id));
        const QJsonObject o = it.value().toObject();
        RuleSetting setting;
        for (auto field = o.begin(); field != o.end(); ++field) {
            const QString key = field.key();
            if (key == QLatin1String("severity")) {
                Severity severity = Severity::Warning;
                if (!field.value().isString() || !severityFromKey(field.value().toString(), &severity))
                    return fail(tr("reglen \"%1\": \"severity\" skal være \"error\", \"warning\" eller \"info\", "
                                   "ikke %2.")
                                    .arg(id, jsonText(field.value())));
                setting.severity = severity;
            } else if (key == QLatin1String("enabled")) {
                if (!field.value().isBool())
                    return fail(tr("reglen \"%1\": \"enabled\" skal være true eller false.").arg(id));
                setting.enabled = field.value().toBool();
            } else if (key == QLatin1String("note")) {
                if (!field.value().isString())
                    return fail(tr("reglen \"%1\": \"note\" skal være en tekst.").arg(id));
                setting.note = field.value().toString();
            } else {
                return fail(
                    tr("reglen \"%1\" har en ukendt nøgle \"%2\" (tilladt: severity, enabled, note).").arg(id, key));
            }
        }
        if (setting.enabled && !setting.severity && setting.note.isEmpty())
            continue; // says nothing
        out.rules.insert(id, setting);
    }
    return out;
}

std::optional<RuleProfile> RuleProfile::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Regelprofilen %1 kan ikke læses: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("Regelprofilen %1 er for stor til at være en regelprofil (over 1 MB).")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    std::optional<RuleProfile> out = parse(file.readAll(), QDir::toNativeSeparators(path), error);
    if (out)
        out->path = path;
    return out;
}

QByteArray RuleProfile::toJson() const
{
    QJsonObject list;
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        QJsonObject o;
        if (!it->enabled)
            o.insert(QStringLiteral("enabled"), false);
        if (it->severity)
            o.insert(QStringLiteral("severity"), QString(severityKey(*it->severity)));
        if (!it->note.isEmpty())
            o.insert(QStringLiteral("note"), it->note);
        list.insert(it.key(), o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QString(Format)},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("rules"), list}})
        .toJson(QJsonDocument::Indented);
}

bool RuleProfile::writeFile(const QString &path, QString *error) const
{
    const QByteArray bytes = toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Regelprofilen kan ikke gemmes i %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

const RuleProfile &RuleProfile::current()
{
    return currentProfile();
}

void RuleProfile::setCurrent(const RuleProfile &profile)
{
    currentProfile() = profile;
}

} // namespace dtr
