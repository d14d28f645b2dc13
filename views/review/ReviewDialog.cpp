#include "ReviewDialog.h"

#include "ChangeTree.h"

#include "codes/CodeTables.h"
#include "item/ProblemsModel.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dtr {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int ParentKeyRole = Qt::UserRole + 2;
constexpr int CreatedRole = Qt::UserRole + 3;
constexpr int ClosedRole = Qt::UserRole + 4;

} // namespace

ReviewDialog::ReviewDialog(const ChangeSet &changes, const Validator &validator,
                           const QHash<QString, QString> &refusals, QWidget *parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_validator(validator)
    , m_net(changes.netChanges())
    , m_parents(parentKeys(changes))
    , m_refusals(refusals)
    , m_tree(new QTreeWidget(this))
    , m_planList(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_dryRun(new QPushButton(tr("&Kontrollér uden at sende"), this))
    , m_submit(new QPushButton(tr("&Indsend"), this))
{
    setWindowTitle(tr("Gennemse og indsend"));
    changetree::setUp(m_tree, {tr("Kontrol")});
    m_tree->setAccessibleName(tr("Ændringer"));
    m_planList->setAccessibleName(tr("Plan"));
    m_reason->setPlaceholderText(tr("Begrundelse for indsendelsen (gemmes i revisionssporet)"));
    m_reason->setAccessibleName(tr("Begrundelse"));
    m_status->setWordWrap(true);
    m_submit->setDefault(true);

    auto *planBox = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(new QLabel(tr("Planen – i den rækkefølge registeret kræver:"), planBox));
    planLayout->addWidget(m_planList);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(planBox);
    splitter->setStretchFactor(0, 3);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Luk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { emit submitRequested(true); });
    connect(m_submit, &QPushButton::clicked, this, [this] { emit submitRequested(false); });
    connect(m_tree, &QTreeWidget::itemChanged, this, &ReviewDialog::itemChanged);
    fill();
    resize(900, 640);
}

void ReviewDialog::fill()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Overlay &o = *m_changes.overlay();
    for (Level level : {Level::Daginstitution, Level::Anvisningsenhed, Level::AlternativAdresse}) {
        for (const RecordChange &c : m_net) {
            if (c.level != level)
                continue;
            const int index = o.find(c.level, c.key);
            changetree::Entry entry;
            entry.level = c.level;
            entry.key = c.key;
            entry.name = index >= 0 ? o.record(index).navn() : QString();
            entry.what = c.created                       ? tr("Ny")
                         : c.closed                      ? tr("Lukkes")
                         : c.moved && c.fields.isEmpty() ? tr("Flyttes")
                                                         : tr("Ændres");
            entry.moved = c.moved;
            entry.parentBefore = c.parentBefore;
            entry.parentAfter = c.parentAfter;
            entry.statusChanged = c.closed;
            entry.statusBefore = c.statusBefore;
            entry.statusAfter = QString(statusNedlagt);
            entry.fields = c.fields;
            QTreeWidgetItem *item = changetree::addEntry(changetree::levelGroup(m_tree, level), entry);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setData(0, KeyRole, c.key);
            item->setData(0, CreatedRole, c.created);
            item->setData(0, ParentKeyRole,
                          c.created ? c.fields.value(Field::ParentNummer).second : m_parents.value(c.key));
            item->setData(0, ClosedRole, c.closed);
            // The validation state of the record.
            QStringList checks;
            int worst = -1;
            for (const Finding &f : m_validator.findingsOf(index)) {
                if (f.severity == Severity::Info)
                    continue;
                const bool acknowledged = m_validator.isAcknowledged(f);
                checks << QStringLiteral("%1%2: %3")
                              .arg(severityLabel(f.severity), acknowledged ? tr(" (kvitteret)") : QString(), f.message);
                if (!acknowledged && (worst < 0 || int(f.severity) < worst))
                    worst = int(f.severity);
            }
            const QString refused = m_refusals.value(recordId(c.level, c.key));
            if (!refused.isEmpty())
                checks.prepend(tr("Afvist af registeret sidst: %1").arg(refused));
            item->setText(3, checks.isEmpty() ? tr("OK") : checks.join(QLatin1Char('\n')));
            item->setToolTip(3, item->text(3));
            if (worst >= 0)
                item->setIcon(3, ProblemsModel::severityIcon(Severity(worst)));
            item->setData(3, Qt::UserRole, worst);
        }
    }
    updatePlan();
}

void ReviewDialog::itemChanged(QTreeWidgetItem *item)
{
    if (m_updating || item->data(0, KeyRole).isNull())
        return;
    const QScopedValueRollback<bool> guard(m_updating, true);
    const QString key = item->data(0, KeyRole).toString();
    const bool on = item->checkState(0) == Qt::Checked;
    // Dependencies: a new record goes with its new parent, and its new children with it.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *other = *it;
        if (other->data(0, KeyRole).isNull())
            continue;
        if (!on && other->data(0, CreatedRole).toBool() && other->data(0, ParentKeyRole).toString() == key)
            other->setCheckState(0, Qt::Unchecked);
        if (on && item->data(0, CreatedRole).toBool() &&
            other->data(0, KeyRole).toString() == item->data(0, ParentKeyRole).toString())
            other->setCheckState(0, Qt::Checked);
    }
    // A closure waits for its children's: leaving a child's out leaves the parent's out, taking
    // a parent's in takes the children's in.
    if (item->data(0, ClosedRole).toBool()) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            QTreeWidgetItem *other = *it;
            if (!other->data(0, ClosedRole).toBool())
                continue;
            if (!on && other->data(0, KeyRole).toString() == item->data(0, ParentKeyRole).toString())
                other->setCheckState(0, Qt::Unchecked);
            if (on && other->data(0, ParentKeyRole).toString() == key)
                other->setCheckState(0, Qt::Checked);
        }
    }
    // Again for grandchildren.
    for (int round = 0; round < 2; ++round)
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            QTreeWidgetItem *other = *it;
            if (other->data(0, KeyRole).isNull() || !other->data(0, CreatedRole).toBool())
                continue;
            for (QTreeWidgetItemIterator p(m_tree); *p; ++p)
                if ((*p)->data(0, KeyRole).toString() == other->data(0, ParentKeyRole).toString() &&
                    (*p)->checkState(0) == Qt::Unchecked)
                    other->setCheckState(0, Qt::Unchecked);
        }
    updatePlan();
}

QSet<QString> ReviewDialog::excluded() const
{
    QSet<QString> out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (!(*it)->data(0, KeyRole).isNull() && (*it)->checkState(0) != Qt::Checked)
            out.insert((*it)->data(0, KeyRole).toString());
    return out;
}

void ReviewDialog::setExcluded(const QString &key, bool excluded)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, KeyRole).toString() == key)
            (*it)->setCheckState(0, excluded ? Qt::Unchecked : Qt::Checked);
}

QString ReviewDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReviewDialog::updatePlan()
{
    m_planList->clear();
    QString error;
    const QSet<QString> out = excluded();
    const bool ok = SubmissionPlan::build(m_net, out, &m_plan, &error, m_parents);
    m_blocking.clear();
    if (!ok) {
        m_blocking = error;
    } else {
        for (int i = 0; i < m_plan.operations.size(); ++i) {
            const PlannedOperation &op = m_plan.operations[i];
            m_planList->addItem(
                QStringLiteral("%1. %2 %3").arg(i + 1).arg(ServiceNames::methodName(methodFor(op)), op.change.key));
        }
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if ((*it)->data(0, KeyRole).isNull() || (*it)->checkState(0) != Qt::Checked)
                continue;
            const int worst = (*it)->data(3, Qt::UserRole).toInt();
            if (worst == int(Severity::Error)) {
                m_blocking = tr("Der er fejl i de valgte ændringer. Ret dem, eller udelad dem.");
                break;
            }
            if (worst == int(Severity::Warning))
                m_blocking = tr("Der er advarsler, der ikke er kvitteret for. Kvittér i Problemer-panelet (Ctrl+K), "
                                "eller udelad ændringerne.");
        }
        if (m_plan.operations.isEmpty() && m_blocking.isEmpty())
            m_blocking = tr("Der er intet at indsende.");
    }
    m_status->setText(m_blocking.isEmpty()
                          ? tr("%1 operationer er klar til at blive sendt.").arg(m_plan.operations.size())
                          : m_blocking);
    m_submit->setEnabled(m_blocking.isEmpty());
    m_dryRun->setEnabled(ok && !m_plan.operations.isEmpty());
}

void ReviewDialog::showResults(const QList<OperationResult> &results)
{
    m_planList->clear();
    int ok = 0;
    for (const OperationResult &r : results) {
        QString line =
            QStringLiteral("%1 – %2 %3")
                .arg(outcomeLabel(r.outcome), ServiceNames::methodName(methodFor(r.operation)), r.operation.change.key);
        if (!r.number.isEmpty() && r.number != r.operation.change.key)
            line += QStringLiteral(" → %1").arg(r.number);
        if (!r.message.isEmpty())
            line += QStringLiteral(": ") + r.message;
        for (const ImportResult::Error &e : r.errors)
            line += QStringLiteral("\n    %1 %2: %3").arg(e.code, e.field, e.message);
        m_planList->addItem(line);
        ok += r.outcome == OperationResult::Accepted || r.outcome == OperationResult::WouldSend ? 1 : 0;
    }
    m_status->setText(tr("%1 af %2 operationer gik igennem.").arg(ok).arg(results.size()));
}

ConflictDialog::ConflictDialog(const QList<OperationResult> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Konflikter"));
    m_tree->setHeaderLabels({tr("Felt"), tr("Udtrækket"), tr("Mit"), tr("Deres"), tr("Behold mit")});
    m_tree->setRootIsDecorated(false);
    for (const OperationResult &r : conflicts) {
        for (auto it = r.conflicts.cbegin(); it != r.conflicts.cend(); ++it) {
            auto *item = new QTreeWidgetItem(
                m_tree, {QStringLiteral("%1 %2").arg(r.operation.change.key, fieldLabel(it.key())),
                         changetree::shown(std::get<0>(it.value())), changetree::shown(std::get<1>(it.value())),
                         changetree::shown(std::get<2>(it.value()))});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(4, Qt::Checked);
            item->setData(0, Qt::UserRole, r.operation.change.key + QLatin1Char('/') + fieldKey(it.key()));
        }
    }
    auto *intro =
        new QLabel(tr("Andre har ændret disse felter i registeret, siden dit udtræk blev taget. Vælg for hvert "
                      "felt, om din værdi skal sendes, eller deres skal beholdes."),
                   this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mineAll = buttons->addButton(tr("Behold &mine for alle"), QDialogButtonBox::ActionRole);
    QPushButton *theirsAll = buttons->addButton(tr("Tag &deres for alle"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Ok)->setText(tr("Send igen med disse valg"));
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Annullér"));
    connect(mineAll, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(theirsAll, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(760, 360);
}

void ConflictDialog::chooseAll(bool keepMine)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setCheckState(4, keepMine ? Qt::Checked : Qt::Unchecked);
}

QHash<QString, bool> ConflictDialog::resolutions() const
{
    QHash<QString, bool> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        out.insert(item->data(0, Qt::UserRole).toString(), item->checkState(4) == Qt::Checked);
    }
    return out;
}

} // namespace dtr
