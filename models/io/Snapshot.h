#pragma once

#include "ReadError.h"

#include <QString>

namespace dtr {

class CodeTables;
class Register;

enum class SnapshotFormat { Csv, Xml };

// Reading and writing a snapshot in whichever form a path names: a folder (or a .csv file in
// it) is the CSV form, anything else is read as XML.
namespace Snapshot {

SnapshotFormat formatOf(const QString &path);
bool read(const QString &path, Register *out, ReadError *error, const ReadProgress &progress = {});
// A path ending in .xml is written as XML, anything else as a CSV folder.
bool write(const Register &reg, const QString &path, const CodeTables &codes, QString *error);

} // namespace Snapshot
} // namespace dtr
