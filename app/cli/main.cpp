#include "CliCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dtr"));
    QCoreApplication::setOrganizationName(QStringLiteral("DTR Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTR_VERSION));
    return dtr::cli::run(QCoreApplication::arguments());
}
