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
        connect(m_validator, &Validator::findingsChanged, this, &ProblemsModel::reload);
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
    m_findings = m_validator ? m_validator->allFindings() : QList<Finding>();
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
        if (m_overlay->isLive(f.record))
            m_findings.append(f);
    }
    // Whether each finding is acknowledged, worked out once: sorting asks for it per comparison.
    m_acknowledged.assign(size_t(m_findings.size()), false);
    for (qsizetype row = 0; m_validator && row < m_findings.size(); ++row)
        m_acknowledged[size_t(row)] = m_validator->isAcknowledged(m_findings[row]);
    endResetModel();
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
