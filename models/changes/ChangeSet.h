#pragma once

#include "Operation.h"
#include "Overlay.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>

namespace dtr {

// Where the change set writes itself before an edit counts as done (the workspace file).
// Each call is one transaction: it either fully happens or returns false with a message.
class CodeTables;

class ChangeJournal
{
public:
    virtual ~ChangeJournal() = default;
    // Replaces every step from index `from` on with `steps` and sets the position.
    virtual bool writeSteps(int from, const QList<Step> &steps, int position, QString *error) = 0;
    virtual bool writePosition(int position, QString *error) = 0;
};

// The net effect of the pending changes on one record.
struct RecordChange
{
    Level level = Level::Daginstitution;
    QString key;
    bool created = false;
    bool closed = false;
    bool moved = false;
    QString parentBefore;
    QString parentAfter;
    QString statusBefore; // aktivitetsstatus in the base, for a closed record
    // Changed fields: base value → current value (for new records: "" → value).
    QMap<Field, QPair<QString, QString>> fields;

    bool isEmpty() const { return !created && !closed && !moved && fields.isEmpty(); }
};

struct ChangeCounts
{
    int added = 0;
    int changed = 0;
    int moved = 0;
    int closed = 0;
    int total() const { return added + changed + moved + closed; }
    // Adds (sign 1) or takes away (sign -1) one record's net change.
    void count(const RecordChange &change, int sign = 1);
};

// One record's operations folded, in order, into its net change (empty when they cancel out).
class RecordFold
{
public:
    RecordFold(Level level, const QString &key);
    void add(const Operation &op);
    RecordChange result() const;

private:
    RecordChange m_change;
};

// The net effect of the first `position` steps, per record in order of first change. Needs no
// base: new records take their values from their creation and later updates.
QList<RecordChange> foldNetChanges(const QList<Step> &steps, int position);
ChangeCounts countChanges(const QList<RecordChange> &changes);

// What one push, merge, undo, redo or load changed, so listeners update only that.
struct ChangeDelta
{
    // Records whose values, place in the tree or pending change may have changed (overlay slots,
    // ascending; a new record taken away again keeps its slot and is no longer live).
    QList<int> records;
    // A record was added, removed or moved: child lists and rows changed, not only values.
    bool structural = false;
    // Everything may have changed (a stored history was loaded).
    bool everything = false;
    bool touches(int record) const
    {
        return everything || std::binary_search(records.cbegin(), records.cend(), record);
    }
};

// The pending edits of a workspace: an ordered list of steps (each one undo step) and the
// position of the undo history. Steps before the position are applied to the overlay; those
// after it can be redone until a new edit discards them.
//
// Order of one edit: the step is checked and applied to the overlay first (the overlay's
// signals update the tree rows as it goes), then written to the journal in one transaction; if
// the write fails the step is reverted and the edit refused, so memory never holds an edit the
// journal lacks. Applying first means the journal only ever receives steps that applied. Only
// then are the net changes refolded for the records the step touched and changed(delta) is
// emitted, once.
class ChangeSet : public QObject
{
    Q_OBJECT

public:
    explicit ChangeSet(std::shared_ptr<const Register> base, QObject *parent = nullptr);

    Overlay *overlay() const { return m_overlay; }
    const Register &base() const { return m_overlay->base(); }
    void setJournal(ChangeJournal *journal) { m_journal = journal; }
    // The register itself may set register-owned values (numbers, CVR, status, timestamps); the
    // stand-in register's change set does.
    void setRegisterOwned(bool registerOwned) { m_registerOwned = registerOwned; }
    // The code tables for kommune names in refusals and a new unit's default type: the bundled
    // ones until the owner hands in its own (the Session hands in the app's).
    void setCodeTables(const CodeTables &codes) { m_codes = &codes; }
    const CodeTables &codeTables() const { return *m_codes; }

    const QList<Step> &steps() const { return m_steps; }
    int position() const { return m_position; }

    enum class Result { Applied, Merged, NoChange, Refused };
    // Checks, applies and journals one step. Refused (with a Danish reason in *error) when an
    // operation breaks a rule or the journal cannot be written; NoChange when it changes nothing.
    Result push(const Step &step, QString *error);
    // Ends typing-merge: the next edit becomes a step of its own.
    void sealMerging() { m_sealed = true; }
    // Undo/redo to a step boundary, journaled.
    bool setPosition(int position, QString *error = nullptr);
    // Replays stored steps (no journaling); fails on a step that does not apply.
    bool load(const QList<Step> &steps, int position, QString *error);

    // ---- building steps for user actions (text in Danish, rules checked by push) ----
    Step updateStep(int index, Field field, const QString &value) const;
    Step createDaginstitutionStep(int kommuneKode);
    Step createAnvisningsenhedStep(int daginstitution);
    Step createAlternativAdresseStep(int anvisningsenhed);
    Step closeStep(int index) const;
    // A fresh temporary key for a record a compound step creates ("(ny 7)").
    QString allocateTemporaryKey();
    Step moveStep(int index, int newParent) const;
    // Undoes the net effect on one record (or all records) as one new step. Empty step when
    // there is nothing to revert; *error says why a revert is impossible.
    Step revertStep(int index, QString *error) const;
    Step revertAllStep() const;

    // Why a record cannot be closed / moved to a target now (empty when it can).
    QString closeRefusal(int index) const;
    QString moveRefusal(int index, int newParent) const;
    // Possible move targets for a record: same level as its parent, same kommune, active.
    QList<int> moveTargets(int index) const;
    static bool isEditable(Level level, Field field);
    // Why a value an operation sets can never reach the register (a character XML 1.0 cannot
    // carry: a control character other than tab, LF and CR, U+FFFE/U+FFFF, half a surrogate
    // pair), naming the field and the character; empty when it can. push() refuses such steps.
    static QString characterRefusal(const Operation &op);
    static int maxLength(Field field);

    // ---- the net effect ----
    QList<RecordChange> netChanges() const;
    const RecordChange *changeOf(int index) const;
    ChangeCounts counts() const { return m_counts; }
    bool hasPendingChanges() const { return m_counts.total() > 0; }

signals:
    // After every push, merge, undo, redo or load that changed something, with what it changed.
    void changed(const dtr::ChangeDelta &delta);

private:
    bool apply(const Operation &op, QString *error);
    void revert(const Operation &op);
    bool applyStep(const Step &step, QString *error);
    void revertStep(const Step &step);
    QString check(const Operation &op) const;
    // The operations on one record, as (step, operation) positions in order.
    struct RecordHistory
    {
        Level level = Level::Daginstitution;
        QString key;
        QList<std::pair<int, int>> ops;
        std::pair<int, int> netAt{-1, -1}; // key of its entry in m_net, when it has one
        int netIndex = -1;                 // its overlay slot, when it has an entry in m_net
    };
    void indexStep(int step);
    void forgetStepsFrom(int step);
    void refold(RecordHistory &history);
    void refoldSteps(int from, int to);
    void rebuildNet();
    // Starts collecting what the overlay reports for one change.
    void beginChange();
    // Ends one change: refolds what [from, to) touched and emits changed() with the collected delta.
    void finishChange(int from, int to);
    QString label(int index) const;
    // The kommune a record belongs to for moves: its daginstitution's, or (parent missing) its
    // address's.
    int kommuneOf(int index) const;
    int nextSerial() const;

    Overlay *m_overlay;
    ChangeJournal *m_journal = nullptr;
    QList<Step> m_steps;
    int m_position = 0;
    bool m_sealed = true;
    bool m_registerOwned = false;
    const CodeTables *m_codes;
    QHash<QString, int> m_slots; // temporary key → overlay slot, kept through undo
    // The net changes, kept up to date per step: each record's history of operations, its net
    // change keyed by where its first applied operation is (so in order of first change), the
    // overlay slot → key, and their counts.
    QHash<QString, RecordHistory> m_history; // by recordId()
    std::map<std::pair<int, int>, RecordChange> m_net;
    QHash<int, std::pair<int, int>> m_netByIndex;
    ChangeCounts m_counts;
    // What the overlay reported since the change began (its signals, so exact).
    QSet<int> m_touched;
    bool m_structural = false;
    int m_serial = 0;
};

} // namespace dtr
