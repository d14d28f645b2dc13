#include "FixPreviewDialog.h"

#include "changes/Overlay.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dtr {

FixPreviewDialog::FixPreviewDialog(const QList<ProposedFix> &fixes, const Overlay &overlay, const QList<bool> &unticked,
                                   const QString &ruleText, QWidget *parent)
    : QDialog(parent)
    , m_fixes(fixes)
    , m_table(new QTableWidget(int(fixes.size()), ColumnCount, this))
    , m_count(new QLabel(this))
    , m_apply(new QPushButton(this))
{
    setWindowTitle(tr("Ret alle"));
    auto *intro = new QLabel(tr("%1. Kontrollér rettelserne, og fjern fluebenet ved dem, der ikke skal laves. "
                                "Det hele bliver ét trin, der kan fortrydes.")
                                 .arg(ruleText),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Ret"), tr("Post"), tr("Felt"), tr("Før"), tr("Efter")});
    m_table->setAccessibleName(tr("Rettelser"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    for (int row = 0; row < fixes.size(); ++row) {
        const ProposedFix &fix = fixes[row];
        auto *tick = new QTableWidgetItem;
        tick->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        tick->setCheckState(unticked.value(row) ? Qt::Unchecked : Qt::Checked);
        m_table->setItem(row, ApplyColumn, tick);
        const QString name = overlay.isLive(fix.record) ? overlay.record(fix.record).navn() : QString();
        m_table->setItem(row, RecordColumn, new QTableWidgetItem(QStringLiteral("%1 %2").arg(fix.entity, name)));
        m_table->setItem(row, FieldColumn, new QTableWidgetItem(fieldLabel(fix.field)));
        m_table->setItem(row, BeforeColumn, new QTableWidgetItem(fix.before));
        auto *after = new QTableWidgetItem(fix.after);
        QFont bold = after->font();
        bold.setBold(true);
        after->setFont(bold);
        m_table->setItem(row, AfterColumn, after);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *all = new QPushButton(tr("&Markér alle"), this);
    auto *none = new QPushButton(tr("&Fjern alle"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->item(row, ApplyColumn)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->item(row, ApplyColumn)->setCheckState(Qt::Unchecked);
    });
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Annullér"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &FixPreviewDialog::updateCount);

    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch(1);
    row->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    updateCount();
    resize(820, 460);
}

QList<ProposedFix> FixPreviewDialog::chosen() const
{
    QList<ProposedFix> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, ApplyColumn)->checkState() == Qt::Checked)
            out.append(m_fixes[row]);
    return out;
}

void FixPreviewDialog::updateCount()
{
    const int n = int(chosen().size());
    m_count->setText(tr("%1 af %2 valgt").arg(n).arg(m_fixes.size()));
    m_apply->setText(tr("&Ret %n", nullptr, n));
    m_apply->setEnabled(n > 0);
}

} // namespace dtr
