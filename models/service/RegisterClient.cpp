#include "RegisterClient.h"

#include "io/XmlSnapshot.h"
#include "register/Register.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QXmlStreamReader>

#include <cstring>

namespace dtr {

using namespace ServiceNames;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::RegisterClient", text);
}

// A request body that can be read once and never rewound. Qt's HTTP layer silently resends a
// request whose connection closed before any answer arrived; for a write that may already have
// happened, that would do it twice. With this body (and no buffering) a resend is impossible:
// the reply fails instead, and the caller learns that the outcome is unknown.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_position);
        std::memcpy(out, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

bool isLoopback(const QUrl &url)
{
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

void ServiceCall::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void ServiceCall::wait()
{
    if (m_finished)
        return;
    QEventLoop loop;
    connect(this, &ServiceCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void ServiceCall::then(QObject *context, std::function<void(ServiceCall &)> handler)
{
    const auto run = [this, handler = std::move(handler)] {
        handler(*this);
        deleteLater();
    };
    if (m_finished)
        QMetaObject::invokeMethod(context, run, Qt::QueuedConnection);
    else
        connect(this, &ServiceCall::finished, context, run, Qt::SingleShotConnection);
}

bool ImportResult::parse(const QByteArray &xml, ImportResult *out, QString *error)
{
    *out = ImportResult{};
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    bool sawStatus = false;
    Error current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD || reader.tokenType() == QXmlStreamReader::EntityReference) {
            *error = tr("ImportSvar indeholder en DTD eller entiteter.");
            return false;
        }
        if (reader.isEndElement() && reader.name() == ServiceNames::ImportError) {
            out->errors.append(current);
            current = {};
        }
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        if (!sawRoot) {
            if (name != ImportSvar) {
                *error = tr("Svaret er ikke et ImportSvar, men <%1>.").arg(name);
                return false;
            }
            sawRoot = true;
        } else if (name == ImportStatus) {
            const QString status = reader.readElementText();
            out->ok = status == ImportStatusOk;
            sawStatus = true;
        } else if (name == ImportNumber) {
            out->number = reader.readElementText();
        } else if (name == ImportErrorCode) {
            current.code = reader.readElementText();
        } else if (name == ImportErrorField) {
            current.field = reader.readElementText();
        } else if (name == ImportErrorMessage) {
            current.message = reader.readElementText();
        }
    }
    if (reader.hasError() || !sawStatus) {
        *error = reader.hasError() ? tr("ImportSvar kan ikke læses: %1").arg(reader.errorString())
                                   : tr("ImportSvar mangler en status.");
        return false;
    }
    // OK with errors says two things at once: not an answer to act on (the outcome is unknown
    // and is settled by reading back).
    if (out->ok && !out->errors.isEmpty()) {
        *error = tr("ImportSvar siger både OK og fejl.");
        return false;
    }
    // A refusal always reaches the steward with a reason.
    bool anyReason = false;
    for (const Error &e : std::as_const(out->errors))
        anyReason = anyReason || !e.message.trimmed().isEmpty();
    if (!out->ok && !anyReason)
        out->errors.append({QString(), QString(), tr("Registeret afviste uden at give en grund.")});
    return true;
}

RegisterClient::RegisterClient(const ServiceEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_network(new QNetworkAccessManager(this))
{
    // Credentials travel in our own header; Qt must not ask for or cache any.
    m_network->setAutoDeleteReplies(false);
}

ServiceCall *RegisterClient::query(Method method, const QString &value)
{
    Soap::Parameters parameters;
    if (!parameterName(method).isEmpty())
        parameters.append({QString(parameterName(method)), value});
    return call(method, parameters);
}

ServiceCall *RegisterClient::write(Method method, const QByteArray &payload)
{
    Soap::Parameters parameters;
    if (method == Method::ValidateXmlAgainstSchema)
        parameters.append({QString(SchemaNameParameter), QString(DefaultSchemaName)});
    return call(method, parameters, payload);
}

ServiceCall *RegisterClient::call(Method method, const Soap::Parameters &parameters, const QByteArray &payload)
{
    auto *c = new ServiceCall;
    c->setParent(this);
    c->m_method = method;
    c->m_body = Soap::request(method, parameters, payload);
    c->m_timer.setSingleShot(true);
    connect(&c->m_timer, &QTimer::timeout, c, [c] {
        c->m_timedOut = true;
        if (c->m_reply)
            c->m_reply->abort();
    });
    if (m_endpoint.base.scheme() != QLatin1String("https") && !isLoopback(m_endpoint.base)) {
        // Basic authentication sends the password; only ever encrypted, or to this machine.
        c->m_finished = true;
        c->m_error = {ServiceError::Insecure, 0,
                      tr("Adgangskoder sendes kun over HTTPS, og %1 er ikke en HTTPS-adresse.")
                          .arg(m_endpoint.base.toDisplayString())};
        QMetaObject::invokeMethod(c, &ServiceCall::finished, Qt::QueuedConnection);
        return c;
    }
    send(c);
    return c;
}

void RegisterClient::send(ServiceCall *c)
{
    ++c->m_attempts;
    c->m_sslErrors.clear();
    c->m_timedOut = false;
    c->m_tooLarge = false;
    const QUrl url = serviceUrl(m_endpoint.base, serviceOf(c->m_method)); // the WSDL's path, if one is loaded
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", '"' + soapAction(c->m_method).toUtf8() + '"');
    request.setRawHeader("Authorization",
                         "Basic " + (m_endpoint.user + QLatin1Char(':') + m_endpoint.password).toUtf8().toBase64());
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_endpoint.extraCaCertificates);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply;
    if (isReadOnly(c->m_method)) {
        reply = m_network->post(request, c->m_body);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, c->m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(c->m_body, c);
        reply = m_network->post(request, body);
        connect(reply, &QObject::destroyed, body, &QObject::deleteLater);
    }
    c->m_reply = reply;
    c->m_timer.start(m_endpoint.timeoutMs);
    connect(reply, &QNetworkReply::sslErrors, c, [c](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            c->m_sslErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::downloadProgress, c, [this, c, reply](qint64 received, qint64) {
        c->m_timer.start(m_endpoint.timeoutMs); // the timeout counts silence, not total time
        emit c->progress(received);
        if (received > m_endpoint.maxAnswerBytes) {
            c->m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, c, reply] { finish(c, reply); });
}

bool RegisterClient::retry(ServiceCall *c)
{
    if (!isReadOnly(c->m_method) || c->m_cancelled || c->m_attempts > m_endpoint.readRetries)
        return false;
    const bool transient = c->m_error.kind == ServiceError::Network || c->m_error.kind == ServiceError::Unreachable ||
                           c->m_error.kind == ServiceError::Timeout ||
                           (c->m_error.kind == ServiceError::Http && c->m_error.httpStatus >= 502);
    if (!transient)
        return false;
    QTimer::singleShot(200 * c->m_attempts, c, [this, c] { send(c); });
    return true;
}

void RegisterClient::finish(ServiceCall *c, QNetworkReply *reply)
{
    c->m_timer.stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = c->m_tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
    const QString where = reply->url().toDisplayString(QUrl::RemoveUserInfo);
    ServiceError &e = c->m_error;
    e = {ServiceError::None, status, {}};

    if (c->m_cancelled) {
        e = {ServiceError::Cancelled, status, tr("Annulleret.")};
    } else if (c->m_tooLarge) {
        e = {ServiceError::TooLarge, status,
             tr("Svaret fra registeret er større end %1 MB og blev afbrudt.")
                 .arg(m_endpoint.maxAnswerBytes / (1024 * 1024))};
    } else if (c->m_timedOut) {
        e = {ServiceError::Timeout, status,
             tr("Registeret svarede ikke inden for %1 sekunder (%2).").arg(m_endpoint.timeoutMs / 1000.0).arg(where)};
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError || !c->m_sslErrors.isEmpty()) {
        e = {ServiceError::Tls, status,
             tr("Forbindelsen til %1 kunne ikke bekræftes som sikker: %2. Er det et testmiljø med eget certifikat, så "
                "tilføj dets CA-certifikat under Indstillinger.")
                 .arg(where,
                      c->m_sslErrors.isEmpty() ? reply->errorString() : c->m_sslErrors.join(QStringLiteral("; ")))};
    } else if (status == 401 || reply->error() == QNetworkReply::AuthenticationRequiredError) {
        e = {ServiceError::Unauthorized, 401, tr("Registeret afviste brugernavn eller adgangskode (HTTP 401).")};
    } else if (status == 0 && reply->error() != QNetworkReply::NoError) {
        const bool neverConnected = reply->error() == QNetworkReply::ConnectionRefusedError ||
                                    reply->error() == QNetworkReply::HostNotFoundError;
        e = {neverConnected ? ServiceError::Unreachable : ServiceError::Network, 0,
             neverConnected
                 ? tr("Der kunne ikke oprettes forbindelse til registeret på %1: %2").arg(where, reply->errorString())
             : isReadOnly(c->m_method)
                 ? tr("Forbindelsen til registeret blev afbrudt: %1").arg(reply->errorString())
                 : tr("Forbindelsen til registeret blev afbrudt, før det svarede. Det vides ikke, om %1 blev udført.")
                       .arg(methodName(c->m_method))};
    } else {
        QString parseError;
        Soap::Response response;
        const bool parsed = Soap::parseResponse(body, c->m_method, &response, &parseError);
        if (response.isFault) {
            e = {ServiceError::Fault, status, tr("Registeret meldte en fejl: %1").arg(response.faultString)};
        } else if (status >= 400) {
            e = {ServiceError::Http, status,
                 tr("Registeret svarede med HTTP %1 %2.")
                     .arg(status)
                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())};
        } else if (!parsed) {
            e = {ServiceError::Malformed, status, tr("Svaret fra registeret kunne ikke læses: %1").arg(parseError)};
        } else {
            c->m_response = response;
        }
    }
    c->m_reply = nullptr;
    if (e.kind != ServiceError::None && retry(c))
        return;
    c->m_finished = true;
    emit c->finished();
}

bool RegisterClient::readRegister(const ServiceCall &call, Register *out, QString *error)
{
    if (!call.ok()) {
        *error = call.error().message;
        return false;
    }
    ReadError readError;
    if (!XmlSnapshot::readBytes(call.response().xml, tr("svaret på %1").arg(methodName(call.method())), out,
                                &readError)) {
        *error = readError.toString();
        return false;
    }
    return true;
}

} // namespace dtr
