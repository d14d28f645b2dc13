#pragma once

#include "register/Field.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dtr {

class Editor;
class ProblemsFilterModel;
class ProblemsModel;
class Validator;
class Overlay;
struct Finding;
struct ProposedFix;

// The problems panel: every finding with severity icon, record, field and message; filters by
// severity, rule and level; double-click (or Enter) goes to the record and field. Findings with a
// mechanical fix offer "Ret" (this one) and "Ret alle N…" (every finding of its rule, previewed);
// a fix is one step of the change set.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    // Clearing the validator lets go of the editor too.
    void setValidator(Validator *validator, const Overlay *overlay);
    // Where fixes go (one undo step each).
    void setEditor(Editor *editor);
    // The register's words on refused changes, by recordId: rows of their own (errors).
    void setRegisterRefusals(const QHash<QString, QString> &refused);
    QTableView *table() const { return m_table; }
    ProblemsModel *model() const { return m_model; }
    ProblemsFilterModel *filterModel() const { return m_filter; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *ruleCombo() const { return m_rule; }
    // The finding of the current row, or nullptr.
    const Finding *currentFinding() const;
    // Activates a row as a double-click would.
    void activate(const QModelIndex &proxyIndex);
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *fixAllButton() const { return m_fixAll; }
    // "Ret": applies the current finding's fix. Returns false when there is none or it is refused.
    bool fixCurrent();
    // "Ret alle N…": previews every fix of the current finding's rule and applies the ticked ones.
    bool fixAllOfRule();

signals:
    void recordActivated(int record, int field); // field: int(Field) or -1
    void acknowledgeRequested(const dtr::Finding &finding, bool acknowledge);

private:
    void applyFilters();
    void updateFixButtons();
    bool applyFixes(const QList<ProposedFix> &fixes);

    ProblemsModel *m_model;
    ProblemsFilterModel *m_filter;
    QTableView *m_table;
    QComboBox *m_severity;
    QComboBox *m_level;
    QComboBox *m_rule;
    QLabel *m_count;
    QPushButton *m_fix;
    QPushButton *m_fixAll;
    Validator *m_validator = nullptr;
    const Overlay *m_overlay = nullptr;
    QPointer<Editor> m_editor;
};

} // namespace dtr
