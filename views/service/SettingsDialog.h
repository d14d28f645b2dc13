#pragma once

#include "service/ServiceSettings.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace dtr {

class CodesPage;
class RegisterClient;
class RulesPage;

// Indstillinger, in tabs. Forbindelse: which register environment, its address, the user, an
// extra CA certificate, the timeout, the password (kept in the system keychain, or for the
// session only), STIL's WSDL (namespace, SOAP actions and endpoints taken from it) and "Test
// forbindelse". Regler: the rule profile. Kodetabeller: the code tables in use. Program: language
// and where workspaces are kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;
    ServiceSettings settings() const;
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *workspaceFolderEdit() const { return m_workspaceFolder; }
    QTabWidget *tabs() const { return m_tabs; }
    RulesPage *rulesPage() const { return m_rules; }
    CodesPage *codesPage() const { return m_codes; }
    QLabel *wsdlLabel() const { return m_wsdlState; }
    QLabel *testResultLabel() const { return m_testResult; }
    QPushButton *testButton() const { return m_test; }

    // Reads STIL's WSDL file(s); the names are used once the dialog is saved. False (with the
    // message shown and in *error) when a file cannot be used.
    bool loadWsdl(const QStringList &paths, QString *error = nullptr);
    void useBuiltInNames();
    // "Test forbindelse": HelloWorld on both services with what the dialog shows now.
    void testConnection();
    // Whether saving changed the rule profile or the code tables (everything is checked again).
    bool validationChanged() const { return m_validationChanged; }

    void accept() override;
    // Where new workspaces are kept (settings "workspaces/folder", else the app's data folder).
    static QString workspaceFolder();

signals:
    // After "Test forbindelse" has its answers (or errors).
    void connectionTested(bool ok);

private:
    void showEnvironment();
    void showWireNames();
    void runTest(const QString &password);

    ServiceSettings m_settings;
    QTabWidget *m_tabs;
    QComboBox *m_environment;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QSpinBox *m_timeout;
    QLabel *m_note;
    QLineEdit *m_wsdl;
    QLabel *m_wsdlState;
    QPushButton *m_test;
    QLabel *m_testResult;
    QComboBox *m_language;
    QLineEdit *m_workspaceFolder;
    RulesPage *m_rules;
    CodesPage *m_codes;
    std::unique_ptr<RegisterClient> m_client;
    int m_pendingTests = 0;
    bool m_testOk = true;
    QStringList m_testLines;
    bool m_validationChanged = false;
};

} // namespace dtr
