#pragma once

#include "validation/Validator.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dtr {

class Overlay;

// "Ret alle N…": every fix a rule offers, one row each – record, field, before → after – with a
// tick to leave a row out. The ticked fixes become one step of the change set (one undo).
class FixPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ApplyColumn, RecordColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    // `unticked`: rows that start unticked (fixes of acknowledged findings: someone said the
    // value is right as it is).
    FixPreviewDialog(const QList<ProposedFix> &fixes, const Overlay &overlay, const QList<bool> &unticked,
                     const QString &ruleText, QWidget *parent = nullptr);

    QList<ProposedFix> chosen() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void updateCount();

    QList<ProposedFix> m_fixes;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_apply;
};

} // namespace dtr
