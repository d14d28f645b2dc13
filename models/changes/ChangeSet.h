#pragma once

#include "Operation.h"
#include "Overlay.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>

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
};

// The net effect of the first `position` steps, per record in order of first change. Needs no
// base: new records take their values from their creation and later updates.
QList<RecordChange> foldNetChanges(const QList<Step> &steps, int position);
ChangeCounts countChanges(const QList<RecordChange> &changes);

// The pending edits of a workspace: an ordered list of steps (each one undo step) and the
// position of the undo history. Steps before the position are applied to the overlay; those
// after it can be redone until a new edit discards them. Every change is written to the journal
// before the call returns success; a journal failure leaves memory as it was.
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
    ChangeCounts counts() const;
    bool hasPendingChanges() const { return counts().total() > 0; }

signals:
    // After every push, merge, undo or redo.
    void changed();

private:
    bool apply(const Operation &op, QString *error);
    void revert(const Operation &op);
    bool applyStep(const Step &step, QString *error);
    void revertStep(const Step &step);
    QString check(const Operation &op) const;
    void recomputeNet();
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
    QList<RecordChange> m_net;
    QHash<int, int> m_netByIndex; // overlay index → position in m_net
    int m_serial = 0;
};

} // namespace dtr
