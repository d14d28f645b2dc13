#pragma once

#include "register/Register.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace dtr {

// A place in the register tree that holds a list of children.
struct TreeNode
{
    enum Kind : quint8 { Root, Kommune, Record, OrphanGroup };
    Kind kind = Root;
    int id = 0; // kommune code for Kommune, record index for Record
    bool operator==(const TreeNode &) const = default;
};

// The register as it stands with the pending changes applied: base ⊕ change set. The base stays
// immutable and shared; the overlay keeps copies of only the records and child lists that
// changed. Record indices are stable: base records keep theirs, new records get the next free
// ones and keep them through undo and redo. Only ChangeSet mutates an overlay; models listen to
// its signals to emit the matching Qt model signals.
class Overlay : public QObject
{
    Q_OBJECT

public:
    explicit Overlay(std::shared_ptr<const Register> base, QObject *parent = nullptr);

    const Register &base() const { return *m_base; }
    std::shared_ptr<const Register> baseShared() const { return m_base; }

    // Slots: base records, then new ones (some of which may be undone, see isLive()).
    int size() const { return m_base->size() + int(m_created.size()); }
    bool isLive(int index) const;
    bool isNew(int index) const { return index >= m_base->size(); }
    const Record &record(int index) const;
    int find(Level level, QStringView key) const;

    int parentOf(int index) const;
    TreeNode nodeOf(int index) const { return {TreeNode::Record, index}; }
    // The tree node a record hangs under, and its row there.
    TreeNode containerOf(int index) const;
    int rowOf(int index) const;
    std::span<const int> children(const TreeNode &node) const;
    std::span<const int> childrenOf(int index) const { return children(nodeOf(index)); }
    bool hasOrphanGroup() const { return !m_base->orphans().empty(); }

    // Kommune codes shown at the top of the tree, ascending.
    const std::vector<int> &kommuner() const { return m_kommuner; }
    int kommuneRowOf(int kode) const { return m_kommuneRow.value(kode, -1); }
    int admKommuneOf(int index) const;
    int count(Level level) const;

    // ---- mutations, for ChangeSet ----
    void setValue(int index, Field field, const QString &value);
    // Adds a new record under the parent its ParentNummer names (a daginstitution under its
    // kommune). `slot` revives an undone new record; -1 takes a fresh slot.
    int insert(const Record &record, int slot = -1);
    // Removes a new record again (undo of its creation); it must have no live children.
    void remove(int index);
    void setParent(int index, int parent);

signals:
    void kommuneAboutToBeAdded(int row);
    void kommuneAdded();
    void recordAboutToBeInserted(const dtr::TreeNode &parent, int row);
    void recordInserted(int index);
    void recordAboutToBeRemoved(const dtr::TreeNode &parent, int row);
    void recordRemoved(int index);
    void recordAboutToBeMoved(const dtr::TreeNode &from, int fromRow, const dtr::TreeNode &to, int toRow);
    void recordMoved(int index);
    void recordChanged(int index, dtr::Field field);

private:
    static quint64 keyOf(const TreeNode &node) { return (quint64(node.kind) << 32) | quint32(node.id); }
    std::vector<int> &materialize(const TreeNode &node);
    std::span<const int> baseChildren(const TreeNode &node) const;
    void reindex(const TreeNode &node, size_t from);
    TreeNode containerFor(const Record &record, int parent) const;
    void ensureKommune(int kode);
    // Moves a record from one node's list to the end of another's, emitting the move signals;
    // `change` updates the record while the model sees the move as in progress.
    void relocate(int index, const TreeNode &from, const TreeNode &to, const std::function<void()> &change);
    Record &mutableRecord(int index);

    std::shared_ptr<const Register> m_base;
    std::vector<Record> m_created;
    std::vector<bool> m_createdLive;
    QHash<QString, int> m_createdKeys[LevelCount];
    QHash<int, Record> m_overrides;
    QHash<int, int> m_parentOverrides;
    QHash<quint64, std::vector<int>> m_lists;
    QHash<int, int> m_rows; // rows of records inside materialized lists
    std::vector<int> m_kommuner;
    QHash<int, int> m_kommuneRow;
    int m_deltaCount[LevelCount] = {0, 0, 0};
};

} // namespace dtr
