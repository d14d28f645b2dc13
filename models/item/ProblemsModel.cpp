#include "ProblemsModel.h"

#include "changes/Overlay.h"
#include "validation/Rules.h"
#include "validation/Validator.h"

#include <QBrush>
#include <QGuiApplication>

#include <tuple>

namespace dtr {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QIcon ProblemsModel::severityIcon(Severity severity)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    switch (severity) {
    case Severity::Error:
        return QIcon(QStringLiteral(":/icons/fejl.png"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/icons/advarsel.png"));
    case Severity::Info:
        break;
    }
    return QIcon(QStringLiteral(":/icons/info.png"));
}

QString ProblemsModel::severityText(const Finding &f, bool acknowledged)
{
    const QString text = findingSeverityText(f);
    return acknowledged ? tr("%1 (kvitteret)").arg(text) : text;
}

QString ProblemsModel::findingToolTip(const Finding &f)
{
    QString tip = f.message;
    if (f.rule == RegisterRule)
        return tip + QLatin1Char('\n') +
               tr("Registerets eget svar på den seneste indsendelse: ret posten, og indsend igen.");
    if (f.certainty == Certainty::Inferred)
        tip += QLatin1Char('\n') + tr("Foreløbig regel: den bygger på en antagelse om registeret, så den advarer kun – "
                                      "registerets eget svar er afgørende.");
    if (const Rule *rule = findRule(f.rule))
        tip += QLatin1Char('\n') + tr("Kilde: %1").arg(ruleSource(*rule));
    return tip;
}

void ProblemsModel::setValidator(Validator *validator, const Overlay *overlay)
{
    if (m_validator)
        m_validator->disconnect(this);
    m_validator = validator;
    m_overlay = overlay;
    if (m_validator)
        connect(m_validator, &Validator::findingsChanged, this, &ProblemsModel::update);
    reload();
}

void ProblemsModel::setRegisterRefusals(const QHash<QString, QString> &refused)
{
    m_refused = refused;
    reload();
}

void ProblemsModel::reload()
{
    beginResetModel();
    m_findings.clear();
    m_rowRecord.clear();
    m_refusedRecords.clear();
    if (m_validator) {
        m_findings = m_validator->allFindings();
        // allFindings() lists each record's findings together, in record order.
        m_rowRecord.reserve(size_t(m_findings.size()));
        for (const Finding &f : std::as_const(m_findings))
            m_rowRecord.push_back(f.record);
    }
    for (auto it = m_refused.cbegin(); m_overlay && it != m_refused.cend(); ++it) {
        // recordId: "<level number>/<key>"
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        const int level = it.key().left(slash).toInt();
        const QString key = it.key().mid(slash + 1);
        if (slash < 0 || level < 0 || level >= LevelCount)
            continue;
        Finding f;
        f.severity = Severity::Error;
        f.level = Level(level);
        f.rule = RegisterRule;
        f.entity = key;
        f.record = m_overlay->find(f.level, key);
        f.message = tr("Registeret afviste sidst: %1")
                        .arg(QString(it.value()).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
        if (f.record >= 0)
            m_refusedRecords.insert(f.record);
        if (m_overlay->isLive(f.record))
            m_findings.append(f);
    }
    // Whether each finding is acknowledged, worked out once: sorting asks for it per comparison.
    m_acknowledged.assign(size_t(m_findings.size()), false);
    for (qsizetype row = 0; m_validator && row < m_findings.size(); ++row)
        m_acknowledged[size_t(row)] = m_validator->isAcknowledged(m_findings[row]);
    endResetModel();
    emit refreshed();
}

void ProblemsModel::update(const QList<int> &records, bool all)
{
    // Beyond a few hundred records (a revert of everything) one reset costs less than many small
    // row changes; a refused record's row comes and goes with the record, so it reloads too.
    constexpr qsizetype MostRecordsUpdatedInPlace = 256;
    bool reset = all || !m_validator || records.size() > MostRecordsUpdatedInPlace;
    for (qsizetype k = 0; !reset && k < records.size(); ++k)
        reset = m_refusedRecords.contains(records[k]);
    if (reset) {
        reload();
        return;
    }
    for (int record : records)
        replaceRowsOf(record);
    emit refreshed();
}

void ProblemsModel::replaceRowsOf(int record)
{
    const auto begin = m_rowRecord.begin();
    const auto lo = std::lower_bound(begin, m_rowRecord.end(), record);
    const auto hi = std::upper_bound(lo, m_rowRecord.end(), record);
    const int first = int(lo - begin);
    const int old = int(hi - lo);
    const QList<Finding> &now = m_validator->findingsOf(record);
    const int count = int(now.size());
    if (old == count) {
        if (count == 0)
            return;
        for (int k = 0; k < count; ++k) {
            m_findings[first + k] = now[k];
            m_acknowledged[size_t(first + k)] = m_validator->isAcknowledged(now[k]);
        }
        emit dataChanged(index(first, 0), index(first + count - 1, ColumnCount - 1));
        return;
    }
    if (old > 0) {
        beginRemoveRows({}, first, first + old - 1);
        m_findings.remove(first, old);
        m_rowRecord.erase(lo, hi);
        m_acknowledged.erase(m_acknowledged.begin() + first, m_acknowledged.begin() + first + old);
        endRemoveRows();
    }
    if (count > 0) {
        beginInsertRows({}, first, first + count - 1);
        m_findings.insert(first, count, Finding());
        m_rowRecord.insert(m_rowRecord.begin() + first, size_t(count), record);
        m_acknowledged.insert(m_acknowledged.begin() + first, size_t(count), false);
        for (int k = 0; k < count; ++k) {
            m_findings[first + k] = now[k];
            m_acknowledged[size_t(first + k)] = m_validator->isAcknowledged(now[k]);
        }
        endInsertRows();
    }
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &f = m_findings[index.row()];
    const bool acknowledged = m_acknowledged[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f, acknowledged);
        case RecordColumn: {
            const QString name =
                m_overlay && m_overlay->isLive(f.record) ? m_overlay->record(f.record).navn() : QString();
            return QStringLiteral("%1 %2").arg(f.entity, name);
        }
        case FieldColumn:
            return f.field ? fieldLabel(*f.field) : QString();
        case MessageColumn:
            return f.message;
        case RuleColumn:
            return f.rule;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(f.severity)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn) {
            const Rule *rule = findRule(f.rule);
            return rule ? QStringLiteral("%1\n%2: %3")
                              .arg(ruleDescription(*rule), certaintyLabel(f.certainty), ruleSource(*rule))
                        : QString();
        }
        return findingToolTip(f);
    case Qt::ForegroundRole:
        return acknowledged ? QBrush(Qt::gray) : QVariant();
    case RecordRole:
        return f.record;
    case FieldRole:
        return f.field ? int(*f.field) : -1;
    case SeverityRole:
        return int(f.severity);
    case RuleRole:
        return f.rule;
    case LevelRole:
        return int(f.level);
    case AcknowledgedRole:
        return acknowledged;
    case CertaintyRole:
        return int(f.certainty);
    case HasFixRole:
        return m_validator && m_validator->fixFor(f).has_value();
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Alvor");
    case RecordColumn:
        return tr("Post");
    case FieldColumn:
        return tr("Felt");
    case MessageColumn:
        return tr("Problem");
    case RuleColumn:
        return tr("Regel");
    }
    return {};
}

void ProblemsFilterModel::setSeverity(std::optional<Severity> severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void ProblemsFilterModel::setRule(const QString &rule)
{
    m_rule = rule;
    invalidateRowsFilter();
}

void ProblemsFilterModel::setLevel(std::optional<Level> level)
{
    m_level = level;
    invalidateRowsFilter();
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_severity && index.data(ProblemsModel::SeverityRole).toInt() != int(*m_severity))
        return false;
    if (!m_rule.isEmpty() && index.data(ProblemsModel::RuleRole).toString() != m_rule)
        return false;
    if (m_level && index.data(ProblemsModel::LevelRole).toInt() != int(*m_level))
        return false;
    return true;
}

} // namespace dtr

namespace dtr {

bool ProblemsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() != ProblemsModel::SeverityColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto rank = [](const QModelIndex &i) {
        return std::tuple(i.data(ProblemsModel::SeverityRole).toInt(), i.data(ProblemsModel::AcknowledgedRole).toBool(),
                          i.row());
    };
    return rank(left) < rank(right);
}

} // namespace dtr
