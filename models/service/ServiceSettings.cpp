#include "ServiceSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QSslCertificate>

#include <qt6keychain/keychain.h>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::ServiceSettings", text);
}

const auto KeychainService = QStringLiteral("DTR Studio");

// Session-only passwords: used when the keychain is not available.
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

ServiceSettings ServiceSettings::load()
{
    QSettings s;
    ServiceSettings out;
    out.environment = Environment(std::clamp(s.value(QStringLiteral("service/environment"), 0).toInt(), 0, 2));
    out.testUrl = s.value(QStringLiteral("service/testUrl")).toUrl();
    out.productionUrl = s.value(QStringLiteral("service/productionUrl")).toUrl();
    out.customUrl = s.value(QStringLiteral("service/customUrl")).toUrl();
    out.user = s.value(QStringLiteral("service/user")).toString();
    out.caFile = s.value(QStringLiteral("service/caFile")).toString();
    out.timeoutSeconds = std::max(5, s.value(QStringLiteral("service/timeoutSeconds"), 60).toInt());
    out.wireNames = ServiceNames::WireNames::fromJson(s.value(QStringLiteral("service/wireNames")).toByteArray());
    return out;
}

void ServiceSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("service/environment"), int(environment));
    s.setValue(QStringLiteral("service/testUrl"), testUrl);
    s.setValue(QStringLiteral("service/productionUrl"), productionUrl);
    s.setValue(QStringLiteral("service/customUrl"), customUrl);
    s.setValue(QStringLiteral("service/user"), user);
    s.setValue(QStringLiteral("service/caFile"), caFile);
    s.setValue(QStringLiteral("service/timeoutSeconds"), timeoutSeconds);
    if (wireNames.isBuiltIn())
        s.remove(QStringLiteral("service/wireNames"));
    else
        s.setValue(QStringLiteral("service/wireNames"), wireNames.toJson());
}

void ServiceSettings::activate() const
{
    ServiceNames::setActiveNames(wireNames);
}

QUrl ServiceSettings::url() const
{
    switch (environment) {
    case Environment::Test:
        return testUrl;
    case Environment::Produktion:
        return productionUrl;
    case Environment::Custom:
        break;
    }
    return customUrl;
}

void ServiceSettings::setUrl(const QUrl &url)
{
    switch (environment) {
    case Environment::Test:
        testUrl = url;
        return;
    case Environment::Produktion:
        productionUrl = url;
        return;
    case Environment::Custom:
        customUrl = url;
        return;
    }
}

QString ServiceSettings::environmentLabel(Environment environment)
{
    switch (environment) {
    case Environment::Test:
        return tr("Test");
    case Environment::Produktion:
        return tr("Produktion");
    case Environment::Custom:
        break;
    }
    return tr("Anden adresse");
}

QString ServiceSettings::passwordKey() const
{
    return url().toString(QUrl::RemoveUserInfo) + QLatin1Char('|') + user;
}

bool ServiceSettings::endpoint(ServiceEndpoint *out, QString *error) const
{
    if (!url().isValid() || url().host().isEmpty()) {
        *error =
            tr("Der er ingen adresse til registerets %1-miljø. Angiv den under Indstillinger (STIL oplyser den ved "
               "tilslutningen).")
                .arg(environmentLabel(environment).toLower());
        return false;
    }
    if (user.isEmpty()) {
        *error = tr("Der er intet brugernavn. Angiv det under Indstillinger.");
        return false;
    }
    out->base = url();
    out->user = user;
    out->timeoutMs = timeoutSeconds * 1000;
    out->extraCaCertificates.clear();
    if (!caFile.isEmpty()) {
        out->extraCaCertificates = QSslCertificate::fromPath(caFile);
        if (out->extraCaCertificates.isEmpty()) {
            *error = tr("%1 indeholder intet PEM-certifikat.").arg(caFile);
            return false;
        }
    }
    return true;
}

void PasswordStore::read(const QString &key, const ReadDone &done)
{
    if (sessionPasswords().contains(key)) {
        done(sessionPasswords().value(key), true);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(KeychainService);
    job->setKey(key);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job *finished) {
        auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const bool found = reading->error() == QKeychain::NoError;
        done(found ? reading->textData() : QString(), found);
    });
    job->start();
}

void PasswordStore::write(const QString &key, const QString &password, const std::function<void(const QString &)> &done)
{
    auto *job = new QKeychain::WritePasswordJob(KeychainService);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, [key, password, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            sessionPasswords().remove(key);
            done({});
            return;
        }
        sessionPasswords().insert(key, password);
        done(tr("Der er ingen nøglering på denne computer (%1). Adgangskoden huskes kun, til programmet lukkes.")
                 .arg(finished->errorString()));
    });
    job->start();
}

void PasswordStore::forget(const QString &key)
{
    sessionPasswords().remove(key);
    auto *job = new QKeychain::DeletePasswordJob(KeychainService);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->start();
}

} // namespace dtr
