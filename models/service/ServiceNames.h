#pragma once

#include "register/Field.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace dtr {

// Every wire name of the two SOAP services lives here (formats.md §4, register.md §10–11). The
// constants are the built-in names; the names in use (namespace, SOAP actions, endpoint paths)
// can come from STIL's WSDL instead (Indstillinger → WSDL; ServiceNamesWsdl.cpp).
namespace ServiceNames {

inline constexpr QLatin1StringView SoapEnvelopeNs{"http://schemas.xmlsoap.org/soap/envelope/"};
// The services' own namespace (STIL's is unknown; ours follows the snapshot's).
inline constexpr QLatin1StringView ServiceNs{"urn:dtr-studio:dagtilbudsregister:1"};
inline constexpr QLatin1StringView ImportPath{"ImportService"};
inline constexpr QLatin1StringView ExportPath{"ExportService"};

enum class Service { Import, Export };

// The methods, with the service each belongs to and whether it only reads (safe to retry).
enum class Method {
    HelloWorld,
    // ExportService
    GetAllDagtilbud,
    GetDagtilbudByDagInstitutionsNummer,
    GetDagtilbudByAdmKommuneNummer,
    GetAllDaginstitutioner,
    GetDaginstitutionByNummer,
    GetDaginstitutionByNavn,
    GetAllAnvisningsEnheder,
    GetAnvisningsEnhederByPnummer,
    GetAnvisningsEnhederByNummer,
    GetAnvisningsEnhederByCvrnummer,
    GetAnvisningsEnhederByNavn,
    GetAnvisningsEnhederByDaginstitutionsnummer,
    GetAllAlternativAdresser,
    GetAlternativAdresserByCvrnummer,
    GetAlternativAdresserByPnummer,
    GetKodetabeller,
    // ImportService
    ImportHelloWorld,
    GetXMLSchema,
    ValidateXmlAgainstSchema,
    InsertDaginstitution,
    UpdateDaginstitution,
    DeleteDaginstitution,
    InsertAnvisningsEnhed,
    UpdateAnvisningsEnhed,
    DeleteAnvisningsEnhed,
    InsertAlternativAdresse,
    UpdateAlternativAdresse,
    DeleteAlternativAdresse,
    MoveAnvisningsEnhed,
    MoveAlternativAdresse,
};
inline constexpr int MethodCount = int(Method::MoveAlternativAdresse) + 1;

QLatin1StringView methodName(Method method); // "GetAllDagtilbud"; both HelloWorlds are "HelloWorld"
bool methodFromName(Service service, QStringView name, Method *method);
Service serviceOf(Method method);
bool isReadOnly(Method method);
// The name of a method's single text parameter ("AdmkommuneNummer", "pNummer", …), or empty.
QLatin1StringView parameterName(Method method);
// The element that carries an XML payload inside an import request.
inline constexpr QLatin1StringView PayloadParameter{"xml"};
inline constexpr QLatin1StringView SchemaNameParameter{"schemaNavn"};
inline constexpr QLatin1StringView DefaultSchemaName{"dagtilbud"};
QLatin1StringView responseElement(Method method); // "GetAllDagtilbudResponse"
QLatin1StringView resultElement(Method method);   // "GetAllDagtilbudResult"
QString soapAction(Method method);                // "urn:…/GetAllDagtilbud", or the WSDL's

// The wire names in use: the built-in ones, or those read from STIL's WSDL. Empty fields fall
// back to the built-in names.
struct WireNames
{
    QString exportNamespace;
    QString importNamespace;
    // The endpoints the WSDL names (soap:address). Requests go to their path on the chosen
    // environment's host, so one WSDL serves the test and the production environment.
    QString exportEndpoint;
    QString importEndpoint;
    QHash<int, QString> soapActions; // by int(Method)
    QStringList sources;             // the WSDL files they came from
    // Operations we call that the WSDL does not offer, "ExportService: GetKodetabeller".
    QStringList missing;

    bool isBuiltIn() const { return sources.isEmpty(); }
    QByteArray toJson() const;
    static WireNames fromJson(const QByteArray &json);
    bool operator==(const WireNames &) const = default;
};
const WireNames &activeNames();
void setActiveNames(const WireNames &names);
QString serviceNamespace(Service service);
QLatin1StringView serviceName(Service service); // "ExportService", "ImportService"
// Where a service's requests go: the environment's address with the WSDL's endpoint path, or
// with the built-in path appended ("BASE/ExportService").
QUrl serviceUrl(const QUrl &base, Service service);

// Reads STIL's WSDL file(s) (SOAP 1.1, document/literal; one file may describe one service or
// both): the namespace of the request elements, each operation's SOAP action and each service's
// endpoint. Fails with a Danish message naming the file on anything else (not a WSDL, RPC style,
// encoded bodies, no SOAP 1.1 binding, DTD or entities).
std::optional<WireNames> namesFromWsdl(const QList<QByteArray> &documents, const QStringList &files, QString *error);

// ImportSvar, the answer to every import call.
inline constexpr QLatin1StringView ImportSvar{"ImportSvar"};
inline constexpr QLatin1StringView ImportStatus{"Status"};
inline constexpr QLatin1StringView ImportStatusOk{"OK"};
inline constexpr QLatin1StringView ImportStatusError{"Fejl"};
inline constexpr QLatin1StringView ImportNumber{"Nummer"};
inline constexpr QLatin1StringView ImportError{"Fejl"};
inline constexpr QLatin1StringView ImportErrorCode{"Kode"};
inline constexpr QLatin1StringView ImportErrorField{"Felt"};
inline constexpr QLatin1StringView ImportErrorMessage{"Besked"};

// Code tables answer (GetKodetabeller).
inline constexpr QLatin1StringView CodeTablesRoot{"kodetabeller"};

} // namespace ServiceNames
} // namespace dtr
