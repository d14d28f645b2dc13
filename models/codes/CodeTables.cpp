#include "CodeTables.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::CodeTables", text);
}

bool readTable(const QJsonObject &tables, const char *name, CodeTable *table, QString *error)
{
    const QJsonObject t = tables.value(QLatin1String(name)).toObject();
    const QJsonArray codes = t.value(QLatin1String("codes")).toArray();
    if (codes.isEmpty()) {
        *error = tr("Kodetabellen \"%1\" mangler eller er tom.").arg(QLatin1String(name));
        return false;
    }
    table->provenance = t.value(QLatin1String("provenance")).toString();
    for (const QJsonValue &v : codes) {
        const QJsonObject row = v.toObject();
        const QJsonValue code = row.value(QLatin1String("code"));
        if (!code.isDouble() || !row.value(QLatin1String("label")).isString()) {
            *error = tr("Kodetabellen \"%1\" har en række uden tal-kode eller tekst.").arg(QLatin1String(name));
            return false;
        }
        table->labels.insert(code.toInt(), row.value(QLatin1String("label")).toString());
    }
    return true;
}

QList<int> intList(const QJsonValue &value)
{
    QList<int> out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toInt());
    return out;
}

} // namespace

QString CodeTable::label(int code) const
{
    const auto it = labels.constFind(code);
    return it == labels.cend() ? QString::number(code) : *it;
}

std::optional<CodeTables> CodeTables::parse(const QByteArray &codesJson, const QByteArray &kommunerCsv, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(codesJson, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = tr("Kodetabellerne kunne ikke læses: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
    CodeTables out;
    out.provenance = root.value(QLatin1String("provenance")).toString();
    if (!readTable(tables, "ejerform", &out.ejerform, error) ||
        !readTable(tables, "lovgrundlag", &out.lovgrundlag, error) ||
        !readTable(tables, "instType3", &out.instType3, error))
        return std::nullopt;
    out.kommune.provenance =
        tables.value(QLatin1String("kommune")).toObject().value(QLatin1String("provenance")).toString();

    // kommuner.csv: kode,navn,region with a header row.
    const QList<QByteArray> lines = kommunerCsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cols = line.split(',');
        bool ok = false;
        const int kode = cols.value(0).toInt(&ok);
        if (!ok || cols.size() < 2) {
            *error = tr("Kommunelisten har en ugyldig række %1: \"%2\".").arg(i + 1).arg(QString::fromUtf8(line));
            return std::nullopt;
        }
        out.kommune.labels.insert(kode, QString::fromUtf8(cols[1]));
        out.kommuneRegion.insert(kode, QString::fromUtf8(cols.value(2)));
    }
    if (out.kommune.labels.isEmpty()) {
        *error = tr("Kommunelisten er tom.");
        return std::nullopt;
    }

    const QJsonObject cross = root.value(QLatin1String("crossValidation")).toObject();
    out.crossValidationProvenance = cross.value(QLatin1String("provenance")).toString();
    for (const QJsonValue &v : cross.value(QLatin1String("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        out.crossValidation.append({r.value(QLatin1String("lovgrundlag")).toInt(),
                                    intList(r.value(QLatin1String("ejerform"))),
                                    intList(r.value(QLatin1String("instType3")))});
    }
    return out;
}

const CodeTables &CodeTables::bundled()
{
    static const CodeTables tables = [] {
        QFile codes(QStringLiteral(":/codes/codes.json"));
        QFile kommuner(QStringLiteral(":/codes/kommuner.csv"));
        QString error;
        std::optional<CodeTables> parsed;
        if (codes.open(QIODevice::ReadOnly) && kommuner.open(QIODevice::ReadOnly))
            parsed = parse(codes.readAll(), kommuner.readAll(), &error);
        // The bundled copy is part of the program; failing to read it is a build defect.
        Q_ASSERT_X(parsed, "CodeTables::bundled", qPrintable(error));
        return parsed.value_or(CodeTables{});
    }();
    return tables;
}

const CodeTable *CodeTables::tableFor(Field field) const
{
    switch (field) {
    case Field::EjerformKode:
        return &ejerform;
    case Field::LovgrundlagKode:
        return &lovgrundlag;
    case Field::InstType3:
        return &instType3;
    case Field::AdmKommuneKode:
    case Field::KommuneKode:
        return &kommune;
    default:
        return nullptr;
    }
}

const CrossValidationRule *CodeTables::ruleFor(int lovgrundlag) const
{
    for (const CrossValidationRule &r : crossValidation)
        if (r.lovgrundlag == lovgrundlag)
            return &r;
    return nullptr;
}

} // namespace dtr
