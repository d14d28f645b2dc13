#pragma once

#include "ReadError.h"

#include "register/Field.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace dtr {

class CodeTables;
class Register;

// The open-data CSV form (formats.md §2): a folder with one file per level.
namespace CsvSnapshot {

// Reads a folder (or the folder of a given .csv file) into *out, finalized.
bool read(const QString &path, Register *out, ReadError *error, const ReadProgress &progress = {});
// The same from the three files' bytes (by Level), for data that is not in files; `name` stands
// for the files in messages.
bool readBytes(const std::array<QByteArray, LevelCount> &files, const QString &name, Register *out, ReadError *error);
// The three files' bytes (by Level) as write() puts them on disk, without the metadata file.
std::array<QByteArray, LevelCount> toBytes(const Register &reg, const CodeTables &codes);
// Writes the three files into a folder (created when missing), each file atomically.
bool write(const Register &reg, const QString &folder, const CodeTables &codes, QString *error);

} // namespace CsvSnapshot
} // namespace dtr
