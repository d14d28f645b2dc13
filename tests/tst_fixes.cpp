#include "ModalDialogs.h"
#include "TestFiles.h"
#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/CsvTokenizer.h"
#include "item/ProblemsModel.h"
#include "item/RegisterTreeModel.h"
#include "item/RuleProfileModel.h"
#include "item/SeedCheckProgressModel.h"
#include "mainwindow/MainWindow.h"
#include "problems/FixPreviewDialog.h"
#include "problems/ProblemsPanel.h"
#include "service/RegisterClient.h"
#include "service/SettingsDialog.h"
#include "service/SettingsDialogCodes.h"
#include "service/SettingsDialogRules.h"
#include "standin/StandInRegister.h"
#include "standin/StandInServer.h"
#include "validation/Fixes.h"
#include "validation/RuleProfile.h"
#include "validation/ValidationSettings.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dtr;
using dtr::test::whenShown;

// Fixes from the problems panel (preview, apply, undo), pair acknowledgements, and the settings
// that steer validation and the service: rule profile, code tables, WSDL and "Test forbindelse".
class TestFixes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    static int rowOf(const ProblemsPanel &panel, const QString &rule, int record = -1)
    {
        const QAbstractItemModel *m = panel.table()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex i = m->index(row, 0);
            if (i.data(ProblemsModel::RuleRole).toString() == rule &&
                (record < 0 || i.data(ProblemsModel::RecordRole).toInt() == record))
                return row;
        }
        return -1;
    }

    static void select(ProblemsPanel &panel, int row)
    {
        panel.table()->setCurrentIndex(panel.table()->model()->index(row, 0));
    }

    static QList<int> activeUnits(const Overlay &o, int count)
    {
        QList<int> out;
        for (int i = 0; i < o.size() && out.size() < count; ++i)
            if (o.isLive(i) && o.record(i).isActive() && o.record(i).level() == Level::Anvisningsenhed &&
                o.record(i).navn() != o.record(i).navn().toUpper())
                out.append(i);
        return out;
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_fixes")); }

    void init() { test::clearAppData(); }

    void cleanup()
    {
        RuleProfile::setCurrent(RuleProfile());
        CodeTables::replaceCurrent(CodeTables::bundled());
        ServiceNames::setActiveNames({});
    }

    void fixOneAndFixAllThroughThePanel()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        ProblemsPanel &panel = *w.problemsPanel();
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Overlay &o = *w.treeModel()->overlay();
        QUndoStack *stack = w.editor()->undoStack();

        // Three names in capitals, the way seeded data has them.
        const QList<int> units = activeUnits(o, 3);
        QCOMPARE(units.size(), 3);
        QStringList before;
        for (int u : units) {
            before << o.record(u).navn();
            QVERIFY(w.editor()->setField(u, Field::Navn, o.record(u).navn().toUpper()));
        }
        const int steps = stack->count();

        // "Ret" on one finding: one step, and the finding is gone.
        int row = rowOf(panel, QStringLiteral("navn-versaler"), units[0]);
        QVERIFY(row >= 0);
        select(panel, row);
        QVERIFY(panel.fixButton()->isEnabled());
        panel.fixButton()->click();
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY(o.record(units[0]).navn() != o.record(units[0]).navn().toUpper());
        QCOMPARE(rowOf(panel, QStringLiteral("navn-versaler"), units[0]), -1);
        stack->undo();
        QCOMPARE(o.record(units[0]).navn(), before[0].toUpper());

        // "Ret alle N…": the preview lists each, one is unticked, the rest become one step.
        row = rowOf(panel, QStringLiteral("navn-versaler"), units[1]);
        select(panel, row);
        const int fixable = int(proposedFixes(*w.validator(), QStringLiteral("navn-versaler")).size());
        QVERIFY(fixable >= 3);
        QVERIFY(panel.fixAllButton()->text().contains(QString::number(fixable)));
        int listed = 0;
        QString skipped;
        whenShown<FixPreviewDialog>([&](FixPreviewDialog *d) {
            QTableWidget *t = d->table();
            listed = t->rowCount();
            for (int r = 0; r < t->rowCount(); ++r) {
                QCOMPARE(t->item(r, FixPreviewDialog::BeforeColumn)->text(),
                         t->item(r, FixPreviewDialog::BeforeColumn)->text().toUpper());
                if (t->item(r, FixPreviewDialog::RecordColumn)->text().startsWith(o.record(units[2]).nummer())) {
                    t->item(r, FixPreviewDialog::ApplyColumn)->setCheckState(Qt::Unchecked);
                    skipped = o.record(units[2]).nummer();
                }
            }
            QVERIFY(d->applyButton()->text().contains(QString::number(listed - 1)));
            d->accept();
        });
        QVERIFY(panel.fixAllOfRule());
        QCOMPARE(listed, fixable);
        QCOMPARE(skipped, o.record(units[2]).nummer());
        QCOMPARE(stack->count(), steps + 1); // the undone "Ret" was replaced: one step for all
        QVERIFY(o.record(units[0]).navn() != o.record(units[0]).navn().toUpper());
        QVERIFY(o.record(units[1]).navn() != o.record(units[1]).navn().toUpper());
        QCOMPARE(o.record(units[2]).navn(), before[2].toUpper()); // unticked: left as it was
        QCOMPARE(proposedFixes(*w.validator(), QStringLiteral("navn-versaler")).size(), 1);

        // One undo brings every fixed name back.
        stack->undo();
        QCOMPARE(o.record(units[0]).navn(), before[0].toUpper());
        QCOMPARE(o.record(units[1]).navn(), before[1].toUpper());
        QCOMPARE(proposedFixes(*w.validator(), QStringLiteral("navn-versaler")).size(), fixable);
        stack->redo();
        QVERIFY(o.record(units[1]).navn() != o.record(units[1]).navn().toUpper());

        // Cancelling the preview changes nothing.
        const int now = stack->count();
        select(panel, rowOf(panel, QStringLiteral("navn-versaler")));
        whenShown<FixPreviewDialog>([](FixPreviewDialog *d) { d->reject(); });
        QVERIFY(!panel.fixAllOfRule());
        QCOMPARE(stack->count(), now);
    }

    void provisionalRulesSayIt()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        ProblemsPanel &panel = *w.problemsPanel();
        // The demo has v2.0 cross-validation defects: the bundled matrix is provisional.
        const int row = rowOf(panel, QStringLiteral("krydsvalidering-type"));
        QVERIFY(row >= 0);
        const QModelIndex severity = panel.table()->model()->index(row, ProblemsModel::SeverityColumn);
        QVERIFY(severity.data().toString().contains(QStringLiteral("foreløbig regel")));
        QVERIFY(severity.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Foreløbig regel")));
        QCOMPARE(severity.data(ProblemsModel::SeverityRole).toInt(), int(Severity::Warning));
        const QModelIndex error = panel.table()->model()->index(rowOf(panel, QStringLiteral("pnummer-format")),
                                                                ProblemsModel::SeverityColumn);
        QVERIFY(!error.data().toString().contains(QStringLiteral("foreløbig")));

        // The sign-off report says so too, and names the rule profile.
        RuleProfile profile;
        profile.name = QStringLiteral("Odder 2026");
        RuleProfile::setCurrent(profile);
        w.validator()->setProfile(&RuleProfile::current());
        const QString path = m_tmp.filePath(QStringLiteral("rapport.csv"));
        QVERIFY(w.exportReport(SeedCheckProgressModel::AllKommuner, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(QStringLiteral("Regelprofil: Odder 2026")));
        QVERIFY(csv.contains(QStringLiteral("Advarsel · foreløbig regel")));
    }

    void likelyDuplicatesAreAcknowledgedOncePerPair()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        // Two units of one kommune made to share name and address.
        int a = -1, b = -1;
        for (int i = 0; i < o.size() && b < 0; ++i) {
            if (!o.isLive(i) || !o.record(i).isActive() || o.record(i).level() != Level::Anvisningsenhed)
                continue;
            if (a < 0)
                a = i;
            else if (o.admKommuneOf(i) == o.admKommuneOf(a))
                b = i;
        }
        QVERIFY(b >= 0);
        for (Field f : {Field::Navn, Field::VejNavn, Field::HusNummer, Field::PostNummer})
            QVERIFY(w.editor()->setField(b, f, o.record(a).value(f)));
        const int reporting = o.record(a).nummer() < o.record(b).nummer() ? a : b;
        const int other = reporting == a ? b : a;
        ProblemsPanel &panel = *w.problemsPanel();
        QCOMPARE(rowOf(panel, QStringLiteral("mulig-dublet"), other), -1); // once per pair
        const int row = rowOf(panel, QStringLiteral("mulig-dublet"), reporting);
        QVERIFY(row >= 0);
        select(panel, row);
        QApplication::setActiveWindow(&w);
        whenShown<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(QStringLiteral("To afdelinger i samme hus"));
            d->accept();
        });
        panel.findChild<QAction *>(QStringLiteral("acknowledgeFinding"))->trigger();
        const QList<Workspace::Acknowledgement> stored = w.workspace()->acknowledgements();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].key, o.record(reporting).nummer());
        QCOMPARE(stored[0].rule, QStringLiteral("mulig-dublet:") + o.record(other).nummer());
        QCOMPARE(stored[0].note, QStringLiteral("To afdelinger i samme hus"));
        const QModelIndex acknowledged =
            panel.table()->model()->index(rowOf(panel, QStringLiteral("mulig-dublet"), reporting), 0);
        QVERIFY(acknowledged.data(ProblemsModel::AcknowledgedRole).toBool());
        // Revoked the same way.
        select(panel, rowOf(panel, QStringLiteral("mulig-dublet"), reporting));
        panel.findChild<QAction *>(QStringLiteral("revokeFinding"))->trigger();
        QVERIFY(w.workspace()->acknowledgements().isEmpty());
    }

    void settingsChooseRulesAndCodeTables()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        QVERIFY(w.validator()->counts().info > 0);
        QVERIFY(!w.validator()->profile().rules.contains(QStringLiteral("ikke-opdateret")));

        // Regler: a rule off, another's severity changed, a name; saved, everything is checked again.
        bool shown = false;
        whenShown<SettingsDialog>([&](SettingsDialog *d) {
            shown = true;
            RulesPage *page = d->rulesPage();
            RuleProfileModel *model = page->model();
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model->rowCount(), int(validationRules().size()));
            for (int r = 0; r < model->rowCount(); ++r) {
                QVERIFY(!model->index(r, RuleProfileModel::SourceColumn).data().toString().isEmpty());
                const QString id = model->index(r, 0).data(RuleProfileModel::RuleIdRole).toString();
                if (id == QLatin1String("ikke-opdateret"))
                    QVERIFY(model->setData(model->index(r, RuleProfileModel::EnabledColumn), Qt::Unchecked,
                                           Qt::CheckStateRole));
                if (id == QLatin1String("krydsvalidering-type")) {
                    QCOMPARE(model->index(r, RuleProfileModel::CertaintyColumn).data().toString(),
                             certaintyLabel(Certainty::Inferred));
                    QVERIFY(model->setData(model->index(r, RuleProfileModel::SeverityColumn), int(Severity::Error)));
                }
            }
            QVERIFY(model->inferredRaisedToError().contains(QStringLiteral("krydsvalidering-type")));
            page->nameEdit()->setText(QStringLiteral("Prøveprofil"));
            // And saved as a file to share.
            QVERIFY(page->saveFile(m_tmp.filePath(QStringLiteral("prøve.json"))));
            d->accept();
        });
        w.action(QStringLiteral("settings"))->trigger();
        QVERIFY(shown);
        QCOMPARE(w.validator()->profile().name, QStringLiteral("Prøveprofil"));
        for (const Finding &f : w.validator()->allFindings()) {
            QVERIFY(f.rule != QLatin1String("ikke-opdateret"));
            if (f.rule == QLatin1String("krydsvalidering-type"))
                QCOMPARE(f.severity, Severity::Error);
        }
        // The About box names it.
        QString about;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            about = box->text();
            box->accept();
        });
        w.action(QStringLiteral("about"))->trigger();
        QVERIFY2(about.contains(QStringLiteral("Prøveprofil")), qPrintable(about));
        // Kept for the next start.
        RuleProfile::setCurrent(RuleProfile());
        QVERIFY(ValidationSettings::applySaved().isEmpty());
        QCOMPARE(RuleProfile::current().name, QStringLiteral("Prøveprofil"));
        QString readError;
        std::optional<RuleProfile> file =
            RuleProfile::readFile(m_tmp.filePath(QStringLiteral("prøve.json")), &readError);
        QVERIFY2(file, qPrintable(readError));
        QCOMPARE(file->rules, RuleProfile::current().rules);

        // Kodetabeller: a bad file says what is wrong; a good one is used after saving.
        const QString bad = m_tmp.filePath(QStringLiteral("forkert.json"));
        test::writeFile(
            bad, R"({"format": "dtr-studio code tables 1", "tables": {"ejerform": {"codes": [{"code": "1"}]}}})");
        QFile bundled(QStringLiteral(":/codes/codes.json"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QJsonObject codes = QJsonDocument::fromJson(bundled.readAll()).object();
        QJsonObject tables = codes.value(QStringLiteral("tables")).toObject();
        tables.insert(QStringLiteral("kommune"),
                      QJsonObject{{QStringLiteral("provenance"), QStringLiteral("Kun to kommuner")},
                                  {QStringLiteral("codes"),
                                   QJsonArray{QJsonObject{{QStringLiteral("code"), 727},
                                                          {QStringLiteral("label"), QStringLiteral("Odder")}},
                                              QJsonObject{{QStringLiteral("code"), 746},
                                                          {QStringLiteral("label"), QStringLiteral("Skanderborg")}}}}});
        codes.insert(QStringLiteral("tables"), tables);
        codes.insert(QStringLiteral("provenance"), QStringLiteral("Modtaget af kommunen"));
        const QString good = m_tmp.filePath(QStringLiteral("kodetabeller.json"));
        test::writeFile(good, QJsonDocument(codes).toJson());
        shown = false;
        whenShown<SettingsDialog>([&](SettingsDialog *d) {
            shown = true;
            CodesPage *page = d->codesPage();
            QString error;
            QVERIFY(!page->loadFile(bad, &error));
            QVERIFY2(error.contains(QStringLiteral("forkert.json")) &&
                         error.contains(QStringLiteral("tables.ejerform.codes[0]")),
                     qPrintable(error));
            QCOMPARE(page->messageLabel()->text(), error);
            QVERIFY(page->loadFile(good, &error));
            d->accept();
        });
        w.action(QStringLiteral("settings"))->trigger();
        QVERIFY(shown);
        QVERIFY(CodeTables::current().provenance.contains(QStringLiteral("kodetabeller.json")));
        QCOMPARE(CodeTables::current().kommune.labels.size(), 2);
        whenShown<QMessageBox>([&](QMessageBox *box) {
            about = box->text();
            box->accept();
        });
        w.action(QStringLiteral("about"))->trigger();
        QVERIFY(about.contains(QStringLiteral("kodetabeller.json")));
        CodeTables::replaceCurrent(CodeTables::bundled());
        QVERIFY(ValidationSettings::applySaved().isEmpty());
        QCOMPARE(CodeTables::current().kommune.labels.size(), 2);

        // A damaged saved copy: the standard is used, and the settings say why.
        const QString copy =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/regelprofil.json");
        QVERIFY(QFile::exists(copy));
        test::writeFile(copy, "{\"format\": ");
        RuleProfile::setCurrent(RuleProfile());
        const QStringList problems = ValidationSettings::applySaved();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(QStringLiteral("regelprofil.json")), qPrintable(problems[0]));
        QVERIFY(RuleProfile::current().isStandard());
        SettingsDialog dialog;
        QCOMPARE(dialog.rulesPage()->messageLabel()->text(), problems[0]);
    }

    void wsdlNamesGoOnTheWire()
    {
        SettingsDialog dialog;
        const QString dir = QStringLiteral(DTR_SOURCE_DIR "/tests/data/wsdl/");
        QVERIFY(
            dialog.loadWsdl({dir + QStringLiteral("ExportService.wsdl"), dir + QStringLiteral("ImportService.wsdl")}));
        const QString state = dialog.wsdlLabel()->text();
        QVERIFY2(state.contains(QStringLiteral("http://stil.dk/dagtilbudsregister/2.0/")), qPrintable(state));
        // What we call that STIL's WSDL does not offer is listed.
        QVERIFY(state.contains(QStringLiteral("ExportService: GetKodetabeller")));
        QVERIFY(state.contains(QStringLiteral("ImportService: MoveAlternativAdresse")));
        QVERIFY(!state.contains(QStringLiteral("GetAllDagtilbud,")));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("https://dtr-test.stil.invalid/"));

        // A request with those names, caught on a real socket.
        ServiceNames::setActiveNames(dialog.settings().wireNames);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                request += socket->readAll();
                if (!request.contains("</soap:Envelope>"))
                    return;
                const QByteArray body =
                    "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                    "<soap:Body><HelloWorldResponse xmlns=\"http://stil.dk/dagtilbudsregister/2.0/\">"
                    "<HelloWorldResult>Hello "
                    "2026-12-02</HelloWorldResult></HelloWorldResponse></soap:Body></soap:Envelope>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        ServiceEndpoint endpoint;
        endpoint.base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        endpoint.user = QStringLiteral("kommune");
        endpoint.timeoutMs = 5000;
        RegisterClient client(endpoint);
        ServiceCall *call = client.query(ServiceNames::Method::HelloWorld);
        call->wait();
        QVERIFY2(call->ok(), qPrintable(call->error().message));
        QCOMPARE(call->response().text, QStringLiteral("Hello 2026-12-02"));
        QVERIFY2(request.startsWith("POST /dagtilbud/v2/ExportService HTTP/1.1"), request.left(80).constData());
        QVERIFY(request.contains("SOAPAction: \"http://stil.dk/dagtilbudsregister/2.0/HelloWorld\""));
        QVERIFY(request.contains("xmlns:m=\"http://stil.dk/dagtilbudsregister/2.0/\""));

        // WSDLs we cannot speak to are refused with the file and the reason.
        const QString rpc = m_tmp.filePath(QStringLiteral("rpc.wsdl"));
        QFile wsdl(dir + QStringLiteral("ExportService.wsdl"));
        QVERIFY(wsdl.open(QIODevice::ReadOnly));
        test::writeFile(rpc, wsdl.readAll().replace("style=\"document\"", "style=\"rpc\""));
        QString error;
        QVERIFY(!dialog.loadWsdl({rpc}, &error));
        QVERIFY(error.contains(QStringLiteral("rpc.wsdl")) && error.contains(QStringLiteral("RPC")));
        const QString notWsdl = m_tmp.filePath(QStringLiteral("skema.xsd"));
        test::writeFile(notWsdl, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>");
        QVERIFY(!dialog.loadWsdl({notWsdl}, &error));
        QVERIFY(error.contains(QStringLiteral("ikke en WSDL")));
        const QString entity = m_tmp.filePath(QStringLiteral("entitet.wsdl"));
        test::writeFile(entity, "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>");
        QVERIFY(!dialog.loadWsdl({entity}, &error));
        QVERIFY(error.contains(QStringLiteral("DTD")));

        // Saved with the settings, used from the next start.
        dialog.useBuiltInNames();
        QVERIFY(dialog.loadWsdl({dir + QStringLiteral("ExportService.wsdl")}));
        dialog.userEdit()->setText(QStringLiteral("kommune"));
        dialog.accept();
        ServiceNames::setActiveNames({});
        ServiceSettings::load().activate();
        QCOMPARE(ServiceNames::serviceNamespace(ServiceNames::Service::Export),
                 QStringLiteral("http://stil.dk/dagtilbudsregister/2.0/"));
        QCOMPARE(ServiceNames::serviceNamespace(ServiceNames::Service::Import), QString(ServiceNames::ServiceNs));
        QCOMPARE(ServiceNames::soapAction(ServiceNames::Method::GetAllDagtilbud),
                 QStringLiteral("http://stil.dk/dagtilbudsregister/2.0/GetAllDagtilbud"));
    }

    void testConnectionAnswersOrSaysWhy()
    {
        GeneratorOptions options;
        options.kommuner = {727};
        StandInRegister reg(std::make_shared<Register>(generateSnapshot(options).reg));
        StandInServer server(&reg, QStringLiteral("kommune"), QStringLiteral("hemmelig"));
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

        SettingsDialog dialog;
        dialog.urlEdit()->setText(server.url().toString());
        dialog.userEdit()->setText(QStringLiteral("kommune"));
        dialog.passwordEdit()->setText(QStringLiteral("hemmelig"));
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        dialog.testButton()->click();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().at(0).toBool(), true);
        const QString answer = dialog.testResultLabel()->text();
        QVERIFY2(answer.contains(QStringLiteral("ExportService svarer: Hello")) &&
                     answer.contains(QStringLiteral("ImportService svarer: Hello")),
                 qPrintable(answer));

        dialog.passwordEdit()->setText(QStringLiteral("forkert"));
        dialog.testButton()->click();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().at(0).toBool(), false);
        QVERIFY(!dialog.testResultLabel()->text().contains(QStringLiteral("svarer: Hello")));
        QVERIFY(dialog.testResultLabel()->text().contains(QStringLiteral("ExportService: ")));

        // Nothing configured: says what is missing, sends nothing.
        dialog.urlEdit()->clear();
        dialog.testButton()->click();
        QCOMPARE(tested.size(), 1);
        QCOMPARE(tested.takeFirst().at(0).toBool(), false);
        QVERIFY(dialog.testResultLabel()->text().contains(QStringLiteral("ingen adresse")));
    }
};

QTEST_MAIN(TestFixes)
#include "tst_fixes.moc"
