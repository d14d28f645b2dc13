#pragma once

#include "RegisterClient.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace dtr {

// Which register to talk to and as whom, kept in QSettings. Never the password: that lives in
// the system keychain (PasswordStore), or only in memory for the session.
struct ServiceSettings
{
    enum class Environment { Test, Produktion, Custom };

    Environment environment = Environment::Test;
    QUrl testUrl;
    QUrl productionUrl;
    QUrl customUrl;
    QString user;
    QString caFile; // an extra CA certificate (PEM) to trust, for a test environment
    int timeoutSeconds = 60;
    // The wire names read from STIL's WSDL (built-in when none was loaded).
    ServiceNames::WireNames wireNames;

    static ServiceSettings load();
    void save() const;
    // Makes the saved wire names the ones requests use (ServiceNames::setActiveNames).
    void activate() const;
    // The address of the chosen environment.
    QUrl url() const;
    void setUrl(const QUrl &url);
    static QString environmentLabel(Environment environment);
    // The endpoint without password; an error when something needed is missing.
    bool endpoint(ServiceEndpoint *out, QString *error) const;
    // The key the password is stored under in the keychain.
    QString passwordKey() const;
};

// Passwords in the system keychain (qtkeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Store); where none is available they are kept in memory for the session
// only and never written anywhere.
class PasswordStore
{
public:
    using ReadDone = std::function<void(const QString &password, bool found)>;
    static void read(const QString &key, const ReadDone &done);
    // Stores; when the keychain refuses, remembers for this session and says so in *note.
    static void write(const QString &key, const QString &password,
                      const std::function<void(const QString &note)> &done);
    static void forget(const QString &key);
};

} // namespace dtr
