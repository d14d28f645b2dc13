#include "SeedCheckProgressModel.h"

#include "codes/CodeTables.h"
#include "register/Register.h"

namespace dtr {

SeedCheckProgressModel::SeedCheckProgressModel(const CodeTables &codes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_codes(codes)
{}

void SeedCheckProgressModel::recount(const ChangeSet *changes, const QSet<QString> &reviewed,
                                     const Validator *validator)
{
    m_counted = changes;
    if (changes)
        m_tally.recountAll(*changes, reviewed, validator);
    show(changes ? m_tally.rows(*changes) : std::vector<KommuneProgress>());
}

void SeedCheckProgressModel::recount(const ChangeSet *changes, const QSet<QString> &reviewed,
                                     const Validator *validator, const QList<int> &records)
{
    if (!changes || changes != m_counted) {
        recount(changes, reviewed, validator);
        return;
    }
    m_tally.recount(*changes, reviewed, validator, records);
    show(m_tally.rows(*changes));
}

void SeedCheckProgressModel::show(std::vector<KommuneProgress> rows)
{
    const bool sameRows =
        rows.size() == m_rows.size() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(),
                   [](const KommuneProgress &a, const KommuneProgress &b) { return a.kommune == b.kommune; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const KommuneProgress *SeedCheckProgressModel::progressOf(int kommune) const
{
    for (const KommuneProgress &p : m_rows)
        if (p.kommune == kommune)
            return &p;
    return nullptr;
}

int SeedCheckProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeedCheckProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SeedCheckProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const KommuneProgress &p = m_rows[size_t(index.row())];
    switch (role) {
    case KommuneRole:
        return p.kommune;
    case PercentRole:
        return p.percent();
    case Qt::TextAlignmentRole:
        return index.column() == KommuneColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ProgressColumn)
            return tr("%1 af %2 aktive poster er markeret som gennemgået").arg(p.reviewed).arg(p.active);
        if (index.column() == UntouchedColumn)
            return tr("Aktive poster, der ikke er opdateret siden indlæsningen i 2019 og endnu ikke gennemgået");
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KommuneColumn:
            if (p.kommune == AllKommuner)
                return tr("I alt");
            if (p.kommune == Register::UnknownKommune)
                return tr("(ukendt kommune)");
            return QStringLiteral("%1 %2").arg(p.kommune).arg(m_codes.kommuneName(p.kommune));
        case ProgressColumn:
            return tr("%1 af %2 (%3 %)").arg(p.reviewed).arg(p.active).arg(p.percent());
        case UntouchedColumn:
            return p.untouchedUnreviewed;
        case ErrorColumn:
            return p.errors;
        case WarningColumn:
            return p.warnings;
        case ChangedColumn:
            return p.changed;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant SeedCheckProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KommuneColumn:
        return tr("Kommune");
    case ProgressColumn:
        return tr("Gennemgået");
    case UntouchedColumn:
        return tr("Urørt siden 2019");
    case ErrorColumn:
        return tr("Fejl");
    case WarningColumn:
        return tr("Advarsler");
    case ChangedColumn:
        return tr("Ændrede");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dtr
