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
    Register again;
    if (!XmlSnapshot::readBytes(XmlSnapshot::toBytes(reg), QStringLiteral("again"), &again, &error))
        fuzz::broken("what the XML reader accepts is written as readable XML");
    if (again.size() != reg.size())
        fuzz::broken("the XML round trip keeps every record");
    for (int i = 0; i < reg.size(); ++i)
        if (again.record(i).cells() != reg.record(i).cells())
            fuzz::broken("the XML round trip keeps every value");
    return 0;
}
