#pragma once

#include "register/Field.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QVBoxLayout;

namespace dtr {

class CodeTables;
class Register;

// Shows every field of the selected record (read-only for now), grouped the way a steward
// reads them: stamdata, address, contact, status, and any extra columns of the snapshot.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(const CodeTables &codes, QWidget *parent = nullptr);

    void setRegister(const Register *reg);
    void showRecord(int recordIndex);
    void showKommune(int kommuneKode);
    void showOrphanGroup();
    void clear();

    // The editor showing a field of the current record (for tests and keyboard focus).
    QLineEdit *fieldEditor(Field field) const { return m_editors.value(field); }
    QString heading() const;

private:
    QString displayValue(Field field, const QString &value) const;
    QLineEdit *addRow(QFormLayout *form, Field field);

    const CodeTables &m_codes;
    const Register *m_register = nullptr;
    QLabel *m_heading;
    QLabel *m_subheading;
    QStackedWidget *m_pages;
    QWidget *m_recordPage;
    QLabel *m_messagePage;
    QGroupBox *m_groups[5] = {};
    QHash<Field, QLineEdit *> m_editors;
    QHash<Field, QWidget *> m_labels;
    QGroupBox *m_extrasBox;
    QFormLayout *m_extrasForm;
};

} // namespace dtr
