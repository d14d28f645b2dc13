#include "XmlSchema.h"

#include <QCoreApplication>
#include <QFile>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::XmlSchema", text);
}

void collect(void *context, const xmlError *error)
{
    auto *errors = static_cast<QStringList *>(context);
    const QString message = QString::fromUtf8(error->message).trimmed();
    errors->append(error->line > 0 ? tr("linje %1: %2").arg(error->line).arg(message) : message);
}

// libxml2 2.9 declares the structured handler without const.
void collectMutable(void *context, xmlError *error)
{
    collect(context, error);
}

constexpr int ParseOptions = XML_PARSE_NONET | XML_PARSE_NOWARNING;

} // namespace

struct XmlSchema::Impl
{
    xmlSchemaPtr schema = nullptr;
    ~Impl()
    {
        if (schema)
            xmlSchemaFree(schema);
    }
};

XmlSchema::~XmlSchema() = default;

QByteArray XmlSchema::bundledRegisterSchema()
{
    QFile file(QStringLiteral(":/service/dagtilbud.xsd"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::unique_ptr<XmlSchema> XmlSchema::fromBytes(const QByteArray &xsd, QString *error)
{
    if (xsd.contains("<!DOCTYPE") || xsd.contains("<!ENTITY")) {
        *error = tr("Skemaet indeholder en DTD eller entiteter, som ikke er tilladt.");
        return nullptr;
    }
    QStringList errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(xsd.constData(), int(xsd.size()));
    if (!parser) {
        *error = tr("Skemaet kan ikke læses.");
        return nullptr;
    }
    xmlSchemaSetParserStructuredErrors(parser, collectMutable, &errors);
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (!schema) {
        *error = tr("Skemaet er ikke gyldigt: %1").arg(errors.join(QStringLiteral("; ")));
        return nullptr;
    }
    std::unique_ptr<XmlSchema> out(new XmlSchema);
    out->d = std::make_unique<Impl>();
    out->d->schema = schema;
    return out;
}

bool XmlSchema::validate(const QByteArray &document, QStringList *errors) const
{
    errors->clear();
    if (document.contains("<!DOCTYPE") || document.contains("<!ENTITY")) {
        errors->append(tr("Dokumentet indeholder en DTD eller entiteter, som ikke er tilladt."));
        return false;
    }
    xmlDocPtr doc = xmlReadMemory(document.constData(), int(document.size()), "payload.xml", "UTF-8", ParseOptions);
    if (!doc) {
        const xmlError *last = xmlGetLastError();
        errors->append(tr("Dokumentet er ikke gyldig XML: %1")
                           .arg(last ? QString::fromUtf8(last->message).trimmed() : tr("ukendt fejl")));
        xmlResetLastError();
        return false;
    }
    xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(d->schema);
    xmlSchemaSetValidStructuredErrors(validator, collectMutable, errors);
    const int result = xmlSchemaValidateDoc(validator, doc);
    xmlSchemaFreeValidCtxt(validator);
    xmlFreeDoc(doc);
    if (result != 0 && errors->isEmpty())
        errors->append(tr("Dokumentet passer ikke til skemaet."));
    return result == 0;
}

} // namespace dtr
