#pragma once

#include <QJsonObject>

namespace dtr {

class Validator;
struct Finding;

// A finding as `dtr validate --format json` writes it: "severity", "rule", "level", "entity",
// "field" (null when none), "message", "certainty", for a pair "related" (the other record's
// number) and, when the rule offers one, "fix" ("field", "before", "after").
QJsonObject findingToJson(const Finding &finding, const Validator &validator);

} // namespace dtr
