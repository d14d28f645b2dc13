#pragma once

#include "codes/CodeTables.h"
#include "service/RegisterClient.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QWidget;

namespace dtr {

class CodeTables;
class FetchDialog;
class Register;
class StandInRegister;
class StandInServer;

// Everything the window needs to talk to the register: where it is and the password (asked for
// when the keychain has none), the demo's stand-in register on this computer, fetching a
// kommune, the code tables, and a fresh export of several kommuner for comparing.
class ServiceController : public QObject
{
    Q_OBJECT

public:
    ServiceController(const CodeTables &codes, QWidget *window);
    ~ServiceController() override;

    // Where the window sends to (the demo's stand-in while it runs), password included.
    bool endpoint(ServiceEndpoint *out, QString *error);
    // "demoregisteret på denne computer" or "registerets test-miljø", for dialogs.
    QString whereText() const;

    // Starts a stand-in register on a free loopback port, seeded with `data`; it keeps what is
    // submitted to it in `stateFile` (beside the demo's workspace), so a restart remembers it.
    bool startDemoRegister(std::shared_ptr<const Register> data, const QString &stateFile, QString *error);
    // The demo's workspace is open but its stand-in is not running (the app was started without
    // --demo): the first call that needs the register offers to start it, seeded with `data` and
    // keeping `stateFile`. A null `data` withdraws the offer.
    void offerDemoRegister(std::shared_ptr<const Register> data, const QString &stateFile);
    bool demoOffered() const { return m_demoOffer != nullptr; }
    bool demoRunning() const { return m_demoServer != nullptr; }
    QUrl demoUrl() const;
    // The demo's stand-in server while it runs (tests give it faults), else nullptr.
    StandInServer *demoServer() const { return m_demoServer.get(); }

    // A kommune's data from the register, or nullptr with the reason. With a dialog, its progress
    // and cancel are used.
    std::shared_ptr<Register> fetchKommune(int kommune, FetchDialog *dialog, ServiceEndpoint *endpoint, QString *error);
    // A fresh export of several kommuner, as one register.
    std::shared_ptr<Register> fetchKommuner(const std::vector<int> &kommuner, QString *error);
    // The service's own code tables.
    std::optional<CodeTables> fetchCodeTables(QString *error);

signals:
    // A short note for the status bar.
    void message(const QString &text, int timeoutMs);

private:
    const CodeTables &m_codes;
    QWidget *m_window;
    std::unique_ptr<StandInRegister> m_demoRegister;
    std::unique_ptr<StandInServer> m_demoServer;
    QString m_demoPassword;
    std::shared_ptr<const Register> m_demoOffer;
    QString m_demoOfferState;
};

} // namespace dtr
