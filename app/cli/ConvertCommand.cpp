// `dtr convert`: CSV ↔ XML without loss.
#include "CliCommands.h"
#include "CliSupport.h"

#include "codes/CodeTables.h"
#include "io/Snapshot.h"
#include "register/Register.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dtr::cli {

int convert(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Konverterer et udtræk mellem CSV-formen (en mappe med tre filer) og XML-formen uden tab:\n"
           "ukendte kolonner og elementer følger med. OUT, der ender på .xml, skrives som XML, ellers som\n"
           "en mappe med tre CSV-filer. Afslutter med 0 ved succes, 2 ved fejl."));
    parser.addPositionalArgument(QStringLiteral("IN"), tr("Udtrækket, der læses."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("Hvor det skrives (.xml eller en mappe)."));
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return cannotRun(tr("convert tager IN og OUT (se dtr convert --help)."));
    Register reg;
    ReadError error;
    if (!Snapshot::read(pos[0], &reg, &error))
        return cannotRun(error.toString());
    QString writeError;
    if (!Snapshot::write(reg, pos[1], codeTables(), &writeError))
        return cannotRun(writeError);
    return ExitOk;
}

} // namespace dtr::cli
