#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace dtr {

class SeedCheckProgressModel;

// "Gennemgang": the review progress per municipality as bars with counts; Enter or double-click
// shows the municipality in the tree; the report buttons write the sign-off report of the
// selected municipality (or of everything, on the total row).
class SeedCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SeedCheckPanel(SeedCheckProgressModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The selected row's kommune code (SeedCheckProgressModel::AllKommuner for the total), or the
    // total when nothing is selected.
    int selectedKommune() const;

signals:
    void kommuneActivated(int kommune);
    void reportRequested(int kommune, bool pdf);

private:
    SeedCheckProgressModel *m_model;
    QTableView *m_table;
    QPushButton *m_csv;
    QPushButton *m_pdf;
};

} // namespace dtr
