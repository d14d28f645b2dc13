#include "i18n/UiLanguage.h"
#include "io/SnapshotLoader.h"
#include "mainwindow/MainWindow.h"
#include "map/MapBoundaries.h"
#include "register/HugePages.h"
#include "service/ServiceSettings.h"
#include "session/Session.h"
#include "validation/ValidationSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>

#include <memory>
#include <thread>

int main(int argc, char *argv[])
{
    dtr::keepFreedMemoryForReuse(); // before anything large is allocated
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

    // A snapshot named at start is read and fingerprinted while the window is built too (a large
    // one opens behind its progress dialog instead, once the window is up).
    const QString startPath = parser.isSet(QStringLiteral("demo")) || parser.positionalArguments().isEmpty()
                                  ? QString()
                                  : parser.positionalArguments().first();
    std::unique_ptr<dtr::SnapshotLoader> preload;
    if (!startPath.isEmpty() && QFileInfo::exists(startPath) &&
        (parser.isSet(quitWhenShown) ||
         dtr::SnapshotLoader::inputBytes(startPath) < dtr::MainWindow::DefaultLargeSnapshotBytes)) {
        preload = std::make_unique<dtr::SnapshotLoader>(startPath);
        dtr::MainWindow::prepareNewWorkspace(*preload);
        preload->start();
    }

    // The rule profile, code tables and WSDL names chosen under Indstillinger.
    dtr::ServiceSettings::load().activate();
    for (const QString &problem : dtr::ValidationSettings::applySaved())
        qWarning("%s", qPrintable(problem));

    dtr::MainWindow window;
    // The register given at start is painted before it is validated (the findings follow at once).
    window.session()->deferNextValidation();
    window.show();
    bool opened = true;
    if (parser.isSet(QStringLiteral("demo")))
        opened = window.openDemo();
    else if (preload)
        opened = window.openPreloadedSnapshot(*preload);
    else if (!startPath.isEmpty())
        opened = window.openSnapshot(startPath);
    else if (!parser.isSet(quitWhenShown))
        window.offerToResume();
    if (parser.isSet(quitWhenShown)) {
        window.repaint();
        return opened ? 0 : 1;
    }
    // The municipality boundaries and postal codes (the validation, which follows the first
    // paint, and the map need them) are parsed on a second core once the window is up: before,
    // they would only compete with reading the register for the two cores a laptop may have.
    std::thread geographyWarmUp([] { dtr::MapBoundaries::bundled(); });
    const auto joinWarmUp = qScopeGuard([&] { geographyWarmUp.join(); });
    return QApplication::exec();
}
