#pragma once

#include "FaultPlan.h"
#include "service/ServiceNames.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace dtr {

class StandInRegister;

// SOAP over HTTP(S) on loopback in front of a StandInRegister: Basic authentication (compared
// in constant time; wrong credentials get 401), bounded requests, and injected faults (FaultPlan).
class StandInServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;
    // How long a `late` write waits for its client to give up before it is applied anyway.
    static constexpr int LateLimitMs = 10 * 60 * 1000;

    StandInServer(StandInRegister *reg, const QString &user, const QString &password, QObject *parent = nullptr);
    ~StandInServer() override;

    void setFaults(const FaultPlan &faults) { m_faults = faults; }
    // Tests shorten the wait of `late` faults (LateLimitMs).
    void setLateLimit(int ms) { m_lateLimitMs = ms; }
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
    void answer(QTcpSocket *socket, ServiceNames::Service service, const QByteArray &body,
                const std::optional<FaultPlan::Rule> &fault);
    void applyLate(QTcpSocket *socket, ServiceNames::Service service, const QByteArray &body, int delayMs);

    StandInRegister *m_register;
    QByteArray m_expectedAuthorization;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    FaultPlan m_faults;
    int m_lateLimitMs = LateLimitMs;
    QHash<QString, int> m_calls;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace dtr
