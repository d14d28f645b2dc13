#include "ModalDialogs.h"
#include "TestFiles.h"
#include "changes/ChangeSet.h"
#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "edit/DagplejeWizard.h"
#include "io/XmlSnapshot.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "setup/DagplejeSetup.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace dtr;
using dtr::test::whenShown;

// Setting up dagpleje groups: the functions behind the wizard on the demo register, then the
// wizard itself driven through the main window, its step validated, undone and redone.
class TestDagpleje : public QObject
{
    Q_OBJECT

    static constexpr int Odder = 727;

    static std::shared_ptr<const Register> demo()
    {
        QFile file(QStringLiteral(":/demo/demo-register.xml"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        ReadError error;
        auto reg = std::make_shared<Register>();
        if (!XmlSnapshot::readBytes(file.readAll(), QStringLiteral("demo"), reg.get(), &error))
            return {};
        return reg;
    }

    // Live anvisningsenheder with one of the names, among the records from `from` on.
    static QList<int> groupsNamed(const Overlay &o, const QStringList &names, int from)
    {
        QList<int> out;
        for (int i = from; i < o.size(); ++i)
            if (o.isLive(i) && o.record(i).level() == Level::Anvisningsenhed && names.contains(o.record(i).navn()))
                out.append(i);
        return out;
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_dagpleje")); }

    void init() { test::clearAppData(); }

    void namesComeFromTemplatesAndTheMunicipalitysData()
    {
        ChangeSet changes(demo());
        const Overlay &o = *changes.overlay();
        QCOMPARE(dagpleje::areaNames(GroupNameTemplate::Compass, o, Odder),
                 (QStringList{QStringLiteral("Nord"), QStringLiteral("Syd"), QStringLiteral("Øst"),
                              QStringLiteral("Vest")}));
        QCOMPARE(dagpleje::groupName(QStringLiteral("  Nord ")), QStringLiteral("Dagplejegruppe Nord"));
        QCOMPARE(dagpleje::groupName(QStringLiteral("Dagplejen Hou")), QStringLiteral("Dagplejen Hou"));
        QCOMPARE(dagpleje::areaNames(GroupNameTemplate::Typed, o, Odder, QStringLiteral(" Hou \n\n  Saksild\n")),
                 (QStringList{QStringLiteral("Hou"), QStringLiteral("Saksild")}));

        // Towns: exactly the town names the municipality's active records use, most used first.
        QHash<QString, int> used;
        for (int i = 0; i < o.size(); ++i)
            if (o.record(i).level() != Level::Daginstitution && o.record(i).isActive() && o.admKommuneOf(i) == Odder &&
                !o.record(i).value(Field::ByNavn).isEmpty())
                ++used[o.record(i).value(Field::ByNavn)];
        const QStringList towns = dagpleje::areaNames(GroupNameTemplate::Towns, o, Odder);
        QCOMPARE(towns.size(), used.size());
        QVERIFY(!towns.isEmpty());
        for (qsizetype k = 1; k < towns.size(); ++k)
            QVERIFY(used[towns[k - 1]] >= used[towns[k]]);

        // The CVR most of the municipality's units carry.
        const QString cvr = dagpleje::municipalCvr(o, Odder);
        QCOMPARE(cvr.size(), 8);
        int carrying = 0;
        int units = 0;
        for (int i = 0; i < o.size(); ++i)
            if (o.record(i).level() == Level::Anvisningsenhed && o.record(i).isActive() && o.admKommuneOf(i) == Odder) {
                ++units;
                carrying += o.record(i).value(Field::CvrNummer) == cvr;
            }
        QVERIFY2(carrying * 3 >= units, qPrintable(QStringLiteral("%1 of %2").arg(carrying).arg(units)));

        const DagplejeGroup shared = dagpleje::sharedDefaults(o, Odder, -1);
        QVERIFY(!shared.vejNavn.isEmpty());
        QCOMPARE(shared.postNummer.size(), 4);
    }

    void refusalsNameTheProblem()
    {
        ChangeSet changes(demo());
        const Overlay &o = *changes.overlay();
        DagplejeSetup setup;
        setup.kommuneKode = Odder;
        setup.newDaginstitutionName = QStringLiteral("Dagplejen i Odder");
        QVERIFY(dagpleje::setupRefusal(o, setup).contains(QStringLiteral("ingen")));
        setup.groups.resize(2);
        setup.groups[0].navn = QStringLiteral("Dagplejegruppe Nord");
        setup.groups[0].pNummer = QStringLiteral("1000000001");
        setup.groups[1].navn = QStringLiteral("dagplejegruppe nord");
        setup.groups[1].pNummer = QStringLiteral("1000000002");
        QVERIFY(dagpleje::setupRefusal(o, setup).contains(QStringLiteral("allerede brugt")));
        setup.groups[1].navn = QStringLiteral("Dagplejegruppe Syd");
        // P-numre need not be unique in DTR (register.md §5): a shared one is a warning, not a refusal.
        setup.groups[1].pNummer = setup.groups[0].pNummer;
        QCOMPARE(dagpleje::setupRefusal(o, setup), QString());
        QVERIFY(dagpleje::setupWarnings(o, setup).join(QLatin1Char(' ')).contains(QStringLiteral("mere end én")));
        setup.groups[1].pNummer = QStringLiteral("1000000002");
        QCOMPARE(dagpleje::setupRefusal(o, setup), QString());
        setup.groups[1].navn = QStringLiteral("   ");
        QVERIFY(dagpleje::setupRefusal(o, setup).contains(QStringLiteral("Gruppe 2")));
    }

    void stilsDagplejeRulesWarnWhereTheyMayNotRefuse()
    {
        ChangeSet changes(demo());
        const Overlay &o = *changes.overlay();
        // An existing dagpleje unit of Odder and the area its name speaks of.
        int existing = -1;
        for (int unit : dagpleje::dagplejeUnits(o, Odder))
            if (!dagpleje::areaOf(o.record(unit).navn()).isEmpty())
                existing = unit;
        QVERIFY(existing >= 0);
        const QString area = dagpleje::areaOf(o.record(existing).navn());
        QCOMPARE(dagpleje::areaOf(QStringLiteral("Dagplejegruppe Nord")), QStringLiteral("nord"));
        QCOMPARE(dagpleje::areaOf(QStringLiteral("Dagplejen i Hou")), QStringLiteral("hou"));

        DagplejeSetup setup;
        setup.kommuneKode = Odder;
        setup.newDaginstitutionName = QStringLiteral("Dagplejen i Odder");
        setup.groups.resize(2);
        setup.groups[0].navn = dagpleje::groupName(area);
        setup.groups[1].navn = QStringLiteral("Dagplejegruppe Saksild");
        // Every group needs its P-nummer before the wizard goes on.
        QVERIFY(dagpleje::setupRefusal(o, setup).contains(QStringLiteral("P-nummer")));
        QCOMPARE(dagpleje::setupRefusal(o, setup, false), QString());
        setup.groups[0].pNummer = QStringLiteral("12345");
        setup.groups[1].pNummer = QStringLiteral("1000000002");
        QVERIFY(dagpleje::setupRefusal(o, setup).contains(QStringLiteral("10 cifre")));
        // One already in use by an existing unit: allowed, said.
        setup.groups[0].pNummer = o.record(existing).value(Field::PNummer);
        QCOMPARE(dagpleje::setupRefusal(o, setup), QString());
        const QString warnings = dagpleje::setupWarnings(o, setup).join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("bruges allerede af %1").arg(o.record(existing).navn())),
                 qPrintable(warnings));
        // The area the existing unit covers.
        QVERIFY2(warnings.contains(QStringLiteral("%1 (%2) dækker måske allerede området")
                                       .arg(o.record(existing).navn(), o.record(existing).nummer())),
                 qPrintable(warnings));
        // Moving that unit in with the new groups is what the steward means: no area warning then.
        setup.moveUnits = {existing};
        QVERIFY(!dagpleje::setupWarnings(o, setup).join(QLatin1Char('\n')).contains(QStringLiteral("dækker")));

        // A contact is offered only when several units share it, never one unit's own.
        QHash<QString, int> emails;
        for (int unit : dagpleje::dagplejeUnits(o, Odder))
            ++emails[o.record(unit).value(Field::Email)];
        const QString offered = dagpleje::sharedDefaults(o, Odder, -1).email;
        QVERIFY(offered.isEmpty() || emails.value(offered) >= 2);
    }

    void wizardRequiresPNumbersAndLeavesPrivateCvrEmpty()
    {
        ChangeSet changes(demo());
        const Overlay &o = *changes.overlay();
        DagplejeWizard wizard(o, CodeTables::bundled(), Odder);
        wizard.show();
        wizard.createNewButton()->setChecked(true);
        QVERIFY(!wizard.cvrEdit()->text().isEmpty()); // kommunal: the municipality's CVR
        QRadioButton *privat = nullptr;
        for (QRadioButton *b : wizard.findChildren<QRadioButton *>())
            if (b->text().contains(QStringLiteral("Privat dagpleje")))
                privat = b;
        QVERIFY(privat);
        privat->setChecked(true);
        QVERIFY(wizard.cvrEdit()->text().isEmpty());
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DagplejeWizard::GroupsPage));
        QTableWidget *table = wizard.groupTable();
        QVERIFY(table->rowCount() > 1);
        wizard.next(); // refused: no P-numre
        QCOMPARE(wizard.currentId(), int(DagplejeWizard::GroupsPage));
        for (int row = 0; row < table->rowCount(); ++row)
            table->item(row, DagplejeWizard::PNummerColumn)->setText(QStringLiteral("1000000077"));
        QVERIFY(wizard.warningText().contains(QStringLiteral("mere end én")));
        wizard.next(); // a shared P-nummer is a warning only
        QCOMPARE(wizard.currentId(), int(DagplejeWizard::MovePage));
        QCOMPARE(wizard.setup().cvrNummer, QString());
    }

    void setupIsOneStepWithTheRightCodes()
    {
        ChangeSet changes(demo());
        const Overlay &o = *changes.overlay();
        DagplejeSetup setup;
        setup.kommuneKode = Odder;
        setup.newDaginstitutionName = QStringLiteral("Dagplejen i Odder");
        setup.privat = true;
        setup.cvrNummer = dagpleje::municipalCvr(o, Odder);
        DagplejeGroup hou;
        hou.navn = QStringLiteral("Dagplejegruppe Hou");
        hou.pNummer = QStringLiteral("1000000001");
        hou.vejNavn = QStringLiteral("Rådhusgade");
        hou.husNummer = QStringLiteral("3");
        hou.postNummer = QStringLiteral("8300");
        hou.byNavn = QStringLiteral("Odder");
        setup.groups = {hou};
        setup.moveUnits = dagpleje::dagplejeUnits(o, Odder).mid(0, 1);
        const Step step = dagpleje::setupStep(changes, setup);
        QString error;
        QCOMPARE(changes.push(step, &error), ChangeSet::Result::Applied);
        QCOMPARE(changes.steps().size(), 1);
        const int dag = o.find(Level::Daginstitution, step.ops[0].key);
        QVERIFY(dag >= 0);
        QCOMPARE(o.record(dag).value(Field::LovgrundlagKode), QStringLiteral("6"));
        QCOMPARE(o.record(dag).value(Field::EjerformKode), QStringLiteral("3"));
        const int group = o.find(Level::Anvisningsenhed, step.ops[1].key);
        QCOMPARE(o.parentOf(group), dag);
        QCOMPARE(o.record(group).value(Field::InstType3), QStringLiteral("6013"));
        QCOMPARE(o.record(group).value(Field::CvrNummer), setup.cvrNummer);
        QCOMPARE(o.record(group).value(Field::KommuneKode), QStringLiteral("727"));
        for (int moved : setup.moveUnits)
            QCOMPARE(o.parentOf(moved), dag);
    }

    void wizardEndToEnd()
    {
        auto window = std::make_unique<MainWindow>();
        MainWindow &w = *window;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        QUndoStack *stack = w.editor()->undoStack();
        const int stepsBefore = stack->count();
        const QStringList names{QStringLiteral("Dagplejegruppe Nord"), QStringLiteral("Dagplejegruppe Syd"),
                                QStringLiteral("Dagplejegruppe Øst"), QStringLiteral("Dagplejegruppe Vest")};
        const int sizeBefore = o.size();
        int movable = -1;
        bool shown = false;
        whenShown<DagplejeWizard>([&](DagplejeWizard *wizard) {
            shown = true;
            wizard->kommuneCombo()->setCurrentIndex(wizard->kommuneCombo()->findData(Odder));
            wizard->createNewButton()->setChecked(true);
            QCOMPARE(wizard->newNameEdit()->text(), QStringLiteral("Dagplejen i Odder"));
            // The first page refuses an empty name, with a message.
            wizard->newNameEdit()->clear();
            wizard->next();
            QCOMPARE(wizard->currentId(), int(DagplejeWizard::KommunePage));
            wizard->newNameEdit()->setText(QStringLiteral("Dagplejen i Odder"));
            wizard->next();
            QCOMPARE(wizard->currentId(), int(DagplejeWizard::NamesPage));
            QCOMPARE(wizard->namesEdit()->toPlainText(), QStringLiteral("Nord\nSyd\nØst\nVest"));
            wizard->next();
            QCOMPARE(wizard->currentId(), int(DagplejeWizard::GroupsPage));
            QTableWidget *table = wizard->groupTable();
            QCOMPARE(table->rowCount(), 4);
            QVERIFY(!wizard->cvrEdit()->text().isEmpty());
            for (int row = 0; row < 4; ++row) {
                QCOMPARE(table->item(row, DagplejeWizard::NameColumn)->text(), names[row]);
                QVERIFY(!table->item(row, DagplejeWizard::VejColumn)->text().isEmpty()); // prefilled
                table->item(row, DagplejeWizard::PNummerColumn)->setText(QStringLiteral("100000000%1").arg(row + 1));
            }
            // Editable per group.
            table->item(3, DagplejeWizard::EmailColumn)->setText(QStringLiteral("vest@odder.dk"));
            wizard->next();
            QCOMPARE(wizard->currentId(), int(DagplejeWizard::MovePage));
            QListWidget *moves = wizard->moveList();
            if (moves->count() > 0 && (moves->item(0)->flags() & Qt::ItemIsUserCheckable)) {
                moves->item(0)->setCheckState(Qt::Checked);
                movable = wizard->setup().moveUnits.value(0, -1);
            }
            wizard->accept();
        });
        w.action(QStringLiteral("dagplejeWizard"))->trigger();
        QVERIFY(shown);

        // One step; four groups of type Dagpleje under a new dagpleje daginstitution.
        QCOMPARE(stack->count(), stepsBefore + 1);
        const QList<int> groups = groupsNamed(o, names, sizeBefore);
        QCOMPARE(groups.size(), 4);
        const int dag = o.parentOf(groups.first());
        QCOMPARE(o.record(dag).navn(), QStringLiteral("Dagplejen i Odder"));
        QCOMPARE(o.record(dag).value(Field::LovgrundlagKode), QStringLiteral("5"));
        for (int g : groups) {
            QCOMPARE(o.parentOf(g), dag);
            QCOMPARE(o.record(g).value(Field::InstType3), QStringLiteral("6013"));
            QCOMPARE(o.record(g).value(Field::PNummer).size(), 10);
        }
        QCOMPARE(o.record(groups[3]).value(Field::Email), QStringLiteral("vest@odder.dk"));
        if (movable >= 0)
            QCOMPARE(o.parentOf(movable), dag);
        QCOMPARE(w.selectedRecord(), groups.first());

        // Validated like any other edit: no errors on the new records, nor the "wrong parent" warning.
        w.validator()->flush();
        QList<int> created = groups;
        created.append(dag);
        for (int r : created)
            for (const Finding &f : w.validator()->findingsOf(r)) {
                QVERIFY2(f.severity != Severity::Error, qPrintable(f.message));
                QVERIFY2(f.rule != QLatin1String("dagpleje-forkert-overordnet"), qPrintable(f.message));
            }

        // Undone and redone as one.
        w.action(QStringLiteral("undo"))->trigger();
        QVERIFY(groupsNamed(o, names, sizeBefore).isEmpty());
        QVERIFY(!o.isLive(dag));
        if (movable >= 0)
            QVERIFY(o.parentOf(movable) != dag);
        w.action(QStringLiteral("redo"))->trigger();
        QCOMPARE(groupsNamed(o, names, sizeBefore).size(), 4);

        // Kept in the workspace: a new window on the same data has them.
        const QString path = w.workspace()->path();
        window.reset();
        MainWindow again;
        QVERIFY(again.openWorkspace(path));
        QCOMPARE(groupsNamed(*again.treeModel()->overlay(), names, sizeBefore).size(), 4);
    }

    void cancellingChangesNothing()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const int before = w.editor()->undoStack()->count();
        whenShown<DagplejeWizard>([](DagplejeWizard *wizard) { wizard->reject(); });
        w.action(QStringLiteral("dagplejeWizard"))->trigger();
        QCOMPARE(w.editor()->undoStack()->count(), before);
    }
};

QTEST_MAIN(TestDagpleje)
#include "tst_dagpleje.moc"
