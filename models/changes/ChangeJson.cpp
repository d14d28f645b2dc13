#include "ChangeJson.h"

#include "ChangeSet.h"

#include <QJsonArray>

namespace dtr {

QJsonObject recordChangeToJson(const RecordChange &c)
{
    QJsonArray fields;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        fields.append(QJsonObject{{QStringLiteral("field"), QString(fieldKey(it.key()))},
                                  {QStringLiteral("before"), it.value().first},
                                  {QStringLiteral("after"), it.value().second}});
    QJsonObject o{{QStringLiteral("level"), QString(levelKey(c.level))},
                  {QStringLiteral("key"), c.key},
                  {QStringLiteral("created"), c.created},
                  {QStringLiteral("closed"), c.closed},
                  {QStringLiteral("moved"), c.moved},
                  {QStringLiteral("fields"), fields}};
    if (c.moved) {
        o.insert(QStringLiteral("parentBefore"), c.parentBefore);
        o.insert(QStringLiteral("parentAfter"), c.parentAfter);
    }
    return o;
}

} // namespace dtr
