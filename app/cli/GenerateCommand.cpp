// `dtr generate`: a realistic, deterministic snapshot as DST seeded it, defects included.
#include "CliCommands.h"
#include "CliSupport.h"

#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/Snapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dtr::cli {

namespace {

bool writeManifest(const QList<PlantedDefect> &defects, const QString &path, QString *error)
{
    QJsonArray list;
    for (const PlantedDefect &d : defects)
        list.append(QJsonObject{{QStringLiteral("kind"), d.kind},
                                {QStringLiteral("level"), QString(levelKey(d.level))},
                                {QStringLiteral("entity"), d.nummer},
                                {QStringLiteral("field"), d.field.isEmpty() ? QJsonValue() : QJsonValue(d.field)}});
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("defects"), list}}).toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 kan ikke skrives: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int generate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Skriver et realistisk, deterministisk registerudtræk som fra Danmarks Statistiks indlæsning i 2019:\n"
           "rigtige kommuner, postnumre og koordinater, danske institutionsnavne, den rigtige fordeling af niveauer\n"
           "og typer, og et drys af de fejl, indlæste data typisk har. Samme valg giver altid samme fil.\n"
           "OUT, der ender på .xml, skrives som XML, ellers som en mappe med tre CSV-filer."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("Hvor udtrækket skrives."));
    parser.addOption({QStringLiteral("kommune"), tr("Kun disse kommunekoder (kommasepareret), fx 727,746."),
                      QStringLiteral("KODER")});
    parser.addOption(
        {QStringLiteral("scale"), tr("Hele landet N gange (standard 1)."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("seed"), tr("Startværdi for tilfældighederne (standard 20190801)."),
                      QStringLiteral("S"), QStringLiteral("20190801")});
    parser.addOption(
        {QStringLiteral("manifest"), tr("Skriv de plantede fejl som JSON til denne fil."), QStringLiteral("FILE")});
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return cannotRun(tr("generate tager præcis én OUT (se dtr generate --help)."));

    GeneratorOptions options;
    bool ok = false;
    options.scale = parser.value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || options.scale < 1 || options.scale > 1000)
        return cannotRun(tr("--scale skal være et helt tal fra 1 til 1000."));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return cannotRun(tr("--seed skal være et ikke-negativt helt tal."));
    const CodeTables &codes = codeTables();
    if (parser.isSet(QStringLiteral("kommune"))) {
        for (const QString &part :
             parser.value(QStringLiteral("kommune")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int kode = part.trimmed().toInt(&ok);
            if (!ok || !codes.kommune.contains(kode))
                return cannotRun(tr("\"%1\" er ikke en af de 98 kommunekoder.").arg(part.trimmed()));
            options.kommuner.append(kode);
        }
    }
    const GeneratedSnapshot generated = generateSnapshot(options);
    QString error;
    if (!Snapshot::write(generated.reg, parser.positionalArguments().first(), codes, &error))
        return cannotRun(error);
    if (parser.isSet(QStringLiteral("manifest")) &&
        !writeManifest(generated.defects, parser.value(QStringLiteral("manifest")), &error))
        return cannotRun(error);
    return ExitOk;
}

} // namespace dtr::cli
