#pragma once

#include "register/Field.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace dtr {

class CodeTables;
class Editor;
class Overlay;
class Validator;

// A form with every field of the selected record, grouped the way a steward reads them:
// stamdata, address, contact, placement, status, and any extra columns of the snapshot. Coded
// fields are combo boxes with Danish labels; register-issued values are read-only. Each edit goes
// to the Editor; typing in one field is one undo step. Changed fields are marked (colour, icon,
// tooltip "før: …"). Undo and redo keys in a field move the change set, not the field's own text
// history. Fields of a known shape (P-nummer, postnummer, telephone) accept only what fits it as
// typed; values read from a snapshot stay as they are (the validator names them). A value the
// change set refuses is not kept: the field goes back to what the change set holds.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(const CodeTables &codes, QWidget *parent = nullptr);

    // The editor whose change set is shown; nullptr shows nothing.
    void setEditor(Editor *editor);
    // Findings mark the fields they concern (border colour, message in the tooltip). Not owned.
    void setValidator(Validator *validator);
    void focusField(Field field);
    // What the register said last, by "level/key": refusals in its words, unknown outcomes.
    void setRegisterNotes(const QHash<QString, QString> &refused, const QHash<QString, QString> &unknown);
    void showRecord(int recordIndex);
    void showKommune(int kommuneKode);
    void showOrphanGroup();
    void clear();
    int currentRecord() const { return m_record; }

    QWidget *fieldEditor(Field field) const { return m_editors.value(field); }
    QLineEdit *lineEdit(Field field) const;
    QComboBox *comboBox(Field field) const;
    QString heading() const;
    void focusFirstField();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isCoded(Field field) const;
    QWidget *createEditor(Field field);
    void refresh();
    void fillCombo(QComboBox *combo, Field field, const QString &value);
    void markField(Field field, bool changed, const QString &before);
    void commitText(Field field, const QString &text, bool typing);

    const CodeTables &m_codes;
    Editor *m_editor = nullptr;
    Validator *m_validator = nullptr;
    const Overlay *m_overlay = nullptr;
    int m_record = -1;
    QHash<QString, QString> m_refused;
    QHash<QString, QString> m_unknown;
    bool m_updating = false;
    QLabel *m_heading;
    QLabel *m_subheading;
    QLabel *m_recordProblems;
    QStackedWidget *m_pages;
    QLabel *m_messagePage;
    QList<QGroupBox *> m_groups;
    QHash<Field, QWidget *> m_editors;
    QHash<Field, QLabel *> m_labels;
    QHash<Field, QAction *> m_markActions;
    QGroupBox *m_extrasBox;
    QFormLayout *m_extrasForm;
};

} // namespace dtr
