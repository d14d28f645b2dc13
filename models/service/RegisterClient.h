#pragma once

#include "ServiceNames.h"
#include "SoapMessage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace dtr {

class Register;

// Where the register is and who we are. The password lives only in memory.
struct ServiceEndpoint
{
    QUrl base; // the services sit at base/ImportService and base/ExportService
    QString user;
    QString password;
    QList<QSslCertificate> extraCaCertificates; // added to the system's; verification is never off
    int timeoutMs = 60000;                      // without any data arriving
    int readRetries = 2;                        // writes are never retried
    qint64 maxAnswerBytes = 512ll * 1024 * 1024;
};

struct ServiceError
{
    // Unreachable: no connection could be made, so nothing was sent. Network: the connection
    // broke after the request may have gone out.
    enum Kind {
        None,
        Cancelled,
        Insecure,
        Unreachable,
        Network,
        Timeout,
        Tls,
        Unauthorized,
        Http,
        Fault,
        Malformed,
        TooLarge
    };
    Kind kind = None;
    int httpStatus = 0;
    QString message; // Danish, for the steward

    // For a write: the register may or may not have done it. Only a parsed ImportSvar tells;
    // every other failure after the request may have reached the register is unknown.
    bool outcomeUnknown() const { return kind != None && !certainlyNotDone(); }
    // Nothing reached the register, or it refused the call before doing anything.
    bool certainlyNotDone() const
    {
        return kind == Insecure || kind == Unreachable || kind == Tls || kind == Unauthorized;
    }
    // The register finished with the request and answered (an error status, a fault, a broken or
    // oversized body): reading back now tells what it did. Without an answer (a timeout, a broken
    // connection) the write may still be under way.
    bool registerAnswered() const { return kind == Http || kind == Fault || kind == Malformed || kind == TooLarge; }
    // Every later call would fail the same way: stop and send nothing more.
    bool stopsEverything() const
    {
        return kind == Cancelled || kind == Insecure || kind == Unreachable || kind == Tls || kind == Unauthorized;
    }
};

// One call in flight; emits finished() once, with either a response or an error.
class ServiceCall : public QObject
{
    Q_OBJECT

public:
    ServiceNames::Method method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    const ServiceError &error() const { return m_error; }
    bool ok() const { return m_finished && m_error.kind == ServiceError::None; }
    const Soap::Response &response() const { return m_response; }
    int attempts() const { return m_attempts; }
    void abort();
    // Blocks (running the event loop) until finished. For tests and the command line only: the
    // app's code uses then().
    void wait();
    // Runs `handler` once the call has finished (at once, queued, if it already has), then
    // deletes the call; nothing runs when `context` is gone by then.
    void then(QObject *context, std::function<void(ServiceCall &)> handler);

signals:
    void finished();
    void progress(qint64 received);

private:
    friend class RegisterClient;
    ServiceNames::Method m_method = ServiceNames::Method::HelloWorld;
    QByteArray m_body;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    int m_attempts = 0;
    QStringList m_sslErrors;
    ServiceError m_error;
    Soap::Response m_response;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
};

// The ImportSvar of a write: OK (with the number issued on an insert) or the register's errors.
struct ImportResult
{
    struct Error
    {
        QString code;
        QString field;
        QString message;
    };
    bool ok = false;
    QString number;
    QList<Error> errors;
    static bool parse(const QByteArray &xml, ImportResult *out, QString *error);
};

// SOAP 1.1 client for the ExportService and ImportService over QNetworkAccessManager: HTTPS with
// verification (an extra CA may be added, never an "ignore errors"), Basic authentication, a
// timeout while nothing arrives, cancellation, bounded answers, and retries for reads only.
class RegisterClient : public QObject
{
    Q_OBJECT

public:
    explicit RegisterClient(const ServiceEndpoint &endpoint, QObject *parent = nullptr);
    const ServiceEndpoint &endpoint() const { return m_endpoint; }

    // Starts a call; the returned object belongs to the client until it is deleted by the caller.
    ServiceCall *call(ServiceNames::Method method, const Soap::Parameters &parameters = {},
                      const QByteArray &payload = {});

    // Convenience: a one-parameter call (the method's named parameter), or a write with payload.
    ServiceCall *query(ServiceNames::Method method, const QString &value = {});
    ServiceCall *write(ServiceNames::Method method, const QByteArray &payload);

    // Reads an export answer (dagtilbudsRegister or a level-only list) into a register.
    static bool readRegister(const ServiceCall &call, Register *out, QString *error);

private:
    void send(ServiceCall *call);
    void finish(ServiceCall *call, QNetworkReply *reply);
    bool retry(ServiceCall *call);

    ServiceEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
};

} // namespace dtr
