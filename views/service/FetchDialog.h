#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace dtr {

class CodeTables;

// "Hent fra registeret": choose a kommune, fetch it with progress and cancel. The window does
// the fetching; this dialog asks and shows.
class FetchDialog : public QDialog
{
    Q_OBJECT

public:
    FetchDialog(const CodeTables &codes, int defaultKommune, const QString &where, QWidget *parent = nullptr);

    int kommune() const;
    void setBusy(bool busy);
    void setReceived(qint64 bytes);
    void setMessage(const QString &message);
    QComboBox *kommuneCombo() const { return m_kommune; }

signals:
    void fetchRequested(int kommune);
    void cancelRequested();

private:
    QComboBox *m_kommune;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_fetch;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace dtr
