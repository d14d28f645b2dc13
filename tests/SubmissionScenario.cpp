#include "SubmissionScenario.h"

#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "session/Session.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

namespace dtr::test {

namespace {

// Active units of daycare daginstitutioner without children, warnings or errors: safe to change.
QStringList quietUnits(ChangeSet &c)
{
    Validator validator(&c, CodeTables::bundled());
    validator.validateAll();
    const Overlay &o = *c.overlay();
    QStringList out;
    for (int dag : o.children({TreeNode::Kommune, 727})) {
        const auto lov = o.record(dag).code(Field::LovgrundlagKode).value_or(0);
        if (!o.record(dag).isActive() || lov < 1 || lov > 4)
            continue;
        for (int unit : o.childrenOf(dag)) {
            const Record &u = o.record(unit);
            const int worst = validator.worstSeverity(unit);
            if (u.isActive() && o.childrenOf(unit).empty() && u.value(Field::PNummer).size() == 10 &&
                u.code(Field::InstType3) != 6013 && u.code(Field::InstType3) != 6021 && worst != int(Severity::Error) &&
                worst != int(Severity::Warning))
                out.append(u.nummer());
        }
    }
    return out;
}

} // namespace

std::shared_ptr<const Register> SubmissionScenario::data()
{
    static const std::shared_ptr<const Register> reg = [] {
        GeneratorOptions options;
        options.kommuner = {727};
        options.seed = 1;
        return std::make_shared<const Register>(generateSnapshot(options).reg);
    }();
    return reg;
}

bool SubmissionScenario::make(const QString &path, int serial, SubmissionScenario *out, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::create(path, data(), QStringLiteral("test"), error);
    if (!ws)
        return false;
    ChangeSet &c = *ws->changeSet();
    out->workspace = path;
    out->dagName = QStringLiteral("Børnehuset Strandengen %1").arg(serial);
    out->pNummer = QStringLiteral("1099000055");
    out->telephone = QStringLiteral("86%1").arg(123456 + serial % 800000, 6, 10, QLatin1Char('0'));
    Step step = c.createDaginstitutionStep(727);
    Record dag(Level::Daginstitution);
    dag.setCells(step.ops[0].values);
    dag.setValue(Field::Navn, out->dagName);
    step.ops[0].values = dag.cells();
    Record unit(Level::Anvisningsenhed);
    unit.setCells(step.ops[1].values);
    unit.setValue(Field::Navn, out->dagName);
    unit.setValue(Field::PNummer, out->pNummer);
    unit.setValue(Field::Email, u"strandengen@odder.dk");
    unit.setValue(Field::TelefonNummer, u"86541234");
    unit.setValue(Field::VejNavn, u"Strandvejen");
    unit.setValue(Field::HusNummer, u"20");
    unit.setValue(Field::PostNummer, u"8300");
    unit.setValue(Field::ByNavn, u"Odder");
    unit.setValue(Field::KommuneKode, u"727");
    step.ops[1].values = unit.cells();
    if (c.push(step, error) != ChangeSet::Result::Applied)
        return false;
    const QStringList quiet = quietUnits(c);
    if (quiet.size() < 3) {
        *error = QStringLiteral("the data has too few quiet units");
        return false;
    }
    out->updated = quiet[0];
    out->moved = quiet[1];
    out->closed = quiet[2];
    const Overlay &o = *c.overlay();
    c.sealMerging();
    if (c.push(c.updateStep(o.find(Level::Anvisningsenhed, out->updated), Field::TelefonNummer, out->telephone),
               error) != ChangeSet::Result::Applied)
        return false;
    const int movedIndex = o.find(Level::Anvisningsenhed, out->moved);
    const QList<int> targets = c.moveTargets(movedIndex);
    if (targets.isEmpty()) {
        *error = QStringLiteral("no move target");
        return false;
    }
    out->target = o.record(targets.first()).nummer();
    return c.push(c.moveStep(movedIndex, targets.first()), error) == ChangeSet::Result::Applied &&
           c.push(c.closeStep(o.find(Level::Anvisningsenhed, out->closed)), error) == ChangeSet::Result::Applied;
}

SubmissionScenario::Shown SubmissionScenario::shownIn(const StandInRegister &reg) const
{
    const Overlay &server = *reg.changes().overlay();
    Shown s;
    for (int i = 0; i < server.size(); ++i) {
        if (!server.isLive(i))
            continue;
        const Record &r = server.record(i);
        s.dags += r.level() == Level::Daginstitution && r.navn() == dagName;
        s.units += r.level() == Level::Anvisningsenhed && r.value(Field::PNummer) == pNummer && r.navn() == dagName;
    }
    const auto record = [&](const QString &key) -> const Record & {
        return server.record(server.find(Level::Anvisningsenhed, key));
    };
    s.updated = record(updated).value(Field::TelefonNummer) == telephone;
    s.moved = record(moved).parentNummer() == target;
    s.closed = !record(closed).isActive();
    return s;
}

bool SubmissionScenario::shows(const StandInRegister &reg, const OperationResult &result) const
{
    const Shown s = shownIn(reg);
    const RecordChange &c = result.operation.change;
    switch (result.operation.kind) {
    case PlannedOperation::Insert:
        return (c.level == Level::Daginstitution ? s.dags : s.units) > 0;
    case PlannedOperation::Update:
        return s.updated;
    case PlannedOperation::Move:
        return s.moved;
    case PlannedOperation::Delete:
        return s.closed;
    }
    return false;
}

StandIn StandIn::start(const QString &faults)
{
    StandIn s;
    s.reg = std::make_unique<StandInRegister>(SubmissionScenario::data());
    s.server = std::make_unique<StandInServer>(s.reg.get(), QStringLiteral("kommune"), QStringLiteral("hemmelig"));
    FaultPlan plan;
    QString error;
    if (!plan.parse(faults, &error))
        qFatal("bad fault spec %s: %s", qPrintable(faults), qPrintable(error));
    s.server->setFaults(plan);
    if (!s.server->listen(QHostAddress::LocalHost, 0, &error))
        qFatal("the stand-in cannot listen: %s", qPrintable(error));
    return s;
}

ServiceEndpoint StandIn::endpoint(int timeoutMs) const
{
    ServiceEndpoint e;
    e.base = server->url();
    e.user = QStringLiteral("kommune");
    e.password = QStringLiteral("hemmelig");
    e.timeoutMs = timeoutMs;
    return e;
}

void acknowledgeBlockers(Session &session)
{
    QString error;
    for (const SubmissionBlocker &b : session.blockers())
        if (b.acknowledgeable)
            session.acknowledge(b.finding, true, QStringLiteral("test"), &error);
}

bool submitAndWait(Session &session, const ServiceEndpoint &endpoint, int graceMs, QString *problem)
{
    Session::SubmitRequest request;
    request.endpoint = endpoint;
    request.reason = QStringLiteral("test");
    request.graceMs = graceMs;
    request.lookAgainAfterMs = {100, 300};
    QSignalSpy done(&session, &Session::finished);
    if (!session.submit(request, problem))
        return false;
    if (!done.wait(120000)) {
        *problem = QStringLiteral("the submission did not end");
        return false;
    }
    *problem = session.lastProblem();
    return true;
}

bool submitUntilDone(Session &session, const ServiceEndpoint &endpoint, int graceMs, int rounds, QString *problem)
{
    for (int round = 0; round < rounds; ++round) {
        if (!session.changeSet()->hasPendingChanges() && session.unknownOutcomes().isEmpty())
            return true;
        acknowledgeBlockers(session);
        QString why;
        if (!submitAndWait(session, endpoint, graceMs, &why))
            *problem = why;
        QTest::qWait(50 + 25 * round); // let a late write land, and time pass for the grace
    }
    if (!session.changeSet()->hasPendingChanges() && session.unknownOutcomes().isEmpty())
        return true;
    *problem += QStringLiteral(" (still pending: %1 changes, %2 unknown)")
                    .arg(session.changeSet()->counts().total())
                    .arg(session.unknownOutcomes().size());
    return false;
}

QString auditProblem(const Workspace &workspace)
{
    QHash<QString, int> accepted;
    for (const Workspace::AuditEntry &e : workspace.audit()) {
        if (e.open || e.outcome == QLatin1String("unknown"))
            return QStringLiteral("open audit row: %1 %2 (%3)").arg(e.operation, e.key, e.message);
        if (e.outcome == QLatin1String("accepted"))
            accepted[e.operation + QLatin1Char(' ') + e.key] += 1;
    }
    if (accepted.size() != 5)
        return QStringLiteral("accepted operations in the audit log: %1")
            .arg(QStringList(accepted.keys()).join(QStringLiteral(", ")));
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it) {
        if (it.value() == 1)
            continue;
        QStringList rows; // the whole story of that operation, for whoever reads the failure
        for (const Workspace::AuditEntry &e : workspace.audit())
            if (e.operation + QLatin1Char(' ') + e.key == it.key())
                rows << QStringLiteral("  #%1 %2 %3: %4").arg(e.id).arg(e.at, e.outcome, e.message);
        return QStringLiteral("%1 accepted %2 times:\n%3").arg(it.key()).arg(it.value()).arg(rows.join(u'\n'));
    }
    return {};
}

} // namespace dtr::test
