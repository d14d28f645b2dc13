#include "OperationResult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dtr {

namespace {

// Key (for JSON and the audit log) and Danish label of each outcome, in enum order.
const struct
{
    QLatin1StringView key;
    const char *label;
} outcomes[] = {
    {QLatin1StringView("accepted"), QT_TRANSLATE_NOOP("dtr::Submission", "Modtaget")},
    {QLatin1StringView("refused"), QT_TRANSLATE_NOOP("dtr::Submission", "Afvist")},
    {QLatin1StringView("conflict"), QT_TRANSLATE_NOOP("dtr::Submission", "Konflikt")},
    {QLatin1StringView("not-sent"), QT_TRANSLATE_NOOP("dtr::Submission", "Ikke sendt")},
    {QLatin1StringView("would-send"), QT_TRANSLATE_NOOP("dtr::Submission", "Klar til afsendelse")},
    {QLatin1StringView("unknown"), QT_TRANSLATE_NOOP("dtr::Submission", "Uvist udfald")},
    {QLatin1StringView("failed"), QT_TRANSLATE_NOOP("dtr::Submission", "Ikke udført")},
};
static_assert(std::size(outcomes) == OperationResult::Failed + 1);

} // namespace

QLatin1StringView outcomeKey(OperationResult::Outcome outcome)
{
    return outcomes[outcome].key;
}

bool outcomeFromKey(QStringView key, OperationResult::Outcome *outcome)
{
    for (int i = 0; i < int(std::size(outcomes)); ++i)
        if (key == outcomes[i].key) {
            *outcome = OperationResult::Outcome(i);
            return true;
        }
    return false;
}

QString outcomeLabel(OperationResult::Outcome outcome)
{
    return QCoreApplication::translate("dtr::Submission", outcomes[outcome].label);
}

QString resultText(const OperationResult &r)
{
    QStringList parts;
    if (!r.message.isEmpty())
        parts << r.message;
    for (const ImportResult::Error &e : r.errors)
        parts << QStringLiteral("%1 %2: %3").arg(e.code, e.field, e.message).simplified();
    return parts.join(QStringLiteral(" | "));
}

QString registerWords(const OperationResult &r)
{
    QStringList words;
    for (const ImportResult::Error &e : r.errors)
        words << (e.field.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(e.field, e.message));
    return words.isEmpty() ? r.message : words.join(QLatin1Char('\n'));
}

QString runSummary(const QList<OperationResult> &results, bool dryRun)
{
    int ok = 0, unknown = 0;
    for (const OperationResult &r : results) {
        ok += r.outcome == OperationResult::Accepted || r.outcome == OperationResult::WouldSend ? 1 : 0;
        unknown += r.outcome == OperationResult::Unknown ? 1 : 0;
    }
    const int n = int(results.size());
    if (dryRun)
        // A check runs the register's schema and its ValidateXmlAgainstSchema, nothing more: the
        // steward must not read "ready" as "will be accepted".
        return QCoreApplication::translate("dtr::Submission",
                                           "Kontrolleret uden at sende: %1 af %n operationer er klar til afsendelse. "
                                           "En kontrol kan ikke vide alt: registeret prøver først reglerne, der "
                                           "kræver dets egne data (fx P-nummeret mod CVR, dubletter og "
                                           "tilknytninger), når posten sendes.",
                                           nullptr, n)
            .arg(ok);
    QString text =
        QCoreApplication::translate("dtr::Submission", "%1 af %n operationer modtaget af registeret.", nullptr, n)
            .arg(ok);
    if (unknown > 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("dtr::Submission",
                                                               "%n har uvist udfald og afstemmes med registeret, før "
                                                               "noget andet sendes.",
                                                               nullptr, unknown);
    return text;
}

QJsonObject resultsToJson(const QList<OperationResult> &results, bool dryRun)
{
    QJsonArray list;
    int ok = 0, other = 0, unknown = 0;
    for (const OperationResult &r : results) {
        if (r.outcome == OperationResult::Accepted || r.outcome == OperationResult::WouldSend)
            ++ok;
        else
            ++other;
        unknown += r.outcome == OperationResult::Unknown ? 1 : 0;
        QJsonArray errors;
        for (const ImportResult::Error &e : r.errors)
            errors.append(QJsonObject{{QStringLiteral("code"), e.code},
                                      {QStringLiteral("field"), e.field},
                                      {QStringLiteral("message"), e.message}});
        QJsonArray conflicts;
        for (auto it = r.conflicts.cbegin(); it != r.conflicts.cend(); ++it)
            conflicts.append(QJsonObject{{QStringLiteral("field"), QString(fieldKey(it.key()))},
                                         {QStringLiteral("base"), std::get<0>(it.value())},
                                         {QStringLiteral("mine"), std::get<1>(it.value())},
                                         {QStringLiteral("theirs"), std::get<2>(it.value())}});
        list.append(QJsonObject{{QStringLiteral("operation"), QString(operationKindKey(r.operation.kind))},
                                {QStringLiteral("level"), QString(levelKey(r.operation.change.level))},
                                {QStringLiteral("key"), r.operation.change.key},
                                {QStringLiteral("number"), r.number},
                                {QStringLiteral("outcome"), QString(outcomeKey(r.outcome))},
                                {QStringLiteral("message"), r.message},
                                {QStringLiteral("errors"), errors},
                                {QStringLiteral("conflicts"), conflicts},
                                {QStringLiteral("settled"), r.settled}});
    }
    return QJsonObject{{QStringLiteral("results"), list},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("text"), runSummary(results, dryRun)},
                       {QStringLiteral("summary"), QJsonObject{{QStringLiteral("ok"), ok},
                                                               {QStringLiteral("other"), other},
                                                               {QStringLiteral("unknown"), unknown}}}};
}

} // namespace dtr
