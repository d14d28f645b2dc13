#pragma once

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace dtr {

// An XML Schema (XSD) to check payloads against, through libxml2. Documents are parsed without
// network access and without DTDs or entity expansion.
class XmlSchema
{
public:
    ~XmlSchema();
    static std::unique_ptr<XmlSchema> fromBytes(const QByteArray &xsd, QString *error);
    // The register's schema as this program ships it (resources/service/dagtilbud.xsd).
    static QByteArray bundledRegisterSchema();
    // True when the document is valid; otherwise *errors holds one Danish line per problem.
    bool validate(const QByteArray &document, QStringList *errors) const;

private:
    XmlSchema() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dtr
