#pragma once

#include "service/ServiceSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dtr {

// Indstillinger: which register environment, its address, the user, an extra CA certificate,
// the timeout, and the password (kept in the system keychain, or for the session only).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ServiceSettings settings() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *workspaceFolderEdit() const { return m_workspaceFolder; }

    void accept() override;
    // Where new workspaces are kept (settings "workspaces/folder", else the app's data folder).
    static QString workspaceFolder();

private:
    void showEnvironment();

    ServiceSettings m_settings;
    QComboBox *m_environment;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QSpinBox *m_timeout;
    QLabel *m_note;
    QComboBox *m_language;
    QLineEdit *m_workspaceFolder;
};

} // namespace dtr
