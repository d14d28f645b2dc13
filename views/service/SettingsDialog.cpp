#include "SettingsDialog.h"

#include "i18n/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace dtr {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_settings(ServiceSettings::load())
    , m_environment(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_note(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_workspaceFolder(new QLineEdit(this))
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
        const QString path =
            QFileDialog::getOpenFileName(this, tr("CA-certifikat"), {}, tr("PEM-certifikater (*.pem *.crt)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Miljø:"), m_environment);
    form->addRow(tr("&Adresse:"), m_url);
    form->addRow(tr("&Brugernavn:"), m_user);
    form->addRow(tr("Adgangs&kode:"), m_password);
    form->addRow(tr("&CA-certifikat:"), caRow);
    form->addRow(tr("&Tidsgrænse:"), m_timeout);
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
    auto *program = new QFormLayout;
    program->addRow(tr("S&prog:"), m_language);
    program->addRow(tr("Arbejds&områder gemmes i:"), folderRow);
    auto *programNote = new QLabel(tr("Sproget skiftes ved næste start. Hvert arbejdsområde gemmer hver ændring, "
                                      "straks den er lavet; eksisterende arbejdsområder bliver, hvor de er."),
                                   this);
    programNote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Gem"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annullér"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addSpacing(8);
    layout->addLayout(program);
    layout->addWidget(programNote);
    layout->addWidget(buttons);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        // Keep what was typed for the environment left, then show the chosen one's address.
        m_settings.setUrl(m_url->text().trimmed().isEmpty() ? QUrl() : QUrl::fromUserInput(m_url->text().trimmed()));
        m_settings.environment = ServiceSettings::Environment(m_environment->currentData().toInt());
        showEnvironment();
    });
    showEnvironment();
    resize(560, height());
}

void SettingsDialog::showEnvironment()
{
    m_url->setText(m_settings.url().toString());
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
            m_workspaceFolder->setFocus();
            return;
        }
        QSettings().setValue(QStringLiteral("workspaces/folder"), folder);
    }
    setUiLanguageSetting(m_language->currentData().toString());
    const ServiceSettings s = settings();
    s.save();
    if (!m_password->text().isEmpty())
        PasswordStore::write(s.passwordKey(), m_password->text(), [](const QString &) {});
    m_password->clear();
    QDialog::accept();
}

} // namespace dtr
