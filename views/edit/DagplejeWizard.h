#pragma once

#include "setup/DagplejeSetup.h"

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace dtr {

class CodeTables;
class Overlay;

// "Opret dagplejegrupper": municipality → dagpleje daginstitution (existing or new, kommunal or
// privat) → group names from a template (Nord/Syd/Øst/Vest, the municipality's towns, or a typed
// list) → shared address/contact prefilled and editable per group, P-nummer per group (required)
// → existing dagpleje units to move in. Shared P-numre and areas an existing unit already covers
// are warnings, not refusals. The result is one DagplejeSetup; the caller turns it into one step.
class DagplejeWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { KommunePage, NamesPage, GroupsPage, MovePage };
    enum Column {
        NameColumn,
        PNummerColumn,
        VejColumn,
        HusColumn,
        PostColumn,
        ByColumn,
        EmailColumn,
        TelefonColumn,
        ColumnCount
    };

    DagplejeWizard(const Overlay &overlay, const CodeTables &codes, int kommuneKode, QWidget *parent = nullptr);

    DagplejeSetup setup() const;

    // For keyboard-less tests and scripts: the widgets the pages are made of.
    QComboBox *kommuneCombo() const { return m_kommune; }
    QComboBox *daginstitutionCombo() const { return m_existing; }
    QRadioButton *createNewButton() const { return m_createNew; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QButtonGroup *templateButtons() const { return m_template; }
    QPlainTextEdit *namesEdit() const { return m_names; }
    QTableWidget *groupTable() const { return m_groups; }
    QLineEdit *cvrEdit() const { return m_cvr; }
    QListWidget *moveList() const { return m_moves; }
    // The warnings shown on the current page (empty when none).
    QString warningText() const;

private:
    int kommune() const;
    int chosenDaginstitution() const;
    void kommuneChanged();
    void applyTemplate();
    void fillGroups();
    void fillMoves();
    void copySharedToAll();
    void updateSummary();
    void updateCvr();
    void updateWarnings();

    const Overlay &m_overlay;
    const CodeTables &m_codes;
    QComboBox *m_kommune;
    QRadioButton *m_useExisting;
    QRadioButton *m_createNew;
    QComboBox *m_existing;
    QLineEdit *m_newName;
    QRadioButton *m_privat;
    QButtonGroup *m_template;
    QPlainTextEdit *m_names;
    QLineEdit *m_cvr;
    QList<QLineEdit *> m_shared; // one per Column from VejColumn, for "copy to all"
    QTableWidget *m_groups;
    QListWidget *m_moves;
    QLabel *m_summary;
    // Warnings that do not stop the wizard (shared P-numre, areas already covered), per page.
    QList<QLabel *> m_warnings;
};

} // namespace dtr
