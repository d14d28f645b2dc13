#pragma once

#include "StoredBase.h"

#include "changes/ChangeSet.h"

#include <QHash>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace dtr {

// One workspace file (SQLite through Qt SQL, one transaction per edit): the base snapshot, the
// change set, the undo position and later the review notes. Opening takes a lock so two
// processes never write the same workspace. The file is readable by its owner only.
class Workspace : public ChangeJournal
{
public:
    static constexpr int FormatVersion = 1;
    inline static const QString Suffix = QStringLiteral("dtrws");

    ~Workspace() override;

    // A new workspace holding `base`; refuses an existing path. `stored` is storeBase(*base)
    // when a caller prepared it on another thread (else it is made here).
    static std::unique_ptr<Workspace> create(const QString &path, std::shared_ptr<const Register> base,
                                             const QString &source, QString *error, StoredBase stored = {});
    // Opens, checks (SQLite integrity, format, base fingerprint) and replays the change set.
    // A caller already holding the base (the snapshot just read, whose fingerprint it knows)
    // passes it: when the fingerprints agree it is used as it is, instead of the stored copy
    // being unpacked and parsed again — the same register, as a workspace's creation uses.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error,
                                           std::shared_ptr<const Register> knownBase = {},
                                           const QString &knownFingerprint = {});
    // A warning the steward has accepted for one record (kept until revoked).
    struct Acknowledgement
    {
        Level level = Level::Daginstitution;
        QString key;
        QString rule;
        QString note;
        QString at;
    };

    // A write whose outcome is not known yet (an open audit row), with what reading back looks
    // for (`expectation`, the submission's own JSON).
    struct OpenWrite
    {
        qint64 id = -1;
        QString at;
        QString operation;
        QString level;
        QString key;
        QString message;
        QByteArray expectation;
        QString lastAttemptAt; // ISO time of the last sign of the write (sent, or failed)
        bool mayStillLand = true;
    };
    // Reads a workspace without locking or replaying it (for listing what it holds).
    struct Summary
    {
        QString source;
        QString createdAt;
        QString fingerprint;
        QList<Step> steps;
        int position = 0;
        QList<Acknowledgement> acknowledgements;
        QList<OpenWrite> openWrites;
        QHash<QString, QString> refusals; // by "level/key"
    };
    static bool peek(const QString &path, Summary *out, QString *error);

    QString path() const { return m_path; }
    QString source() const { return m_source; }
    QString fingerprint() const { return m_fingerprint; }
    ChangeSet *changeSet() const { return m_changes.get(); }

    // Replaces the base and the pending history (after a submission), in one transaction. The
    // workspace must be opened again to use the new base.
    bool rebase(const Register &base, const QList<Step> &steps, int position, QString *error);

    // The audit log: one row per operation of every submission, written before a write is sent
    // (outcome "unknown", open) and updated with its outcome once known.
    struct AuditEntry
    {
        QString at;
        QString environment;
        QString user;
        QString reason;
        QString operation;
        QString level;
        QString key;
        QString number;
        QString outcome;
        QString message;
        qint64 id = -1;
        bool open = false; // sent, outcome not yet known
    };
    bool appendAudit(const QList<AuditEntry> &entries, QString *error);
    QList<AuditEntry> audit() const;

    // Before a write: its intent as an open row (outcome "unknown"), with a digest of the payload
    // and the expectation. Returns the row's id, or -1 with a reason.
    qint64 beginWrite(const AuditEntry &entry, const QByteArray &payloadDigest, const QByteArray &expectation,
                      QString *error);
    // An outcome, in one transaction with what follows from it: the audit row (`id` ≥ 0 updates
    // that row, else a new row is added), whether it stays open, the register's words on the
    // record (`refusal`: set, or cleared when empty), and for an accepted change the new base and
    // history. `attempted`: a write failed just now (the time a write without answer may still
    // land counts from here).
    struct Outcome
    {
        AuditEntry entry;
        bool open = false;
        bool attempted = false;
        bool mayStillLand = false;
        std::optional<QString> refusal;
        Level refusalLevel = Level::Daginstitution;
        const Register *base = nullptr; // with steps and position: the new state
        QList<Step> steps;
        int position = 0;
    };
    bool recordOutcome(const Outcome &outcome, QString *error);
    QList<OpenWrite> openWrites() const;
    // The audit log as CSV that opens right in Excel/LibreOffice (UTF-8 with BOM, ';').
    QByteArray auditCsv() const;

    // The register's own words about the last refusal of a pending change, by "level/key".
    QHash<QString, QString> refusals() const;
    bool setRefusal(Level level, const QString &key, const QString &messages, QString *error);

    // Review marks ("gennemgået") of the seeded data, by "level/key": when and the note.
    struct ReviewMark
    {
        QString at;
        QString note;
    };
    QHash<QString, ReviewMark> reviewMarks() const;
    bool setReviewed(Level level, const QString &key, bool reviewed, const QString &note, QString *error);

    QList<Acknowledgement> acknowledgements() const;
    bool acknowledge(const Acknowledgement &acknowledgement, QString *error);
    bool revokeAcknowledgement(Level level, const QString &key, const QString &rule, QString *error);

    bool writeSteps(int from, const QList<Step> &steps, int position, QString *error) override;
    bool writePosition(int position, QString *error) override;

private:
    Workspace() = default;
    bool openDatabase(const QString &path, QString *error);
    // Inside a transaction: the base and the history.
    bool writeState(const Register &base, const QList<Step> &steps, int position, QString *error);

    QString m_path;
    QString m_connection;
    QString m_source;
    QString m_fingerprint;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ChangeSet> m_changes;
};

} // namespace dtr
