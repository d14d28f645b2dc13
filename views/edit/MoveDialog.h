#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace dtr {

class ChangeSet;

// "Flyt til…": lists the records a record may move to (same kommune, right level, active),
// with a filter field; Enter or double-click chooses.
class MoveDialog : public QDialog
{
    Q_OBJECT

public:
    MoveDialog(const ChangeSet &changes, int record, QWidget *parent = nullptr);

    // The chosen target's overlay index, or -1.
    int target() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace dtr
