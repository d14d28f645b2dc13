#include "StandInServer.h"

#include "SoapMessage.h"
#include "StandInRegister.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace dtr {

using namespace ServiceNames;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::StandInServer", text);
}

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

bool FaultPlan::parse(const QString &spec, QString *error)
{
    m_rules.clear();
    m_randomProbability = 0;
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.startsWith(QLatin1String("random="))) {
            const QStringList parts = item.mid(7).split(QLatin1Char('/'));
            bool ok = false;
            m_randomProbability = parts.value(0).toDouble(&ok);
            if (!ok || m_randomProbability < 0 || m_randomProbability > 1) {
                *error = tr("\"%1\": sandsynligheden skal være et tal fra 0 til 1.").arg(item);
                return false;
            }
            m_random.seed(parts.size() > 1 ? parts[1].toULongLong() : 1);
            continue;
        }
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = tr("\"%1\" skal have formen METODE:FEJL[@KALD].").arg(item);
            return false;
        }
        Rule rule;
        rule.method = item.left(colon);
        QString kind = item.mid(colon + 1);
        if (const qsizetype at = kind.indexOf(QLatin1Char('@')); at >= 0) {
            const QStringList range = kind.mid(at + 1).split(QLatin1Char('-'));
            rule.firstCall = range.value(0).toInt();
            rule.lastCall = range.size() > 1 ? range[1].toInt() : rule.firstCall;
            kind = kind.left(at);
            if (rule.firstCall < 1 || rule.lastCall < rule.firstCall) {
                *error = tr("\"%1\": kaldnumre tælles fra 1, fx @2 eller @2-4.").arg(item);
                return false;
            }
        }
        if (kind.startsWith(QLatin1String("delay="))) {
            rule.kind = Kind::Delay;
            rule.delayMs = kind.mid(6).toInt();
        } else if (kind == QLatin1String("drop-before")) {
            rule.kind = Kind::DropBefore;
        } else if (kind == QLatin1String("drop-after")) {
            rule.kind = Kind::DropAfter;
        } else if (kind == QLatin1String("http500")) {
            rule.kind = Kind::Http500;
        } else if (kind == QLatin1String("http503")) {
            rule.kind = Kind::Http503;
        } else if (kind == QLatin1String("malformed")) {
            rule.kind = Kind::Malformed;
        } else if (kind == QLatin1String("fault")) {
            rule.kind = Kind::SoapFault;
        } else if (kind == QLatin1String("oversized")) {
            rule.kind = Kind::Oversized;
        } else {
            *error =
                tr("Ukendt fejltype \"%1\" (delay=MS, drop-before, drop-after, http500, http503, malformed, fault, "
                   "oversized).")
                    .arg(kind);
            return false;
        }
        m_rules.append(rule);
    }
    return true;
}

std::optional<FaultPlan::Rule> FaultPlan::decide(const QString &method, int call)
{
    for (const Rule &rule : m_rules) {
        if (rule.method != QLatin1String("*") && rule.method != method)
            continue;
        if (rule.firstCall > 0 && (call < rule.firstCall || call > rule.lastCall))
            continue;
        return rule;
    }
    if (m_randomProbability > 0 && std::uniform_real_distribution<double>(0, 1)(m_random) < m_randomProbability) {
        static constexpr Kind kinds[] = {Kind::DropBefore, Kind::DropAfter, Kind::Http503, Kind::Malformed,
                                         Kind::SoapFault};
        Rule rule;
        rule.method = method;
        rule.kind = kinds[std::uniform_int_distribution<int>(0, 4)(m_random)];
        return rule;
    }
    return std::nullopt;
}

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
    const std::optional<FaultPlan::Rule> fault = known ? m_faults.decide(name, call) : std::nullopt;
    QPointer<QTcpSocket> guard(socket);
    const auto answer = [this, guard, service, body, fault] {
        if (!guard)
            return;
        if (fault) {
            switch (fault->kind) {
            case FaultPlan::Kind::DropBefore:
                guard->abort();
                return;
            case FaultPlan::Kind::DropAfter:
                m_register->handle(service, body); // the write happens; its answer is lost
                guard->abort();
                return;
            case FaultPlan::Kind::Http500:
                respond(guard, 500, "Internal Server Error");
                return;
            case FaultPlan::Kind::Http503:
                respond(guard, 503, "Service Unavailable");
                return;
            case FaultPlan::Kind::Malformed:
                respond(guard, 200,
                        "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
                        "envelope/\"><soap:Body><Svar>");
                return;
            case FaultPlan::Kind::SoapFault:
                respond(guard, 500,
                        Soap::fault(QStringLiteral("Server"), tr("Registeret fejlede internt (indsat fejl).")));
                return;
            case FaultPlan::Kind::Oversized: {
                QByteArray huge = "<?xml version=\"1.0\"?><!-- ";
                huge += QByteArray(8 * 1024 * 1024, 'x');
                respond(guard, 200, huge);
                return;
            }
            case FaultPlan::Kind::Delay:
                break;
            }
        }
        const StandInRegister::Answer a = m_register->handle(service, body);
        respond(guard, a.httpStatus, a.body);
    };
    if (fault && fault->kind == FaultPlan::Kind::Delay)
        QTimer::singleShot(fault->delayMs, this, answer);
    else
        answer();
}

} // namespace dtr
