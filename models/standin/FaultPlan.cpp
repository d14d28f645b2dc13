#include "FaultPlan.h"

#include <QCoreApplication>

namespace dtr {

using namespace ServiceNames;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::FaultPlan", text);
}

struct KindName
{
    QLatin1StringView name; // with a trailing '=' when it takes milliseconds
    FaultPlan::Kind kind;
    bool forReads; // allowed in a readback rule
};

const KindName kindNames[] = {
    {QLatin1StringView("delay="), FaultPlan::Kind::Delay, true},
    {QLatin1StringView("drop-before"), FaultPlan::Kind::DropBefore, true},
    {QLatin1StringView("drop-after"), FaultPlan::Kind::DropAfter, false},
    {QLatin1StringView("http500-after"), FaultPlan::Kind::Http500After, false},
    {QLatin1StringView("http500"), FaultPlan::Kind::Http500, true},
    {QLatin1StringView("http503"), FaultPlan::Kind::Http503, true},
    {QLatin1StringView("malformed"), FaultPlan::Kind::Malformed, true},
    {QLatin1StringView("fault-after"), FaultPlan::Kind::SoapFaultAfter, false},
    {QLatin1StringView("fault"), FaultPlan::Kind::SoapFault, true},
    {QLatin1StringView("oversized"), FaultPlan::Kind::Oversized, true},
    {QLatin1StringView("late="), FaultPlan::Kind::Late, false},
};

bool knownMethod(const QString &name)
{
    Method m;
    return methodFromName(Service::Export, name, &m) || methodFromName(Service::Import, name, &m);
}

// Milliseconds: a whole number from 0 to a day.
bool parseMilliseconds(QStringView text, int *out)
{
    bool ok = false;
    *out = text.toInt(&ok);
    return ok && *out >= 0 && *out <= 24 * 60 * 60 * 1000;
}

} // namespace

bool FaultPlan::parse(const QString &spec, QString *error)
{
    *this = FaultPlan{};
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.startsWith(QLatin1String("random="))) {
            const QStringList parts = item.mid(7).split(QLatin1Char('/'));
            bool ok = false;
            m_randomProbability = parts.value(0).toDouble(&ok);
            if (!ok || m_randomProbability < 0 || m_randomProbability > 1) {
                *error = tr("\"%1\": sandsynligheden skal være et tal fra 0 til 1.").arg(item);
                return false;
            }
            const quint64 seed = parts.size() > 1 ? parts[1].toULongLong(&ok) : 1;
            if (!ok || parts.size() > 2) {
                *error = tr("\"%1\": frøet efter / skal være et helt tal (fx random=0.5/7).").arg(item);
                return false;
            }
            m_random.seed(seed);
            continue;
        }
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = tr("\"%1\" skal have formen METODE:FEJL[@KALD] eller random=P[/FRØ].").arg(item);
            return false;
        }
        Rule rule;
        rule.method = item.left(colon);
        const bool readBack = rule.method == ReadBack;
        if (!readBack && rule.method != QLatin1String("*") && !knownMethod(rule.method)) {
            *error = tr("\"%1\": ukendt metode \"%2\" (et metodenavn som InsertAnvisningsEnhed, * eller readback).")
                         .arg(item, rule.method);
            return false;
        }
        QString kind = item.mid(colon + 1);
        if (const qsizetype at = kind.indexOf(QLatin1Char('@')); at >= 0) {
            const QStringList range = kind.mid(at + 1).split(QLatin1Char('-'));
            bool firstOk = false, lastOk = true;
            rule.firstCall = range.value(0).toInt(&firstOk);
            rule.lastCall = range.size() > 1 ? range[1].toInt(&lastOk) : rule.firstCall;
            kind = kind.left(at);
            if (!firstOk || !lastOk || range.size() > 2 || rule.firstCall < 1 || rule.lastCall < rule.firstCall) {
                *error = tr("\"%1\": kaldnumre tælles fra 1, fx @2 eller @2-4.").arg(item);
                return false;
            }
        }
        const KindName *found = nullptr;
        for (const KindName &k : kindNames) {
            const bool takesMs = k.name.endsWith(QLatin1Char('='));
            if (takesMs ? kind.startsWith(k.name) : kind == k.name) {
                found = &k;
                break;
            }
        }
        if (!found) {
            *error = tr("\"%1\": ukendt fejltype \"%2\" (delay=MS, drop-before, drop-after, http500, http503, "
                        "malformed, fault, oversized, http500-after, fault-after, late=MS).")
                         .arg(item, kind);
            return false;
        }
        rule.kind = found->kind;
        if (found->name.endsWith(QLatin1Char('=')) && !parseMilliseconds(kind.mid(found->name.size()), &rule.delayMs)) {
            *error = tr("\"%1\": efter %2 skal stå et helt antal millisekunder (0 til 86400000).")
                         .arg(item, QString(found->name));
            return false;
        }
        if (readBack && !found->forReads) {
            *error = tr("\"%1\": %2 giver ingen mening for en læsning; readback tager delay=MS, drop-before, "
                        "http500, http503, malformed, fault eller oversized.")
                         .arg(item, kind);
            return false;
        }
        m_rules.append(rule);
    }
    return true;
}

std::optional<FaultPlan::Rule> FaultPlan::decide(Method method, int call)
{
    const bool read = serviceOf(method) == Service::Export;
    const bool write = !isReadOnly(method); // Insert*, Update*, Delete*, Move*
    if (write)
        m_readBackWindowOpen = false;
    if (read && m_writeFaulted)
        ++m_readsSinceWriteFault;

    const QLatin1StringView name = methodName(method);
    std::optional<Rule> chosen;
    for (const Rule &rule : m_rules) {
        if (rule.method == ReadBack) {
            if (!read || !m_writeFaulted)
                continue;
            if (rule.firstCall > 0 ? m_readsSinceWriteFault < rule.firstCall || m_readsSinceWriteFault > rule.lastCall
                                   : !m_readBackWindowOpen)
                continue;
        } else {
            if (rule.method != QLatin1String("*") && rule.method != name)
                continue;
            if (rule.firstCall > 0 && (call < rule.firstCall || call > rule.lastCall))
                continue;
        }
        chosen = rule;
        break;
    }
    if (!chosen && m_randomProbability > 0 &&
        std::uniform_real_distribution<double>(0, 1)(m_random) < m_randomProbability) {
        // Never a delay, late or oversized answer: soak tests over many seeds must stay fast.
        static constexpr Kind kinds[] = {Kind::DropBefore, Kind::DropAfter,    Kind::Http503,       Kind::Malformed,
                                         Kind::SoapFault,  Kind::Http500After, Kind::SoapFaultAfter};
        Rule rule;
        rule.method = QString(name);
        rule.kind = kinds[std::uniform_int_distribution<int>(0, std::size(kinds) - 1)(m_random)];
        chosen = rule;
    }
    if (write && chosen) {
        m_writeFaulted = true;
        m_readsSinceWriteFault = 0;
        m_readBackWindowOpen = true;
    }
    return chosen;
}

} // namespace dtr
