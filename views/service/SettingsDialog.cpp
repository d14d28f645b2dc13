#include "SettingsDialog.h"

#include "SettingsDialogCodes.h"
#include "SettingsDialogRules.h"
#include "files/FileDialogs.h"
#include "i18n/UiLanguage.h"
#include "service/RegisterClient.h"
#include "validation/ValidationSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>

namespace dtr {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_settings(ServiceSettings::load())
    , m_tabs(new QTabWidget(this))
    , m_environment(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_note(new QLabel(this))
    , m_wsdl(new QLineEdit(this))
    , m_wsdlState(new QLabel(this))
    , m_test(new QPushButton(tr("Test &forbindelse"), this))
    , m_testResult(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_workspaceFolder(new QLineEdit(this))
    , m_rules(new RulesPage(CodeTables::current(), this))
    , m_codes(new CodesPage(this))
{
    setWindowTitle(tr("Indstillinger"));
    for (auto e : {ServiceSettings::Environment::Test, ServiceSettings::Environment::Produktion,
                   ServiceSettings::Environment::Custom})
        m_environment->addItem(ServiceSettings::environmentLabel(e), int(e));
    m_environment->setCurrentIndex(int(m_settings.environment));
    m_url->setPlaceholderText(tr("https://… (oplyses af STIL ved tilslutningen)"));
    m_user->setText(m_settings.user);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("uændret"));
    m_caFile->setText(m_settings.caFile);
    m_caFile->setPlaceholderText(tr("kun for testmiljøer med eget certifikat"));
    m_caFile->setAccessibleName(tr("CA-certifikat"));
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(m_settings.timeoutSeconds);
    m_note->setWordWrap(true);
    m_note->setText(tr("Adgangskoden gemmes i computerens nøglering, aldrig i en fil. Er der ingen nøglering, huskes "
                       "den kun, til programmet lukkes. Certifikater kontrolleres altid; et testmiljø med eget "
                       "certifikat kræver dets CA-certifikat her."));
    auto *browse = new QPushButton(tr("Vælg…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Kind::Configuration, tr("CA-certifikat"),
                                                   tr("PEM-certifikater (*.pem *.crt)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    // STIL's WSDL: the names the services really use.
    m_wsdl->setReadOnly(true);
    m_wsdl->setPlaceholderText(tr("ingen – de indbyggede navne bruges"));
    m_wsdl->setAccessibleName(tr("WSDL-filer"));
    m_wsdlState->setWordWrap(true);
    m_wsdlState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chooseWsdl = new QPushButton(tr("&Indlæs WSDL…"), this);
    auto *builtIn = new QPushButton(tr("Indbyggede &navne"), this);
    connect(chooseWsdl, &QPushButton::clicked, this, [this] {
        const QStringList paths = FileDialogs::openFiles(this, FileDialogs::Kind::Configuration, tr("WSDL fra STIL"),
                                                         tr("WSDL-filer (*.wsdl *.xml);;Alle filer (*)"));
        if (!paths.isEmpty())
            loadWsdl(paths);
    });
    connect(builtIn, &QPushButton::clicked, this, &SettingsDialog::useBuiltInNames);
    auto *wsdlRow = new QHBoxLayout;
    wsdlRow->addWidget(m_wsdl, 1);
    wsdlRow->addWidget(chooseWsdl);
    wsdlRow->addWidget(builtIn);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *connection = new QWidget;
    auto *form = new QFormLayout(connection);
    form->addRow(tr("&Miljø:"), m_environment);
    form->addRow(tr("&Adresse:"), m_url);
    form->addRow(tr("&Brugernavn:"), m_user);
    form->addRow(tr("Adgangs&kode:"), m_password);
    // Rows holding a layout get a label with a buddy, so their mnemonic works.
    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&CA-certifikat:"), m_caFile), caRow);
    form->addRow(tr("&Tidsgrænse:"), m_timeout);
    form->addRow(m_note);
    form->addRow(labelFor(tr("&WSDL:"), m_wsdl), wsdlRow);
    form->addRow(m_wsdlState);
    form->addRow(testRow);

    // The program itself: language (takes effect at the next start) and where workspaces live.
    m_language->addItem(tr("Automatisk (dansk på et dansk system, ellers engelsk)"), QString());
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(uiLanguageSetting())));
    m_language->setAccessibleName(tr("Sprog"));
    m_workspaceFolder->setText(QDir::toNativeSeparators(workspaceFolder()));
    m_workspaceFolder->setAccessibleName(tr("Mappe til arbejdsområder"));
    auto *chooseFolder = new QPushButton(tr("Vælg…"), this);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getExistingDirectory(this, tr("Mappe til arbejdsområder"), m_workspaceFolder->text());
        if (!path.isEmpty())
            m_workspaceFolder->setText(QDir::toNativeSeparators(path));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_workspaceFolder, 1);
    folderRow->addWidget(chooseFolder);
    auto *programPage = new QWidget;
    auto *program = new QFormLayout(programPage);
    program->addRow(tr("S&prog:"), m_language);
    program->addRow(labelFor(tr("Arbejds&områder gemmes i:"), m_workspaceFolder), folderRow);
    auto *programNote = new QLabel(tr("Sproget skiftes ved næste start. Hvert arbejdsområde gemmer hver ændring, "
                                      "straks den er lavet; eksisterende arbejdsområder bliver, hvor de er."),
                                   this);
    programNote->setWordWrap(true);
    program->addRow(programNote);

    m_tabs->addTab(connection, tr("Forbindelse"));
    m_tabs->addTab(m_rules, tr("Regler"));
    m_tabs->addTab(m_codes, tr("Kodetabeller"));
    m_tabs->addTab(programPage, tr("Program"));
    // The rules' standard severities follow the code tables chosen on the next tab.
    connect(m_codes, &CodesPage::tablesChanged, this, [this] { m_rules->setCodeTables(m_codes->tables()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Gem"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annullér"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        // Keep what was typed for the environment left, then show the chosen one's address.
        m_settings.setUrl(m_url->text().trimmed().isEmpty() ? QUrl() : QUrl::fromUserInput(m_url->text().trimmed()));
        m_settings.environment = ServiceSettings::Environment(m_environment->currentData().toInt());
        showEnvironment();
    });
    showEnvironment();
    showWireNames();
    resize(900, 600);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showEnvironment()
{
    m_url->setText(m_settings.url().toString());
}

void SettingsDialog::showWireNames()
{
    const ServiceNames::WireNames &names = m_settings.wireNames;
    QStringList files;
    for (const QString &f : names.sources)
        files << QDir::toNativeSeparators(f);
    m_wsdl->setText(files.join(QStringLiteral("; ")));
    if (names.isBuiltIn()) {
        m_wsdlState->setText(
            tr("Indbyggede navne: navnerum %1, tjenesterne på ADRESSE/ExportService og "
               "ADRESSE/ImportService. Indlæs den WSDL, STIL udleverer, for at bruge registerets egne.")
                .arg(QString(ServiceNames::ServiceNs)));
        return;
    }
    const auto describe = [&names](ServiceNames::Service service) {
        const bool import = service == ServiceNames::Service::Import;
        const QString ns = import ? names.importNamespace : names.exportNamespace;
        const QString endpoint = import ? names.importEndpoint : names.exportEndpoint;
        if (ns.isEmpty() && endpoint.isEmpty())
            return tr("%1: ikke i WSDL'en – indbyggede navne").arg(ServiceNames::serviceName(service));
        return tr("%1: navnerum %2, adresse %3 (stien bruges på det valgte miljø)")
            .arg(ServiceNames::serviceName(service), ns, endpoint.isEmpty() ? tr("(indbygget)") : endpoint);
    };
    QString text =
        describe(ServiceNames::Service::Export) + QLatin1Char('\n') + describe(ServiceNames::Service::Import);
    text += QLatin1Char('\n') +
            (names.missing.isEmpty()
                 ? tr("WSDL'en har alle de operationer, DTR Studio kalder.")
                 : tr("Mangler i WSDL'en (kan ikke bruges): %1").arg(names.missing.join(QStringLiteral(", "))));
    m_wsdlState->setText(text);
}

bool SettingsDialog::loadWsdl(const QStringList &paths, QString *error)
{
    QList<QByteArray> documents;
    QString why;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            why = tr("WSDL-filen %1 kan ikke læses: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            break;
        }
        documents.append(file.read(16 * 1024 * 1024));
    }
    std::optional<ServiceNames::WireNames> names;
    if (why.isEmpty())
        names = ServiceNames::namesFromWsdl(documents, paths, &why);
    if (!names) {
        m_wsdlState->setText(why);
        if (error)
            *error = why;
        return false;
    }
    m_settings.wireNames = *names;
    // An empty environment address takes the WSDL's host.
    const QUrl endpoint(!names->exportEndpoint.isEmpty() ? names->exportEndpoint : names->importEndpoint);
    if (m_url->text().trimmed().isEmpty() && endpoint.isValid() && !endpoint.host().isEmpty())
        m_url->setText(endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString() +
                       QLatin1Char('/'));
    showWireNames();
    return true;
}

void SettingsDialog::useBuiltInNames()
{
    m_settings.wireNames = {};
    showWireNames();
}

void SettingsDialog::testConnection()
{
    if (m_pendingTests > 0)
        return;
    if (!m_password->text().isEmpty()) {
        runTest(m_password->text());
        return;
    }
    m_testResult->setText(tr("Henter adgangskoden…"));
    PasswordStore::read(settings().passwordKey(), [this](const QString &password, bool) { runTest(password); });
}

void SettingsDialog::runTest(const QString &password)
{
    ServiceEndpoint endpoint;
    QString error;
    if (!settings().endpoint(&endpoint, &error)) {
        m_testResult->setText(error);
        emit connectionTested(false);
        return;
    }
    endpoint.password = password;
    endpoint.readRetries = 0;
    // The names shown here, also before they are saved; the saved ones return after the test.
    const ServiceNames::WireNames saved = ServiceNames::activeNames();
    ServiceNames::setActiveNames(m_settings.wireNames);
    m_client = std::make_unique<RegisterClient>(endpoint);
    m_testLines.clear();
    m_testOk = true;
    m_pendingTests = 2;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Forbinder til %1…").arg(endpoint.base.toDisplayString(QUrl::RemoveUserInfo)));
    for (auto method : {ServiceNames::Method::HelloWorld, ServiceNames::Method::ImportHelloWorld}) {
        ServiceCall *call = m_client->query(method);
        const QString service = ServiceNames::serviceName(ServiceNames::serviceOf(method));
        connect(call, &ServiceCall::finished, this, [this, call, service, saved] {
            if (call->ok()) {
                const QString answer = call->response().text.trimmed();
                m_testLines << tr("%1 svarer: %2").arg(service, answer.isEmpty() ? tr("(tomt svar)") : answer);
            } else {
                m_testOk = false;
                m_testLines << tr("%1: %2").arg(service, call->error().message);
            }
            if (--m_pendingTests > 0)
                return;
            ServiceNames::setActiveNames(saved);
            m_testLines.sort();
            m_testResult->setText(m_testLines.join(QLatin1Char('\n')));
            m_testResult->setStyleSheet(m_testOk ? QString() : QStringLiteral("color: #b00020;"));
            m_test->setEnabled(true);
            emit connectionTested(m_testOk);
        });
    }
}

ServiceSettings SettingsDialog::settings() const
{
    ServiceSettings s = m_settings;
    s.setUrl(m_url->text().trimmed().isEmpty() ? QUrl() : QUrl::fromUserInput(m_url->text().trimmed()));
    s.user = m_user->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.timeoutSeconds = m_timeout->value();
    return s;
}

QString SettingsDialog::workspaceFolder()
{
    const QString chosen = QSettings().value(QStringLiteral("workspaces/folder")).toString();
    return chosen.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/arbejdsomraader")
               : chosen;
}

void SettingsDialog::accept()
{
    const QString folder = QDir::fromNativeSeparators(m_workspaceFolder->text().trimmed());
    if (!folder.isEmpty() && folder != workspaceFolder()) {
        if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable()) {
            m_note->setText(tr("Mappen %1 kan ikke oprettes eller skrives i.").arg(QDir::toNativeSeparators(folder)));
            m_tabs->setCurrentIndex(m_tabs->count() - 1);
            m_workspaceFolder->setFocus();
            return;
        }
        QSettings().setValue(QStringLiteral("workspaces/folder"), folder);
    }
    // The rule profile and code tables: kept as checked copies, made current.
    QString error;
    if (m_codes->isChanged() && !ValidationSettings::saveCodeTables(m_codes->tables(), &error)) {
        m_codes->messageLabel()->showProblem(error, nullptr);
        m_tabs->setCurrentWidget(m_codes);
        return;
    }
    if (m_rules->isChanged() && !ValidationSettings::saveProfile(m_rules->profile(), &error)) {
        m_rules->messageLabel()->showProblem(error, nullptr);
        m_tabs->setCurrentWidget(m_rules);
        return;
    }
    m_validationChanged = m_codes->isChanged() || m_rules->isChanged();
    setUiLanguageSetting(m_language->currentData().toString());
    const ServiceSettings s = settings();
    s.save();
    s.activate();
    if (!m_password->text().isEmpty())
        PasswordStore::write(s.passwordKey(), m_password->text(), [](const QString &) {});
    m_password->clear();
    QDialog::accept();
}

} // namespace dtr
