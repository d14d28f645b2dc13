#include "CodeTables.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

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
    table->confirmed = t.value(QLatin1String("confirmed")).toBool(false);
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
    out.kommune.confirmed =
        tables.value(QLatin1String("kommune")).toObject().value(QLatin1String("confirmed")).toBool();

    if (!out.readKommuneCsv(kommunerCsv, error))
        return std::nullopt;

    const QJsonObject cross = root.value(QLatin1String("crossValidation")).toObject();
    out.crossValidationProvenance = cross.value(QLatin1String("provenance")).toString();
    out.crossValidationConfirmed = cross.value(QLatin1String("confirmed")).toBool(false);
    for (const QJsonValue &v : cross.value(QLatin1String("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        out.crossValidation.append({r.value(QLatin1String("lovgrundlag")).toInt(),
                                    intList(r.value(QLatin1String("ejerform"))),
                                    intList(r.value(QLatin1String("instType3")))});
    }
    return out;
}

bool CodeTables::readKommuneCsv(const QByteArray &csv, QString *error)
{
    // kode,navn,region with a header row.
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cols = line.split(',');
        bool ok = false;
        const int kode = cols.value(0).toInt(&ok);
        if (!ok || cols.size() < 2) {
            *error = tr("Kommunelisten har en ugyldig række %1: \"%2\".").arg(i + 1).arg(QString::fromUtf8(line));
            return false;
        }
        kommune.labels.insert(kode, QString::fromUtf8(cols[1]));
        kommuneRegion.insert(kode, QString::fromUtf8(cols.value(2)));
    }
    if (kommune.labels.isEmpty()) {
        *error = tr("Kommunelisten er tom.");
        return false;
    }
    return true;
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

namespace {

const struct
{
    const char *name;
    CodeTable CodeTables::*table;
} xmlTables[] = {{"ejerform", &CodeTables::ejerform},
                 {"lovgrundlag", &CodeTables::lovgrundlag},
                 {"instType3", &CodeTables::instType3},
                 {"kommune", &CodeTables::kommune}};

QString joined(const QList<int> &codes)
{
    QStringList parts;
    for (int c : codes)
        parts << QString::number(c);
    return parts.join(QLatin1Char(' '));
}

QList<int> split(QStringView text)
{
    QList<int> out;
    for (QStringView part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.append(part.toInt());
    return out;
}

} // namespace

QByteArray CodeTables::toXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("kodetabeller"));
    xml.writeAttribute(QStringLiteral("kilde"), provenance);
    for (const auto &t : xmlTables) {
        const CodeTable &table = this->*t.table;
        xml.writeStartElement(QStringLiteral("tabel"));
        xml.writeAttribute(QStringLiteral("navn"), QLatin1String(t.name));
        xml.writeAttribute(QStringLiteral("kilde"), table.provenance);
        xml.writeAttribute(QStringLiteral("bekraeftet"),
                           table.confirmed ? QStringLiteral("true") : QStringLiteral("false"));
        for (auto it = table.labels.cbegin(); it != table.labels.cend(); ++it) {
            xml.writeStartElement(QStringLiteral("kode"));
            xml.writeAttribute(QStringLiteral("vaerdi"), QString::number(it.key()));
            if (&table == &kommune)
                xml.writeAttribute(QStringLiteral("region"), kommuneRegion.value(it.key()));
            xml.writeCharacters(it.value());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("krydsvalidering"));
    xml.writeAttribute(QStringLiteral("kilde"), crossValidationProvenance);
    xml.writeAttribute(QStringLiteral("bekraeftet"),
                       crossValidationConfirmed ? QStringLiteral("true") : QStringLiteral("false"));
    for (const CrossValidationRule &r : crossValidation) {
        xml.writeStartElement(QStringLiteral("regel"));
        xml.writeAttribute(QStringLiteral("lovgrundlag"), QString::number(r.lovgrundlag));
        xml.writeAttribute(QStringLiteral("ejerform"), joined(r.ejerform));
        xml.writeAttribute(QStringLiteral("instType3"), joined(r.instType3));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    return out;
}

std::optional<CodeTables> CodeTables::fromXml(const QByteArray &data, const QString &source, QString *error)
{
    CodeTables out;
    QXmlStreamReader xml(data);
    CodeTable *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference) {
            *error = tr("Kodetabellerne indeholder en DTD eller entiteter, som ikke er tilladt.");
            return std::nullopt;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        if (name == QLatin1String("kodetabeller")) {
            out.provenance = tr("Hentet fra %1. %2").arg(source, a.value(QStringLiteral("kilde")).toString());
        } else if (name == QLatin1String("tabel")) {
            current = nullptr;
            for (const auto &t : xmlTables)
                if (a.value(QStringLiteral("navn")) == QLatin1String(t.name))
                    current = &(out.*t.table);
            if (current) {
                current->provenance = tr("Hentet fra %1. %2").arg(source, a.value(QStringLiteral("kilde")).toString());
                // Only an answer that says so makes the tables STIL's own.
                current->confirmed = a.value(QStringLiteral("bekraeftet")) == QLatin1String("true");
            }
        } else if (name == QLatin1String("kode") && current) {
            bool ok = false;
            const int code = a.value(QStringLiteral("vaerdi")).toInt(&ok);
            const QString region = a.value(QStringLiteral("region")).toString();
            const QString label = xml.readElementText();
            if (!ok) {
                *error = tr("Kodetabellen har en kode uden talværdi (linje %1).").arg(xml.lineNumber());
                return std::nullopt;
            }
            current->labels.insert(code, label);
            if (current == &out.kommune)
                out.kommuneRegion.insert(code, region);
        } else if (name == QLatin1String("krydsvalidering")) {
            out.crossValidationProvenance =
                tr("Hentet fra %1. %2").arg(source, a.value(QStringLiteral("kilde")).toString());
            out.crossValidationConfirmed = a.value(QStringLiteral("bekraeftet")) == QLatin1String("true");
        } else if (name == QLatin1String("regel")) {
            out.crossValidation.append({a.value(QStringLiteral("lovgrundlag")).toInt(),
                                        split(a.value(QStringLiteral("ejerform"))),
                                        split(a.value(QStringLiteral("instType3")))});
        }
    }
    if (xml.hasError()) {
        *error = tr("Kodetabellerne kan ikke læses (linje %1): %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    for (const auto &t : xmlTables) {
        if ((out.*t.table).labels.isEmpty()) {
            *error = tr("Kodetabellen \"%1\" mangler i svaret.").arg(QLatin1String(t.name));
            return std::nullopt;
        }
    }
    return out;
}

namespace {
CodeTables &currentTables()
{
    static CodeTables tables = CodeTables::bundled();
    return tables;
}
} // namespace

const CodeTables &CodeTables::current()
{
    return currentTables();
}

void CodeTables::replaceCurrent(const CodeTables &tables)
{
    currentTables() = tables;
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
