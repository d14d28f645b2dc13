#include "ProblemsPanel.h"

#include "FixPreviewDialog.h"
#include "changes/Editor.h"
#include "item/ProblemsModel.h"
#include "validation/Fixes.h"
#include "validation/Rules.h"
#include "validation/Validator.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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
    , m_fix(new QPushButton(tr("&Ret"), this))
    , m_fixAll(new QPushButton(this))
{
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    // Most serious first: errors, then warnings (open before acknowledged), then info.
    m_table->sortByColumn(ProblemsModel::SeverityColumn, Qt::AscendingOrder);
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
    setFocusProxy(m_table); // "Gå til problemer" lands in the table

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
    m_fix->setToolTip(tr("Ret fundet på den foreslåede måde (kan fortrydes)"));
    m_fixAll->setToolTip(tr("Se og ret alle fund af samme regel på én gang (ét trin, der kan fortrydes)"));
    filters->addWidget(m_fix);
    filters->addWidget(m_fixAll);
    connect(m_fix, &QPushButton::clicked, this, &ProblemsPanel::fixCurrent);
    connect(m_fixAll, &QPushButton::clicked, this, &ProblemsPanel::fixAllOfRule);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    for (QComboBox *combo : {m_severity, m_level, m_rule})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProblemsPanel::applyFilters);
    connect(m_table, &QTableView::activated, this, &ProblemsPanel::activate);
    // Once per change of findings, whether the rows were reloaded or updated in place.
    connect(m_model, &ProblemsModel::refreshed, this, &ProblemsPanel::applyFilters);
    connect(m_model, &ProblemsModel::refreshed, this, &ProblemsPanel::updateFixButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProblemsPanel::updateFixButtons);

    auto *ack = new QAction(tr("Kvittér for advarslen"), this);
    ack->setObjectName(QStringLiteral("acknowledgeFinding"));
    ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    ack->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // A pair finding is acknowledged once per pair (Validator::acknowledgementTarget).
    connect(ack, &QAction::triggered, this, [this] {
        if (const Finding *f = currentFinding(); f && f->severity == Severity::Warning)
            emit acknowledgeRequested(m_validator ? m_validator->acknowledgementTarget(*f) : *f, true);
    });
    auto *revoke = new QAction(tr("Fjern kvittering"), this);
    revoke->setObjectName(QStringLiteral("revokeFinding"));
    connect(revoke, &QAction::triggered, this, [this] {
        if (const Finding *f = currentFinding())
            emit acknowledgeRequested(m_validator ? m_validator->acknowledgementTarget(*f, true) : *f, false);
    });
    auto *fix = new QAction(tr("Ret"), this);
    fix->setObjectName(QStringLiteral("fixFinding"));
    connect(fix, &QAction::triggered, this, &ProblemsPanel::fixCurrent);
    auto *fixAll = new QAction(tr("Ret alle af samme regel…"), this);
    fixAll->setObjectName(QStringLiteral("fixAllFindings"));
    connect(fixAll, &QAction::triggered, this, &ProblemsPanel::fixAllOfRule);
    m_table->addAction(ack);
    m_table->addAction(revoke);
    m_table->addAction(fix);
    m_table->addAction(fixAll);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ProblemsPanel::setValidator(Validator *validator, const Overlay *overlay)
{
    m_validator = validator;
    m_overlay = overlay;
    if (!validator)
        m_editor = nullptr;
    m_model->setValidator(validator, overlay);
    updateFixButtons();
}

void ProblemsPanel::setEditor(Editor *editor)
{
    m_editor = editor;
    updateFixButtons();
}

void ProblemsPanel::setRegisterRefusals(const QHash<QString, QString> &refused)
{
    m_model->setRegisterRefusals(refused);
}

void ProblemsPanel::updateFixButtons()
{
    const Finding *f = currentFinding();
    const bool canEdit = m_validator && m_editor;
    m_fix->setEnabled(canEdit && f && m_validator->fixFor(*f));
    const int n = canEdit && f ? int(proposedFixes(*m_validator, f->rule).size()) : 0;
    m_fixAll->setText(n > 0 ? tr("Ret &alle %n…", nullptr, n) : tr("Ret &alle…"));
    m_fixAll->setEnabled(n > 0);
}

bool ProblemsPanel::fixCurrent()
{
    const Finding *f = currentFinding();
    if (!f || !m_validator || !m_editor)
        return false;
    const std::optional<ProposedFix> fix = m_validator->fixFor(*f);
    return fix && applyFixes({*fix});
}

bool ProblemsPanel::fixAllOfRule()
{
    const Finding *f = currentFinding();
    if (!f || !m_validator || !m_editor || !m_overlay)
        return false;
    const QList<ProposedFix> fixes = proposedFixes(*m_validator, f->rule);
    if (fixes.isEmpty())
        return false;
    // Acknowledged findings start unticked: someone said the value is right as it is.
    QList<bool> unticked;
    for (const ProposedFix &fix : fixes) {
        bool acknowledged = false;
        for (const Finding &other : m_validator->findingsOf(fix.record))
            acknowledged = acknowledged || (other.rule == fix.rule && m_validator->isAcknowledged(other));
        unticked.append(acknowledged);
    }
    const Rule *rule = findRule(f->rule);
    FixPreviewDialog dialog(fixes, *m_overlay, unticked,
                            rule ? tr("Regel %1: %2").arg(f->rule, ruleDescription(*rule)) : f->rule, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return applyFixes(dialog.chosen());
}

bool ProblemsPanel::applyFixes(const QList<ProposedFix> &fixes)
{
    if (fixes.isEmpty() || !m_editor)
        return false;
    m_editor->finishTyping();
    return m_editor->pushStep(fixStep(*m_editor->changeSet(), fixes));
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
