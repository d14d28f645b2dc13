#include "SoapMessage.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace dtr::Soap {

namespace {

using namespace ServiceNames;

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Soap", text);
}

QByteArray envelope(const QByteArray &body)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope xmlns:soap=\"") +
           QByteArray(SoapEnvelopeNs.data(), SoapEnvelopeNs.size()) + "\"><soap:Body>" + body +
           "</soap:Body></soap:Envelope>\n";
}

// Text for hand-built markup: & < > " escaped, and CR as &#13; (see writeText).
QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\r'), QLatin1String("&#13;")).toUtf8();
}

// Reads the next token, refusing what must never be in a service message.
bool step(QXmlStreamReader &xml, int *depth, QString *error)
{
    xml.readNext();
    switch (xml.tokenType()) {
    case QXmlStreamReader::DTD:
        *error = tr("Beskeden har en DTD, som ikke er tilladt.");
        return false;
    case QXmlStreamReader::EntityReference:
        *error = tr("Beskeden bruger en entitet (&%1;), som ikke er tilladt.").arg(xml.name());
        return false;
    case QXmlStreamReader::StartElement:
        if (++*depth > MaxDepth) {
            *error = tr("Beskeden er indlejret dybere end %1 niveauer.").arg(MaxDepth);
            return false;
        }
        return true;
    case QXmlStreamReader::EndElement:
        --*depth;
        return true;
    case QXmlStreamReader::Invalid:
        *error = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                     ? tr("Beskeden slutter for tidligt (afkortet).")
                     : tr("Beskeden er ikke gyldig XML (linje %1): %2").arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    default:
        return true;
    }
}

// Copies the element the reader stands on, without namespaces; the reader ends on its end tag.
bool copyElement(QXmlStreamReader &xml, int *depth, QByteArray *out, QString *error)
{
    QXmlStreamWriter writer(out);
    writer.writeStartElement(xml.name().toString());
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.namespaceUri().isEmpty())
            writer.writeAttribute(a.name().toString(), a.value().toString());
    const int stop = *depth - 1;
    while (true) {
        if (!step(xml, depth, error))
            return false;
        switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            writer.writeStartElement(xml.name().toString());
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.namespaceUri().isEmpty())
                    writer.writeAttribute(a.name().toString(), a.value().toString());
            break;
        case QXmlStreamReader::EndElement:
            writer.writeEndElement();
            if (*depth == stop)
                return true;
            break;
        case QXmlStreamReader::Characters:
            if (!xml.isWhitespace())
                writeText(writer, xml.text());
            break;
        default:
            break;
        }
    }
}

// Moves the reader into soap:Body and onto its first element.
bool enterBody(QXmlStreamReader &xml, int *depth, QString *error)
{
    bool inEnvelope = false;
    while (true) {
        if (!step(xml, depth, error))
            return false;
        if (xml.atEnd()) {
            *error = tr("Beskeden har ingen SOAP-krop.");
            return false;
        }
        if (xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        if (!inEnvelope) {
            if (xml.name() != QLatin1String("Envelope") || xml.namespaceUri() != SoapEnvelopeNs) {
                *error = tr("Beskeden er ikke en SOAP 1.1-konvolut (rodelement <%1>).").arg(xml.name());
                return false;
            }
            inEnvelope = true;
            continue;
        }
        if (xml.name() == QLatin1String("Header")) {
            xml.skipCurrentElement();
            --*depth;
            continue;
        }
        if (xml.name() != QLatin1String("Body")) {
            *error = tr("Uventet element <%1> i SOAP-konvolutten.").arg(xml.name());
            return false;
        }
        // The first element inside the body.
        while (true) {
            if (!step(xml, depth, error))
                return false;
            if (xml.tokenType() == QXmlStreamReader::StartElement)
                return true;
            if (xml.tokenType() == QXmlStreamReader::EndElement || xml.atEnd()) {
                *error = tr("SOAP-kroppen er tom.");
                return false;
            }
        }
    }
}

QString readText(QXmlStreamReader &xml, int *depth, QString *error, bool *hadElement)
{
    QString text;
    *hadElement = false;
    const int stop = *depth - 1;
    while (step(xml, depth, error)) {
        if (xml.tokenType() == QXmlStreamReader::Characters)
            text += xml.text();
        else if (xml.tokenType() == QXmlStreamReader::StartElement)
            *hadElement = true;
        else if (xml.tokenType() == QXmlStreamReader::EndElement && *depth == stop)
            return text;
    }
    return {};
}

} // namespace

void writeText(QXmlStreamWriter &writer, QStringView text)
{
    qsizetype from = 0;
    for (qsizetype cr = text.indexOf(QLatin1Char('\r')); cr >= 0; cr = text.indexOf(QLatin1Char('\r'), from)) {
        writer.writeCharacters(text.mid(from, cr - from).toString());
        writer.writeEntityReference(QStringLiteral("#13"));
        from = cr + 1;
    }
    writer.writeCharacters(text.mid(from).toString());
}

QByteArray withoutDeclaration(const QByteArray &xml)
{
    QByteArray out = xml.trimmed();
    if (out.startsWith("<?xml")) {
        const qsizetype end = out.indexOf("?>");
        out = end < 0 ? QByteArray() : out.mid(end + 2).trimmed();
    }
    return out;
}

QString Request::parameter(QStringView name) const
{
    for (const auto &[key, value] : parameters)
        if (key == name)
            return value;
    return {};
}

QByteArray request(Method method, const Parameters &parameters, const QByteArray &payload)
{
    const QByteArray name(methodName(method).data(), methodName(method).size());
    const QByteArray ns = serviceNamespace(serviceOf(method)).toHtmlEscaped().toUtf8();
    QByteArray body = "<m:" + name + " xmlns:m=\"" + ns + "\">";
    for (const auto &[key, value] : parameters)
        body += "<m:" + key.toUtf8() + ">" + escaped(value) + "</m:" + key.toUtf8() + ">";
    if (!payload.isEmpty())
        body += "<m:" + QByteArray(PayloadParameter.data(), PayloadParameter.size()) + ">" +
                withoutDeclaration(payload) + "</m:" + QByteArray(PayloadParameter.data(), PayloadParameter.size()) +
                ">";
    body += "</m:" + name + ">";
    return envelope(body);
}

QByteArray response(Method method, const QByteArray &resultXml, const QString &resultText)
{
    const QByteArray responseName(responseElement(method).data(), responseElement(method).size());
    const QByteArray resultName(resultElement(method).data(), resultElement(method).size());
    const QByteArray ns = serviceNamespace(serviceOf(method)).toHtmlEscaped().toUtf8();
    return envelope("<" + responseName + " xmlns=\"" + ns + "\"><" + resultName + ">" +
                    (resultXml.isEmpty() ? escaped(resultText) : withoutDeclaration(resultXml)) + "</" + resultName +
                    "></" + responseName + ">");
}

QByteArray fault(const QString &code, const QString &message)
{
    return envelope("<soap:Fault><faultcode>soap:" + escaped(code) + "</faultcode><faultstring>" + escaped(message) +
                    "</faultstring></soap:Fault>");
}

bool parseRequest(const QByteArray &body, Request *out, QString *error)
{
    error->clear();
    QXmlStreamReader xml(body);
    xml.setNamespaceProcessing(true);
    int depth = 0;
    if (!enterBody(xml, &depth, error))
        return false;
    out->method = xml.name().toString();
    out->parameters.clear();
    out->payload.clear();
    const int methodDepth = depth;
    while (true) {
        if (!step(xml, &depth, error))
            return false;
        if (xml.tokenType() == QXmlStreamReader::EndElement && depth < methodDepth)
            return true;
        if (xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == PayloadParameter) {
            // The payload is the one element inside <xml>.
            while (step(xml, &depth, error)) {
                if (xml.tokenType() == QXmlStreamReader::StartElement) {
                    if (!copyElement(xml, &depth, &out->payload, error))
                        return false;
                } else if (xml.tokenType() == QXmlStreamReader::EndElement) {
                    break;
                }
            }
            if (!error->isEmpty())
                return false;
            continue;
        }
        bool hadElement = false;
        const QString value = readText(xml, &depth, error, &hadElement);
        if (!error->isEmpty())
            return false;
        out->parameters.append({name, value});
    }
}

bool parseResponse(const QByteArray &body, Method method, Response *out, QString *error)
{
    error->clear();
    QXmlStreamReader xml(body);
    xml.setNamespaceProcessing(true);
    int depth = 0;
    if (!enterBody(xml, &depth, error))
        return false;
    *out = Response{};
    if (xml.name() == QLatin1String("Fault") && xml.namespaceUri() == SoapEnvelopeNs) {
        out->isFault = true;
        const int faultDepth = depth;
        while (step(xml, &depth, error)) {
            if (xml.tokenType() == QXmlStreamReader::EndElement && depth < faultDepth)
                return true; // a well-formed fault: the caller reports it
            if (xml.tokenType() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            bool hadElement = false;
            const QString text = readText(xml, &depth, error, &hadElement);
            if (name == QLatin1String("faultcode"))
                out->faultCode = text.section(QLatin1Char(':'), -1);
            else if (name == QLatin1String("faultstring"))
                out->faultString = text;
        }
        return false;
    }
    if (xml.name() != responseElement(method)) {
        *error = tr("Svaret er <%1>, men der blev spurgt om %2.").arg(xml.name().toString(), methodName(method));
        return false;
    }
    // Into the result element.
    while (step(xml, &depth, error)) {
        if (xml.tokenType() == QXmlStreamReader::StartElement) {
            if (xml.name() != resultElement(method)) {
                *error = tr("Svaret mangler <%1>.").arg(resultElement(method));
                return false;
            }
            break;
        }
        if (xml.tokenType() == QXmlStreamReader::EndElement) {
            *error = tr("Svaret mangler <%1>.").arg(resultElement(method));
            return false;
        }
    }
    if (!error->isEmpty())
        return false;
    const int resultDepth = depth;
    while (step(xml, &depth, error)) {
        switch (xml.tokenType()) {
        case QXmlStreamReader::Characters:
            out->text += xml.text();
            break;
        case QXmlStreamReader::StartElement:
            if (out->xml.isEmpty() && !copyElement(xml, &depth, &out->xml, error))
                return false;
            break;
        case QXmlStreamReader::EndElement:
            if (depth < resultDepth)
                return true;
            break;
        default:
            break;
        }
    }
    if (error->isEmpty())
        *error = tr("Svaret slutter for tidligt (afkortet).");
    return false;
}

} // namespace dtr::Soap
