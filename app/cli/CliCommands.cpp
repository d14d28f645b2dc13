#include "CliCommands.h"
#include "CliSupport.h"

#include <QCoreApplication>

namespace dtr::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const Command commands[] = {
    {"inspect", QT_TRANSLATE_NOOP("dtr::cli", "tæl posterne i et udtræk"), inspect},
    {"convert", QT_TRANSLATE_NOOP("dtr::cli", "konvertér mellem CSV og XML uden tab"), convert},
    {"generate", QT_TRANSLATE_NOOP("dtr::cli", "skriv et realistisk testudtræk"), generate},
    {"validate", QT_TRANSLATE_NOOP("dtr::cli", "kontrollér et udtræk og ventende ændringer mod reglerne"), validate},
    {"simulate", QT_TRANSLATE_NOOP("dtr::cli", "start et stand-in-register på loopback"), simulate},
    {"fetch", QT_TRANSLATE_NOOP("dtr::cli", "hent en kommunes data fra registeret"), fetch},
    {"submit", QT_TRANSLATE_NOOP("dtr::cli", "indsend ventende ændringer til registeret"), submit},
    {"workspace", QT_TRANSLATE_NOOP("dtr::cli", "lav, fyld i og vis et arbejdsområde (new, import, status, …)"),
     workspace},
    {"diff", QT_TRANSLATE_NOOP("dtr::cli", "sammenlign to udtræk felt for felt"), diff},
    {"changes", QT_TRANSLATE_NOOP("dtr::cli", "vis ventende ændringer i et arbejdsområde eller en ændringsfil"),
     changes},
};

QString mainHelp()
{
    QString text = tr("Brug: dtr KOMMANDO [TILVALG] …\n\n"
                      "Kommandolinjen til DTR Studio: arbejd med udtræk af Dagtilbudsregisteret.\n\n"
                      "Kommandoer:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -10).arg(tr(c.summary));
    text += tr("\nSkriv dtr KOMMANDO --help for en kommandos tilvalg.\n"
               "Afslutningskoder: 0 succes, 1 kommandoen fandt fejl i data, 2 kommandoen kunne ikke køre.\n");
    return text;
}

} // namespace

int run(const QStringList &args)
{
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        out() << mainHelp();
        return args.size() < 2 ? ExitCannotRun : ExitOk;
    }
    if (args[1] == QLatin1String("--version")) {
        out() << "dtr " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    for (const Command &c : commands) {
        if (args[1] == QLatin1String(c.name)) {
            QStringList rest = args.mid(1);
            rest[0] = QStringLiteral("dtr ") + args[1];
            return c.run(rest);
        }
    }
    return cannotRun(tr("ukendt kommando \"%1\" (se dtr --help).").arg(args[1]));
}

} // namespace dtr::cli
