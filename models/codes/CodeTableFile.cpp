// Code tables from a file the municipality receives: the codes.json format, checked in full.

#include "CodeTables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace dtr {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dtr::CodeTables", text, disambiguation, n);
}

constexpr auto Format = QLatin1StringView("dtr-studio code tables 1");
constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;

// Where in the document a parse error lies.
QString position(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    return tr("linje %1, kolonne %2").arg(before.count('\n') + 1).arg(offset - (before.lastIndexOf('\n') + 1) + 1);
}

bool isCode(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= 0;
}

class FileReader
{
public:
    explicit FileReader(QString *error)
        : m_error(error)
    {}

    bool fail(const QString &what)
    {
        *m_error = what;
        return false;
    }

    // tables.<name>: {"provenance", "confirmed", "codes": [{"code": n, "label": "…"}]}.
    bool table(const QJsonObject &tables, const QString &name, CodeTable *out, bool kommune = false)
    {
        const QJsonValue value = tables.value(name);
        if (!value.isObject())
            return fail(tr("tables.%1 mangler eller er ikke et objekt.").arg(name));
        const QJsonObject t = value.toObject();
        if (t.contains(QLatin1String("confirmed")) && !t.value(QLatin1String("confirmed")).isBool())
            return fail(tr("tables.%1.confirmed skal være true eller false.").arg(name));
        out->confirmed = t.value(QLatin1String("confirmed")).toBool(false);
        out->provenance = t.value(QLatin1String("provenance")).toString();
        const QJsonArray codes = t.value(QLatin1String("codes")).toArray();
        if (codes.isEmpty())
            return fail(tr("tables.%1.codes mangler eller er tom.").arg(name));
        out->labels.clear();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QJsonObject row = codes[i].toObject();
            const QString where = QStringLiteral("tables.%1.codes[%2]").arg(name).arg(i);
            if (!isCode(row.value(QLatin1String("code"))))
                return fail(tr("%1: \"code\" skal være et helt tal.").arg(where));
            const QString label = row.value(QLatin1String("label")).toString().trimmed();
            if (label.isEmpty())
                return fail(tr("%1: \"label\" skal være en tekst.").arg(where));
            const int code = row.value(QLatin1String("code")).toInt();
            if (out->labels.contains(code))
                return fail(tr("%1: koden %2 står der to gange.").arg(where).arg(code));
            out->labels.insert(code, label);
            if (kommune)
                m_regions.insert(code, row.value(QLatin1String("region")).toString());
        }
        return true;
    }

    QMap<int, QString> m_regions;

private:
    QString *m_error;
};

} // namespace

std::optional<CodeTables> CodeTables::readFile(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Kodetabellerne %1 kan ikke læses: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("%1 er for stor til at være en kodetabelfil (over 8 MB).").arg(shown);
        return std::nullopt;
    }
    return parseFile(file.readAll(), path, error);
}

std::optional<CodeTables> CodeTables::parseFile(const QByteArray &json, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QString what;
    const auto fail = [&](const QString &problem) {
        *error = tr("Kodetabellerne i %1 kan ikke bruges: %2").arg(shown, problem);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(
            tr("filen er ikke gyldig JSON (%1: %2).").arg(position(json, parseError.offset), parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != Format)
        return fail(tr("\"format\" skal være \"%1\".").arg(Format));
    if (!root.value(QLatin1String("tables")).isObject())
        return fail(tr("\"tables\" mangler."));
    const QJsonObject tables = root.value(QLatin1String("tables")).toObject();

    CodeTables out;
    FileReader read(&what);
    if (!read.table(tables, QStringLiteral("ejerform"), &out.ejerform) ||
        !read.table(tables, QStringLiteral("lovgrundlag"), &out.lovgrundlag) ||
        !read.table(tables, QStringLiteral("instType3"), &out.instType3))
        return fail(what);

    // The kommune table: inline, in a CSV file beside this one, or the bundled one.
    const QJsonObject kommune = tables.value(QLatin1String("kommune")).toObject();
    if (!tables.contains(QLatin1String("kommune"))) {
        out.kommune = bundled().kommune;
        out.kommuneRegion = bundled().kommuneRegion;
    } else if (kommune.contains(QLatin1String("codes"))) {
        if (!read.table(tables, QStringLiteral("kommune"), &out.kommune, true))
            return fail(what);
        out.kommuneRegion = read.m_regions;
    } else if (kommune.contains(QLatin1String("file"))) {
        const QString csvPath = QFileInfo(path).dir().filePath(kommune.value(QLatin1String("file")).toString());
        QFile csv(csvPath);
        if (!csv.open(QIODevice::ReadOnly))
            return fail(
                tr("kommunelisten %1 kan ikke læses: %2").arg(QDir::toNativeSeparators(csvPath), csv.errorString()));
        if (!out.readKommuneCsv(csv.read(MaxFileBytes), &what))
            return fail(QDir::toNativeSeparators(csvPath) + QStringLiteral(": ") + what);
        out.kommune.provenance = kommune.value(QLatin1String("provenance")).toString();
        out.kommune.confirmed = kommune.value(QLatin1String("confirmed")).toBool(false);
    } else {
        return fail(tr("tables.kommune skal have \"codes\" eller \"file\" – eller udelades, så de indbyggede 98 "
                       "kommuner bruges."));
    }

    // The cross-validation matrix; without one the cross-validation rules stay silent.
    if (root.contains(QLatin1String("crossValidation"))) {
        const QJsonObject cross = root.value(QLatin1String("crossValidation")).toObject();
        out.crossValidationProvenance = cross.value(QLatin1String("provenance")).toString();
        if (cross.contains(QLatin1String("confirmed")) && !cross.value(QLatin1String("confirmed")).isBool())
            return fail(tr("crossValidation.confirmed skal være true eller false."));
        out.crossValidationConfirmed = cross.value(QLatin1String("confirmed")).toBool(false);
        const QJsonArray rules = cross.value(QLatin1String("rules")).toArray();
        QSet<int> seen;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QJsonObject r = rules[i].toObject();
            const QString where = QStringLiteral("crossValidation.rules[%1]").arg(i);
            if (!isCode(r.value(QLatin1String("lovgrundlag"))))
                return fail(tr("%1: \"lovgrundlag\" skal være et helt tal.").arg(where));
            CrossValidationRule rule;
            rule.lovgrundlag = r.value(QLatin1String("lovgrundlag")).toInt();
            if (!out.lovgrundlag.contains(rule.lovgrundlag))
                return fail(
                    tr("%1: lovgrundlag %2 findes ikke i tabellen lovgrundlag.").arg(where).arg(rule.lovgrundlag));
            if (seen.contains(rule.lovgrundlag))
                return fail(tr("%1: lovgrundlag %2 har allerede en regel.").arg(where).arg(rule.lovgrundlag));
            seen.insert(rule.lovgrundlag);
            for (const auto &[key, table, list] :
                 {std::tuple{QStringLiteral("ejerform"), &out.ejerform, &rule.ejerform},
                  std::tuple{QStringLiteral("instType3"), &out.instType3, &rule.instType3}}) {
                const QJsonValue value = r.value(key);
                if (!value.isArray())
                    return fail(tr("%1: \"%2\" skal være en liste af koder.").arg(where, key));
                for (const QJsonValue &code : value.toArray()) {
                    if (!isCode(code) || !table->contains(code.toInt()))
                        return fail(tr("%1: %2-koden %3 findes ikke i tabellen %2.")
                                        .arg(where, key, QString::number(code.toDouble())));
                    list->append(code.toInt());
                }
            }
            out.crossValidation.append(rule);
        }
    }
    out.sourceFile = path;
    out.provenance =
        tr("Indlæst fra %1 (%2). %3")
            .arg(shown, QLocale(QLocale::Danish).toString(QDateTime::currentDateTime(), QStringLiteral("d. MMMM yyyy")),
                 root.value(QLatin1String("provenance")).toString())
            .trimmed();
    return out;
}

QByteArray CodeTables::toJson() const
{
    const auto table = [this](const CodeTable &t, const QString &field) {
        QJsonArray codes;
        for (auto it = t.labels.cbegin(); it != t.labels.cend(); ++it) {
            QJsonObject row{{QStringLiteral("code"), it.key()}, {QStringLiteral("label"), it.value()}};
            if (&t == &kommune)
                row.insert(QStringLiteral("region"), kommuneRegion.value(it.key()));
            codes.append(row);
        }
        return QJsonObject{{QStringLiteral("field"), field},
                           {QStringLiteral("confirmed"), t.confirmed},
                           {QStringLiteral("provenance"), t.provenance},
                           {QStringLiteral("codes"), codes}};
    };
    QJsonArray rules;
    for (const CrossValidationRule &r : crossValidation) {
        QJsonArray ejer;
        QJsonArray types;
        for (int e : r.ejerform)
            ejer.append(e);
        for (int t : r.instType3)
            types.append(t);
        rules.append(QJsonObject{{QStringLiteral("lovgrundlag"), r.lovgrundlag},
                                 {QStringLiteral("ejerform"), ejer},
                                 {QStringLiteral("instType3"), types}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QString(Format)},
        {QStringLiteral("provenance"), provenance},
        {QStringLiteral("tables"),
         QJsonObject{{QStringLiteral("ejerform"), table(ejerform, QStringLiteral("ejerformKode"))},
                     {QStringLiteral("lovgrundlag"), table(lovgrundlag, QStringLiteral("lovgrundlagKode"))},
                     {QStringLiteral("instType3"), table(instType3, QStringLiteral("InstType3"))},
                     {QStringLiteral("kommune"), table(kommune, QStringLiteral("admKommuneKode, kommuneKode"))}}},
        {QStringLiteral("crossValidation"), QJsonObject{{QStringLiteral("confirmed"), crossValidationConfirmed},
                                                        {QStringLiteral("provenance"), crossValidationProvenance},
                                                        {QStringLiteral("rules"), rules}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString CodeTables::summary() const
{
    const auto state = [](bool confirmed) { return confirmed ? tr("STIL's") : tr("foreløbig"); };
    QStringList parts;
    parts
        << tr("ejerform: %n koder (%1)", nullptr, int(ejerform.labels.size())).arg(state(ejerform.confirmed))
        << tr("lovgrundlag: %n koder (%1)", nullptr, int(lovgrundlag.labels.size())).arg(state(lovgrundlag.confirmed))
        << tr("institutionstype: %n koder (%1)", nullptr, int(instType3.labels.size())).arg(state(instType3.confirmed))
        << tr("kommuner: %n", nullptr, int(kommune.labels.size()));
    parts << (crossValidation.isEmpty() ? tr("ingen krydsvalideringstabel")
                                        : tr("krydsvalidering: %n regler (%1)", nullptr, int(crossValidation.size()))
                                              .arg(state(crossValidationConfirmed)));
    return parts.join(QStringLiteral("; "));
}

} // namespace dtr
