#include "Snapshot.h"

#include "CsvSnapshot.h"
#include "XmlSnapshot.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dtr {

SnapshotFormat Snapshot::formatOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() || info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return SnapshotFormat::Csv;
    if (!info.exists() && info.suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) != 0)
        return SnapshotFormat::Csv;
    return SnapshotFormat::Xml;
}

bool Snapshot::read(const QString &path, Register *out, ReadError *error, const ReadProgress &progress)
{
    if (!QFileInfo::exists(path)) {
        *error = ReadError{path, 0, 0, {}, QCoreApplication::translate("dtr::Snapshot", "Findes ikke.")};
        return false;
    }
    return formatOf(path) == SnapshotFormat::Csv ? CsvSnapshot::read(path, out, error, progress)
                                                 : XmlSnapshot::read(path, out, error, progress);
}

bool Snapshot::write(const Register &reg, const QString &path, const CodeTables &codes, QString *error)
{
    return formatOf(path) == SnapshotFormat::Xml ? XmlSnapshot::write(reg, path, error)
                                                 : CsvSnapshot::write(reg, path, codes, error);
}

} // namespace dtr
