#pragma once

#include <QJsonObject>

namespace dtr {

struct RecordChange;

// A pending change as `dtr changes --format json` writes it: "level", "key", "created",
// "closed", "moved", "fields" (each "field", "before", "after") and, for a move, "parentBefore"
// and "parentAfter". Shared by every writer of pending changes as JSON.
QJsonObject recordChangeToJson(const RecordChange &change);

} // namespace dtr
