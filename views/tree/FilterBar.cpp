#include "FilterBar.h"

#include "codes/CodeTables.h"
#include "item/RegisterFilterModel.h"
#include "register/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace dtr {

FilterBar::FilterBar(RegisterFilterModel *filter, const CodeTables &codes, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_codes(codes)
    , m_search(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_kommune(new QComboBox(this))
    , m_changedOnly(new QCheckBox(tr("Kun æ&ndrede"), this))
    , m_unreviewedOnly(new QCheckBox(tr("Kun ikke gennemgå&ede"), this))
    , m_emptyNotice(new QLabel(this))
{
    m_changedOnly->setToolTip(tr("Vis kun poster med ventende ændringer"));
    m_unreviewedOnly->setToolTip(tr("Vis kun aktive poster, der ikke er markeret som gennemgået (Ctrl+Shift+G)"));
    m_emptyNotice->setObjectName(QStringLiteral("emptyTreeNotice"));
    m_emptyNotice->setTextFormat(Qt::RichText);
    m_emptyNotice->setWordWrap(true);
    m_emptyNotice->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; padding: 4px; }"));
    m_emptyNotice->hide();
    connect(m_emptyNotice, &QLabel::linkActivated, this, &FilterBar::resetFilters);
    m_search->setPlaceholderText(tr("Søg i navn, nummer, adresse eller P-nummer (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Søg"));

    m_level->setAccessibleName(tr("Niveau"));
    m_level->addItem(tr("Alle niveauer"));
    for (int l = 0; l < LevelCount; ++l)
        m_level->addItem(levelPluralLabel(Level(l)), l);

    m_type->setAccessibleName(tr("Institutionstype"));
    m_type->addItem(tr("Alle typer"));
    for (auto it = codes.instType3.labels.cbegin(); it != codes.instType3.labels.cend(); ++it)
        m_type->addItem(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()), it.key());

    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Alle statusser"));
    m_status->addItem(tr("Kun aktive"), true);
    m_status->addItem(tr("Kun nedlagte"), false);

    m_kommune->setAccessibleName(tr("Kommune"));
    m_kommune->addItem(tr("Alle kommuner"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0, 1, 4);
    layout->addWidget(m_changedOnly, 0, 4);
    layout->addWidget(m_level, 1, 0);
    layout->addWidget(m_type, 1, 1);
    layout->addWidget(m_status, 1, 2);
    layout->addWidget(m_kommune, 1, 3);
    layout->addWidget(m_unreviewedOnly, 1, 4);
    layout->addWidget(m_emptyNotice, 2, 0, 1, 5);
    for (int c = 0; c < 4; ++c)
        layout->setColumnStretch(c, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        emit filtersChanged();
    });
    for (QComboBox *combo : {m_level, m_type, m_status, m_kommune})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::applyCombos);
    connect(m_changedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setChangedOnly(on);
        emit filtersChanged();
    });
    connect(m_unreviewedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setUnreviewedOnly(on);
        emit filtersChanged();
    });
    // The notice follows what the tree shows: filters, and records coming and going under them.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &FilterBar::updateEmptyNotice);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FilterBar::updateEmptyNotice);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateEmptyNotice);
    connect(this, &FilterBar::filtersChanged, this, &FilterBar::updateEmptyNotice);
}

void FilterBar::updateEmptyNotice()
{
    const QAbstractItemModel *source = m_filter->sourceModel();
    const bool hidden = m_filter->isFiltering() && m_filter->rowCount() == 0 && source && source->rowCount() > 0;
    if (hidden)
        m_emptyNotice->setText(tr("%n filtre skjuler alle poster – <a href=\"reset\">Nulstil</a> (Ctrl+Shift+F)",
                                  nullptr, m_filter->activeFilterCount()));
    m_emptyNotice->setVisible(hidden);
}

void FilterBar::applyCombos()
{
    const QVariant level = m_level->currentData();
    m_filter->setLevelFilter(level.isValid() ? std::optional<Level>(Level(level.toInt())) : std::nullopt);
    const QVariant type = m_type->currentData();
    m_filter->setTypeFilter(type.isValid() ? std::optional<int>(type.toInt()) : std::nullopt);
    const QVariant status = m_status->currentData();
    m_filter->setActiveFilter(status.isValid() ? std::optional<bool>(status.toBool()) : std::nullopt);
    const QVariant kommune = m_kommune->currentData();
    m_filter->setKommuneFilter(kommune.isValid() ? std::optional<int>(kommune.toInt()) : std::nullopt);
    emit filtersChanged();
}

void FilterBar::setKommuner(const std::vector<int> &kommuner)
{
    const QSignalBlocker blocker(m_kommune);
    m_kommune->clear();
    m_kommune->addItem(tr("Alle kommuner"));
    for (int kode : kommuner) {
        if (kode == Register::UnknownKommune)
            m_kommune->addItem(tr("Ukendt kommune"), kode);
        else
            m_kommune->addItem(QStringLiteral("%1 %2").arg(kode).arg(m_codes.kommuneName(kode)), kode);
    }
    applyCombos();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::resetFilters()
{
    m_search->clear();
    m_changedOnly->setChecked(false);
    m_unreviewedOnly->setChecked(false);
    for (QComboBox *combo : {m_level, m_type, m_status, m_kommune}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    applyCombos();
}

} // namespace dtr
