#pragma once

#include "service/RegisterClient.h"
#include "standin/StandInRegister.h"
#include "standin/StandInServer.h"
#include "submit/OperationResult.h"

#include <QString>

#include <memory>

namespace dtr {
class Register;
class Session;
class Workspace;
} // namespace dtr

namespace dtr::test {

// A workspace with a mixed change set for submission tests — a new daginstitution with its
// first unit, a changed telephone number, a unit moved to another daginstitution, a unit closed
// — and what the register shows of each of those changes.
struct SubmissionScenario
{
    QString workspace;
    QString dagName; // the new daginstitution's name (unique per scenario)
    QString pNummer; // the new unit's P-nummer
    QString updated, moved, closed, target;
    QString telephone;

    // Odder (727) as generated with seed 1: the data every scenario and stand-in starts from.
    static std::shared_ptr<const Register> data();
    // Makes the workspace at `path`; false (with a test failure message in *error) when it cannot.
    static bool make(const QString &path, int serial, SubmissionScenario *out, QString *error);

    // How many copies of the new daginstitution and of its unit the register holds, and whether
    // each change to an existing record shows.
    struct Shown
    {
        int dags = 0;
        int units = 0;
        bool updated = false;
        bool moved = false;
        bool closed = false;
        bool all() const { return dags == 1 && units == 1 && updated && moved && closed; }
    };
    Shown shownIn(const StandInRegister &reg) const;
    // Whether the register shows what one result's operation did.
    bool shows(const StandInRegister &reg, const OperationResult &result) const;
};

// A stand-in register over loopback with the given faults (user "kommune", password "hemmelig").
struct StandIn
{
    std::unique_ptr<StandInRegister> reg;
    std::unique_ptr<StandInServer> server;
    static StandIn start(const QString &faults);
    ServiceEndpoint endpoint(int timeoutMs = 60000) const;
};

// Acknowledges every warning that would keep the session's changes from going.
void acknowledgeBlockers(Session &session);

// Submits once through the session and waits for it to end. False when it could not start.
bool submitAndWait(Session &session, const ServiceEndpoint &endpoint, int graceMs, QString *problem);

// Submits again and again (settling unknown outcomes first, as a steward would) until nothing is
// pending or unknown, at most `rounds` times; the reason in *problem when it did not get there.
bool submitUntilDone(Session &session, const ServiceEndpoint &endpoint, int graceMs, int rounds, QString *problem);

// The audit log holds every operation with its final outcome: nothing open, nothing unknown, and
// each of the scenario's five operations accepted exactly once. Returns what is wrong, or "".
QString auditProblem(const Workspace &workspace);

} // namespace dtr::test
