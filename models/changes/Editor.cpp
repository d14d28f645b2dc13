#include "Editor.h"

#include <QCoreApplication>

namespace dtr {

// One change-set step on the undo stack. The change set is the truth: these only move its
// position, so replaying a stored history and undoing across restarts behave the same.
class StepCommand : public QUndoCommand
{
public:
    StepCommand(Editor *editor, int step, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_step(step)
    {}

    void redo() override { move(m_step + 1); }
    void undo() override { move(m_step); }

private:
    void move(int position)
    {
        if (m_editor->m_replaying)
            return;
        QString error;
        if (!m_editor->m_changes->setPosition(position, &error))
            emit m_editor->refused(error);
    }

    Editor *m_editor;
    int m_step;
};

Editor::Editor(ChangeSet *changes, QObject *parent)
    : QObject(parent)
    , m_changes(changes)
{
    // The stored history becomes the undo stack, at the stored position.
    m_replaying = true;
    for (int s = 0; s < changes->steps().size(); ++s)
        m_stack.push(new StepCommand(this, s, changes->steps()[s].text));
    m_stack.setIndex(changes->position());
    m_replaying = false;
}

bool Editor::push(const Step &step)
{
    QString error;
    const int before = m_changes->position();
    switch (m_changes->push(step, &error)) {
    case ChangeSet::Result::Applied: {
        // The new step replaced any redo tail; the command goes where the step went.
        m_replaying = true;
        m_stack.setIndex(before);
        m_stack.push(new StepCommand(this, m_changes->position() - 1, step.text));
        m_replaying = false;
        return true;
    }
    case ChangeSet::Result::Merged:
        return true;
    case ChangeSet::Result::NoChange:
        return true;
    case ChangeSet::Result::Refused:
        emit refused(error);
        return false;
    }
    return false;
}

bool Editor::pushStep(const Step &step)
{
    return push(step);
}

bool Editor::setField(int index, Field field, const QString &value, bool typing)
{
    Step step = m_changes->updateStep(index, field, value);
    if (!typing) {
        m_changes->sealMerging();
        step.mergeKey.clear();
    }
    return push(step);
}

void Editor::finishTyping()
{
    m_changes->sealMerging();
}

int Editor::createDaginstitution(int kommuneKode)
{
    const Step step = m_changes->createDaginstitutionStep(kommuneKode);
    if (!push(step))
        return -1;
    return m_changes->overlay()->find(Level::Daginstitution, step.ops.first().key);
}

int Editor::createAnvisningsenhed(int daginstitution)
{
    const Step step = m_changes->createAnvisningsenhedStep(daginstitution);
    if (!push(step))
        return -1;
    return m_changes->overlay()->find(Level::Anvisningsenhed, step.ops.first().key);
}

int Editor::createAlternativAdresse(int anvisningsenhed)
{
    const Step step = m_changes->createAlternativAdresseStep(anvisningsenhed);
    if (!push(step))
        return -1;
    return m_changes->overlay()->find(Level::AlternativAdresse, step.ops.first().key);
}

bool Editor::close(int index)
{
    const QString refusal = m_changes->closeRefusal(index);
    if (!refusal.isEmpty()) {
        emit refused(refusal);
        return false;
    }
    return push(m_changes->closeStep(index));
}

bool Editor::move(int index, int newParent)
{
    const QString refusal = m_changes->moveRefusal(index, newParent);
    if (!refusal.isEmpty()) {
        emit refused(refusal);
        return false;
    }
    return push(m_changes->moveStep(index, newParent));
}

bool Editor::revert(int index)
{
    QString error;
    const Step step = m_changes->revertStep(index, &error);
    if (step.ops.isEmpty()) {
        emit refused(error);
        return false;
    }
    return push(step);
}

bool Editor::revertAll()
{
    const Step step = m_changes->revertAllStep();
    if (step.ops.isEmpty())
        return true;
    return push(step);
}

} // namespace dtr
