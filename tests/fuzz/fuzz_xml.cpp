// libFuzzer target: the XML snapshot reader (the register's export format; also every answer of
// the ExportService). Invariant: what reads writes back and reads again to the same records.
#include "FuzzInput.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"

using namespace dtr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::input(data, size);
    Register reg;
    ReadError error;
    if (!XmlSnapshot::readBytes(bytes, QStringLiteral("fuzz"), &reg, &error)) {
        if (error.message.isEmpty())
            fuzz::broken("a refused XML snapshot has a message");
        return 0;
    }
    fuzz::checkXmlRoundTrip(reg);
    fuzz::checkCsvRoundTrip(reg);
    return 0;
}
