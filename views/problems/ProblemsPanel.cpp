#include "ProblemsPanel.h"

#include "item/ProblemsModel.h"
#include "validation/Rules.h"
#include "validation/Validator.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace dtr {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_filter(new ProblemsFilterModel(this))
    , m_table(new QTableView(this))
    , m_severity(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ProblemsModel::SeverityColumn, 110);
    m_table->setColumnWidth(ProblemsModel::RecordColumn, 260);
    m_table->setColumnWidth(ProblemsModel::FieldColumn, 130);
    m_table->setColumnWidth(ProblemsModel::RuleColumn, 170);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Problemer"));

    m_severity->setAccessibleName(tr("Alvor"));
    m_severity->addItem(tr("Alle alvorsgrader"));
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        m_severity->addItem(ProblemsModel::severityIcon(s), severityLabel(s), int(s));
    m_level->setAccessibleName(tr("Niveau"));
    m_level->addItem(tr("Alle niveauer"));
    for (int l = 0; l < LevelCount; ++l)
        m_level->addItem(levelPluralLabel(Level(l)), l);
    m_rule->setAccessibleName(tr("Regel"));
    m_rule->addItem(tr("Alle regler"));
    for (const Rule &rule : validationRules())
        m_rule->addItem(QStringLiteral("%1 – %2").arg(rule.id, ruleDescription(rule)), QString(rule.id));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_level);
    filters->addWidget(m_rule, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    for (QComboBox *combo : {m_severity, m_level, m_rule})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProblemsPanel::applyFilters);
    connect(m_table, &QTableView::activated, this, &ProblemsPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::applyFilters);

    auto *ack = new QAction(tr("Kvittér for advarslen"), this);
    ack->setObjectName(QStringLiteral("acknowledgeFinding"));
    ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    ack->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(ack, &QAction::triggered, this, [this] {
        if (const Finding *f = currentFinding(); f && f->severity == Severity::Warning)
            emit acknowledgeRequested(*f, true);
    });
    auto *revoke = new QAction(tr("Fjern kvittering"), this);
    revoke->setObjectName(QStringLiteral("revokeFinding"));
    connect(revoke, &QAction::triggered, this, [this] {
        if (const Finding *f = currentFinding())
            emit acknowledgeRequested(*f, false);
    });
    m_table->addAction(ack);
    m_table->addAction(revoke);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ProblemsPanel::setValidator(Validator *validator, const Overlay *overlay)
{
    m_model->setValidator(validator, overlay);
}

void ProblemsPanel::applyFilters()
{
    const QVariant severity = m_severity->currentData();
    m_filter->setSeverity(severity.isValid() ? std::optional<Severity>(Severity(severity.toInt())) : std::nullopt);
    const QVariant level = m_level->currentData();
    m_filter->setLevel(level.isValid() ? std::optional<Level>(Level(level.toInt())) : std::nullopt);
    m_filter->setRule(m_rule->currentData().toString());
    m_count->setText(tr("%1 af %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

const Finding *ProblemsPanel::currentFinding() const
{
    const QModelIndex source = m_filter->mapToSource(m_table->currentIndex());
    return source.isValid() ? &m_model->finding(source.row()) : nullptr;
}

void ProblemsPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    emit recordActivated(source.data(ProblemsModel::RecordRole).toInt(), source.data(ProblemsModel::FieldRole).toInt());
}

} // namespace dtr
