#include "TestFiles.h"
#include "codes/CodeTables.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "service/ServiceSettings.h"
#include "service/SettingsDialog.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace dtr;

// Fetching from the register in the app: the demo's stand-in over loopback, code tables, and
// settings that never hold the password.
class TestFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_fetch")); }

    void demoFetchesFromItsStandIn()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const QUrl url = w.demoServiceUrl();
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY2(w.fetchKommune(727), qPrintable(w.lastError()));
        // The fetched kommune is the base of a new workspace.
        QCOMPARE(w.treeModel()->rowCount(), 1);
        QCOMPARE(w.treeModel()->index(0, 0).data().toString(), QStringLiteral("Odder"));
        QVERIFY(w.workspace()->source().contains(url.toString(QUrl::RemoveUserInfo).chopped(1)));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Odder fra registeret")));
        QVERIFY(w.validator()->counts().total() > 0);
    }

    void codeTablesFromTheServiceReplaceTheBundledOnes()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        QVERIFY(w.fetchCodeTables());
        QVERIFY(CodeTables::current().provenance.contains(QStringLiteral("Hentet fra")));
        QVERIFY(CodeTables::current().instType3.provenance.contains(w.demoServiceUrl().host()));
        QCOMPARE(CodeTables::current().kommune.labels.size(), 98);
        QVERIFY(w.validator()); // revalidated with the fetched tables
        CodeTables::replaceCurrent(CodeTables::bundled());
    }

    void settingsNeverStoreThePassword()
    {
        SettingsDialog dialog;
        dialog.urlEdit()->setText(QStringLiteral("https://dtr.test.invalid/"));
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        for (QLineEdit *e : edits)
            if (e->placeholderText().isEmpty() && e->echoMode() == QLineEdit::Normal && e->text().isEmpty())
                e->setText(QStringLiteral("kommune-bruger"));
        dialog.passwordEdit()->setText(QStringLiteral("Meget-Hemmelig-42"));
        dialog.accept();
        const ServiceSettings loaded = ServiceSettings::load();
        QCOMPARE(loaded.user, QStringLiteral("kommune-bruger"));
        QCOMPARE(loaded.url(), QUrl(QStringLiteral("https://dtr.test.invalid/")));
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Meget-Hemmelig-42"));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        ServiceEndpoint endpoint;
        QString error;
        QVERIFY(loaded.endpoint(&endpoint, &error));
        QVERIFY(endpoint.password.isEmpty()); // the endpoint from settings never carries it
    }
};

QTEST_MAIN(TestFetch)
#include "tst_fetch.moc"
