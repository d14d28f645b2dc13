#include "i18n/UiLanguage.h"
#include "mainwindow/MainWindow.h"
#include "map/MapBoundaries.h"
#include "service/ServiceSettings.h"
#include "validation/ValidationSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QScopeGuard>

#include <thread>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DTR Studio"));
    QApplication::setOrganizationName(QStringLiteral("DTR Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DTR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dk.dtrstudio.DtrStudio"));

    // Danish (the source language, with Qt's own dialogs in Danish too) or English, as chosen in
    // the settings; automatic: Danish on a Danish system, English otherwise.
    dtr::installUiTranslation(dtr::resolvedUiLanguage(dtr::uiLanguageSetting(), QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "DTR Studio – redigering af Dagtilbudsregisteret"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Åbn det indbyggede demoregister.")});
    // For the start-up benchmark: quit as soon as the opened register's tree has been painted.
    QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"));
    quitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenShown);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main", "Et udtræk: XML-fil eller mappe med CSV-filer."),
                                 QStringLiteral("[PATH]"));
    parser.process(app);

    // The municipality boundaries and postal codes (validation and the map need them) are
    // parsed on a second core while the window is built; their first user waits if need be.
    std::thread geographyWarmUp([] { dtr::MapBoundaries::bundled(); });
    const auto joinWarmUp = qScopeGuard([&] { geographyWarmUp.join(); });

    // The rule profile, code tables and WSDL names chosen under Indstillinger.
    dtr::ServiceSettings::load().activate();
    for (const QString &problem : dtr::ValidationSettings::applySaved())
        qWarning("%s", qPrintable(problem));

    dtr::MainWindow window;
    window.show();
    bool opened = true;
    if (parser.isSet(QStringLiteral("demo")))
        opened = window.openDemo();
    else if (!parser.positionalArguments().isEmpty())
        opened = window.openSnapshot(parser.positionalArguments().first());
    else if (!parser.isSet(quitWhenShown))
        window.offerToResume();
    if (parser.isSet(quitWhenShown)) {
        window.repaint();
        return opened ? 0 : 1;
    }
    return QApplication::exec();
}
