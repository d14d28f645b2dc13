#include "SnapshotLoader.h"

#include "Snapshot.h"
#include "changes/ChangeFile.h"
#include "changes/FingerprintCache.h"
#include "register/Register.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <future>

namespace dtr {

SnapshotLoader::SnapshotLoader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}

SnapshotLoader::~SnapshotLoader()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

qint64 SnapshotLoader::inputBytes(const QString &path)
{
    const QFileInfo info(path);
    if (Snapshot::formatOf(path) != SnapshotFormat::Csv)
        return info.size();
    const QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    qint64 total = 0;
    for (const QFileInfo &entry :
         dir.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files | QDir::Readable))
        total += entry.size();
    return total;
}

void SnapshotLoader::start()
{
    if (m_thread)
        return;
    // The thread owns a reference to the shared state, never to this object.
    m_thread = QThread::create([shared = m_shared, path = m_path, wanted = m_wanted] {
        auto reg = std::make_shared<Register>();
        ReadError error;
        // The input's digest is taken beside the reading; a fingerprint remembered for it saves
        // writing the register out again (FingerprintCache).
        const QString stamp = FingerprintCache::inputStamp(path);
        std::atomic<bool> stopDigest{false}; // a cancelled or refused read needs no digest
        std::future<QString> digest =
            std::async(std::launch::async, [&] { return FingerprintCache::inputDigest(path, &stopDigest); });
        const bool ok = Snapshot::read(path, reg.get(), &error, [&shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancelled.load();
        });
        if (!ok || shared->cancelled)
            stopDigest = true;
        const QString inputDigest = digest.get();
        if (!ok) {
            shared->error = error;
        } else if (!shared->cancelled) {
            shared->phase = Phase::Fingerprinting;
            // Only when nothing changed the input while it was read and hashed are the digest and
            // the register of the same bytes.
            const bool sameBytes = !inputDigest.isEmpty() && FingerprintCache::inputStamp(path) == stamp;
            const QString remembered = sameBytes ? FingerprintCache::lookup(inputDigest) : QString();
            shared->fingerprint = remembered;
            bool prepared = false;
            const auto prepareBase = [&] {
                prepared = true;
                shared->phase = Phase::PreparingWorkspace;
                shared->stored = storeBase(*reg);
                if (!shared->stored.isNull()) // written out afresh: the register's own fingerprint
                    shared->fingerprint = shared->stored.fingerprint;
            };
            // Surely a new workspace: one pass gives its base and the fingerprint.
            if (remembered.isEmpty() && wanted && wanted(QString()))
                prepareBase();
            if (shared->fingerprint.isEmpty())
                shared->fingerprint = ChangeFile::fingerprint(*reg);
            if (!prepared && wanted && !shared->cancelled && wanted(shared->fingerprint))
                prepareBase();
            if (sameBytes && !shared->cancelled && shared->fingerprint != remembered)
                FingerprintCache::remember(inputDigest, shared->fingerprint);
            if (!shared->cancelled)
                shared->reg = std::move(reg);
        }
        if (shared->cancelled && !shared->reg)
            shared->error = ReadError{path, 0, 0, {}, readCancelledMessage(), true};
        shared->phase = Phase::Done;
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &SnapshotLoader::finished);
    m_thread->start();
}

void SnapshotLoader::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool SnapshotLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

int SnapshotLoader::permille() const
{
    const qint64 total = m_shared->total;
    return total > 0 ? int(std::min<qint64>(1000, m_shared->done * 1000 / total)) : 0;
}

} // namespace dtr
