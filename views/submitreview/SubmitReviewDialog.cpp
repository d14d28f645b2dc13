#include "SubmitReviewDialog.h"

#include "ChangeTree.h"

#include "codes/CodeTables.h"
#include "item/ProblemsModel.h"
#include "session/Session.h"
#include "submit/SubmissionGate.h"
#include "validation/Validator.h"
#include "validation/WorstSeverity.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
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

// The worst severity of a record's findings that nobody has acknowledged, or -1.
int worstUnacknowledged(const Validator &validator, int index)
{
    return worstSeverity(validator.findingsOf(index), [&validator](const Finding &f) {
        return f.severity != Severity::Info && !validator.isAcknowledged(f);
    });
}

} // namespace

SubmitReviewDialog::SubmitReviewDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_planList(new QListWidget(this))
    , m_results(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_unknownNote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_reconcile(new QPushButton(tr("&Afstem med registeret"), this))
    , m_dryRun(new QPushButton(tr("&Kontrollér uden at sende"), this))
    , m_submit(new QPushButton(tr("&Indsend"), this))
    , m_cancel(new QPushButton(tr("&Stop efter denne"), this))
{
    setWindowTitle(tr("Gennemse og indsend"));
    changetree::setUp(m_tree, {tr("Kontrol")});
    m_tree->setAccessibleName(tr("Ændringer"));
    m_planList->setAccessibleName(tr("Plan"));
    m_results->setAccessibleName(tr("Resultat"));
    m_results->setWordWrap(true);
    m_results->hide();
    m_reason->setPlaceholderText(tr("Begrundelse for indsendelsen (gemmes i revisionssporet)"));
    m_reason->setAccessibleName(tr("Begrundelse"));
    m_unknownNote->setWordWrap(true);
    m_unknownNote->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; padding: 6px; }"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->hide();
    m_cancel->hide();
    m_submit->setDefault(true);

    auto *planBox = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(new QLabel(tr("Planen – i den rækkefølge registeret kræver:"), planBox));
    planLayout->addWidget(m_planList);
    planLayout->addWidget(m_results);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(planBox);
    splitter->setStretchFactor(0, 3);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_reconcile, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Luk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unknownNote);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_running) // a submission is never left half-watched
            reject();
    });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { emit submitRequested(true); });
    connect(m_submit, &QPushButton::clicked, this, [this] { emit submitRequested(false); });
    connect(m_reconcile, &QPushButton::clicked, this, &SubmitReviewDialog::reconcileRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        emit cancelRequested();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &SubmitReviewDialog::itemChanged);
    // The session opens its workspace again after a submission: show what is left.
    connect(&m_session, &Session::aboutToClose, this, [this] {
        m_net.clear();
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
    });
    connect(&m_session, &Session::opened, this, &SubmitReviewDialog::fill);
    fill();
    resize(960, 680);
}

void SubmitReviewDialog::fill()
{
    const ChangeSet *changes = m_session.changeSet();
    const Validator *validator = m_session.validator();
    if (!changes || !validator)
        return;
    m_net = changes->netChanges();
    m_parents = parentKeys(*changes);
    const QHash<QString, QString> refusals = m_session.refusals();
    const QHash<QString, QString> unknown = m_session.unknownByRecord();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Overlay &o = *changes->overlay();
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
            QTreeWidgetItem *item =
                changetree::addEntry(changetree::levelGroup(m_tree, level), entry, m_session.codes());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setData(0, KeyRole, c.key);
            item->setData(0, CreatedRole, c.created);
            item->setData(0, ParentKeyRole,
                          c.created ? c.fields.value(Field::ParentNummer).second : m_parents.value(c.key));
            item->setData(0, ClosedRole, c.closed);
            // The validation state of the record, and what the register said last.
            QStringList checks;
            const int worst = worstUnacknowledged(*validator, index);
            for (const Finding &f : validator->findingsOf(index))
                if (f.severity != Severity::Info)
                    checks << QStringLiteral("%1%2: %3")
                                  .arg(severityLabel(f.severity),
                                       validator->isAcknowledged(f) ? tr(" (kvitteret)") : QString(), f.message);
            const QString id = recordId(c.level, c.key);
            if (unknown.contains(id))
                checks.prepend(tr("Uvist udfald af en tidligere indsendelse: %1").arg(unknown.value(id)));
            else if (refusals.contains(id))
                checks.prepend(tr("Afvist af registeret sidst: %1").arg(refusals.value(id)));
            item->setText(3, checks.isEmpty() ? tr("OK") : checks.join(QLatin1Char('\n')));
            item->setToolTip(3, item->text(3));
            if (worst >= 0)
                item->setIcon(3, ProblemsModel::severityIcon(Severity(worst)));
            // The register's words in full, as a row of their own (they are often long).
            if (refusals.contains(id) && !unknown.contains(id)) {
                auto *words = new QTreeWidgetItem(item, {tr("Registerets svar"), QString(), refusals.value(id)});
                words->setToolTip(2, refusals.value(id));
                words->setFirstColumnSpanned(false);
            }
        }
    }
    const int open = int(m_session.unknownOutcomes().size());
    m_unknownNote->setVisible(open > 0);
    if (open > 0)
        m_unknownNote->setText(
            tr("%n skrivninger fra en tidligere indsendelse har uvist udfald. De afstemmes med registeret (læses "
               "tilbage), før noget andet kan sendes – vælg Afstem med registeret.",
               nullptr, open));
    updatePlan();
}

void SubmitReviewDialog::itemChanged(QTreeWidgetItem *item)
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

QSet<QString> SubmitReviewDialog::excluded() const
{
    QSet<QString> out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (!(*it)->data(0, KeyRole).isNull() && (*it)->checkState(0) != Qt::Checked)
            out.insert((*it)->data(0, KeyRole).toString());
    return out;
}

void SubmitReviewDialog::setExcluded(const QString &key, bool excluded)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, KeyRole).toString() == key)
            (*it)->setCheckState(0, excluded ? Qt::Unchecked : Qt::Checked);
}

QString SubmitReviewDialog::reason() const
{
    return m_reason->text().trimmed();
}

void SubmitReviewDialog::updatePlan()
{
    m_planList->clear();
    m_blocking.clear();
    const ChangeSet *changes = m_session.changeSet();
    if (!changes) {
        updateButtons();
        return;
    }
    QString error;
    const QSet<QString> out = excluded();
    const bool ok = SubmissionPlan::build(m_net, out, &m_plan, &error, m_parents);
    if (!ok) {
        m_blocking = error;
    } else {
        for (int i = 0; i < m_plan.operations.size(); ++i) {
            const PlannedOperation &op = m_plan.operations[i];
            m_planList->addItem(
                QStringLiteral("%1. %2 %3").arg(i + 1).arg(ServiceNames::methodName(methodFor(op)), op.change.key));
        }
        m_blocking = blockingSummary(m_session.blockers(out));
        if (m_blocking.isEmpty() && !m_session.unknownOutcomes().isEmpty())
            m_blocking = tr("Afstem først de uvisse udfald med registeret.");
        if (m_plan.operations.isEmpty() && m_blocking.isEmpty())
            m_blocking = tr("Der er intet at indsende.");
    }
    m_status->setText(m_blocking.isEmpty()
                          ? tr("%n operationer er klar til at blive sendt.", nullptr, int(m_plan.operations.size()))
                          : m_blocking);
    updateButtons();
}

void SubmitReviewDialog::updateButtons()
{
    const bool idle = !m_running;
    const bool unknown = !m_session.unknownOutcomes().isEmpty();
    m_tree->setEnabled(idle);
    m_reason->setEnabled(idle);
    m_reconcile->setVisible(unknown);
    m_reconcile->setEnabled(idle && unknown);
    m_submit->setEnabled(idle && m_blocking.isEmpty());
    m_dryRun->setEnabled(idle && !m_plan.operations.isEmpty());
    m_cancel->setVisible(m_running);
    m_progress->setVisible(m_running);
}

void SubmitReviewDialog::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Sender til registeret …"));
    }
    updateButtons();
}

void SubmitReviewDialog::setProgress(int done, int total, const QString &what)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_status->setText(tr("%1 af %2: %3").arg(done + 1).arg(total).arg(what));
}

void SubmitReviewDialog::showResults(const QList<OperationResult> &results, const QString &problem)
{
    m_results->clear();
    m_results->setVisible(!results.isEmpty());
    bool dryRun = false;
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
        auto *item = new QListWidgetItem(line, m_results);
        item->setToolTip(line);
        if (r.outcome == OperationResult::Unknown)
            item->setBackground(QColor(0xff, 0xf3, 0xc4));
        else if (r.outcome != OperationResult::Accepted && r.outcome != OperationResult::WouldSend)
            item->setBackground(QColor(0xfd, 0xe2, 0xe2));
        dryRun = dryRun || r.outcome == OperationResult::WouldSend;
    }
    QString text = runSummary(results, dryRun);
    if (!problem.isEmpty())
        text = results.isEmpty() ? problem : text + QLatin1Char(' ') + problem;
    m_status->setText(text);
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
