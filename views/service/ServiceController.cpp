#include "ServiceController.h"

#include "FetchDialog.h"
#include "codes/CodeTables.h"
#include "register/Register.h"
#include "service/ServiceSettings.h"
#include "standin/StandInRegister.h"
#include "standin/StandInServer.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>
#include <QWidget>

namespace dtr {

ServiceController::ServiceController(const CodeTables &codes, QWidget *window)
    : QObject(window)
    , m_codes(codes)
    , m_window(window)
{}

ServiceController::~ServiceController() = default;

QString ServiceController::whereText() const
{
    return m_demoServer ? tr("demoregisteret på denne computer")
                        : tr("registerets %1-miljø")
                              .arg(ServiceSettings::environmentLabel(ServiceSettings::load().environment).toLower());
}

bool ServiceController::startDemoRegister(std::shared_ptr<const Register> data, const QString &stateFile,
                                          QString *error)
{
    if (m_demoServer)
        return true;
    m_demoPassword = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto reg = std::make_unique<StandInRegister>(std::move(data));
    if (!stateFile.isEmpty() && !reg->setStateFile(stateFile, error))
        return false;
    auto server = std::make_unique<StandInServer>(reg.get(), QStringLiteral("demo"), m_demoPassword);
    if (!server->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_demoRegister = std::move(reg);
    m_demoServer = std::move(server);
    return true;
}

QUrl ServiceController::demoUrl() const
{
    return m_demoServer ? m_demoServer->url() : QUrl();
}

void ServiceController::offerDemoRegister(std::shared_ptr<const Register> data, const QString &stateFile)
{
    m_demoOffer = std::move(data);
    m_demoOfferState = stateFile;
}

bool ServiceController::endpoint(ServiceEndpoint *out, QString *error)
{
    if (!m_demoServer && m_demoOffer) {
        // The demo's data is never sent to a real register: start its stand-in, or stop here.
        QMessageBox ask(QMessageBox::Question, tr("Start demoregisteret?"),
                        tr("Arbejdsområdet hører til demoregisteret, som ikke kører. Skal demoregisteret startes på "
                           "denne computer, så du kan hente og indsende til det?"),
                        QMessageBox::Cancel, m_window);
        ask.setObjectName(QStringLiteral("startDemoQuestion"));
        QPushButton *start = ask.addButton(tr("&Start demoregisteret"), QMessageBox::AcceptRole);
        ask.setDefaultButton(start);
        ask.exec();
        if (ask.clickedButton() != start) {
            *error = tr("Demoregisteret kører ikke, og demoens data sendes ikke til det rigtige register. "
                        "Åbn demoregisteret under Filer, eller start det, når du bliver spurgt.");
            return false;
        }
        if (!startDemoRegister(m_demoOffer, m_demoOfferState, error))
            return false;
        m_demoOffer.reset();
        emit message(tr("Et demoregister kører på %1.").arg(demoUrl().toString()), 10000);
    }
    if (m_demoServer) {
        out->base = m_demoServer->url();
        out->user = QStringLiteral("demo");
        out->password = m_demoPassword;
        return true;
    }
    const ServiceSettings settings = ServiceSettings::load();
    if (!settings.endpoint(out, error))
        return false;
    QString password;
    bool found = false;
    QEventLoop loop;
    PasswordStore::read(settings.passwordKey(), [&](const QString &p, bool ok) {
        password = p;
        found = ok;
        loop.quit();
    });
    loop.exec();
    if (!found || password.isEmpty()) {
        bool ok = false;
        password =
            QInputDialog::getText(m_window, tr("Adgangskode"),
                                  tr("Adgangskode for %1 hos registeret (%2):")
                                      .arg(settings.user, ServiceSettings::environmentLabel(settings.environment)),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok || password.isEmpty()) {
            *error = tr("Der blev ikke angivet nogen adgangskode.");
            return false;
        }
        PasswordStore::write(settings.passwordKey(), password, [this](const QString &note) {
            if (!note.isEmpty())
                emit message(note, 10000);
        });
    }
    out->password = password;
    return true;
}

std::shared_ptr<Register> ServiceController::fetchKommune(int kommune, FetchDialog *dialog, ServiceEndpoint *endpoint,
                                                          QString *error)
{
    if (!this->endpoint(endpoint, error))
        return nullptr;
    RegisterClient client(*endpoint);
    ServiceCall *call = client.query(ServiceNames::Method::GetDagtilbudByAdmKommuneNummer, QString::number(kommune));
    if (dialog) {
        dialog->setBusy(true);
        connect(call, &ServiceCall::progress, dialog, &FetchDialog::setReceived);
        connect(dialog, &FetchDialog::cancelRequested, call, &ServiceCall::abort);
    }
    call->wait();
    if (dialog)
        dialog->setBusy(false);
    auto reg = std::make_shared<Register>();
    if (!RegisterClient::readRegister(*call, reg.get(), error))
        return nullptr;
    return reg;
}

std::shared_ptr<Register> ServiceController::fetchKommuner(const std::vector<int> &kommuner, QString *error)
{
    auto fresh = std::make_shared<Register>();
    ServiceEndpoint endpoint;
    for (int kommune : kommuner) {
        if (kommune == Register::UnknownKommune)
            continue;
        const std::shared_ptr<Register> part = fetchKommune(kommune, nullptr, &endpoint, error);
        if (!part)
            return nullptr;
        for (const Record &r : part->records())
            fresh->add(r);
    }
    fresh->finalize();
    return fresh;
}

std::optional<CodeTables> ServiceController::fetchCodeTables(QString *error)
{
    ServiceEndpoint endpoint;
    if (!this->endpoint(&endpoint, error))
        return std::nullopt;
    RegisterClient client(endpoint);
    ServiceCall *call = client.query(ServiceNames::Method::GetKodetabeller);
    call->wait();
    if (!call->ok()) {
        *error = call->error().message;
        return std::nullopt;
    }
    return CodeTables::fromXml(call->response().xml, endpoint.base.toDisplayString(QUrl::RemoveUserInfo), error);
}

} // namespace dtr
