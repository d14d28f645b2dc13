#include "TestFiles.h"

#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/XmlSnapshot.h"
#include "service/Payload.h"
#include "service/RegisterClient.h"
#include "session/Session.h"
#include "standin/StandInRegister.h"
#include "standin/StandInServer.h"
#include "submit/Rebase.h"
#include "submit/Submitter.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

// Submitting a change set to the stand-in register over loopback.
class TestSubmit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::shared_ptr<const Register> m_data;
    int m_case = 0;

    struct Register_
    {
        std::unique_ptr<StandInRegister> reg;
        std::unique_ptr<StandInServer> server;
    };

    Register_ startRegister(const QString &faults = {})
    {
        Register_ r;
        r.reg = std::make_unique<StandInRegister>(m_data);
        r.server = std::make_unique<StandInServer>(r.reg.get(), QStringLiteral("kommune"), QStringLiteral("hemmelig"));
        FaultPlan plan;
        QString error;
        plan.parse(faults, &error);
        r.server->setFaults(plan);
        r.server->listen(QHostAddress::LocalHost, 0, &error);
        return r;
    }

    ServiceEndpoint endpoint(const StandInServer &server) const
    {
        ServiceEndpoint e;
        e.base = server.url();
        e.user = QStringLiteral("kommune");
        e.password = QStringLiteral("hemmelig");
        return e;
    }

    std::unique_ptr<Workspace> workspace()
    {
        QString error;
        return Workspace::create(m_tmp.filePath(QStringLiteral("ws%1.dtrws").arg(++m_case)), m_data,
                                 QStringLiteral("test"), &error);
    }

    static int idx(const ChangeSet &c, Level level, const QString &key) { return c.overlay()->find(level, key); }

    // Runs a submission to its end (the submitter is asynchronous) and returns its results.
    static QList<OperationResult> run(RegisterClient &client, const SubmissionPlan &plan, bool dryRun,
                                      const QHash<QString, bool> &resolutions = {})
    {
        Submitter submitter(&client);
        QSignalSpy done(&submitter, &Submitter::finished);
        SubmissionOptions options;
        options.dryRun = dryRun;
        options.resolutions = resolutions;
        options.lookAgainAfterMs = {300, 800};
        submitter.start(plan, options);
        if (!done.wait(120000))
            qWarning("the submission did not finish");
        return submitter.results();
    }

    static Rebased rebaseAfter(const ChangeSet &c, const QList<OperationResult> &results)
    {
        return rebase(c.base(), c.steps(), c.position(), c.netChanges(), results);
    }

    // A new daginstitution with its first unit, every mandatory field filled in.
    static Step newDaginstitution(ChangeSet &c, const QString &pNummer)
    {
        Step step = c.createDaginstitutionStep(727);
        Record dag(Level::Daginstitution);
        dag.setCells(step.ops[0].values);
        dag.setValue(Field::Navn, u"Børnehuset Strandengen");
        step.ops[0].values = dag.cells();
        Record unit(Level::Anvisningsenhed);
        unit.setCells(step.ops[1].values);
        unit.setValue(Field::Navn, u"Børnehuset Strandengen");
        unit.setValue(Field::PNummer, pNummer);
        unit.setValue(Field::Email, u"strandengen@odder.dk");
        unit.setValue(Field::VejNavn, u"Strandvejen");
        unit.setValue(Field::HusNummer, u"20");
        unit.setValue(Field::PostNummer, u"8300");
        unit.setValue(Field::ByNavn, u"Odder");
        step.ops[1].values = unit.cells();
        return step;
    }

    // An active unit of an active daycare daginstitution, without children, clean enough to change.
    static QString firstActiveUnit(ChangeSet &c, int kommune, int skip = 0)
    {
        const Overlay &o = *c.overlay();
        // Without warnings or errors of its own, so the gate lets its change through.
        Validator validator(&c, CodeTables::bundled());
        validator.validateAll();
        for (int dag : o.children({TreeNode::Kommune, kommune})) {
            const auto lov = o.record(dag).code(Field::LovgrundlagKode).value_or(0);
            if (!o.record(dag).isActive() || lov < 1 || lov > 4)
                continue;
            for (int unit : o.childrenOf(dag)) {
                const Record &u = o.record(unit);
                if (u.isActive() && o.childrenOf(unit).empty() && u.value(Field::PNummer).size() == 10 &&
                    validator.worstSeverity(unit) != int(Severity::Error) &&
                    validator.worstSeverity(unit) != int(Severity::Warning) && u.code(Field::InstType3) != 6013 &&
                    u.code(Field::InstType3) != 6021 && skip-- == 0)
                    return u.nummer();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        GeneratorOptions options;
        options.kommuner = {727, 746};
        options.seed = 1;
        m_data = std::make_shared<Register>(generateSnapshot(options).reg);
    }

    void planOrdersAndKeepsDependencies()
    {
        auto ws = workspace();
        ChangeSet &c = *ws->changeSet();
        QString error;
        QCOMPARE(c.push(newDaginstitution(c, QStringLiteral("1099000040")), &error), ChangeSet::Result::Applied);
        const QString unit = firstActiveUnit(c, 727);
        const QString other = firstActiveUnit(c, 727, 1);
        QVERIFY(!unit.isEmpty() && !other.isEmpty());
        QCOMPARE(c.push(c.closeStep(idx(c, Level::Anvisningsenhed, unit)), &error), ChangeSet::Result::Applied);
        QCOMPARE(c.push(c.updateStep(idx(c, Level::Anvisningsenhed, other), Field::TelefonNummer,
                                     QStringLiteral("86540000")),
                        &error),
                 ChangeSet::Result::Applied);
        SubmissionPlan plan;
        QVERIFY(SubmissionPlan::build(c.netChanges(), {}, &plan, &error));
        QCOMPARE(plan.operations.size(), 4);
        QCOMPARE(plan.operations[0].kind, PlannedOperation::Insert);
        QCOMPARE(plan.operations[0].change.level, Level::Daginstitution);
        QCOMPARE(plan.operations[1].change.level, Level::Anvisningsenhed);
        QCOMPARE(plan.operations[2].kind, PlannedOperation::Update);
        QCOMPARE(plan.operations[3].kind, PlannedOperation::Delete);
        // Leaving out the new daginstitution but not its unit breaks a dependency.
        QVERIFY(!SubmissionPlan::build(c.netChanges(), {plan.operations[0].change.key}, &plan, &error));
        QVERIFY(error.contains(QStringLiteral("ikke er med")));
        // A closure waits for its children's.
        const int dag = c.overlay()->parentOf(idx(c, Level::Anvisningsenhed, unit));
        for (int child : c.overlay()->childrenOf(dag))
            if (c.overlay()->record(child).isActive())
                c.push(c.closeStep(child), &error);
        QCOMPARE(c.push(c.closeStep(dag), &error), ChangeSet::Result::Applied);
        const QString dagKey = c.overlay()->record(dag).nummer();
        QVERIFY(SubmissionPlan::build(c.netChanges(), {}, &plan, &error, parentKeys(c)));
        QCOMPARE(plan.operations.last().change.key, dagKey); // closed last, after its units
        QVERIFY(!SubmissionPlan::build(c.netChanges(), {unit}, &plan, &error, parentKeys(c)));
        QVERIFY2(error.contains(QStringLiteral("venter på lukningen")), qPrintable(error));
    }

    void fullChangeSetIsAcceptedAndBecomesTheBase()
    {
        Register_ r = startRegister();
        auto ws = workspace();
        ChangeSet &c = *ws->changeSet();
        QString error;
        QCOMPARE(c.push(newDaginstitution(c, QStringLiteral("1099000041")), &error), ChangeSet::Result::Applied);
        const QString moved = firstActiveUnit(c, 727);
        const QString updated = firstActiveUnit(c, 727, 1);
        QVERIFY(!moved.isEmpty() && !updated.isEmpty());
        const int movedIndex = idx(c, Level::Anvisningsenhed, moved);
        QVERIFY(!c.moveTargets(movedIndex).isEmpty());
        const int target = c.moveTargets(movedIndex).first();
        QCOMPARE(c.push(c.moveStep(movedIndex, target), &error), ChangeSet::Result::Applied);
        c.push(c.updateStep(idx(c, Level::Anvisningsenhed, updated), Field::TelefonNummer, QStringLiteral("86540001")),
               &error);
        const QString closed = firstActiveUnit(c, 746);
        QCOMPARE(c.push(c.closeStep(idx(c, Level::Anvisningsenhed, closed)), &error), ChangeSet::Result::Applied);

        SubmissionPlan plan;
        QVERIFY(SubmissionPlan::build(c.netChanges(), {}, &plan, &error));
        RegisterClient client(endpoint(*r.server));
        const QList<OperationResult> results = run(client, plan, false);
        for (const OperationResult &res : results)
            QVERIFY2(res.outcome == OperationResult::Accepted,
                     qPrintable(res.operation.change.key + QLatin1Char(' ') + res.message +
                                (res.errors.isEmpty() ? QString() : res.errors.first().message)));
        // The new unit went in under the daginstitution's issued number, not its temporary key.
        const QString dagNumber = results[0].number;
        QVERIFY(dagNumber.startsWith(QLatin1Char('G')));
        const Overlay &server = *r.reg->changes().overlay();
        const int newUnit = server.find(Level::Anvisningsenhed, results[1].number);
        QCOMPARE(server.record(newUnit).parentNummer(), dagNumber);
        QCOMPARE(server.record(server.find(Level::Anvisningsenhed, moved)).parentNummer(),
                 c.overlay()->record(target).nummer());
        QVERIFY2(server.record(server.find(Level::Anvisningsenhed, updated)).value(Field::TelefonNummer) ==
                     QStringLiteral("86540001"),
                 qPrintable(updated + QLatin1Char(' ') + moved + QLatin1Char(' ') + closed));
        QVERIFY(!server.record(server.find(Level::Anvisningsenhed, closed)).isActive());

        // The workspace takes what was accepted as its base; nothing is pending any more.
        const Rebased rebased = rebaseAfter(c, results);
        QVERIFY(rebased.steps.isEmpty());
        const QString path = ws->path();
        QVERIFY(ws->rebase(rebased.base, rebased.steps, rebased.position, &error));
        ws.reset();
        ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(!ws->changeSet()->hasPendingChanges());
        QVERIFY(ws->changeSet()->base().find(Level::Daginstitution, dagNumber) >= 0);
        QCOMPARE(ws->changeSet()
                     ->base()
                     .record(ws->changeSet()->base().find(Level::Anvisningsenhed, updated))
                     .value(Field::TelefonNummer),
                 QStringLiteral("86540001"));
    }

    void oneRefusalLeavesTheRestDoneAndNothingLost()
    {
        Register_ r = startRegister();
        QString path;
        QString a, b;
        {
            auto ws = workspace();
            ChangeSet &c = *ws->changeSet();
            QString error;
            a = firstActiveUnit(c, 727), b = firstActiveUnit(c, 727, 1);
            // A well-formed P-nummer that is not active in CVR: only the register can know.
            c.push(c.updateStep(idx(c, Level::Anvisningsenhed, a), Field::PNummer, QStringLiteral("1088888888")),
                   &error);
            c.push(c.updateStep(idx(c, Level::Anvisningsenhed, b), Field::TelefonNummer, QStringLiteral("86540002")),
                   &error);
            path = ws->path();
        }
        Session session(CodeTables::bundled());
        QString error;
        QVERIFY2(session.openWorkspace(path, &error), qPrintable(error));
        Session::SubmitRequest request;
        request.endpoint = endpoint(*r.server);
        request.reason = QStringLiteral("Rettelser");
        // Warnings on these records are not what this test is about.
        for (const SubmissionBlocker &blocker : session.blockers())
            QVERIFY(session.acknowledge(blocker.finding, true, QStringLiteral("test"), &error));
        QSignalSpy done(&session, &Session::finished);
        QVERIFY2(session.submit(request, &error), qPrintable(error));
        QVERIFY(done.wait(60000));
        const QList<OperationResult> results = session.lastResults();
        QCOMPARE(results[0].outcome, OperationResult::Refused);
        QCOMPARE(results[0].errors.first().code, QStringLiteral("P_NUMMER_IKKE_AKTIV"));
        QVERIFY(results[0].errors.first().message.contains(QStringLiteral("1088888888"))); // verbatim
        QCOMPARE(results[1].outcome, OperationResult::Accepted);

        // The refused change stays pending (as the steward's own step) against the new base.
        ChangeSet &again = *session.changeSet();
        QCOMPARE(again.counts().changed, 1);
        QCOMPARE(again.steps().size(), 1);
        QCOMPARE(again.steps().first().ops.first().after, QStringLiteral("1088888888"));
        // The register's words stay with the refused change.
        QVERIFY(session.refusals().value(QStringLiteral("1/") + a).contains(QStringLiteral("1088888888")));
        // Fixed, it goes through.
        again.push(
            again.updateStep(idx(again, Level::Anvisningsenhed, a), Field::PNummer, QStringLiteral("1099000042")),
            &error);
        request.reason = QStringLiteral("Rettet");
        QVERIFY2(session.submit(request, &error), qPrintable(error));
        QVERIFY(done.wait(60000));
        QCOMPARE(session.lastResults().size(), 1);
        QCOMPARE(session.lastResults()[0].outcome, OperationResult::Accepted);
        QVERIFY(session.refusals().isEmpty());
        QCOMPARE(session.workspace()->audit().size(), 3);
        QVERIFY(!session.changeSet()->hasPendingChanges());
    }

    void lostAnswerIsReadBackNeverSentTwice()
    {
        Register_ r =
            startRegister(QStringLiteral("InsertDaginstitution:drop-after@1,UpdateAnvisningsEnhed:drop-after@1"));
        auto ws = workspace();
        ChangeSet &c = *ws->changeSet();
        QString error;
        c.push(newDaginstitution(c, QStringLiteral("1099000043")), &error);
        const QString updated = firstActiveUnit(c, 727);
        c.push(c.updateStep(idx(c, Level::Anvisningsenhed, updated), Field::TelefonNummer, QStringLiteral("86540003")),
               &error);
        const int dagsBefore = r.reg->changes().overlay()->count(Level::Daginstitution);
        SubmissionPlan plan;
        QVERIFY(SubmissionPlan::build(c.netChanges(), {}, &plan, &error));
        RegisterClient client(endpoint(*r.server));
        const QList<OperationResult> results = run(client, plan, false);
        for (const OperationResult &res : results)
            QVERIFY2(res.outcome == OperationResult::Accepted, qPrintable(res.message));
        QVERIFY(results[0].message.contains(QStringLiteral("læst tilbage")));
        QCOMPARE(r.reg->changes().overlay()->count(Level::Daginstitution), dagsBefore + 1); // exactly one
        QCOMPARE(r.server->calls(QStringLiteral("InsertDaginstitution")), 1);
        QCOMPARE(r.server->calls(QStringLiteral("UpdateAnvisningsEnhed")), 1);
    }

    // Accepted, but the record cannot be read afterwards: the record as sent becomes the base —
    // for a closure a closed record, so the closure is not pending (and sent) again. Each
    // change kind once; each read after a write fails.
    void acceptedButNotReadableAfterwardsIsNotPendingAgain()
    {
        Register_ r = startRegister(QStringLiteral("GetAnvisningsEnhederByNummer:fault@5,GetAnvisningsEnhederByNummer:"
                                                   "fault@7,GetAnvisningsEnhederByNummer:fault@9"));
        auto ws = workspace();
        ChangeSet &c = *ws->changeSet();
        QString error;
        const QString closed = firstActiveUnit(c, 727, 0), updated = firstActiveUnit(c, 727, 1),
                      moved = firstActiveUnit(c, 727, 2);
        const int movedIndex = idx(c, Level::Anvisningsenhed, moved);
        const QList<int> targets = c.moveTargets(movedIndex);
        QVERIFY(!targets.isEmpty());
        QCOMPARE(c.push(c.updateStep(idx(c, Level::Anvisningsenhed, updated), Field::TelefonNummer,
                                     QStringLiteral("86540009")),
                        &error),
                 ChangeSet::Result::Applied);
        QCOMPARE(c.push(c.moveStep(movedIndex, targets.first()), &error), ChangeSet::Result::Applied);
        QCOMPARE(c.push(c.closeStep(idx(c, Level::Anvisningsenhed, closed)), &error), ChangeSet::Result::Applied);
        SubmissionPlan plan;
        QVERIFY(SubmissionPlan::build(c.netChanges(), {}, &plan, &error));
        QCOMPARE(plan.operations.size(), 3);
        RegisterClient client(endpoint(*r.server));
        const QList<OperationResult> results = run(client, plan, false);
        for (const OperationResult &res : results)
            QVERIFY2(res.outcome == OperationResult::Accepted,
                     qPrintable(res.message + QLatin1Char(' ') + res.errors.value(0).message));
        QCOMPARE(r.server->calls(QStringLiteral("GetAnvisningsEnhederByNummer")),
                 9); // checked, read, written: each read after a write failed
        const Rebased rebased = rebaseAfter(c, results);
        QVERIFY2(rebased.steps.isEmpty(), qPrintable(QString::number(rebased.steps.size())));
        QVERIFY(!rebased.base.record(rebased.base.find(Level::Anvisningsenhed, closed)).isActive());
    }

    void everyFaultOnAWriteEndsConsistent_data()
    {
        QTest::addColumn<QString>("fault");
        for (const char *f : {"drop-before", "drop-after", "http500", "http503", "malformed", "fault", "delay=1500"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    // Each injected fault on the write of a new unit: afterwards the unit exists exactly once,
    // the result says so, and the rebased workspace agrees with the register.
    void everyFaultOnAWriteEndsConsistent()
    {
        QFETCH(QString, fault);
        Register_ r = startRegister(QStringLiteral("InsertAnvisningsEnhed:%1@1").arg(fault));
        auto ws = workspace();
        ChangeSet &c = *ws->changeSet();
        QString error;
        const Overlay &o = *c.overlay();
        const int dag = o.parentOf(idx(c, Level::Anvisningsenhed, firstActiveUnit(c, 727)));
        Step step = c.createAnvisningsenhedStep(dag);
        Record unit(Level::Anvisningsenhed);
        unit.setCells(step.ops[0].values);
        unit.setValue(Field::Navn, u"Vuggestuen Fyrtårnet");
        unit.setValue(Field::InstType3, u"6010");
        unit.setValue(Field::PNummer, u"1099000050");
        unit.setValue(Field::VejNavn, u"Fyrvej");
        unit.setValue(Field::HusNummer, u"2");
        unit.setValue(Field::PostNummer, u"8300");
        unit.setValue(Field::ByNavn, u"Odder");
        step.ops[0].values = unit.cells();
        QCOMPARE(c.push(step, &error), ChangeSet::Result::Applied);
        SubmissionPlan plan;
        QVERIFY(SubmissionPlan::build(c.netChanges(), {}, &plan, &error));
        ServiceEndpoint e = endpoint(*r.server);
        e.timeoutMs = 1000;
        RegisterClient client(e);
        const QList<OperationResult> results = run(client, plan, false);
        QCOMPARE(results.size(), 1);
        // An answered failure is settled by reading back (and, not done, sent once more); without
        // any answer the write may still land, so the outcome stays unknown (settled later, see
        // tst_exactlyonce) and is never sent again blindly.
        const bool noAnswer = fault == QLatin1String("drop-before") || fault.startsWith(QLatin1String("delay"));
        QVERIFY2(results[0].outcome == OperationResult::Accepted ||
                     (noAnswer && results[0].outcome == OperationResult::Unknown),
                 qPrintable(results[0].message));
        // Wait out a delayed write before counting.
        QTest::qWait(fault.startsWith(QLatin1String("delay")) ? 1200 : 0);
        const Overlay &server = *r.reg->changes().overlay();
        int copies = 0;
        for (int i = 0; i < server.size(); ++i)
            copies += server.isLive(i) && server.record(i).value(Field::PNummer) == QLatin1String("1099000050") ? 1 : 0;
        QCOMPARE(copies, results[0].outcome == OperationResult::Accepted ? 1 : 0);
        const Rebased rebased = rebaseAfter(c, results);
        QCOMPARE(rebased.steps.isEmpty(), results[0].outcome == OperationResult::Accepted);
        if (results[0].outcome == OperationResult::Accepted)
            QVERIFY(rebased.base.find(Level::Anvisningsenhed, results[0].number) >= 0);
    }

    // The fault matrix: every fault the stand-in can inject, at every position of a mixed change
    // set (new daginstitution, its unit, an update, a move, a closure). In every cell: what the
    // results call accepted is exactly what the register shows, nothing exists twice, and sending
    // the rest again (as the steward would) ends with every change in the register once.
    void faultMatrixOverAMixedChangeSet_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("position");
        for (const char *f : {"drop-before", "drop-after", "http500", "http503", "malformed", "fault", "delay=1500"})
            for (int position = 0; position < 5; ++position) {
                // (addRow's "%s" draws a false -Wformat-overflow from GCC's optimiser)
                const QByteArray name = QByteArray(f) + '@' + QByteArray::number(position);
                QTest::newRow(name.constData()) << QString::fromLatin1(f) << position;
            }
    }

    void faultMatrixOverAMixedChangeSet()
    {
        QFETCH(QString, fault);
        QFETCH(int, position);
        auto ws = workspace();
        ChangeSet &c = *ws->changeSet();
        QString error;
        const QString pNew = QStringLiteral("1099000055");
        QCOMPARE(c.push(newDaginstitution(c, pNew), &error), ChangeSet::Result::Applied);
        const QString updated = firstActiveUnit(c, 727, 0);
        const QString moved = firstActiveUnit(c, 727, 1);
        const QString closed = firstActiveUnit(c, 727, 2);
        QVERIFY(!updated.isEmpty() && !moved.isEmpty() && !closed.isEmpty());
        QCOMPARE(c.push(c.updateStep(idx(c, Level::Anvisningsenhed, updated), Field::TelefonNummer,
                                     QStringLiteral("86123456")),
                        &error),
                 ChangeSet::Result::Applied);
        c.sealMerging();
        const int movedIndex = idx(c, Level::Anvisningsenhed, moved);
        const QList<int> targets = c.moveTargets(movedIndex);
        QVERIFY(!targets.isEmpty());
        const QString target = c.overlay()->record(targets.first()).nummer();
        QCOMPARE(c.push(c.moveStep(movedIndex, targets.first()), &error), ChangeSet::Result::Applied);
        QCOMPARE(c.push(c.closeStep(idx(c, Level::Anvisningsenhed, closed)), &error), ChangeSet::Result::Applied);
        SubmissionPlan plan;
        QVERIFY2(SubmissionPlan::build(c.netChanges(), {}, &plan, &error), qPrintable(error));
        QCOMPARE(plan.operations.size(), 5);
        const QString method = QString(methodName(methodFor(plan.operations[position])));
        Register_ r = startRegister(QStringLiteral("%1:%2@1").arg(method, fault));
        const Overlay &server = *r.reg->changes().overlay();

        // What the register shows for each planned operation, by its kind.
        const auto newDagNamed = [&] {
            int n = 0;
            for (int i = 0; i < server.size(); ++i)
                n += server.isLive(i) && server.record(i).level() == Level::Daginstitution &&
                     server.record(i).navn() == QStringLiteral("Børnehuset Strandengen");
            return n;
        };
        const auto newUnits = [&] {
            int n = 0;
            for (int i = 0; i < server.size(); ++i)
                n += server.isLive(i) && server.record(i).value(Field::PNummer) == pNew;
            return n;
        };
        const auto shows = [&](const PlannedOperation &op) {
            const RecordChange &ch = op.change;
            if (ch.created)
                return (ch.level == Level::Daginstitution ? newDagNamed() : newUnits()) == 1;
            const int i = server.find(ch.level, ch.key);
            if (ch.closed)
                return !server.record(i).isActive();
            if (ch.moved)
                return server.record(server.parentOf(i)).nummer() == target;
            return server.record(i).value(Field::TelefonNummer) == QLatin1String("86123456");
        };

        ServiceEndpoint e = endpoint(*r.server);
        e.timeoutMs = 1000;
        RegisterClient client(e);
        const QList<OperationResult> first = run(client, plan, false);
        QTest::qWait(fault.startsWith(QLatin1String("delay")) ? 1300 : 0); // a late write lands
        QCOMPARE(first.size(), 5);
        for (const OperationResult &result : first)
            QVERIFY2((result.outcome == OperationResult::Accepted) == shows(result.operation),
                     qPrintable(QStringLiteral("%1 %2: %3 – %4")
                                    .arg(outcomeLabel(result.outcome), result.operation.change.key, result.message,
                                         QString(methodName(methodFor(result.operation))))));
        QVERIFY(newDagNamed() <= 1 && newUnits() <= 1);

        // What was not accepted stays pending; sending it again completes the change set.
        const Rebased rebased = rebaseAfter(c, first);
        ChangeSet rest(std::make_shared<Register>(rebased.base));
        QVERIFY2(rest.load(rebased.steps, rebased.position, &error), qPrintable(error));
        SubmissionPlan again;
        QVERIFY2(SubmissionPlan::build(rest.netChanges(), {}, &again, &error), qPrintable(error));
        for (const OperationResult &result : run(client, again, false))
            QVERIFY2(result.outcome == OperationResult::Accepted,
                     qPrintable(result.operation.change.key + QLatin1Char(' ') + result.message + QLatin1Char(' ') +
                                (result.errors.isEmpty() ? QString() : result.errors.first().message)));
        QCOMPARE(newDagNamed(), 1);
        QCOMPARE(newUnits(), 1);
        for (const PlannedOperation &op : plan.operations)
            QVERIFY2(shows(op), qPrintable(op.change.key));
    }

    void conflictWithAnotherClient()
    {
        Register_ r = startRegister();
        auto ws = workspace();
        ChangeSet &c = *ws->changeSet();
        QString error;
        const QString unit = firstActiveUnit(c, 727);
        c.push(c.updateStep(idx(c, Level::Anvisningsenhed, unit), Field::TelefonNummer, QStringLiteral("86540004")),
               &error);
        // Meanwhile a colleague changes the same field, and another one, in the register.
        {
            RegisterClient other(endpoint(*r.server));
            Record theirs =
                r.reg->changes().overlay()->record(r.reg->changes().overlay()->find(Level::Anvisningsenhed, unit));
            theirs.setValue(Field::TelefonNummer, u"86549999");
            theirs.setValue(Field::Email, u"ny@odder.dk");
            ServiceCall *call =
                other.write(ServiceNames::Method::UpdateAnvisningsEnhed, Payload::write(Payload::Kind::Update, theirs));
            call->wait();
            QVERIFY(call->ok());
        }
        SubmissionPlan plan;
        QVERIFY(SubmissionPlan::build(c.netChanges(), {}, &plan, &error));
        RegisterClient client(endpoint(*r.server));
        QList<OperationResult> results = run(client, plan, false);
        QCOMPARE(results[0].outcome, OperationResult::Conflict);
        const auto [base, mine, theirs] = results[0].conflicts.value(Field::TelefonNummer);
        QCOMPARE(mine, QStringLiteral("86540004"));
        QCOMPARE(theirs, QStringLiteral("86549999"));
        QVERIFY(base != theirs);
        // Keep mine: sent, and their e-mail change (no collision) is kept.
        results = run(client, plan, false, {{unit + QStringLiteral("/telefonNummer"), true}});
        QCOMPARE(results[0].outcome, OperationResult::Accepted);
        const Record now =
            r.reg->changes().overlay()->record(r.reg->changes().overlay()->find(Level::Anvisningsenhed, unit));
        QCOMPARE(now.value(Field::TelefonNummer), QStringLiteral("86540004"));
        QCOMPARE(now.value(Field::Email), QStringLiteral("ny@odder.dk"));
    }

    void dryRunSendsNothing()
    {
        Register_ r = startRegister();
        auto ws = workspace();
        ChangeSet &c = *ws->changeSet();
        QString error;
        c.push(newDaginstitution(c, QStringLiteral("1099000044")), &error);
        SubmissionPlan plan;
        QVERIFY(SubmissionPlan::build(c.netChanges(), {}, &plan, &error));
        RegisterClient client(endpoint(*r.server));
        const int before = r.reg->changes().overlay()->count(Level::Daginstitution);
        const QList<OperationResult> results = run(client, plan, true);
        for (const OperationResult &res : results)
            QVERIFY2(res.outcome == OperationResult::WouldSend, qPrintable(res.message));
        // "Ready" is not "accepted": the summary says what a check cannot know.
        const QString summary = runSummary(results, true);
        QVERIFY2(summary.contains(QStringLiteral("%1 af %1").arg(results.size())) && summary.contains(u"CVR"_qs),
                 qPrintable(summary));
        QVERIFY(!runSummary(results, false).contains(u"CVR"_qs));
        QCOMPARE(r.reg->changes().overlay()->count(Level::Daginstitution), before);
        QCOMPARE(r.server->calls(QStringLiteral("InsertDaginstitution")), 0);
    }

    void cliSubmitWithAuditLog()
    {
        Register_ r = startRegister();
        QString path;
        QString unit;
        {
            auto ws = workspace();
            ChangeSet &c = *ws->changeSet();
            QString error;
            unit = firstActiveUnit(c, 727);
            c.push(c.updateStep(idx(c, Level::Anvisningsenhed, unit), Field::TelefonNummer, QStringLiteral("86540005")),
                   &error);
            path = ws->path();
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DTR_PASSWORD"), QStringLiteral("hemmelig"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DTR_BINARY),
                {QStringLiteral("submit"), path, QStringLiteral("--service"), r.server->url().toString(),
                 QStringLiteral("--user"), QStringLiteral("kommune"), QStringLiteral("--reason"),
                 QStringLiteral("Nyt telefonnummer"), QStringLiteral("--format"), QStringLiteral("json")});
        // The register runs in this process: keep serving while the command runs.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(root.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("accepted"));
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(!ws->changeSet()->hasPendingChanges());
        const QList<Workspace::AuditEntry> audit = ws->audit();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().reason, QStringLiteral("Nyt telefonnummer"));
        QCOMPARE(audit.first().operation, QStringLiteral("UpdateAnvisningsEnhed"));
        QCOMPARE(audit.first().outcome, QStringLiteral("accepted"));
        QVERIFY(ws->auditCsv().startsWith("\xEF\xBB\xBF"
                                          "tidspunkt;"));
        QVERIFY(!ws->auditCsv().contains("hemmelig"));
    }

    // `dtr submit` leaves an unknown outcome; `dtr workspace reconcile` keeps it unknown while the
    // register cannot be read (exit 1), settles it once it can (exit 0: "failed", not done), and
    // the next `dtr submit` sends it (exit 0). Nothing is sent by reconcile.
    void cliReconcileSettlesUnknownOutcomes()
    {
        Register_ r = startRegister(QStringLiteral("UpdateAnvisningsEnhed:fault,readback:http503"));
        QString path;
        {
            auto ws = workspace();
            ChangeSet &c = *ws->changeSet();
            QString error;
            const QString unit = firstActiveUnit(c, 727, 4);
            c.push(c.updateStep(idx(c, Level::Anvisningsenhed, unit), Field::TelefonNummer, QStringLiteral("86540007")),
                   &error);
            path = ws->path();
        }
        const auto dtr = [&](const QStringList &args, QJsonObject *json) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DTR_PASSWORD"), QStringLiteral("hemmelig"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(DTR_BINARY),
                    args + QStringList{path, QStringLiteral("--service"), r.server->url().toString(),
                                       QStringLiteral("--user"), QStringLiteral("kommune"), QStringLiteral("--grace"),
                                       QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")});
            if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
                return -1;
            *json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            return p.exitCode();
        };
        const auto outcome = [](const QJsonObject &json) {
            return json.value(QStringLiteral("results")).toArray().first().toObject().value(u"outcome"_qs).toString();
        };
        QJsonObject json;
        QCOMPARE(dtr({QStringLiteral("submit")}, &json), 1);
        QCOMPARE(outcome(json), QStringLiteral("unknown"));
        const int writes = r.server->calls(QStringLiteral("UpdateAnvisningsEnhed"));
        QCOMPARE(writes, 1);
        QCOMPARE(dtr({QStringLiteral("workspace"), QStringLiteral("reconcile")}, &json), 1); // still unreadable
        QCOMPARE(outcome(json), QStringLiteral("unknown"));
        FaultPlan none;
        r.server->setFaults(none);
        QCOMPARE(dtr({QStringLiteral("workspace"), QStringLiteral("reconcile")}, &json), 0);
        QCOMPARE(outcome(json), QStringLiteral("failed"));
        QCOMPARE(r.server->calls(QStringLiteral("UpdateAnvisningsEnhed")), writes);          // reconcile sends nothing
        QCOMPARE(dtr({QStringLiteral("workspace"), QStringLiteral("reconcile")}, &json), 0); // nothing left
        QCOMPARE(dtr({QStringLiteral("submit")}, &json), 0);
        QCOMPARE(outcome(json), QStringLiteral("accepted"));
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QStringList outcomes;
        for (const Workspace::AuditEntry &e : ws->audit())
            outcomes << e.outcome;
        QCOMPARE(outcomes, QStringList({QStringLiteral("failed"), QStringLiteral("accepted")}));
    }
};

QTEST_GUILESS_MAIN(TestSubmit)
#include "tst_submit.moc"
