#pragma once

#include <QByteArray>
#include <QString>

namespace dtr {

class Register;

// The base register as a workspace stores it: the SHA-256 of its canonical XML (its fingerprint,
// ChangeFile::fingerprint) and that XML compressed in qCompress()'s format (the length as four
// big-endian bytes, then a zlib stream). Made on any thread, streaming: the XML is never held
// whole, so a reader thread can prepare a new workspace's base while the window stays alive.
struct StoredBase
{
    QString fingerprint;
    QByteArray compressedXml;
    bool isNull() const { return fingerprint.isEmpty(); }
};

// Empty (isNull) only when the XML would not fit qCompress's four-byte length.
StoredBase storeBase(const Register &base);

} // namespace dtr
