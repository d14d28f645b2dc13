// libFuzzer target: the submission's handling of a write's answer. Input = the HTTP body of an
// answer to an ImportService write; it is read as the SOAP answer to each write method and, when
// that succeeds, its result as an ImportSvar. Invariants: a parsed OK has no errors; a refusal
// names at least one reason; a refused answer or ImportSvar says why; nothing with a DTD or an
// entity is ever accepted.
#include "FuzzInput.h"
#include "service/RegisterClient.h"
#include "service/SoapMessage.h"

#include <QXmlStreamReader>

using namespace dtr;

namespace {

// Whether a plain XML reader meets a DTD or an entity reference in the input (up to its first
// error): independent of the service parsers, which must refuse such a document.
bool hasDtdOrEntity(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::input(data, size);
    const bool dtd = hasDtdOrEntity(body);
    for (int m = 0; m < ServiceNames::MethodCount; ++m) {
        const auto method = ServiceNames::Method(m);
        if (ServiceNames::isReadOnly(method))
            continue; // only Insert*, Update*, Delete*, Move*
        Soap::Response response;
        QString error;
        const bool parsed = Soap::parseResponse(body, method, &response, &error);
        if (!parsed) {
            if (error.isEmpty())
                fuzz::broken("a refused answer says why");
            continue;
        }
        if (dtd)
            fuzz::broken("an answer with a DTD or an entity is never accepted");
        if (response.isFault)
            continue; // reported as the register's fault, never read as an ImportSvar
        ImportResult result;
        if (!ImportResult::parse(response.xml, &result, &error)) {
            if (error.isEmpty())
                fuzz::broken("a refused ImportSvar says why");
            continue;
        }
        if (result.ok && !result.errors.isEmpty())
            fuzz::broken("a parsed OK answer has no errors");
        if (!result.ok) {
            bool named = false;
            for (const ImportResult::Error &e : result.errors)
                named = named || !e.message.trimmed().isEmpty();
            if (!named)
                fuzz::broken("a refusal has at least one error with a message");
        }
    }
    return 0;
}
