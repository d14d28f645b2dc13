#include "SnapshotLoader.h"

#include "Snapshot.h"
#include "changes/ChangeFile.h"
#include "register/Register.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

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
    m_thread = QThread::create([shared = m_shared, path = m_path] {
        auto reg = std::make_shared<Register>();
        ReadError error;
        const bool ok = Snapshot::read(path, reg.get(), &error, [&shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancelled.load();
        });
        if (!ok) {
            shared->error = error;
        } else if (!shared->cancelled) {
            shared->phase = Phase::Fingerprinting;
            shared->fingerprint = ChangeFile::fingerprint(*reg);
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
