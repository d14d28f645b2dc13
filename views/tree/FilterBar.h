#pragma once

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace dtr {

class CodeTables;
class RegisterFilterModel;

// Search-as-you-type and every filter over the tree (level, type, status, kommune, changed only,
// not reviewed only), all visible here and reset together. When the filters hide every record, a
// line says so and offers to reset them.
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
    QCheckBox *unreviewedOnlyBox() const { return m_unreviewedOnly; }
    // "2 filtre skjuler alle poster – Nulstil", shown only while it is true.
    QLabel *emptyNotice() const { return m_emptyNotice; }

signals:
    void filtersChanged();

private:
    void applyCombos();
    void updateEmptyNotice();

    RegisterFilterModel *m_filter;
    const CodeTables &m_codes;
    QLineEdit *m_search;
    QComboBox *m_level;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_kommune;
    QCheckBox *m_changedOnly;
    QCheckBox *m_unreviewedOnly;
    QLabel *m_emptyNotice;
};

} // namespace dtr
