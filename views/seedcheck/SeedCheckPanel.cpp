#include "SeedCheckPanel.h"

#include "item/SeedCheckProgressModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace dtr {

namespace {

// Paints the progress column as a progress bar with the counts as its text.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != SeedCheckProgressModel::ProgressColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, option.palette.highlight());
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(SeedCheckProgressModel::PercentRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == SeedCheckProgressModel::ProgressColumn)
            size.setWidth(std::max(size.width() + 40, 180));
        return size;
    }
};

} // namespace

SeedCheckPanel::SeedCheckPanel(SeedCheckProgressModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_csv(new QPushButton(tr("Rapport som &CSV…"), this))
    , m_pdf(new QPushButton(tr("Rapport som P&DF…"), this))
{
    m_table->setModel(model);
    m_table->setItemDelegate(new ProgressBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Gennemgang pr. kommune"));
    m_table->setWordWrap(false);
    m_csv->setToolTip(tr("Fund, ventende ændringer og gennemgangsstatus for den valgte kommune som CSV til "
                         "Excel/LibreOffice"));
    m_pdf->setToolTip(tr("Samme rapport som PDF til underskrift"));
    connect(model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit kommuneActivated(index.data(SeedCheckProgressModel::KommuneRole).toInt());
    });
    connect(m_csv, &QPushButton::clicked, this, [this] { emit reportRequested(selectedKommune(), false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { emit reportRequested(selectedKommune(), true); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table); // "Gå til gennemgang" lands in the table
}

int SeedCheckPanel::selectedKommune() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(SeedCheckProgressModel::KommuneRole).toInt()
                             : int(SeedCheckProgressModel::AllKommuner);
}

} // namespace dtr
