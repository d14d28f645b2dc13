#pragma once

#include "register/Register.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>

namespace dtr {

class CodeTables;

// The register as a tree: kommune → daginstitution → anvisningsenhed → alternativ adresse,
// plus one group holding the records whose parent is missing. Thin: every row is computed
// from the Register's indexes; the model owns no per-row objects.
class RegisterTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, NumberColumn, TypeColumn, AddressColumn, StatusColumn, ColumnCount };
    enum NodeKind { KommuneNode = 1, RecordNode = 2, OrphanGroupNode = 3 };
    enum Role {
        NodeKindRole = Qt::UserRole + 1,
        RecordIndexRole, // int index into Register::record(), -1 for group rows
        LevelRole,       // int(Level) of a record row
        KommuneRole,     // administrative kommune code of the row
    };
    Q_ENUM(Column)

    explicit RegisterTreeModel(const CodeTables &codes, QObject *parent = nullptr);

    // Replaces the register shown (a model reset).
    void setRegister(std::shared_ptr<const Register> reg);
    const Register *registerData() const { return m_register.get(); }

    QModelIndex indexOfRecord(int recordIndex) const;
    NodeKind kindOf(const QModelIndex &index) const;
    int recordOf(const QModelIndex &index) const; // -1 for group rows

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The text a record shows in the type column (Danish label from the code tables).
    QString typeText(const Record &record) const;

private:
    static quintptr makeId(NodeKind kind, int payload) { return (quintptr(kind) << 32) | quintptr(quint32(payload)); }
    static NodeKind idKind(quintptr id) { return NodeKind(id >> 32); }
    static int idPayload(quintptr id) { return int(quint32(id & 0xFFFFFFFFu)); }
    int orphanGroupRow() const;
    QVariant recordData(int recordIndex, int column, int role) const;
    QVariant kommuneData(int kommuneRow, int column, int role) const;
    QIcon levelIcon(Level level) const;

    const CodeTables &m_codes;
    std::shared_ptr<const Register> m_register;
    QIcon m_kommuneIcon;
    QIcon m_levelIcons[LevelCount];
};

} // namespace dtr
