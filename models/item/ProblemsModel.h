#pragma once

#include "validation/Finding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace dtr {

class Overlay;
class Validator;

// The validator's findings as a table: severity, record, field, message, rule. A finding of an
// inferred rule says "foreløbig regel" beside its severity and in its tooltip.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RecordColumn, FieldColumn, MessageColumn, RuleColumn, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole + 1,
        FieldRole,
        SeverityRole,
        RuleRole,
        LevelRole,
        AcknowledgedRole,
        CertaintyRole,
        HasFixRole, // the rule offers a mechanical fix for this finding
    };

    explicit ProblemsModel(QObject *parent = nullptr);
    void setValidator(Validator *validator, const Overlay *overlay);
    // What the register said last about refused changes (by recordId, in its own words): each is a
    // row of its own, an error under the rule RegisterRule, so the steward finds it with the rest.
    void setRegisterRefusals(const QHash<QString, QString> &refused);
    static constexpr QLatin1StringView RegisterRule{"registeret"};

    const Finding &finding(int row) const { return m_findings[row]; }
    static QIcon severityIcon(Severity severity);
    // "Advarsel · foreløbig regel", "Fejl (kvitteret)": the severity as the panel shows it.
    static QString severityText(const Finding &finding, bool acknowledged);
    // The message with the rule's certainty and source, for tooltips.
    static QString findingToolTip(const Finding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After the rows followed a change of findings (a reload or an update in place).
    void refreshed();

private:
    void reload();
    // Replaces the rows of the records whose findings changed (all of them when `all`).
    void update(const QList<int> &records, bool all);
    void replaceRowsOf(int record);

    Validator *m_validator = nullptr;
    const Overlay *m_overlay = nullptr;
    QHash<QString, QString> m_refused;
    // Rows: the validator's findings in record order (the record of row r is m_rowRecord[r]),
    // then the register's refusals.
    QList<Finding> m_findings;
    std::vector<int> m_rowRecord;
    QSet<int> m_refusedRecords;       // records the refusal rows are (or, when live again, would be) about
    std::vector<bool> m_acknowledged; // per row of m_findings
};

// Filters the problems by severity, rule and level. The severity column sorts by seriousness
// (errors, warnings, info; within one, open before acknowledged), not by the label's letters.
class ProblemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSeverity(std::optional<Severity> severity);
    void setRule(const QString &rule);
    void setLevel(std::optional<Level> level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<Severity> m_severity;
    QString m_rule;
    std::optional<Level> m_level;
};

} // namespace dtr
