#include "FetchDialog.h"

#include "codes/CodeTables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dtr {

FetchDialog::FetchDialog(const CodeTables &codes, int defaultKommune, const QString &where, QWidget *parent)
    : QDialog(parent)
    , m_kommune(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_fetch(new QPushButton(tr("&Hent"), this))
    , m_cancel(new QPushButton(tr("Annullér"), this))
{
    setWindowTitle(tr("Hent fra registeret"));
    // By name, as a steward looks for their own kommune.
    QList<std::pair<QString, int>> kommuner;
    for (auto it = codes.kommune.labels.cbegin(); it != codes.kommune.labels.cend(); ++it)
        kommuner.append({it.value(), it.key()});
    std::sort(kommuner.begin(), kommuner.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, code] : kommuner)
        m_kommune->addItem(QStringLiteral("%1 (%2)").arg(name).arg(code), code);
    m_kommune->setCurrentIndex(std::max(0, m_kommune->findData(defaultKommune)));
    m_kommune->setAccessibleName(tr("Kommune"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_message->setWordWrap(true);
    m_message->setText(tr("Henter alle daginstitutioner, anvisningsenheder og alternative adresser, som kommunen er "
                          "administrativ ejer af, fra %1. De bliver grundlaget for et nyt arbejdsområde.")
                           .arg(where));
    auto *form = new QFormLayout;
    form->addRow(tr("&Kommune:"), m_kommune);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_fetch, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_fetch->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    connect(m_fetch, &QPushButton::clicked, this, [this] { emit fetchRequested(kommune()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy)
            emit cancelRequested();
        else
            reject();
    });
    setMinimumWidth(520);
    adjustSize();
}

int FetchDialog::kommune() const
{
    return m_kommune->currentData().toInt();
}

void FetchDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_fetch->setEnabled(!busy);
    m_kommune->setEnabled(!busy);
    m_progress->setRange(0, busy ? 0 : 1); // busy indicator while the answer arrives
    m_cancel->setText(busy ? tr("Afbryd") : tr("Luk"));
}

void FetchDialog::setReceived(qint64 bytes)
{
    m_message->setText(tr("Modtaget %1 kB …").arg(QLocale().toString(bytes / 1024)));
}

void FetchDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

} // namespace dtr
