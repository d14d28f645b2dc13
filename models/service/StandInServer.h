#pragma once

#include "ServiceNames.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <optional>
#include <random>

class QTcpServer;
class QTcpSocket;

namespace dtr {

class StandInRegister;

// Faults the stand-in register injects, for tests (spec documented in README, "dtr simulate").
class FaultPlan
{
public:
    enum class Kind { Delay, DropBefore, DropAfter, Http500, Http503, Malformed, SoapFault, Oversized };
    struct Rule
    {
        QString method; // a method name, or "*"
        Kind kind = Kind::Delay;
        int delayMs = 0;
        int firstCall = 0; // 0: every call; else calls firstCall..lastCall of that method (from 1)
        int lastCall = 0;
    };

    bool parse(const QString &spec, QString *error);
    // The fault for the n-th call (from 1) of a method, if any.
    std::optional<Rule> decide(const QString &method, int call);
    bool isEmpty() const { return m_rules.isEmpty() && m_randomProbability <= 0; }

private:
    QList<Rule> m_rules;
    double m_randomProbability = 0;
    std::mt19937_64 m_random{1};
};

// SOAP over HTTP(S) on loopback in front of a StandInRegister: Basic authentication (compared
// in constant time; wrong credentials get 401), bounded requests, and injected faults.
class StandInServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

    StandInServer(StandInRegister *reg, const QString &user, const QString &password, QObject *parent = nullptr);
    ~StandInServer() override;

    void setFaults(const FaultPlan &faults) { m_faults = faults; }
    // HTTPS when a certificate and key are given.
    bool listen(const QHostAddress &address, quint16 port, QString *error,
                const QSslCertificate &certificate = QSslCertificate(), const QSslKey &key = QSslKey());
    QUrl url() const;
    int calls(const QString &method) const { return m_calls.value(method); }

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    void process(QTcpSocket *socket, const QByteArray &path, const QByteArray &authorization, const QByteArray &body);

    StandInRegister *m_register;
    QByteArray m_expectedAuthorization;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    FaultPlan m_faults;
    QHash<QString, int> m_calls;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace dtr
