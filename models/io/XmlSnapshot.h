#pragma once

#include "ReadError.h"

#include <QByteArray>
#include <QString>

namespace dtr {

class Register;

// The ExportService XML form (formats.md §3): <dagtilbudsRegister> with the levels nested, or
// one of the level-only answers (<daginstitutionerExtend>, …) with flat records.
namespace XmlSnapshot {

// Maximum element nesting accepted; real documents need six levels.
inline constexpr int MaxDepth = 32;

bool read(const QString &path, Register *out, ReadError *error);
// Reads a document already in memory; `source` names it in messages.
bool readBytes(const QByteArray &data, const QString &source, Register *out, ReadError *error);
QByteArray toBytes(const Register &reg);
bool write(const Register &reg, const QString &path, QString *error);

} // namespace XmlSnapshot
} // namespace dtr
