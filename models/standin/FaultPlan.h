#pragma once

#include "service/ServiceNames.h"

#include <QList>
#include <QString>

#include <optional>
#include <random>

namespace dtr {

// Faults the stand-in register injects, for tests: comma-separated METHOD:FAULT[@CALLS] rules
// (the first that matches a call wins), `readback:FAULT[@CALLS]` for the reads that follow a
// faulted write, and `random=P[/SEED]`. The spec, and whether each fault's write happens, is
// documented in README ("The stand-in register") and `dtr simulate --help`.
class FaultPlan
{
public:
    enum class Kind {
        Delay,          // answered after delayMs; done only if the client is still connected then
        DropBefore,     // connection closed, nothing done
        DropAfter,      // done, then the connection closed without an answer
        Http500,        // HTTP 500 with a non-SOAP body, nothing done
        Http503,        // HTTP 503, nothing done
        Malformed,      // a truncated SOAP body, nothing done
        SoapFault,      // a SOAP Fault (HTTP 500), nothing done
        Oversized,      // an 8 MB body that is not an answer, nothing done
        Http500After,   // done, then HTTP 500 with a non-SOAP body
        SoapFaultAfter, // done, then a SOAP Fault (HTTP 500)
        Late,           // never answered; done delayMs after the client gave up
    };
    // The pseudo-method of rules for the reads (ExportService calls) after a faulted write.
    static constexpr QLatin1StringView ReadBack{"readback"};

    struct Rule
    {
        QString method; // a method name, "*" or ReadBack
        Kind kind = Kind::Delay;
        int delayMs = 0;   // Delay, Late
        int firstCall = 0; // 0: every call; else calls firstCall..lastCall (from 1; see below)
        int lastCall = 0;
    };

    // Replaces the plan; on a bad spec returns false with a Danish message naming the bad part.
    bool parse(const QString &spec, QString *error);
    // The fault for the call-th call (from 1) of a method, if any. Calls must be decided in the
    // order they arrive: a readback rule counts the reads since the latest faulted write (its
    // CALLS) or, without CALLS, applies to every read until the next write of any kind.
    std::optional<Rule> decide(ServiceNames::Method method, int call);
    bool isEmpty() const { return m_rules.isEmpty() && m_randomProbability <= 0; }

private:
    QList<Rule> m_rules;
    double m_randomProbability = 0;
    std::mt19937_64 m_random{1};
    bool m_writeFaulted = false;       // an injected fault has hit a write
    int m_readsSinceWriteFault = 0;    // reads decided since the latest faulted write
    bool m_readBackWindowOpen = false; // no write since the latest faulted write
};

} // namespace dtr
