#include "StoredBase.h"

#include "changes/Sha256.h"
#include "io/XmlSnapshot.h"

#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

namespace dtr {

namespace {

// A write-only device that hashes and deflates what it is given.
class StoringDevice : public QIODevice
{
public:
    StoringDevice()
    {
        m_stream.zalloc = Z_NULL;
        m_stream.zfree = Z_NULL;
        m_stream.opaque = Z_NULL;
        m_ok = deflateInit(&m_stream, 6) == Z_OK; // qCompress's default level
        m_out.resize(4);                          // the length, set when finished
        open(QIODevice::WriteOnly);
    }
    ~StoringDevice() override { deflateEnd(&m_stream); }

    // Ends the stream; an empty result when something failed.
    StoredBase finish()
    {
        m_ok = m_ok && deflateChunk(nullptr, 0, Z_FINISH) && m_length <= 0xFFFFFFFFu;
        if (!m_ok)
            return {};
        qToBigEndian(quint32(m_length), m_out.data());
        return {m_hash.hexResult(), m_out};
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        m_length += quint64(size);
        m_ok = m_ok && deflateChunk(data, size, Z_NO_FLUSH);
        return m_ok ? size : -1;
    }

private:
    bool deflateChunk(const char *data, qint64 size, int flush)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_stream.avail_in = uInt(size);
        for (;;) {
            const qsizetype at = m_out.size();
            m_out.resize(at + 64 * 1024);
            m_stream.next_out = reinterpret_cast<Bytef *>(m_out.data() + at);
            m_stream.avail_out = 64 * 1024;
            const int result = deflate(&m_stream, flush);
            m_out.resize(m_out.size() - qsizetype(m_stream.avail_out));
            if (result == Z_STREAM_END)
                return true;
            if (result != Z_OK && result != Z_BUF_ERROR)
                return false;
            if (flush == Z_NO_FLUSH && m_stream.avail_in == 0)
                return true;
        }
    }

    z_stream m_stream{};
    Sha256 m_hash;
    QByteArray m_out;
    quint64 m_length = 0;
    bool m_ok = false;
};

} // namespace

StoredBase storeBase(const Register &base)
{
    StoringDevice device;
    XmlSnapshot::writeTo(base, &device);
    return device.finish();
}

} // namespace dtr
