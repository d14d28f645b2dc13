// `dtr inspect`: counts the records of a snapshot, per level and kommune.
#include "CliCommands.h"
#include "CliSupport.h"

#include "codes/CodeTables.h"
#include "io/Snapshot.h"
#include "register/Register.h"
#include "report/RegisterStatistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dtr::cli {

int inspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tæller posterne i et registerudtræk: pr. niveau, kommune, institutionstype og status.\n"
           "PATH er en mappe med de tre CSV-filer (eller en af dem) eller et XML-udtræk.\n"
           "Afslutter med 0 ved succes og 2 (med en linje på stderr), når udtrækket ikke kan læses."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Udtrækket, der skal tælles."));
    int exit = ExitOk;
    bool json = false;
    if (!parse(parser, args, &exit, &json))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return cannotRun(tr("inspect tager præcis én PATH (se dtr inspect --help)."));

    Register reg;
    ReadError error;
    if (!Snapshot::read(parser.positionalArguments().first(), &reg, &error))
        return cannotRun(error.toString());
    const RegisterStatistics stats = RegisterStatistics::of(reg);
    const CodeTables &codes = codeTables();
    if (json) {
        QJsonObject root = stats.toJson(codes);
        root.insert(QStringLiteral("source"), parser.positionalArguments().first());
        if (!reg.extractedAt().isEmpty())
            root.insert(QStringLiteral("extractedAt"), reg.extractedAt());
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out() << stats.toText(codes);
    }
    return ExitOk;
}

} // namespace dtr::cli
