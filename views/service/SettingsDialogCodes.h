#pragma once

#include "codes/CodeTables.h"

#include "SettingsMessage.h"

#include <QWidget>

class QLabel;

namespace dtr {

// Indstillinger → Kodetabeller: where the code tables and cross-validation matrix in use come
// from, and loading them from a file the municipality receives (README, "Kodetabeller fra en
// fil") or going back to the bundled ones. Takes effect when the dialog is saved.
class CodesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CodesPage(QWidget *parent = nullptr);

    const CodeTables &tables() const { return m_tables; }
    bool isChanged() const { return m_changed; }
    bool loadFile(const QString &path, QString *error = nullptr);
    void useBundled();
    SettingsMessage *messageLabel() const { return m_message; }

signals:
    void tablesChanged();

private:
    void showTables();

    CodeTables m_tables;
    bool m_changed = false;
    QLabel *m_state;
    SettingsMessage *m_message;
};

} // namespace dtr
