#pragma once

#include "validation/RuleProfile.h"

#include <QAbstractTableModel>

namespace dtr {

class CodeTables;

// Every validation rule with its source, certainty and standard severity, and the profile's
// choice for it: on/off (checkable) and a severity (edit role: -1 for the standard, else
// int(Severity)). Edits change the profile held here (Indstillinger → Regler).
class RuleProfileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EnabledColumn,
        RuleColumn,
        DescriptionColumn,
        CertaintyColumn,
        StandardColumn,
        SeverityColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { RuleIdRole = Qt::UserRole + 1, CertaintyRole };

    explicit RuleProfileModel(const CodeTables &codes, QObject *parent = nullptr);

    const RuleProfile &profile() const { return m_profile; }
    void setProfile(const RuleProfile &profile);
    // The tables the standard severities follow (they change with confirmed tables).
    void setCodeTables(const CodeTables &codes);
    // Rules the profile raises to an error although they rest on an inference.
    QStringList inferredRaisedToError() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void profileChanged();

private:
    RuleSetting setting(int row) const;
    void store(int row, const RuleSetting &setting);

    const CodeTables *m_codes;
    RuleProfile m_profile;
};

} // namespace dtr
