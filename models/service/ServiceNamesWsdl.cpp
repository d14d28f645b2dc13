// The wire names from STIL's WSDL (SOAP 1.1, document/literal): namespace, SOAP actions and
// endpoints, and the operations we call that it does not offer.

#include "ServiceNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

namespace dtr::ServiceNames {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::ServiceNames", text);
}

const auto WsdlNs = QLatin1StringView("http://schemas.xmlsoap.org/wsdl/");
const auto Soap11Ns = QLatin1StringView("http://schemas.xmlsoap.org/wsdl/soap/");
const auto SchemaNs = QLatin1StringView("http://www.w3.org/2001/XMLSchema");

struct Binding
{
    QString name; // qualified: "{ns}local"
    bool soap11 = false;
    QHash<QString, QString> actions; // operation → soapAction
    QStringList operations;
};

struct Port
{
    QString binding; // qualified
    QString location;
};

// One WSDL document, read with the namespace prefixes in scope resolved.
struct Document
{
    QString targetNamespace;
    QHash<QString, QString> elementNamespace; // top-level schema element → its namespace
    QList<Binding> bindings;
    QList<Port> ports;
};

class Reader
{
public:
    Reader(const QByteArray &bytes, const QString &file)
        : m_xml(bytes)
        , m_file(file)
    {}

    bool read(Document *out, QString *error)
    {
        QStringList schemaNamespaces; // stack of xs:schema targetNamespaces
        int schemaDepth = -1;
        Binding *binding = nullptr;
        QString operation;
        int depth = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.tokenType() == QXmlStreamReader::DTD || m_xml.tokenType() == QXmlStreamReader::EntityReference)
                return fail(error, tr("filen har en DTD eller entiteter, som ikke er tilladt."));
            if (m_xml.isEndElement()) {
                --depth;
                m_scopes.removeLast();
                if (m_xml.namespaceUri() == SchemaNs && m_xml.name() == QLatin1String("schema"))
                    schemaNamespaces.removeLast();
                if (m_xml.namespaceUri() == WsdlNs && m_xml.name() == QLatin1String("binding"))
                    binding = nullptr;
                continue;
            }
            if (!m_xml.isStartElement())
                continue;
            ++depth;
            m_scopes.append(m_xml.namespaceDeclarations());
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            const QXmlStreamAttributes a = m_xml.attributes();
            if (depth == 1) {
                if (ns != WsdlNs || name != QLatin1String("definitions"))
                    return fail(error, tr("det er ikke en WSDL (rodelementet er <%1>, ikke <wsdl:definitions>).")
                                           .arg(m_xml.qualifiedName()));
                out->targetNamespace = a.value(QStringLiteral("targetNamespace")).toString();
                continue;
            }
            if (ns == SchemaNs && name == QLatin1String("schema")) {
                schemaNamespaces.append(a.value(QStringLiteral("targetNamespace")).toString());
                schemaDepth = depth;
            } else if (ns == SchemaNs && name == QLatin1String("element") && depth == schemaDepth + 1) {
                out->elementNamespace.insert(a.value(QStringLiteral("name")).toString(),
                                             schemaNamespaces.value(schemaNamespaces.size() - 1));
            } else if (ns == WsdlNs && name == QLatin1String("binding") && depth == 2) {
                Binding b;
                b.name = qualified(out->targetNamespace, a.value(QStringLiteral("name")).toString());
                out->bindings.append(b);
                binding = &out->bindings.last();
            } else if (binding && ns == Soap11Ns && name == QLatin1String("binding")) {
                binding->soap11 = true;
                if (a.value(QStringLiteral("style")) == QLatin1String("rpc"))
                    return fail(error, tr("bindingen %1 bruger RPC-stil; DTR Studio taler document/literal.")
                                           .arg(local(binding->name)));
            } else if (binding && ns == WsdlNs && name == QLatin1String("operation")) {
                operation = a.value(QStringLiteral("name")).toString();
                binding->operations.append(operation);
            } else if (binding && ns == Soap11Ns && name == QLatin1String("operation")) {
                binding->actions.insert(operation, a.value(QStringLiteral("soapAction")).toString());
                if (a.value(QStringLiteral("style")) == QLatin1String("rpc"))
                    return fail(
                        error, tr("operationen %1 bruger RPC-stil; DTR Studio taler document/literal.").arg(operation));
            } else if (binding && ns == Soap11Ns && name == QLatin1String("body")) {
                if (a.value(QStringLiteral("use")) == QLatin1String("encoded"))
                    return fail(error, tr("operationen %1 bruger SOAP-kodning (use=\"encoded\"); DTR Studio taler "
                                          "document/literal.")
                                           .arg(operation));
            } else if (ns == WsdlNs && name == QLatin1String("port")) {
                out->ports.append({resolve(a.value(QStringLiteral("binding")).toString()), {}});
            } else if (ns == Soap11Ns && name == QLatin1String("address") && !out->ports.isEmpty()) {
                out->ports.last().location = a.value(QStringLiteral("location")).toString();
            }
        }
        if (m_xml.hasError())
            return fail(error,
                        tr("den er ikke gyldig XML (linje %1): %2").arg(m_xml.lineNumber()).arg(m_xml.errorString()));
        return true;
    }

    static QString qualified(const QString &ns, const QString &local)
    {
        return QLatin1Char('{') + ns + QLatin1Char('}') + local;
    }
    static QString local(const QString &qualifiedName)
    {
        return qualifiedName.mid(qualifiedName.indexOf(QLatin1Char('}')) + 1);
    }

private:
    // "tns:ExportServiceSoap" → "{http://…}ExportServiceSoap", with the prefixes in scope.
    QString resolve(const QString &qname) const
    {
        const qsizetype colon = qname.indexOf(QLatin1Char(':'));
        const QString prefix = colon < 0 ? QString() : qname.left(colon);
        for (qsizetype s = m_scopes.size() - 1; s >= 0; --s)
            for (const QXmlStreamNamespaceDeclaration &d : m_scopes[s])
                if (d.prefix() == prefix)
                    return qualified(d.namespaceUri().toString(), qname.mid(colon + 1));
        return qualified(QString(), qname.mid(colon + 1));
    }

    bool fail(QString *error, const QString &what)
    {
        *error = tr("WSDL-filen %1 kan ikke bruges: %2").arg(QDir::toNativeSeparators(m_file), what);
        return false;
    }

    QXmlStreamReader m_xml;
    QString m_file;
    QList<QXmlStreamNamespaceDeclarations> m_scopes;
};

// Which of our services a binding is: by the operations only one of them has, else by name.
std::optional<Service> serviceOfBinding(const Binding &binding)
{
    int import = 0;
    int exported = 0;
    for (const QString &op : binding.operations) {
        Method m;
        if (op == QLatin1String("HelloWorld"))
            continue;
        import += methodFromName(Service::Import, op, &m) ? 1 : 0;
        exported += methodFromName(Service::Export, op, &m) ? 1 : 0;
    }
    if (import != exported)
        return import > exported ? Service::Import : Service::Export;
    if (binding.name.contains(QLatin1String("Import"), Qt::CaseInsensitive))
        return Service::Import;
    if (binding.name.contains(QLatin1String("Export"), Qt::CaseInsensitive) ||
        binding.name.contains(QLatin1String("Eksport"), Qt::CaseInsensitive))
        return Service::Export;
    return std::nullopt;
}

} // namespace

std::optional<WireNames> namesFromWsdl(const QList<QByteArray> &documents, const QStringList &files, QString *error)
{
    WireNames out;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const QString file = files.value(d);
        Document doc;
        Reader reader(documents[d], file);
        if (!reader.read(&doc, error))
            return std::nullopt;
        bool any = false;
        for (const Binding &binding : std::as_const(doc.bindings)) {
            if (!binding.soap11)
                continue; // SOAP 1.2 bindings and others: we speak SOAP 1.1
            const std::optional<Service> service = serviceOfBinding(binding);
            if (!service)
                continue;
            any = true;
            QString ns;
            for (const QString &op : binding.operations) {
                Method m;
                if (!methodFromName(*service, op, &m))
                    continue;
                out.soapActions.insert(int(m), binding.actions.value(op));
                if (ns.isEmpty())
                    ns = doc.elementNamespace.value(op);
            }
            if (ns.isEmpty())
                ns = doc.targetNamespace;
            (*service == Service::Import ? out.importNamespace : out.exportNamespace) = ns;
            for (const Port &port : std::as_const(doc.ports))
                if (port.binding == binding.name && !port.location.isEmpty())
                    (*service == Service::Import ? out.importEndpoint : out.exportEndpoint) = port.location;
            for (int m = 0; m < MethodCount; ++m)
                if (serviceOf(Method(m)) == *service && !binding.operations.contains(methodName(Method(m))))
                    out.missing.append(QStringLiteral("%1: %2").arg(serviceName(*service), methodName(Method(m))));
        }
        if (!any) {
            *error = tr("WSDL-filen %1 kan ikke bruges: den har ingen SOAP 1.1-binding til ExportService eller "
                        "ImportService.")
                         .arg(QDir::toNativeSeparators(file));
            return std::nullopt;
        }
        out.sources.append(file);
    }
    out.missing.removeDuplicates();
    return out;
}

QByteArray WireNames::toJson() const
{
    QJsonObject actions;
    for (auto it = soapActions.cbegin(); it != soapActions.cend(); ++it)
        actions.insert(QString(methodName(Method(it.key()))) + QLatin1Char('@') +
                           serviceName(serviceOf(Method(it.key()))),
                       it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("exportNamespace"), exportNamespace},
                                     {QStringLiteral("importNamespace"), importNamespace},
                                     {QStringLiteral("exportEndpoint"), exportEndpoint},
                                     {QStringLiteral("importEndpoint"), importEndpoint},
                                     {QStringLiteral("soapActions"), actions},
                                     {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                                     {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}})
        .toJson(QJsonDocument::Compact);
}

WireNames WireNames::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    WireNames out;
    out.exportNamespace = o.value(QLatin1String("exportNamespace")).toString();
    out.importNamespace = o.value(QLatin1String("importNamespace")).toString();
    out.exportEndpoint = o.value(QLatin1String("exportEndpoint")).toString();
    out.importEndpoint = o.value(QLatin1String("importEndpoint")).toString();
    const QJsonObject actions = o.value(QLatin1String("soapActions")).toObject();
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        const QString key = it.key();
        const qsizetype at = key.indexOf(QLatin1Char('@'));
        const Service service = key.mid(at + 1) == ImportPath ? Service::Import : Service::Export;
        Method m;
        if (at > 0 && methodFromName(service, QStringView(key).left(at), &m))
            out.soapActions.insert(int(m), it.value().toString());
    }
    for (const QJsonValue &v : o.value(QLatin1String("sources")).toArray())
        out.sources.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("missing")).toArray())
        out.missing.append(v.toString());
    return out;
}

} // namespace dtr::ServiceNames
