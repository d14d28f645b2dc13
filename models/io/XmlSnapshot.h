#pragma once

#include "ReadError.h"
#include "register/Field.h"

#include <QByteArray>
#include <QString>

#include <vector>

class QIODevice;

namespace dtr {

class Register;

// The ExportService XML form (formats.md §3): <dagtilbudsRegister> with the levels nested, or
// one of the level-only answers (<daginstitutionerExtend>, …) with flat records.
namespace XmlSnapshot {

// Maximum element nesting accepted; real documents need six levels.
inline constexpr int MaxDepth = 32;

bool read(const QString &path, Register *out, ReadError *error, const ReadProgress &progress = {});
// Reads a document already in memory; `source` names it in messages.
bool readBytes(const QByteArray &data, const QString &source, Register *out, ReadError *error);
QByteArray toBytes(const Register &reg);
// The same bytes written to an open device as they are made (a file, a hash).
void writeTo(const Register &reg, QIODevice *device);
// A level-only answer (<daginstitutionerExtend>, …): the given records flat, each naming its parent.
QByteArray toFlatBytes(const Register &reg, Level level, const std::vector<int> &records);
bool write(const Register &reg, const QString &path, QString *error);

} // namespace XmlSnapshot
} // namespace dtr
