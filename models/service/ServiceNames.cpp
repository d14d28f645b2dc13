#include "ServiceNames.h"

#include <array>

namespace dtr::ServiceNames {

namespace {

struct MethodInfo
{
    QLatin1StringView name;
    Service service;
    bool readOnly;
    QLatin1StringView parameter;
    QLatin1StringView response;
    QLatin1StringView result;
};

using L = QLatin1StringView;

#define DTR_METHOD(name, service, readOnly, parameter)                                                                 \
    MethodInfo                                                                                                         \
    {                                                                                                                  \
        L(#name), Service::service, readOnly, L(parameter), L(#name "Response"), L(#name "Result")                     \
    }

const std::array<MethodInfo, MethodCount> methods{
    MethodInfo{L("HelloWorld"), Service::Export, true, L(""), L("HelloWorldResponse"), L("HelloWorldResult")},
    DTR_METHOD(GetAllDagtilbud, Export, true, ""),
    DTR_METHOD(GetDagtilbudByDagInstitutionsNummer, Export, true, "DagInstitutionsNummer"),
    DTR_METHOD(GetDagtilbudByAdmKommuneNummer, Export, true, "AdmkommuneNummer"),
    DTR_METHOD(GetAllDaginstitutioner, Export, true, ""),
    DTR_METHOD(GetDaginstitutionByNummer, Export, true, "DagInstitutionsNummer"),
    DTR_METHOD(GetDaginstitutionByNavn, Export, true, "partOfName"),
    DTR_METHOD(GetAllAnvisningsEnheder, Export, true, ""),
    DTR_METHOD(GetAnvisningsEnhederByPnummer, Export, true, "pNummer"),
    DTR_METHOD(GetAnvisningsEnhederByNummer, Export, true, "enhedsNummer"),
    DTR_METHOD(GetAnvisningsEnhederByCvrnummer, Export, true, "cvrNummer"),
    DTR_METHOD(GetAnvisningsEnhederByNavn, Export, true, "partOfName"),
    DTR_METHOD(GetAnvisningsEnhederByDaginstitutionsnummer, Export, true, "DagInstitutionsNummer"),
    DTR_METHOD(GetAllAlternativAdresser, Export, true, ""),
    DTR_METHOD(GetAlternativAdresserByCvrnummer, Export, true, "cvrNummer"),
    DTR_METHOD(GetAlternativAdresserByPnummer, Export, true, "pNummer"),
    DTR_METHOD(GetKodetabeller, Export, true, ""),
    MethodInfo{L("HelloWorld"), Service::Import, true, L(""), L("HelloWorldResponse"), L("HelloWorldResult")},
    DTR_METHOD(GetXMLSchema, Import, true, "schemaNavn"),
    DTR_METHOD(ValidateXmlAgainstSchema, Import, true, ""),
    DTR_METHOD(InsertDaginstitution, Import, false, ""),
    DTR_METHOD(UpdateDaginstitution, Import, false, ""),
    DTR_METHOD(DeleteDaginstitution, Import, false, ""),
    DTR_METHOD(InsertAnvisningsEnhed, Import, false, ""),
    DTR_METHOD(UpdateAnvisningsEnhed, Import, false, ""),
    DTR_METHOD(DeleteAnvisningsEnhed, Import, false, ""),
    DTR_METHOD(InsertAlternativAdresse, Import, false, ""),
    DTR_METHOD(UpdateAlternativAdresse, Import, false, ""),
    DTR_METHOD(DeleteAlternativAdresse, Import, false, ""),
    DTR_METHOD(MoveAnvisningsEnhed, Import, false, ""),
    DTR_METHOD(MoveAlternativAdresse, Import, false, ""),
};

#undef DTR_METHOD

} // namespace

QLatin1StringView methodName(Method method)
{
    return methods[size_t(method)].name;
}

bool methodFromName(Service service, QStringView name, Method *method)
{
    for (int m = 0; m < MethodCount; ++m) {
        if (methods[size_t(m)].service == service && name == methods[size_t(m)].name) {
            *method = Method(m);
            return true;
        }
    }
    return false;
}

Service serviceOf(Method method)
{
    return methods[size_t(method)].service;
}

bool isReadOnly(Method method)
{
    return methods[size_t(method)].readOnly;
}

QLatin1StringView parameterName(Method method)
{
    return methods[size_t(method)].parameter;
}

QLatin1StringView responseElement(Method method)
{
    return methods[size_t(method)].response;
}

QLatin1StringView resultElement(Method method)
{
    return methods[size_t(method)].result;
}

namespace {

WireNames &active()
{
    static WireNames names;
    return names;
}

} // namespace

const WireNames &activeNames()
{
    return active();
}

void setActiveNames(const WireNames &names)
{
    active() = names;
}

QString serviceNamespace(Service service)
{
    const QString &ns = service == Service::Import ? active().importNamespace : active().exportNamespace;
    return ns.isEmpty() ? QString(ServiceNs) : ns;
}

QLatin1StringView serviceName(Service service)
{
    return service == Service::Import ? ImportPath : ExportPath;
}

QString soapAction(Method method)
{
    if (const auto it = active().soapActions.constFind(int(method)); it != active().soapActions.cend())
        return *it;
    QString ns = serviceNamespace(serviceOf(method));
    // ASMX writes "http://…/" + method; ours is "urn:…" + "/" + method.
    if (!ns.endsWith(QLatin1Char('/')))
        ns += QLatin1Char('/');
    return ns + methodName(method);
}

QUrl serviceUrl(const QUrl &base, Service service)
{
    QUrl url = base;
    const QString path = QUrl(service == Service::Import ? active().importEndpoint : active().exportEndpoint).path();
    if (!path.isEmpty()) {
        url.setPath(path);
        return url;
    }
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    url.setPath(basePath + serviceName(service));
    return url;
}

} // namespace dtr::ServiceNames
