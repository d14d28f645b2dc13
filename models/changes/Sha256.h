#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace dtr {

// SHA-256 through OpenSSL (hardware SHA instructions where the CPU has them): about three
// times QCryptographicHash's speed, and the fingerprint of a large register is hundreds of MB
// of XML. The digest is the same SHA-256, so every fingerprint made before still matches.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // Lower-case hex of the digest; the hash is finished after this.
    QString hexResult();

    static QString hex(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace dtr
