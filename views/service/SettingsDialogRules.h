#pragma once

#include "validation/RuleProfile.h"

#include "SettingsMessage.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace dtr {

class CodeTables;
class RuleProfileModel;

// Indstillinger → Regler: every rule with its source, certainty and standard severity; the
// profile switches rules off or gives them another severity. A profile is loaded from or saved
// to a JSON file (README, "Regelprofil"); it takes effect when the dialog is saved.
class RulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPage(const CodeTables &codes, QWidget *parent = nullptr);

    RuleProfile profile() const;
    bool isChanged() const { return profile() != m_original; }
    void setCodeTables(const CodeTables &codes);
    // Reads a profile file into the page; false with the message shown (and in *error).
    bool loadFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr);
    void useStandard();

    RuleProfileModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    SettingsMessage *messageLabel() const { return m_message; }

private:
    void showState();

    RuleProfile m_original;
    RuleProfileModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QLabel *m_source;
    SettingsMessage *m_message;
};

} // namespace dtr
