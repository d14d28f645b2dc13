#include "MoveDialog.h"

#include "changes/ChangeSet.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dtr {

MoveDialog::MoveDialog(const ChangeSet &changes, int record, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    const Overlay &overlay = *changes.overlay();
    const Record &r = overlay.record(record);
    setWindowTitle(tr("Flyt %1").arg(r.navn()));
    auto *intro = new QLabel(r.level() == Level::Anvisningsenhed
                                 ? tr("Vælg den daginstitution, anvisningsenheden skal høre under. Kun "
                                      "daginstitutioner i samme kommune kan vælges.")
                                 : tr("Vælg den anvisningsenhed, adressen skal høre under. Kun anvisningsenheder "
                                      "i samme kommune kan vælges."),
                             this);
    intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filtrér på navn eller nummer"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filtrér mål"));
    m_list->setAccessibleName(tr("Mulige mål"));
    for (int target : changes.moveTargets(record)) {
        const Record &t = overlay.record(target);
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(t.nummer(), t.navn()), m_list);
        item->setData(Qt::UserRole, target);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Flyt"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annullér"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    if (m_list->count() == 0) {
        auto *none = new QLabel(tr("Der er ingen mulige mål i kommunen."), this);
        layout->addWidget(none);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &MoveDialog::applyFilter);
    const auto updateOk = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(target() >= 0); };
    connect(m_list, &QListWidget::currentRowChanged, this, updateOk);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateOk();
    resize(480, 420);
}

void MoveDialog::applyFilter(const QString &text)
{
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
}

int MoveDialog::target() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toInt() : -1;
}

} // namespace dtr
