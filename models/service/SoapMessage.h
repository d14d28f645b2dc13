#pragma once

#include "ServiceNames.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class QXmlStreamWriter;

namespace dtr::Soap {

using Parameters = QList<std::pair<QString, QString>>;

// A request envelope: the method element with its text parameters, and (for import methods)
// an XML payload document inline in the <xml> parameter.
QByteArray request(ServiceNames::Method method, const Parameters &parameters, const QByteArray &payload = {});
// A response envelope with either inline XML or text as the method's result.
QByteArray response(ServiceNames::Method method, const QByteArray &resultXml, const QString &resultText = {});
QByteArray fault(const QString &code, const QString &message);

struct Request
{
    QString method;
    Parameters parameters;
    QByteArray payload; // the inline document of the <xml> parameter, if any
    QString parameter(QStringView name) const;
};

struct Response
{
    bool isFault = false;
    QString faultCode;
    QString faultString;
    QString text;   // a text result
    QByteArray xml; // an inline XML result (its first element, namespace-free)
};

// Parsers refuse DTDs and entities, nesting deeper than MaxDepth, and documents over maxBytes;
// on failure they return false with a Danish message.
inline constexpr int MaxDepth = 64;
bool parseRequest(const QByteArray &body, Request *out, QString *error);
bool parseResponse(const QByteArray &body, ServiceNames::Method method, Response *out, QString *error);

// Writes text so that it reads back the same: every carriage return as &#13;, since a reader
// turns a literal CR (or CRLF) into LF. Payloads and copied answers keep a value's CR this way.
void writeText(QXmlStreamWriter &writer, QStringView text);

// Removes a leading XML declaration so a document can sit inside an envelope.
QByteArray withoutDeclaration(const QByteArray &xml);

} // namespace dtr::Soap
