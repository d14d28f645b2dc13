#pragma once

#include "register/Field.h"

#include <QList>
#include <QString>

namespace dtr {

// Every wire name of the two SOAP services lives here (formats.md §4, register.md §10–11), so
// aligning with STIL's WSDL is a change to this file and its .cpp alone.
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
QString soapAction(Method method);                // "urn:…/GetAllDagtilbud"

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
