#pragma once

#include "ReadError.h"
#include "workspace/StoredBase.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace dtr {

class Register;

// Reads a snapshot (and works out its fingerprint) on a thread of its own, so a large file
// opens with the window alive: progress() may be polled at any time, cancel() stops reading
// at the next slice. finished() comes on the loader's thread, once, also after a cancel.
class SnapshotLoader : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Reading, Fingerprinting, PreparingWorkspace, Done };

    explicit SnapshotLoader(const QString &path, QObject *parent = nullptr);
    // Waits for the thread: a loader is never destroyed under a running read.
    ~SnapshotLoader() override;

    // Before start(): when `wanted` (asked on the loader's thread) says a new workspace will be
    // made for the register, its stored base is prepared there too. It is asked first with an
    // empty fingerprint — surely wanted, whatever the fingerprint? then the base is prepared at
    // once, its fingerprint with it, in one pass — else with the fingerprint.
    void prepareStoredBase(std::function<bool(const QString &fingerprint)> wanted) { m_wanted = std::move(wanted); }
    void start();
    void cancel() { m_shared->cancelled = true; }
    bool isRunning() const;
    // Blocks until the work is done (finished() still comes from the event loop).
    void wait();
    QString path() const { return m_path; }

    // Per mille of the input read; the phase the work is in.
    int permille() const;
    Phase phase() const { return m_shared->phase.load(); }

    // After finished(): the register (null when reading failed or was cancelled), its
    // fingerprint (ChangeFile::fingerprint) and why it failed.
    std::shared_ptr<const Register> result() const { return m_shared->reg; }
    QString fingerprint() const { return m_shared->fingerprint; }
    // The prepared stored base (null unless asked for and wanted); taken once.
    StoredBase takeStoredBase() { return std::exchange(m_shared->stored, StoredBase()); }
    ReadError error() const { return m_shared->error; }
    bool wasCancelled() const { return m_shared->cancelled && !m_shared->reg; }

    // The input's size in bytes: the file, or a CSV folder's level files.
    static qint64 inputBytes(const QString &path);

signals:
    void finished();

private:
    // What the thread writes and the window reads; the thread's results are read only after
    // finished(), the atomics at any time.
    struct Shared
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
        std::atomic<Phase> phase{Phase::Reading};
        std::shared_ptr<const Register> reg;
        QString fingerprint;
        StoredBase stored;
        ReadError error;
    };

    QString m_path;
    std::function<bool(const QString &)> m_wanted;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    QThread *m_thread = nullptr;
};

} // namespace dtr
