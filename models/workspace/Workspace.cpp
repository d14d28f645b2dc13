#include "Workspace.h"

#include "io/SpreadsheetCsv.h"

#include "changes/ChangeFile.h"
#include "changes/Sha256.h"
#include "io/XmlSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Workspace", text);
}

// 'DTRS': marks the SQLite file as a DTR Studio workspace.
constexpr int ApplicationId = 0x44545253;

// The audit columns that follow a write from its intent to its outcome (added to older
// workspaces when they are opened).
constexpr const char *AuditWriteColumns =
    "digest TEXT NOT NULL DEFAULT '', expectation TEXT NOT NULL DEFAULT '', open INTEGER NOT NULL DEFAULT 0, "
    "may_still_land INTEGER NOT NULL DEFAULT 0, last_attempt_at TEXT NOT NULL DEFAULT ''";

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QList<Workspace::OpenWrite> readOpenWrites(QSqlQuery &q)
{
    QList<Workspace::OpenWrite> out;
    if (q.exec(QStringLiteral("SELECT id, at, operation, level, key, message, expectation, last_attempt_at, "
                              "may_still_land FROM audit WHERE open = 1 ORDER BY id")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toByteArray(), q.value(7).toString(),
                        q.value(8).toBool()});
    return out;
}

QHash<QString, QString> readRefusals(QSqlQuery &q)
{
    QHash<QString, QString> out;
    if (q.exec(QStringLiteral("SELECT level, key, messages FROM refusals")))
        while (q.next())
            out.insert(recordId(Level(std::clamp(q.value(0).toInt(), 0, LevelCount - 1)), q.value(1).toString()),
                       q.value(2).toString());
    return out;
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

std::unique_ptr<QLockFile> takeLock(const QString &path, QString *error)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    // A process killed between creating the lock file and writing its owner into it leaves a
    // lock nobody can read. A live owner writes it within microseconds: one that stays
    // unreadable is left over, and goes.
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&pid, &host, &app)) {
        QThread::msleep(300);
        if (!lock->getLockInfo(&pid, &host, &app) && lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
    }
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app))
        *error = tr("Arbejdsområdet %1 er allerede åbent i et andet program (%2, proces %3 på %4). "
                    "Luk det dér først.")
                     .arg(QFileInfo(path).fileName(), app)
                     .arg(pid)
                     .arg(host);
    else
        *error = tr("Arbejdsområdet %1 kan ikke låses (er mappen skrivebeskyttet?).").arg(QFileInfo(path).fileName());
    return nullptr;
}

} // namespace

Workspace::~Workspace()
{
    m_changes.reset();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Workspace::openDatabase(const QString &path, QString *error)
{
    m_path = path;
    m_connection = QStringLiteral("workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = tr("Arbejdsområdet %1 kan ikke åbnes: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // Each commit reaches the disk before the edit counts as done.
    return exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
           exec(q, QStringLiteral("PRAGMA synchronous=FULL"), error) &&
           exec(q, QStringLiteral("PRAGMA foreign_keys=ON"), error);
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, std::shared_ptr<const Register> base,
                                             const QString &source, QString *error, StoredBase stored)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 findes allerede.").arg(path);
        return nullptr;
    }
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_lock = takeLock(path, error);
    if (!ws->m_lock)
        return nullptr;
    // Built beside its final name and renamed into place when complete, so a crash while
    // creating leaves no half-made workspace under the name the app will open next time.
    const QString building = path + QStringLiteral(".ny");
    QFile::remove(building);
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    {
        // Created readable by the owner only, before anything is written into it.
        QFile file(building);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            *error = tr("%1 kan ikke oprettes: %2").arg(path, file.errorString());
            return nullptr;
        }
    }
    if (!ws->openDatabase(building, error))
        return nullptr;

    if (stored.isNull())
        stored = storeBase(*base);
    if (stored.isNull()) {
        *error = tr("%1 kan ikke oprettes: grunddataene er for store til et arbejdsområde.").arg(path);
        return nullptr;
    }
    ws->m_fingerprint = stored.fingerprint;
    ws->m_source = source;
    QSqlDatabase db = QSqlDatabase::database(ws->m_connection);
    QSqlQuery q(db);
    const QStringList schema{
        QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId),
        QStringLiteral("PRAGMA user_version=%1").arg(FormatVersion),
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE base(id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL, "
                       "xml BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE steps(idx INTEGER PRIMARY KEY, step TEXT NOT NULL, merge_key TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE state(id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO state(id, position) VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE audit(id INTEGER PRIMARY KEY, at TEXT NOT NULL, environment TEXT NOT NULL, "
                       "user TEXT NOT NULL, reason TEXT NOT NULL, operation TEXT NOT NULL, level TEXT NOT NULL, "
                       "key TEXT NOT NULL, number TEXT NOT NULL, outcome TEXT NOT NULL, message TEXT NOT NULL, %1)")
            .arg(QLatin1String(AuditWriteColumns)),
        QStringLiteral("CREATE TABLE reviews(level INTEGER NOT NULL, key TEXT NOT NULL, note TEXT NOT NULL, "
                       "at TEXT NOT NULL, PRIMARY KEY (level, key))"),
        QStringLiteral("CREATE TABLE refusals(level INTEGER NOT NULL, key TEXT NOT NULL, messages TEXT NOT NULL, "
                       "PRIMARY KEY (level, key))"),
        QStringLiteral("CREATE TABLE acknowledgements(level INTEGER NOT NULL, key TEXT NOT NULL, rule TEXT NOT NULL, "
                       "note TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (level, key, rule))"),
    };
    if (!db.transaction()) {
        *error = db.lastError().text();
        return nullptr;
    }
    for (const QString &sql : schema) {
        if (!exec(q, sql, error)) {
            db.rollback();
            return nullptr;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO base(id, fingerprint, xml) VALUES (1, ?, ?)"));
    q.addBindValue(ws->m_fingerprint);
    q.addBindValue(stored.compressedXml);
    bool ok = q.exec();
    const QList<std::pair<QString, QString>> meta{
        {QStringLiteral("source"), source},
        {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("createdBy"),
         QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()}};
    for (const auto &[key, value] : meta) {
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        ok = ok && q.exec();
    }
    if (!ok || !db.commit()) {
        *error = tr("%1 kan ikke skrives: %2").arg(path, q.lastError().text());
        db.rollback();
        return nullptr;
    }
    // Fold the journal into the file, close it, and give it its name.
    exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
    q = QSqlQuery(); // no query may outlive the connection
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(ws->m_connection);
    ws->m_connection.clear();
    if (!QFile::rename(building, path)) {
        *error = tr("%1 kan ikke oprettes (omdøbning mislykkedes).").arg(path);
        return nullptr;
    }
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    if (!ws->openDatabase(path, error))
        return nullptr;
    ws->m_changes = std::make_unique<ChangeSet>(std::move(base));
    ws->m_changes->setJournal(ws.get());
    return ws;
}

bool Workspace::peek(const QString &path, Summary *out, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1 findes ikke.").arg(path);
        return false;
    }
    const QString connection = QStringLiteral("peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const QString damaged =
            tr("%1 er ikke et læsbart arbejdsområde fra DTR Studio").arg(QFileInfo(path).fileName());
        QSqlQuery q(db);
        if (!db.open()) {
            *error = damaged + QStringLiteral(": ") + db.lastError().text();
        } else if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
                   q.value(0).toString() != QLatin1String("ok")) {
            *error = damaged + tr(" – filen er beskadiget (%1).")
                                   .arg(q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
        } else if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next() ||
                   q.value(0).toInt() != ApplicationId) {
            *error = damaged + tr(" (forkert filtype).");
        } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(0).toInt() != FormatVersion) {
            *error = damaged + tr(" (ukendt formatversion %1).").arg(q.value(0).toInt());
        } else {
            ok = true;
            q.exec(QStringLiteral("SELECT key, value FROM meta"));
            while (q.next()) {
                if (q.value(0).toString() == QLatin1String("source"))
                    out->source = q.value(1).toString();
                else if (q.value(0).toString() == QLatin1String("createdAt"))
                    out->createdAt = q.value(1).toString();
            }
            ok = q.exec(QStringLiteral("SELECT fingerprint FROM base WHERE id = 1")) && q.next();
            out->fingerprint = q.value(0).toString();
            ok = ok && q.exec(QStringLiteral("SELECT position FROM state WHERE id = 1")) && q.next();
            out->position = q.value(0).toInt();
            ok = ok && q.exec(QStringLiteral("SELECT idx, step, merge_key FROM steps ORDER BY idx"));
            out->steps.clear();
            while (ok && q.next()) {
                Step step;
                QString stepError;
                const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toByteArray());
                if (q.value(0).toInt() != out->steps.size() || !doc.isObject() ||
                    !ChangeFile::stepFromJson(doc.object(), &step, &stepError)) {
                    *error = damaged + tr(" – trin %1 kan ikke læses. %2").arg(q.value(0).toInt() + 1).arg(stepError);
                    ok = false;
                    break;
                }
                step.mergeKey = q.value(2).toString();
                out->steps.append(step);
            }
            out->acknowledgements.clear();
            if (ok && q.exec(QStringLiteral("SELECT level, key, rule, note, at FROM acknowledgements ORDER BY at"))) {
                while (q.next())
                    out->acknowledgements.append({Level(std::clamp(q.value(0).toInt(), 0, LevelCount - 1)),
                                                  q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                  q.value(4).toString()});
            }
            // Older workspaces may not have these yet: then there are none.
            out->openWrites = readOpenWrites(q);
            out->refusals = readRefusals(q);
            if (ok && (out->position < 0 || out->position > out->steps.size())) {
                *error = damaged + tr(" – fortrydelsespositionen %1 passer ikke til %2 trin.")
                                       .arg(out->position)
                                       .arg(out->steps.size());
                ok = false;
            }
            if (!ok && error->isEmpty())
                *error = damaged + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error,
                                           std::shared_ptr<const Register> knownBase, const QString &knownFingerprint)
{
    error->clear();
    Summary summary;
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1 findes ikke.").arg(path);
        return nullptr;
    }
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_lock = takeLock(path, error);
    if (!ws->m_lock)
        return nullptr;
    if (!peek(path, &summary, error))
        return nullptr;
    if (!ws->openDatabase(path, error))
        return nullptr;

    const QString damaged = tr("Arbejdsområdet %1 er beskadiget").arg(QFileInfo(path).fileName());
    QSqlQuery q(QSqlDatabase::database(ws->m_connection));
    // Tables added after a workspace was made are added when it is opened.
    for (const char *sql :
         {"CREATE TABLE IF NOT EXISTS audit(id INTEGER PRIMARY KEY, at TEXT NOT NULL, environment TEXT NOT NULL, "
          "user TEXT NOT NULL, reason TEXT NOT NULL, operation TEXT NOT NULL, level TEXT NOT NULL, key TEXT NOT NULL, "
          "number TEXT NOT NULL, outcome TEXT NOT NULL, message TEXT NOT NULL)",
          "CREATE TABLE IF NOT EXISTS reviews(level INTEGER NOT NULL, key TEXT NOT NULL, note TEXT NOT NULL, "
          "at TEXT NOT NULL, PRIMARY KEY (level, key))",
          "CREATE TABLE IF NOT EXISTS refusals(level INTEGER NOT NULL, key TEXT NOT NULL, messages TEXT NOT NULL, "
          "PRIMARY KEY (level, key))",
          "CREATE TABLE IF NOT EXISTS acknowledgements(level INTEGER NOT NULL, key TEXT NOT NULL, rule TEXT NOT NULL, "
          "note TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (level, key, rule))"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = damaged + QStringLiteral(": ") + q.lastError().text();
            return nullptr;
        }
    }
    if (q.exec(QStringLiteral("PRAGMA table_info(audit)"))) {
        QStringList columns;
        while (q.next())
            columns << q.value(1).toString();
        for (const QString &column : QString::fromLatin1(AuditWriteColumns).split(QStringLiteral(", "))) {
            if (columns.contains(column.section(QLatin1Char(' '), 0, 0)))
                continue;
            if (!q.exec(QStringLiteral("ALTER TABLE audit ADD COLUMN ") + column)) {
                *error = damaged + QStringLiteral(": ") + q.lastError().text();
                return nullptr;
            }
        }
    }
    std::shared_ptr<const Register> base;
    if (knownBase && !knownFingerprint.isEmpty() && knownFingerprint == summary.fingerprint) {
        base = std::move(knownBase);
    } else {
        if (!q.exec(QStringLiteral("SELECT xml FROM base WHERE id = 1")) || !q.next()) {
            *error = damaged + tr(": grunddata mangler.");
            return nullptr;
        }
        const QByteArray xml = qUncompress(q.value(0).toByteArray());
        const QString stored = Sha256::hex(xml);
        if (xml.isEmpty() || stored != summary.fingerprint) {
            *error = damaged + tr(": grunddata passer ikke til deres kontrolsum.");
            return nullptr;
        }
        auto parsed = std::make_shared<Register>();
        ReadError readError;
        if (!XmlSnapshot::readBytes(xml, path, parsed.get(), &readError)) {
            *error = damaged + QStringLiteral(": ") + readError.toString();
            return nullptr;
        }
        base = std::move(parsed);
    }
    ws->m_fingerprint = summary.fingerprint;
    ws->m_source = summary.source;
    ws->m_changes = std::make_unique<ChangeSet>(std::move(base));
    QString loadError;
    if (!ws->m_changes->load(summary.steps, summary.position, &loadError)) {
        *error = damaged + QStringLiteral(": ") + loadError;
        return nullptr;
    }
    // Steps beyond the position must stay redoable; prove it now rather than at redo time.
    if (summary.position < summary.steps.size()) {
        if (!ws->m_changes->setPosition(int(summary.steps.size()), &loadError) ||
            !ws->m_changes->setPosition(summary.position, &loadError)) {
            *error = damaged + QStringLiteral(": ") + loadError;
            return nullptr;
        }
    }
    ws->m_changes->setJournal(ws.get());
    return ws;
}

bool Workspace::writeSteps(int from, const QList<Step> &steps, int position, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!db.transaction()) {
        *error = tr("Ændringen kunne ikke gemmes i %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM steps WHERE idx >= ?"));
    q.addBindValue(from);
    bool ok = q.exec();
    for (qsizetype k = 0; ok && k < steps.size(); ++k) {
        q.prepare(QStringLiteral("INSERT INTO steps(idx, step, merge_key) VALUES (?, ?, ?)"));
        q.addBindValue(from + int(k));
        q.addBindValue(QJsonDocument(ChangeFile::stepToJson(steps[k])).toJson(QJsonDocument::Compact));
        // A null QString binds as SQL NULL; the column holds "" for "no merge key".
        q.addBindValue(steps[k].mergeKey.isEmpty() ? QStringLiteral("") : steps[k].mergeKey);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE state SET position = ? WHERE id = 1"));
        q.addBindValue(position);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        *error = tr("Ændringen kunne ikke gemmes i %1: %2")
                     .arg(m_path, q.lastError().isValid() ? q.lastError().text() : db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool Workspace::writeState(const Register &base, const QList<Step> &steps, int position, QString *error)
{
    const StoredBase stored = storeBase(base);
    if (stored.isNull()) {
        *error = tr("Den nye grunddata kunne ikke gemmes i %1: den er for stor til et arbejdsområde.").arg(m_path);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE base SET fingerprint = ?, xml = ? WHERE id = 1"));
    q.addBindValue(stored.fingerprint);
    q.addBindValue(stored.compressedXml);
    bool ok = q.exec() && q.exec(QStringLiteral("DELETE FROM steps"));
    for (qsizetype k = 0; ok && k < steps.size(); ++k) {
        q.prepare(QStringLiteral("INSERT INTO steps(idx, step, merge_key) VALUES (?, ?, '')"));
        q.addBindValue(int(k));
        q.addBindValue(QJsonDocument(ChangeFile::stepToJson(steps[k])).toJson(QJsonDocument::Compact));
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE state SET position = ? WHERE id = 1"));
        q.addBindValue(std::clamp(position, 0, int(steps.size())));
        ok = q.exec();
    }
    if (!ok) {
        *error = tr("Den nye grunddata kunne ikke gemmes i %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    m_fingerprint = stored.fingerprint;
    return true;
}

bool Workspace::rebase(const Register &base, const QList<Step> &steps, int position, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString before = m_fingerprint;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!writeState(base, steps, position, error) || !db.commit()) {
        if (error->isEmpty())
            *error = tr("Den nye grunddata kunne ikke gemmes i %1: %2").arg(m_path, db.lastError().text());
        db.rollback();
        m_fingerprint = before;
        return false;
    }
    return true;
}

qint64 Workspace::beginWrite(const AuditEntry &e, const QByteArray &payloadDigest, const QByteArray &expectation,
                             QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO audit(at, environment, user, reason, operation, level, key, number, outcome, "
                             "message, digest, expectation, open, may_still_land, last_attempt_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?)"));
    for (const QString &v :
         {e.at, e.environment, e.user, e.reason, e.operation, e.level, e.key, e.number, e.outcome, e.message})
        q.addBindValue(v.isNull() ? QStringLiteral("") : v);
    q.addBindValue(QString::fromLatin1(payloadDigest));
    q.addBindValue(QString::fromUtf8(expectation));
    q.addBindValue(nowIso());
    if (!q.exec()) {
        *error = tr("Revisionssporet kunne ikke skrives i %1: %2").arg(m_path, q.lastError().text());
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

bool Workspace::recordOutcome(const Outcome &o, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const QString before = m_fingerprint;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const AuditEntry &e = o.entry;
    if (e.id >= 0) {
        q.prepare(
            QStringLiteral("UPDATE audit SET number = ?, outcome = ?, message = ?, open = ?, may_still_land = ?%1 "
                           "WHERE id = ?")
                .arg(o.attempted ? QStringLiteral(", last_attempt_at = ?") : QString()));
        q.addBindValue(e.number.isNull() ? QStringLiteral("") : e.number);
        q.addBindValue(e.outcome);
        q.addBindValue(e.message.isNull() ? QStringLiteral("") : e.message);
        q.addBindValue(o.open ? 1 : 0);
        q.addBindValue(o.mayStillLand ? 1 : 0);
        if (o.attempted)
            q.addBindValue(nowIso());
        q.addBindValue(e.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO audit(at, environment, user, reason, operation, level, key, number, "
                                 "outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QString &v :
             {e.at, e.environment, e.user, e.reason, e.operation, e.level, e.key, e.number, e.outcome, e.message})
            q.addBindValue(v.isNull() ? QStringLiteral("") : v);
    }
    bool ok = q.exec();
    if (ok && o.refusal) {
        if (o.refusal->isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM refusals WHERE level = ? AND key = ?"));
            q.addBindValue(int(o.refusalLevel));
            q.addBindValue(e.key);
        } else {
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO refusals(level, key, messages) VALUES (?, ?, ?)"));
            q.addBindValue(int(o.refusalLevel));
            q.addBindValue(e.key);
            q.addBindValue(*o.refusal);
        }
        ok = q.exec();
    }
    if (!ok)
        *error = tr("Revisionssporet kunne ikke skrives i %1: %2").arg(m_path, q.lastError().text());
    if (ok && o.base)
        ok = writeState(*o.base, o.steps, o.position, error);
    if (!ok || !db.commit()) {
        if (error->isEmpty())
            *error = tr("Udfaldet kunne ikke gemmes i %1: %2").arg(m_path, db.lastError().text());
        db.rollback();
        m_fingerprint = before;
        return false;
    }
    return true;
}

QList<Workspace::OpenWrite> Workspace::openWrites() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return readOpenWrites(q);
}

QHash<QString, QString> Workspace::refusals() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return readRefusals(q);
}

bool Workspace::writePosition(int position, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE state SET position = ? WHERE id = 1"));
    q.addBindValue(position);
    if (!q.exec()) {
        *error = tr("Fortryd/gentag kunne ikke gemmes i %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

} // namespace dtr
