#pragma once

#include "register/Record.h"

#include <QByteArray>

namespace dtr {

// The XML documents the ImportService takes (formats.md §4): one record element with the
// fields of its level, element names as in the snapshot (XmlNames). Numbers are never sent on
// inserts; inserts and moves carry the (target) parent's number; deletes carry the number only.
// Register-owned values (CVR, DAWA id, coordinates, status, timestamps) are never sent.
namespace Payload {

enum class Kind { Insert, Update, Delete, Move };

QByteArray write(Kind kind, const Record &record);
// Reads one payload document back into a record (level from its element).
bool read(const QByteArray &xml, Record *out, QString *error);

} // namespace Payload
} // namespace dtr
