#include "StandInServer.h"

#include "StandInRegister.h"
#include "service/SoapMessage.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <utility>

namespace dtr {

using namespace ServiceNames;

namespace {

// Compares without an early exit, so the time taken says nothing about where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>((i < a.size() ? a[i] : 0) ^ (i < b.size() ? b[i] : 0));
    return diff == 0;
}

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

StandInServer::StandInServer(StandInRegister *reg, const QString &user, const QString &password, QObject *parent)
    : QObject(parent)
    , m_register(reg)
    , m_expectedAuthorization("Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64())
{}

StandInServer::~StandInServer() = default;

bool StandInServer::listen(const QHostAddress &address, quint16 port, QString *error,
                           const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = !certificate.isNull();
    if (m_tls) {
        auto *server = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are authenticated by password
        server->setSslConfiguration(config);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &StandInServer::accept);
    if (!m_server->listen(address, port)) {
        *error = tr("Kan ikke lytte på %1:%2: %3").arg(address.toString()).arg(port).arg(m_server->errorString());
        return false;
    }
    return true;
}

QUrl StandInServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void StandInServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void StandInServer::respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    head += "Content-Type: text/xml; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

void StandInServer::readFrom(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > MaxHeaderBytes) {
            m_buffers.remove(socket);
            respond(socket, 431, {});
        }
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype contentLength = 0;
    QByteArray authorization;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "authorization")
            authorization = value;
    }
    if (contentLength < 0 || contentLength > MaxBodyBytes) {
        m_buffers.remove(socket);
        respond(socket, 413, {});
        return;
    }
    if (buffer.size() - (headerEnd + 4) < contentLength)
        return; // wait for the rest of the body
    const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
    m_buffers.remove(socket);
    if (requestLine.size() < 3) {
        respond(socket, 400, {});
        return;
    }
    if (requestLine[0] != "POST") {
        respond(socket, 405, {}, "Allow: POST\r\n");
        return;
    }
    process(socket, requestLine[1], authorization, body);
}

void StandInServer::process(QTcpSocket *socket, const QByteArray &rawPath, const QByteArray &authorization,
                            const QByteArray &body)
{
    if (!constantTimeEquals(authorization, m_expectedAuthorization)) {
        respond(socket, 401, {}, "WWW-Authenticate: Basic realm=\"Dagtilbudsregisteret\"\r\n");
        return;
    }
    QByteArray path = rawPath;
    if (path.endsWith(".asmx"))
        path.chop(5);
    Service service;
    if (path.endsWith('/' + QByteArray(ImportPath.data(), ImportPath.size())))
        service = Service::Import;
    else if (path.endsWith('/' + QByteArray(ExportPath.data(), ExportPath.size())))
        service = Service::Export;
    else {
        respond(socket, 404, {});
        return;
    }

    Method method;
    const bool known = StandInRegister::methodOf(service, body, &method);
    const QString name = known ? QString(methodName(method)) : QString();
    const int call = ++m_calls[name];
    const std::optional<FaultPlan::Rule> fault = known ? m_faults.decide(method, call) : std::nullopt;
    if (!fault || fault->kind != FaultPlan::Kind::Delay) {
        answer(socket, service, body, fault);
        return;
    }
    // A slow server that notices a client which gave up before it got to the work: nothing done.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(fault->delayMs, Qt::PreciseTimer, this, [this, guard, service, body] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            answer(guard, service, body, std::nullopt);
    });
}

void StandInServer::answer(QTcpSocket *socket, Service service, const QByteArray &body,
                           const std::optional<FaultPlan::Rule> &fault)
{
    using Kind = FaultPlan::Kind;
    if (fault) {
        switch (fault->kind) {
        case Kind::DropBefore:
            socket->abort();
            return;
        case Kind::DropAfter:
            m_register->handle(service, body); // the write happens; its answer is lost
            socket->abort();
            return;
        case Kind::Http500:
        case Kind::Http500After:
            if (fault->kind == Kind::Http500After)
                m_register->handle(service, body); // the write happens; the server then fails
            respond(socket, 500, "Internal Server Error");
            return;
        case Kind::Http503:
            respond(socket, 503, "Service Unavailable");
            return;
        case Kind::Malformed:
            respond(socket, 200,
                    "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
                    "envelope/\"><soap:Body><Svar>");
            return;
        case Kind::SoapFault:
        case Kind::SoapFaultAfter:
            if (fault->kind == Kind::SoapFaultAfter)
                m_register->handle(service, body);
            respond(socket, 500,
                    Soap::fault(QStringLiteral("Server"), tr("Registeret fejlede internt (indsat fejl).")));
            return;
        case Kind::Oversized: {
            QByteArray huge = "<?xml version=\"1.0\"?><!-- ";
            huge += QByteArray(8 * 1024 * 1024, 'x');
            respond(socket, 200, huge);
            return;
        }
        case Kind::Late:
            applyLate(socket, service, body, fault->delayMs);
            return;
        case Kind::Delay:
            break;
        }
    }
    const StandInRegister::Answer a = m_register->handle(service, body);
    respond(socket, a.httpStatus, a.body);
}

void StandInServer::applyLate(QTcpSocket *socket, Service service, const QByteArray &body, int delayMs)
{
    // A timed-out write that lands later: no answer ever; the write is done delayMs after the
    // client closed the connection, or at the limit (then the connection is closed) if it never
    // does. Exactly once either way.
    auto done = std::make_shared<bool>(false);
    const auto apply = [this, service, body, done] {
        if (!std::exchange(*done, true))
            m_register->handle(service, body);
    };
    connect(socket, &QTcpSocket::disconnected, this,
            [this, delayMs, apply] { QTimer::singleShot(delayMs, Qt::PreciseTimer, this, apply); });
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(m_lateLimitMs, Qt::PreciseTimer, this, [guard, apply] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        apply();
        guard->abort();
    });
}

} // namespace dtr
