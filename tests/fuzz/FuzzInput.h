#pragma once

#include "codes/CodeTables.h"
#include "io/CsvSnapshot.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the input as a QByteArray (deep copy, so the fuzzer's buffer is
// never held), a QCoreApplication created once, and an abort that names the broken invariant.
namespace dtr::fuzz {

inline QByteArray input(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "dtr-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void broken(const char *invariant)
{
    std::fprintf(stderr, "invariant broken: %s\n", invariant);
    std::abort();
}

// What a reader accepted is written as XML and reads again to the same records with the same
// field values. (Compared as sorted lists: XML nests units under their daginstitution, so the
// order of records read from CSV changes.)
// Extras are compared by name (issue 20: an extra must come back as the same extra, whatever
// its name), empty ones left out as the writers leave them out.
// With decimalPoints, coordinates compare with ',' as '.' (the CSV form writes a decimal comma
// and reads either, so "56,1" from XML comes back as "56.1").
inline QStringList fieldRows(const Register &reg, bool decimalPoints = false)
{
    QStringList rows;
    for (const Record &r : reg.records()) {
        QStringList row{QString::number(int(r.level()))};
        for (Field f : fieldsOf(r.level())) {
            QString value = r.value(f);
            if (decimalPoints && (f == Field::GeoBredde || f == Field::GeoLaengde))
                value.replace(QLatin1Char(','), QLatin1Char('.'));
            row.append(value);
        }
        QStringList extras;
        const QStringList &names = reg.extraNames(r.level());
        for (int e = 0; e < names.size(); ++e)
            if (!r.extra(e).isEmpty())
                extras.append(names[e] + QChar(0x1e) + r.extra(e));
        extras.sort();
        row.append(extras);
        rows.append(row.join(QChar(0x1f)));
    }
    rows.sort();
    return rows;
}

inline void checkXmlRoundTrip(const Register &reg)
{
    Register again;
    ReadError error;
    if (!XmlSnapshot::readBytes(XmlSnapshot::toBytes(reg), QStringLiteral("again"), &again, &error))
        broken("what a reader accepts is written as readable XML");
    if (again.size() != reg.size())
        broken("the XML round trip keeps every record");
    if (fieldRows(again) != fieldRows(reg))
        broken("the XML round trip keeps every value");
}

// The same through the CSV form: what a reader accepted is written as CSV and reads again to the
// same records, values and extras.
inline void checkCsvRoundTrip(const Register &reg)
{
    Register again;
    ReadError error;
    if (!CsvSnapshot::readBytes(CsvSnapshot::toBytes(reg, CodeTables::bundled()), QStringLiteral("again"), &again,
                                &error))
        broken("what a reader accepts is written as readable CSV");
    if (again.size() != reg.size())
        broken("the CSV round trip keeps every record");
    if (fieldRows(again, true) != fieldRows(reg, true))
        broken("the CSV round trip keeps every value");
}

} // namespace dtr::fuzz
