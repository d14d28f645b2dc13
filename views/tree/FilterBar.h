#pragma once

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace dtr {

class CodeTables;
class RegisterFilterModel;

// Search-as-you-type and the level/type/status/kommune filters above the tree.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(RegisterFilterModel *filter, const CodeTables &codes, QWidget *parent = nullptr);

    // Refills the kommune list.
    void setKommuner(const std::vector<int> &kommuner);
    void focusSearch();
    void resetFilters();

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *levelCombo() const { return m_level; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *kommuneCombo() const { return m_kommune; }
    QCheckBox *changedOnlyBox() const { return m_changedOnly; }

signals:
    void filtersChanged();

private:
    void applyCombos();

    RegisterFilterModel *m_filter;
    const CodeTables &m_codes;
    QLineEdit *m_search;
    QComboBox *m_level;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_kommune;
    QCheckBox *m_changedOnly;
};

} // namespace dtr
