#include "ReadError.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dtr {

QString ReadError::toString() const
{
    QString where = file.isEmpty() ? QString() : QFileInfo(file).fileName();
    if (line > 0)
        where += QCoreApplication::translate("dtr::ReadError", ", linje %1").arg(line);
    if (column > 0)
        where += QCoreApplication::translate("dtr::ReadError", ", kolonne %1").arg(column);
    if (!field.isEmpty())
        where += QCoreApplication::translate("dtr::ReadError", " (felt %1)").arg(field);
    if (where.startsWith(QLatin1String(", ")))
        where.remove(0, 2);
    return where.isEmpty() ? message : where + QLatin1String(": ") + message;
}

QString readCancelledMessage()
{
    return QCoreApplication::translate("dtr::ReadError", "Indlæsningen blev afbrudt.");
}

} // namespace dtr
