#include "DiffDialog.h"

#include "files/FileDialogs.h"
#include "io/Snapshot.h"
#include "submitreview/ChangeTree.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dtr {

namespace {

constexpr int DiffRole = Qt::UserRole + 1; // index into diffs() on record rows

} // namespace

QString DiffDialog::snapshotName(const QString &path, const Register &reg)
{
    const QFileInfo info(path);
    const QString name = info.isDir() ? QDir(path).dirName()
                         : Snapshot::formatOf(path) == SnapshotFormat::Csv
                             ? info.absoluteDir().dirName() // a file of a CSV folder stands for the folder
                             : info.fileName();
    QDateTime at = QDateTime::fromString(reg.extractedAt(), Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(reg.extractedAt(), Qt::ISODateWithMs);
    if (!at.isValid())
        return name;
    return tr("%1 (udtrukket %2)").arg(name, QLocale().toString(at.toLocalTime(), tr("d. MMM yyyy HH:mm")));
}

DiffDialog::DiffDialog(const Register &older, const Register &newer, const QString &olderName, const QString &newerName,
                       const CodeTables &codes, QWidget *parent)
    : QDialog(parent)
    , m_diffs(diffSnapshots(older, newer))
    , m_tree(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Sammenlign udtræk"));
    changetree::setUp(m_tree);
    m_tree->setHeaderLabels({tr("Forskel"), olderName, newerName});
    // A snapshot's whole title shows: its name and when it was extracted.
    for (int column : {1, 2})
        m_tree->setColumnWidth(
            column, std::max(m_tree->columnWidth(column),
                             m_tree->header()->fontMetrics().horizontalAdvance(m_tree->headerItem()->text(column)) +
                                 3 * m_tree->header()->style()->pixelMetric(QStyle::PM_HeaderMargin)));
    m_tree->setAccessibleName(tr("Forskelle"));
    m_kind->setAccessibleName(tr("Slags forskel"));
    for (const QString &label : {tr("Alle forskelle"), tr("Nye"), tr("Lukkede"), tr("Genåbnede"), tr("Flyttede"),
                                 tr("Ændrede"), tr("Mangler i det nye")})
        m_kind->addItem(label);
    m_search->setPlaceholderText(tr("Søg i nummer, navn eller værdi"));
    m_search->setAccessibleName(tr("Søg i forskelle"));
    m_search->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);

    for (qsizetype k = 0; k < m_diffs.size(); ++k) {
        const RecordDiff &d = m_diffs[k];
        const int after = newer.find(d.level, d.key);
        const int before = older.find(d.level, d.key);
        const Record *now = after >= 0 ? &newer.record(after) : nullptr;
        const Record *was = before >= 0 ? &older.record(before) : nullptr;
        changetree::Entry e;
        e.level = d.level;
        e.key = d.key;
        e.name = now ? now->navn() : was ? was->navn() : QString();
        e.what = d.added                                               ? tr("Ny")
                 : d.removed                                           ? tr("Mangler")
                 : d.closed                                            ? tr("Lukket")
                 : d.reopened                                          ? tr("Genåbnet")
                 : d.moved && d.fields.isEmpty() && d.extras.isEmpty() ? tr("Flyttet")
                                                                       : tr("Ændret");
        e.moved = d.moved;
        e.parentBefore = d.parentBefore;
        e.parentAfter = d.parentAfter;
        e.statusChanged = d.closed || d.reopened;
        e.statusBefore = was ? was->value(Field::Aktivitetsstatus) : QString();
        e.statusAfter = now ? now->value(Field::Aktivitetsstatus) : QString();
        e.fields = d.fields;
        e.extras = d.extras;
        QTreeWidgetItem *item = changetree::addEntry(changetree::levelGroup(m_tree, d.level), e, codes);
        item->setData(0, DiffRole, int(k));
        if (d.added || d.removed)
            item->setExpanded(false); // a whole record's values: shown on demand
    }
    if (m_diffs.isEmpty())
        new QTreeWidgetItem(m_tree, {tr("Udtrækkene er ens.")});

    auto *save = new QPushButton(tr("&Gem som JSON…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(save, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Luk"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, FileDialogs::Kind::Exports, tr("Gem forskelle"),
                                                   QStringLiteral("forskelle.json"), tr("JSON-filer (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveJson(path, &error))
            QMessageBox::warning(this, tr("Forskellene kan ikke gemmes"), error);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DiffDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &DiffDialog::applyFilter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    m_summary->setText(summaryText());
    resize(980, 680);
}

QString DiffDialog::summaryText() const
{
    if (m_diffs.isEmpty())
        return tr("Ingen forskelle.");
    const DiffSummary s = summarize(m_diffs);
    return tr("%1 poster er forskellige: %2 nye · %3 lukkede · %4 genåbnede · %5 flyttede · %6 ændrede · %7 mangler "
              "i det nye")
        .arg(m_diffs.size())
        .arg(s.added)
        .arg(s.closed)
        .arg(s.reopened)
        .arg(s.moved)
        .arg(s.changed)
        .arg(s.removed);
}

bool DiffDialog::isKind(const RecordDiff &d, Kind kind)
{
    switch (kind) {
    case AllKinds:
        return true;
    case Added:
        return d.added;
    case Closed:
        return d.closed;
    case Reopened:
        return d.reopened;
    case Moved:
        return d.moved;
    case Changed:
        return !d.added && !d.removed && (!d.fields.isEmpty() || !d.extras.isEmpty());
    case Removed:
        return d.removed;
    }
    return true;
}

void DiffDialog::applyFilter()
{
    const Kind kind = Kind(m_kind->currentIndex());
    const QString needle = m_search->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *item = group->child(r);
            const QVariant k = item->data(0, DiffRole);
            bool visible = !k.isValid() || isKind(m_diffs[k.toInt()], kind);
            if (visible && !needle.isEmpty()) {
                visible = item->text(0).contains(needle, Qt::CaseInsensitive);
                for (int c = 0; !visible && c < item->childCount(); ++c)
                    visible = item->child(c)->text(1).contains(needle, Qt::CaseInsensitive) ||
                              item->child(c)->text(2).contains(needle, Qt::CaseInsensitive);
            }
            item->setHidden(!visible);
            shown += visible;
        }
        group->setHidden(group->childCount() > 0 && shown == 0);
    }
}

int DiffDialog::visibleRecords() const
{
    int n = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        for (int r = 0; r < m_tree->topLevelItem(g)->childCount(); ++r)
            n += !m_tree->topLevelItem(g)->child(r)->isHidden() &&
                 m_tree->topLevelItem(g)->child(r)->data(0, DiffRole).isValid();
    return n;
}

bool DiffDialog::saveJson(const QString &path, QString *error) const
{
    const QByteArray bytes = QJsonDocument(diffToJson(m_diffs)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 kan ikke skrives: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dtr
