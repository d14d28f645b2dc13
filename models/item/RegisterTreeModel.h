#pragma once

#include "changes/Overlay.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>

namespace dtr {

class ChangeSet;
struct ChangeDelta;
class CodeTables;
class Editor;
class Validator;

// The register with its pending changes as a tree: kommune → daginstitution →
// anvisningsenhed → alternativ adresse, plus one group holding the records whose parent is
// missing. Thin: rows come from the change set's overlay, structural changes arrive as overlay
// signals and leave as the matching model signals; edits go to the Editor.
class RegisterTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, NumberColumn, TypeColumn, AddressColumn, StatusColumn, ColumnCount };
    enum NodeKind { KommuneNode = 1, RecordNode = 2, OrphanGroupNode = 3 };
    enum Role {
        NodeKindRole = Qt::UserRole + 1,
        RecordIndexRole, // int overlay index, -1 for group rows
        LevelRole,       // int(Level) of a record row
        KommuneRole,     // administrative kommune code of the row
        ChangeStateRole, // ChangeFlags of a record row (0: unchanged)
        SeverityRole,    // worst Severity of the record's findings, -1 without findings
        ReviewedRole,    // bool: marked "gennemgået"
        RegisterRole,    // what the register said last: "unknown" (outcome of a write), "refused", or ""
    };
    enum ChangeFlag { Added = 1, Changed = 2, Moved = 4, Closed = 8 };
    Q_ENUM(Column)

    static inline const QString RecordMimeType = QStringLiteral("application/x-dtr-record");

    explicit RegisterTreeModel(const CodeTables &codes, QObject *parent = nullptr);
    ~RegisterTreeModel() override;

    // Shows a change set's overlay (a model reset); the editor, when given, takes edits and
    // drops. Neither is owned.
    void setChangeSet(ChangeSet *changes, Editor *editor = nullptr);
    ChangeSet *changeSet() const { return m_changes; }
    // Findings mark rows (an icon in the number column, messages in the tooltip). Not owned.
    void setValidator(Validator *validator);
    // Records marked as reviewed ("gennemgået"), as "level/key".
    void setReviewed(const QSet<QString> &reviewed);
    bool isReviewed(int recordIndex) const;
    const QSet<QString> &reviewedIds() const { return m_reviewed; }
    // What the register said last about records, by "level/key": its words on a refused change,
    // and what is known of writes whose outcome is unknown.
    void setRegisterNotes(const QHash<QString, QString> &refused, const QHash<QString, QString> &unknown);
    const Overlay *overlay() const { return m_overlay; }

    QModelIndex indexOfRecord(int recordIndex, int column = 0) const;
    NodeKind kindOf(const QModelIndex &index) const;
    int recordOf(const QModelIndex &index) const; // -1 for group rows
    int changeFlags(int recordIndex) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {RecordMimeType}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The text a record shows in the type column (Danish label from the code tables).
    QString typeText(const Record &record) const;

private:
    static quintptr makeId(NodeKind kind, int payload) { return (quintptr(kind) << 32) | quintptr(quint32(payload)); }
    static NodeKind idKind(quintptr id) { return NodeKind(id >> 32); }
    static int idPayload(quintptr id) { return int(quint32(id & 0xFFFFFFFFu)); }
    QModelIndex indexOfNode(const TreeNode &node) const;
    TreeNode nodeOf(const QModelIndex &index) const;
    int orphanGroupRow() const;
    QVariant recordData(int recordIndex, int column, int role) const;
    QVariant kommuneData(int kode, int column, int role) const;
    QString changeTooltip(int recordIndex) const;
    int draggedRecord(const QMimeData *data) const;
    void connectOverlay();
    void refreshChangeMarks(const ChangeDelta &delta);

    const CodeTables &m_codes;
    std::unique_ptr<ChangeSet> m_empty; // shown until a change set is set
    ChangeSet *m_changes = nullptr;
    Overlay *m_overlay = nullptr;
    Editor *m_editor = nullptr;
    Validator *m_validator = nullptr;
    QSet<int> m_marked; // records currently carrying change marks
    QSet<QString> m_reviewed;
    QHash<QString, QString> m_refused;
    QHash<QString, QString> m_unknown;
    QIcon m_unknownIcon;
    QIcon m_refusedIcon;
    QIcon m_kommuneIcon;
    QIcon m_levelIcons[LevelCount];
    QIcon m_changeIcons[4];
};

} // namespace dtr
