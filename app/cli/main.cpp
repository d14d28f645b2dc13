#include "CliCommands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dtr"));
    QCoreApplication::setOrganizationName(QStringLiteral("DTR Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTR_VERSION));
    // Qt's own texts (the "Usage:" of --help) follow the user's language too.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    return dtr::cli::run(QCoreApplication::arguments());
}
