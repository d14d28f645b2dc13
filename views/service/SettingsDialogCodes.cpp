#include "SettingsDialogCodes.h"

#include "files/FileDialogs.h"
#include "validation/ValidationSettings.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dtr {

CodesPage::CodesPage(QWidget *parent)
    : QWidget(parent)
    , m_tables(CodeTables::current())
    , m_state(new QLabel(this))
    , m_message(new SettingsMessage(this))
{
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *intro = new QLabel(tr("Kodetabellerne (ejerform, lovgrundlag, institutionstype, kommuner) og "
                                "krydsvalideringstabellen bestemmer, hvad reglerne kode-ukendt og krydsvalidering "
                                "godtager. De indbyggede er foreløbige; tabeller, der er markeret som STIL's egne "
                                "(\"confirmed\": true), gør reglerne til fejl."),
                             this);
    intro->setWordWrap(true);
    auto *load = new QPushButton(tr("&Indlæs kodetabeller fra fil…"), this);
    auto *bundled = new QPushButton(tr("&Brug de indbyggede"), this);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Kind::Configuration, tr("Indlæs kodetabeller"),
                                                   tr("Kodetabeller (*.json)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(bundled, &QPushButton::clicked, this, &CodesPage::useBundled);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(bundled);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);
    showTables();
    // What could not be applied at start (a damaged saved copy): the standard is in use.
    if (const QStringList problems = ValidationSettings::startProblems(); !problems.isEmpty())
        m_message->showProblem(problems.join(QLatin1Char('\n')), nullptr);
}

bool CodesPage::loadFile(const QString &path, QString *error)
{
    QString why;
    std::optional<CodeTables> read = CodeTables::readFile(path, &why);
    if (!read)
        return m_message->showProblem(why, error);
    m_tables = *read;
    m_changed = true;
    m_message->showNote(tr("Kodetabellerne er indlæst fra %1 og bruges, når du gemmer indstillingerne.")
                            .arg(QDir::toNativeSeparators(path)));
    showTables();
    emit tablesChanged();
    return true;
}

void CodesPage::useBundled()
{
    m_tables = CodeTables::bundled();
    m_changed = true;
    m_message->clear();
    showTables();
    emit tablesChanged();
}

void CodesPage::showTables()
{
    m_state->setText(tr("I brug efter gem: %1\n%2").arg(m_tables.provenance, m_tables.summary()));
}

} // namespace dtr
