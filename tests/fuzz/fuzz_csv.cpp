// libFuzzer target: the CSV snapshot reader. The input is the three level files (daginstitution,
// anvisningsenhed, alternativ adresse) separated by 0xFF bytes, which valid UTF-8 never holds.
// Invariant: whatever reads without error writes back as XML and reads again with the same size.
#include "FuzzInput.h"
#include "io/CsvSnapshot.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"

using namespace dtr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::input(data, size);
    std::array<QByteArray, LevelCount> files;
    const QList<QByteArray> parts = bytes.split('\xFF');
    for (int l = 0; l < LevelCount && l < parts.size(); ++l)
        files[size_t(l)] = parts[l];
    Register reg;
    ReadError error;
    if (!CsvSnapshot::readBytes(files, QStringLiteral("fuzz"), &reg, &error)) {
        if (error.message.isEmpty())
            fuzz::broken("a refused CSV snapshot has a message");
        return 0;
    }
    fuzz::checkXmlRoundTrip(reg);
    fuzz::checkCsvRoundTrip(reg);
    return 0;
}
