#pragma once

#include <QDialog>

class QTableWidget;

namespace dtr {

class Workspace;

// "Revisionsspor": every operation of every submission, when, where, by whom, why, and its
// outcome in the steward's language (an open one says the outcome is not known yet); exportable
// as CSV for Excel/LibreOffice.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(const Workspace &workspace, const QString &title, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Writes the CSV; false (after saying why) when it cannot.
    bool exportCsv(const QString &path);

private:
    const Workspace &m_workspace;
    QTableWidget *m_table;
};

} // namespace dtr
