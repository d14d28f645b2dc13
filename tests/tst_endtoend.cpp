#include "ModalDialogs.h"
#include "TestFiles.h"
#include "details/DetailsPanel.h"
#include "item/ProblemsModel.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "problems/ProblemsPanel.h"
#include "register/Register.h"
#include "service/RegisterClient.h"
#include "session/Session.h"
#include "submitreview/SubmitReviewDialog.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace dtr;
using dtr::test::whenShown;

// The steward's main flow, end to end in the real window (offscreen) against the demo's stand-in
// register over loopback: open the demo, edit, see the problem, fix it, review, submit, see the
// result in the window, in the workspace and in the register.
class TestEndToEnd : public QObject
{
    Q_OBJECT

    static bool hasFinding(const ProblemsModel *model, int record, const QString &rule)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, 0);
            if (i.data(ProblemsModel::RecordRole).toInt() == record && i.data(ProblemsModel::RuleRole) == rule)
                return true;
        }
        return false;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab); // leave the field: the edit is one finished step
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_endtoend")); }

    void openEditFixReviewSubmit()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();

        // An active anvisningsenhed in Odder without findings.
        int unit = -1;
        for (int i = 0; i < o.size() && unit < 0; ++i)
            if (o.record(i).level() == Level::Anvisningsenhed && o.record(i).isActive() && o.admKommuneOf(i) == 727 &&
                o.record(i).code(Field::InstType3) == 6012 && w.validator()->findingsOf(i).isEmpty())
                unit = i;
        QVERIFY(unit >= 0);
        const QString number = o.record(unit).nummer();
        w.selectRecord(unit);

        // Edit: a P-nummer one digit short. The problem shows at once, in the panel and the tree.
        type(w.detailsPanel()->lineEdit(Field::PNummer), QStringLiteral("109900005"));
        w.validator()->flush();
        const ProblemsModel *problems = w.problemsPanel()->model();
        QVERIFY(hasFinding(problems, unit, QStringLiteral("pnummer-format")));
        QCOMPARE(w.treeModel()->indexOfRecord(unit).data(RegisterTreeModel::SeverityRole).toInt(),
                 int(Severity::Error));

        // Fix it, and change the e-mail too.
        type(w.detailsPanel()->lineEdit(Field::PNummer), QStringLiteral("1099000058"));
        type(w.detailsPanel()->lineEdit(Field::Email), QStringLiteral("kontakt@odder.dk"));
        w.validator()->flush();
        QVERIFY(!hasFinding(problems, unit, QStringLiteral("pnummer-format")));
        QVERIFY(w.changesText().contains(QStringLiteral("1 ændret")));

        // Review and submit through the dialog, as the steward does.
        bool reviewed = false;
        QString outcome;
        whenShown<SubmitReviewDialog>([&](SubmitReviewDialog *dialog) {
            reviewed = true;
            QCOMPARE(dialog->blockingReason(), QString());
            QStringList rows;
            for (QTreeWidgetItemIterator it(dialog->tree()); *it; ++it)
                rows << (*it)->text(0) + QLatin1Char('|') + (*it)->text(1) + QLatin1Char('|') + (*it)->text(2);
            QVERIFY2(rows.join(QLatin1Char('\n')).contains(QStringLiteral("P-nummer|")),
                     qPrintable(rows.join(QLatin1Char('\n'))));
            QVERIFY(rows.join(QLatin1Char('\n')).contains(QStringLiteral("1099000058")));
            dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Kontaktoplysninger rettet"));
            QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isBusy(), 60000);
            for (QLabel *label : dialog->findChildren<QLabel *>())
                outcome += label->text();
            dialog->accept();
        });
        w.action(QStringLiteral("review"))->trigger();
        QVERIFY(reviewed);
        QVERIFY2(outcome.contains(QStringLiteral("1 af 1")), qPrintable(outcome));

        // The result: nothing pending, the base holds the new values, the audit trail says so.
        QVERIFY(w.changesText().contains(QStringLiteral("Ingen")));
        const Overlay &after = *w.treeModel()->overlay();
        const int now = after.find(Level::Anvisningsenhed, number);
        QCOMPARE(after.base().record(now).value(Field::PNummer), QStringLiteral("1099000058"));
        bool audited = false;
        for (const Workspace::AuditEntry &e : w.workspace()->audit())
            audited = audited || (e.number == number && e.reason == QLatin1String("Kontaktoplysninger rettet"));
        QVERIFY(audited);

        // And the register has it: read back over the wire.
        ServiceEndpoint endpoint;
        QString error;
        QVERIFY2(w.serviceEndpoint(&endpoint, &error), qPrintable(error));
        RegisterClient client(endpoint);
        ServiceCall *call = client.query(ServiceNames::Method::GetAnvisningsEnhederByNummer, number);
        call->wait();
        Register fetched;
        QVERIFY2(RegisterClient::readRegister(*call, &fetched, &error), qPrintable(error));
        QCOMPARE(fetched.size(), 1);
        QCOMPARE(fetched.record(0).value(Field::PNummer), QStringLiteral("1099000058"));
        QCOMPARE(fetched.record(0).value(Field::Email), QStringLiteral("kontakt@odder.dk"));
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
