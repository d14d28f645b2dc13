#pragma once

#include "register/Field.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace dtr {

class ProblemsFilterModel;
class ProblemsModel;
class Validator;
class Overlay;
struct Finding;

// The problems panel: every finding with severity icon, record, field and message; filters by
// severity, rule and level; double-click (or Enter) goes to the record and field.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setValidator(Validator *validator, const Overlay *overlay);
    QTableView *table() const { return m_table; }
    ProblemsModel *model() const { return m_model; }
    ProblemsFilterModel *filterModel() const { return m_filter; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *ruleCombo() const { return m_rule; }
    // The finding of the current row, or nullptr.
    const Finding *currentFinding() const;
    // Activates a row as a double-click would.
    void activate(const QModelIndex &proxyIndex);

signals:
    void recordActivated(int record, int field); // field: int(Field) or -1
    void acknowledgeRequested(const dtr::Finding &finding, bool acknowledge);

private:
    void applyFilters();

    ProblemsModel *m_model;
    ProblemsFilterModel *m_filter;
    QTableView *m_table;
    QComboBox *m_severity;
    QComboBox *m_level;
    QComboBox *m_rule;
    QLabel *m_count;
};

} // namespace dtr
