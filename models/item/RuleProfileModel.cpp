#include "RuleProfileModel.h"

#include "validation/Rules.h"

#include <QBrush>
#include <QFont>

namespace dtr {

RuleProfileModel::RuleProfileModel(const CodeTables &codes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_codes(&codes)
{}

void RuleProfileModel::setProfile(const RuleProfile &profile)
{
    beginResetModel();
    m_profile = profile;
    endResetModel();
    emit profileChanged();
}

void RuleProfileModel::setCodeTables(const CodeTables &codes)
{
    m_codes = &codes;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList RuleProfileModel::inferredRaisedToError() const
{
    QStringList out;
    for (const Rule &rule : validationRules()) {
        const RuleStatus status = ruleStatus(rule, *m_codes, m_profile);
        if (status.enabled && status.overridden && status.severity == Severity::Error &&
            status.certainty == Certainty::Inferred)
            out.append(QString(rule.id));
    }
    return out;
}

int RuleProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(validationRules().size());
}

int RuleProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RuleSetting RuleProfileModel::setting(int row) const
{
    const RuleSetting *s = m_profile.setting(QString(validationRules()[row].id));
    return s ? *s : RuleSetting();
}

void RuleProfileModel::store(int row, const RuleSetting &setting)
{
    const QString id(validationRules()[row].id);
    if (setting.enabled && !setting.severity && setting.note.isEmpty())
        m_profile.rules.remove(id);
    else
        m_profile.rules.insert(id, setting);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit profileChanged();
}

QVariant RuleProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Rule &rule = validationRules()[index.row()];
    const RuleSetting s = setting(index.row());
    const RuleStatus status = ruleStatus(rule, *m_codes, m_profile);
    if (role == RuleIdRole)
        return QString(rule.id);
    if (role == CertaintyRole)
        return int(status.certainty);
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return s.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !s.enabled)
        return QBrush(Qt::gray);
    if (role == Qt::FontRole && index.column() == SeverityColumn && s.severity) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        QString tip =
            QStringLiteral("%1\n%2: %3").arg(ruleDescription(rule), certaintyLabel(status.certainty), ruleSource(rule));
        if (!s.note.isEmpty())
            tip += QLatin1Char('\n') + tr("Note i profilen: %1").arg(s.note);
        return tip;
    }
    if (role == Qt::EditRole && index.column() == SeverityColumn)
        return s.severity ? int(*s.severity) : -1;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EnabledColumn:
        return s.enabled ? tr("Til") : tr("Fra");
    case RuleColumn:
        return QString(rule.id);
    case DescriptionColumn:
        return ruleDescription(rule);
    case CertaintyColumn:
        return certaintyLabel(status.certainty);
    case StandardColumn:
        return severityLabel(defaultSeverity(rule, *m_codes));
    case SeverityColumn:
        return s.severity ? severityLabel(*s.severity) : tr("Standard");
    case SourceColumn:
        return ruleSource(rule);
    }
    return {};
}

bool RuleProfileModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    RuleSetting s = setting(index.row());
    if (index.column() == EnabledColumn && role == Qt::CheckStateRole) {
        s.enabled = value.toInt() == Qt::Checked;
    } else if (index.column() == SeverityColumn && role == Qt::EditRole) {
        const int severity = value.toInt();
        if (severity < -1 || severity > int(Severity::Info))
            return false;
        s.severity = severity < 0 ? std::nullopt : std::optional<Severity>(Severity(severity));
    } else {
        return false;
    }
    store(index.row(), s);
    return true;
}

Qt::ItemFlags RuleProfileModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == SeverityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RuleProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnabledColumn:
        return tr("Aktiv");
    case RuleColumn:
        return tr("Regel");
    case DescriptionColumn:
        return tr("Kontrollerer");
    case CertaintyColumn:
        return tr("Sikkerhed");
    case StandardColumn:
        return tr("Standard");
    case SeverityColumn:
        return tr("Alvor i profilen");
    case SourceColumn:
        return tr("Kilde");
    }
    return {};
}

} // namespace dtr
