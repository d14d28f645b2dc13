#include "FindingJson.h"

#include "Validator.h"
#include "changes/ChangeSet.h"
#include "changes/Overlay.h"

namespace dtr {

QJsonObject findingToJson(const Finding &f, const Validator &validator)
{
    QJsonObject o{{QStringLiteral("severity"), QString(severityKey(f.severity))},
                  {QStringLiteral("rule"), f.rule},
                  {QStringLiteral("level"), QString(levelKey(f.level))},
                  {QStringLiteral("entity"), f.entity},
                  {QStringLiteral("field"), f.field ? QJsonValue(QString(fieldKey(*f.field))) : QJsonValue()},
                  {QStringLiteral("message"), f.message},
                  {QStringLiteral("certainty"), QString(certaintyKey(f.certainty))}};
    if (f.related >= 0)
        o.insert(QStringLiteral("related"), validator.overlay().record(f.related).nummer());
    if (const std::optional<ProposedFix> fix = validator.fixFor(f))
        o.insert(QStringLiteral("fix"), QJsonObject{{QStringLiteral("field"), QString(fieldKey(fix->field))},
                                                    {QStringLiteral("before"), fix->before},
                                                    {QStringLiteral("after"), fix->after}});
    return o;
}

} // namespace dtr
