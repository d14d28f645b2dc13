#include "Workspace.h"

#include "io/SpreadsheetCsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// What a workspace keeps beside the change set: review marks, the register's refusals, the
// steward's acknowledgements of warnings (each written at once in its own statement), and the
// audit log as read and exported (a submission's own rows are written in Workspace.cpp).
namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Workspace", text);
}

} // namespace

QHash<QString, Workspace::ReviewMark> Workspace::reviewMarks() const
{
    QHash<QString, ReviewMark> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT level, key, note, at FROM reviews")))
        while (q.next())
            out.insert(recordId(Level(q.value(0).toInt()), q.value(1).toString()),
                       {q.value(3).toString(), q.value(2).toString()});
    return out;
}

bool Workspace::setReviewed(Level level, const QString &key, bool reviewed, const QString &note, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (reviewed) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO reviews(level, key, note, at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(int(level));
        q.addBindValue(key);
        q.addBindValue(note.isNull() ? QStringLiteral("") : note);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    } else {
        q.prepare(QStringLiteral("DELETE FROM reviews WHERE level = ? AND key = ?"));
        q.addBindValue(int(level));
        q.addBindValue(key);
    }
    if (!q.exec()) {
        *error = tr("Gennemgangen kunne ikke gemmes i %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

bool Workspace::setRefusal(Level level, const QString &key, const QString &messages, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (messages.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM refusals WHERE level = ? AND key = ?"));
        q.addBindValue(int(level));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO refusals(level, key, messages) VALUES (?, ?, ?)"));
        q.addBindValue(int(level));
        q.addBindValue(key);
        q.addBindValue(messages);
    }
    if (!q.exec()) {
        *error = tr("Registerets svar kunne ikke gemmes i %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

QList<Workspace::Acknowledgement> Workspace::acknowledgements() const
{
    QList<Acknowledgement> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT level, key, rule, note, at FROM acknowledgements ORDER BY at"))) {
        while (q.next())
            out.append({Level(std::clamp(q.value(0).toInt(), 0, LevelCount - 1)), q.value(1).toString(),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

bool Workspace::acknowledge(const Acknowledgement &a, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO acknowledgements(level, key, rule, note, at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(int(a.level));
    q.addBindValue(a.key);
    q.addBindValue(a.rule);
    q.addBindValue(a.note.isNull() ? QStringLiteral("") : a.note);
    q.addBindValue(a.at.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : a.at);
    if (!q.exec()) {
        *error = tr("Kvitteringen kunne ikke gemmes i %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

bool Workspace::revokeAcknowledgement(Level level, const QString &key, const QString &rule, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM acknowledgements WHERE level = ? AND key = ? AND rule = ?"));
    q.addBindValue(int(level));
    q.addBindValue(key);
    q.addBindValue(rule);
    if (!q.exec()) {
        *error = tr("Kvitteringen kunne ikke fjernes i %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

bool Workspace::appendAudit(const QList<AuditEntry> &entries, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    for (const AuditEntry &e : entries) {
        q.prepare(
            QStringLiteral("INSERT INTO audit(at, environment, user, reason, operation, level, key, number, outcome, "
                           "message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QString &v :
             {e.at, e.environment, e.user, e.reason, e.operation, e.level, e.key, e.number, e.outcome, e.message})
            q.addBindValue(v.isNull() ? QStringLiteral("") : v);
        ok = ok && q.exec();
    }
    if (!ok || !db.commit()) {
        *error = tr("Revisionssporet kunne ikke skrives i %1: %2").arg(m_path, q.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

QList<Workspace::AuditEntry> Workspace::audit() const
{
    QList<AuditEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT at, environment, user, reason, operation, level, key, number, outcome, message, "
                              "id, open FROM audit ORDER BY id"))) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                        q.value(8).toString(), q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toBool()});
    }
    return out;
}

QByteArray Workspace::auditCsv() const
{
    QList<QStringList> rows;
    for (const AuditEntry &e : audit())
        rows.append(
            {e.at, e.environment, e.user, e.reason, e.operation, e.level, e.key, e.number, e.outcome, e.message});
    return spreadsheetCsv({QStringLiteral("tidspunkt"), QStringLiteral("miljoe"), QStringLiteral("bruger"),
                           QStringLiteral("begrundelse"), QStringLiteral("operation"), QStringLiteral("niveau"),
                           QStringLiteral("noegle"), QStringLiteral("nummer"), QStringLiteral("udfald"),
                           QStringLiteral("besked")},
                          rows);
}

} // namespace dtr
