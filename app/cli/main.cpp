#include "CliCommands.h"
#include "i18n/UiLanguage.h"
#include "register/HugePages.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    dtr::keepFreedMemoryForReuse(); // before anything large is allocated
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dtr"));
    QCoreApplication::setOrganizationName(QStringLiteral("DTR Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DTR_VERSION));
    // The command line speaks Danish whatever the locale: Qt's own texts (the "Usage:" of --help)
    // and the plural forms of ours ("1 operation") too.
    dtr::installUiTranslation(QStringLiteral("da"));
    return dtr::cli::run(QCoreApplication::arguments());
}
