#pragma once

#include "ChangeSet.h"

#include <QObject>
#include <QUndoStack>

namespace dtr {

// The one way user actions reach the change set: each action becomes a step pushed to the
// change set (checked and durably written first) and then a thin command on the undo stack,
// whose undo/redo move the change set's position. Typing in one field merges into one step.
class Editor : public QObject
{
    Q_OBJECT

public:
    explicit Editor(ChangeSet *changes, QObject *parent = nullptr);

    ChangeSet *changeSet() const { return m_changes; }
    QUndoStack *undoStack() { return &m_stack; }

    // Each returns false and emits refused(message) when the change set says no. A typing edit
    // merges with the previous edit of the same field until finishTyping().
    bool setField(int index, Field field, const QString &value, bool typing = false);
    void finishTyping();
    // Returns the new record's overlay index (the daginstitution for the compound create), or -1.
    int createDaginstitution(int kommuneKode);
    int createAnvisningsenhed(int daginstitution);
    int createAlternativAdresse(int anvisningsenhed);
    bool close(int index);
    bool move(int index, int newParent);
    bool revert(int index);
    bool revertAll();
    bool pushStep(const Step &step);

signals:
    void refused(const QString &message);

private:
    friend class StepCommand;
    bool push(const Step &step);

    ChangeSet *m_changes;
    QUndoStack m_stack;
    bool m_replaying = false;
};

} // namespace dtr
