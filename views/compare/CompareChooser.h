#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace dtr {

// Choosing the snapshots to compare: each is an XML file or a CSV folder (or a file in it), picked
// with "Fil…" or "Mappe…" or typed. With one row it is the snapshot to compare the base with.
class CompareChooser : public QDialog
{
    Q_OBJECT

public:
    enum Rows { OneSnapshot, TwoSnapshots };
    explicit CompareChooser(Rows rows, QWidget *parent = nullptr);

    // The older snapshot (two rows) or the only one (one row), and the newer one.
    QLineEdit *olderEdit() const { return m_older; }
    QLineEdit *newerEdit() const { return m_newer; }
    QString olderPath() const;
    QString newerPath() const;

private:
    QWidget *row(QLineEdit *edit, const QString &what);
    void updateOk();

    QLineEdit *m_older;
    QLineEdit *m_newer = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace dtr
