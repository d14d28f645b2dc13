// libFuzzer target: what comes back from the service — the SOAP envelope parser for an export and
// an import answer, the import result inside it, and the stand-in's request parser (what a client
// sends it). Invariant: a refusal always says why.
#include "FuzzInput.h"
#include "service/RegisterClient.h"
#include "service/SoapMessage.h"

using namespace dtr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::input(data, size);
    for (ServiceNames::Method method :
         {ServiceNames::Method::GetDagtilbudByAdmKommuneNummer, ServiceNames::Method::UpdateDaginstitution}) {
        Soap::Response response;
        QString error;
        if (!Soap::parseResponse(bytes, method, &response, &error)) {
            if (error.isEmpty())
                fuzz::broken("a refused SOAP answer has a message");
            continue;
        }
        ImportResult result;
        if (!response.xml.isEmpty() && !ImportResult::parse(response.xml, &result, &error) && error.isEmpty())
            fuzz::broken("a refused import result has a message");
    }
    Soap::Request request;
    QString error;
    if (!Soap::parseRequest(bytes, &request, &error) && error.isEmpty())
        fuzz::broken("a refused SOAP request has a message");
    return 0;
}
