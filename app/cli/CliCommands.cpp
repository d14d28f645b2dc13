#include "CliCommands.h"
#include "CliSupport.h"

#include "changes/ChangeFile.h"
#include "codes/CodeTables.h"
#include "compare/SnapshotDiff.h"
#include "generator/SnapshotGenerator.h"
#include "io/Snapshot.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"
#include "report/RegisterStatistics.h"
#include "service/RegisterClient.h"
#include "standin/StandInRegister.h"
#include "standin/StandInServer.h"
#include "validation/RuleProfile.h"
#include "validation/Rules.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <QDateTime>
#include <QHostAddress>
#include <QSslKey>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dtr::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::cli", text);
}

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

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

QString levelText(const RecordChange &c)
{
    return levelLabel(c.level).toLower();
}

int changes(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Viser de ventende ændringer i et arbejdsområde (.dtrws) eller en ændringsfil (.json): hvad der\n"
           "oprettes, ændres (før → efter), flyttes og lukkes. Afslutter med 0 ved succes, 2 når filen ikke kan\n"
           "læses."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Arbejdsområdet eller ændringsfilen."));
    int exit = ExitOk;
    bool json = false;
    if (!parse(parser, args, &exit, &json))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return cannotRun(tr("changes tager præcis én FILE (se dtr changes --help)."));
    QList<Step> steps;
    int position = 0;
    QString error;
    Workspace::Summary summary;
    if (!readChanges(parser.positionalArguments().first(), &steps, &position, &error, &summary))
        return cannotRun(error);
    const QList<RecordChange> net = foldNetChanges(steps, position);
    const ChangeCounts counts = countChanges(net);
    // What the register said about a change: an unknown outcome of a write, or its refusal.
    QHash<QString, QString> unknown;
    for (const Workspace::OpenWrite &w : summary.openWrites) {
        Level level = Level::Daginstitution;
        levelFromKey(w.level, &level);
        unknown.insert(recordId(level, w.key), w.message);
    }
    if (json) {
        QJsonArray list;
        for (const RecordChange &c : net) {
            QJsonArray fields;
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
                fields.append(QJsonObject{{QStringLiteral("field"), QString(fieldKey(it.key()))},
                                          {QStringLiteral("before"), it.value().first},
                                          {QStringLiteral("after"), it.value().second}});
            QJsonObject o{{QStringLiteral("level"), QString(levelKey(c.level))},
                          {QStringLiteral("key"), c.key},
                          {QStringLiteral("created"), c.created},
                          {QStringLiteral("closed"), c.closed},
                          {QStringLiteral("moved"), c.moved},
                          {QStringLiteral("fields"), fields}};
            if (c.moved) {
                o.insert(QStringLiteral("parentBefore"), c.parentBefore);
                o.insert(QStringLiteral("parentAfter"), c.parentAfter);
            }
            const QString id = recordId(c.level, c.key);
            if (unknown.contains(id))
                o.insert(QStringLiteral("outcome"), QStringLiteral("unknown"));
            else if (summary.refusals.contains(id))
                o.insert(QStringLiteral("outcome"), QStringLiteral("refused"));
            if (unknown.contains(id) || summary.refusals.contains(id))
                o.insert(QStringLiteral("register"), unknown.value(id, summary.refusals.value(id)));
            list.append(o);
        }
        QJsonArray open;
        for (const Workspace::OpenWrite &w : summary.openWrites)
            open.append(QJsonObject{{QStringLiteral("operation"), w.operation},
                                    {QStringLiteral("level"), w.level},
                                    {QStringLiteral("key"), w.key},
                                    {QStringLiteral("sentAt"), w.at},
                                    {QStringLiteral("message"), w.message}});
        const QJsonObject root{{QStringLiteral("changes"), list},
                               {QStringLiteral("summary"), QJsonObject{{QStringLiteral("added"), counts.added},
                                                                       {QStringLiteral("changed"), counts.changed},
                                                                       {QStringLiteral("moved"), counts.moved},
                                                                       {QStringLiteral("closed"), counts.closed},
                                                                       {QStringLiteral("unknown"), int(open.size())}}},
                               {QStringLiteral("steps"), int(steps.size())},
                               {QStringLiteral("position"), position},
                               {QStringLiteral("unknownOutcomes"), open}};
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const RecordChange &c : net) {
        QStringList what;
        if (c.created)
            what << tr("oprettes");
        if (c.closed)
            what << tr("lukkes");
        if (c.moved)
            what << tr("flyttes fra %1 til %2").arg(c.parentBefore, c.parentAfter);
        if (!c.created && !c.fields.isEmpty())
            what << tr("ændres");
        out() << levelText(c) << ' ' << c.key << ": " << what.join(QStringLiteral(", ")) << '\n';
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
            out() << "    " << fieldKey(it.key()) << ": \"" << it.value().first << "\" → \"" << it.value().second
                  << "\"\n";
        const QString id = recordId(c.level, c.key);
        if (unknown.contains(id))
            out() << "    " << tr("uvist udfald: %1").arg(unknown.value(id)) << '\n';
        else if (summary.refusals.contains(id))
            out() << "    "
                  << tr("afvist af registeret: %1")
                         .arg(QString(summary.refusals.value(id)).replace(QLatin1Char('\n'), QStringLiteral(" | ")))
                  << '\n';
    }
    if (!summary.openWrites.isEmpty())
        out() << QCoreApplication::translate("dtr::cli",
                                             "%n skrivninger har uvist udfald; de afstemmes med registeret, før noget "
                                             "andet sendes (dtr submit).",
                                             nullptr, int(summary.openWrites.size()))
              << '\n';
    out() << tr("I alt: %1 oprettet, %2 ændret, %3 flyttet, %4 lukket (%5 trin, position %6).")
                 .arg(counts.added)
                 .arg(counts.changed)
                 .arg(counts.moved)
                 .arg(counts.closed)
                 .arg(steps.size())
                 .arg(position)
          << '\n';
    return ExitOk;
}

int validate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kontrollerer et udtræk (og eventuelt ventende ændringer) mod alle registerets regler og de\n"
           "datakvalitetsregler, en omhyggelig dataansvarlig bruger. PATH er udtrækket (mappe med CSV-filer eller\n"
           "XML). Med --changes eller --workspace kontrolleres udtrækket med ændringerne anvendt; de skal være lavet\n"
           "på netop dette udtræk. --rules tager en regelprofil (JSON), der slår regler fra eller ændrer deres\n"
           "alvor; --codes tager kodetabeller og krydsvalidering fra en fil i stedet for de indbyggede.\n"
           "Regler, der bygger på en antagelse, er foreløbige og giver højst en advarsel.\n"
           "Afslutter med 0 uden fejl, 1 med fejl (advarsler og info tæller ikke), 2 når noget ikke kan læses."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Udtrækket."));
    parser.addOption(
        {QStringLiteral("changes"), tr("En ændringsfil (.json) at anvende først."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("workspace"), tr("Et arbejdsområde (.dtrws) hvis ændringer anvendes først."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("rules"), tr("En regelprofil (JSON) at kontrollere med."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("codes"), tr("Kodetabeller og krydsvalidering fra denne fil (JSON)."), QStringLiteral("FILE")});
    int exit = ExitOk;
    bool json = false;
    if (!parse(parser, args, &exit, &json))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return cannotRun(tr("validate tager præcis én PATH (se dtr validate --help)."));
    RuleProfile profile;
    if (parser.isSet(QStringLiteral("rules"))) {
        QString error;
        std::optional<RuleProfile> read = RuleProfile::readFile(parser.value(QStringLiteral("rules")), &error);
        if (!read)
            return cannotRun(error);
        profile = *read;
    }
    std::optional<CodeTables> codes = codeTables();
    if (parser.isSet(QStringLiteral("codes"))) {
        QString error;
        codes = CodeTables::readFile(parser.value(QStringLiteral("codes")), &error);
        if (!codes)
            return cannotRun(error);
    }
    if (parser.isSet(QStringLiteral("changes")) && parser.isSet(QStringLiteral("workspace")))
        return cannotRun(tr("brug enten --changes eller --workspace, ikke begge."));

    auto base = std::make_shared<Register>();
    ReadError readError;
    if (!Snapshot::read(parser.positionalArguments().first(), base.get(), &readError))
        return cannotRun(readError.toString());
    ChangeSet changes(base);
    QString error;
    const QString changeFile = parser.value(QStringLiteral("changes")) + parser.value(QStringLiteral("workspace"));
    if (!changeFile.isEmpty()) {
        QList<Step> steps;
        int position = 0;
        if (!readChanges(changeFile, &steps, &position, &error))
            return cannotRun(error);
        // The changes must have been made on exactly this snapshot.
        QString fingerprint;
        if (parser.isSet(QStringLiteral("workspace"))) {
            Workspace::Summary summary;
            Workspace::peek(changeFile, &summary, &error);
            fingerprint = summary.fingerprint;
        } else {
            QFile file(changeFile);
            file.open(QIODevice::ReadOnly);
            ChangeFile::Contents contents;
            ChangeFile::read(file.readAll(), &contents, &error);
            fingerprint = contents.baseFingerprint;
        }
        if (fingerprint != ChangeFile::fingerprint(*base))
            return cannotRun(tr("%1 er lavet på andre grunddata end %2.")
                                 .arg(QFileInfo(changeFile).fileName(), parser.positionalArguments().first()));
        if (!changes.load(steps, position, &error))
            return cannotRun(QFileInfo(changeFile).fileName() + QStringLiteral(": ") + error);
    }
    Validator validator(&changes, *codes);
    validator.setProfile(&profile);
    validator.validateAll();
    const QList<Finding> findings = validator.allFindings();
    const FindingCounts counts = validator.counts();
    QMap<QString, int> perRule;
    for (const Finding &f : findings)
        ++perRule[f.rule];
    if (json) {
        QJsonArray list;
        for (const Finding &f : findings) {
            QJsonObject o{{QStringLiteral("severity"), QString(severityKey(f.severity))},
                          {QStringLiteral("rule"), f.rule},
                          {QStringLiteral("level"), QString(levelKey(f.level))},
                          {QStringLiteral("entity"), f.entity},
                          {QStringLiteral("field"), f.field ? QJsonValue(QString(fieldKey(*f.field))) : QJsonValue()},
                          {QStringLiteral("message"), f.message},
                          {QStringLiteral("certainty"), QString(certaintyKey(f.certainty))}};
            if (f.related >= 0)
                o.insert(QStringLiteral("related"), changes.overlay()->record(f.related).nummer());
            if (const std::optional<ProposedFix> fix = validator.fixFor(f))
                o.insert(QStringLiteral("fix"), QJsonObject{{QStringLiteral("field"), QString(fieldKey(fix->field))},
                                                            {QStringLiteral("before"), fix->before},
                                                            {QStringLiteral("after"), fix->after}});
            list.append(o);
        }
        QJsonObject rules;
        for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
            rules.insert(it.key(), it.value());
        const QJsonObject root{{QStringLiteral("findings"), list},
                               {QStringLiteral("summary"), QJsonObject{{QStringLiteral("error"), counts.error},
                                                                       {QStringLiteral("warning"), counts.warning},
                                                                       {QStringLiteral("info"), counts.info}}},
                               {QStringLiteral("perRule"), rules},
                               {QStringLiteral("profile"), profile.displayName()},
                               {QStringLiteral("codeTables"), codes->provenance}};
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        for (const Finding &f : findings) {
            const QString provisional = provisionalLabel(f.certainty);
            out() << severityLabel(f.severity).toLower() << '\t' << f.rule << '\t' << levelKey(f.level) << ' '
                  << f.entity << '\t' << (f.field ? QString(fieldKey(*f.field)) : QStringLiteral("-")) << '\t'
                  << f.message << (provisional.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(provisional))
                  << '\n';
        }
        out() << tr("Pr. regel:") << '\n';
        for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
            out() << "  " << it.key() << '\t' << it.value() << '\n';
        out() << tr("Regelprofil: %1").arg(profile.displayName()) << '\n';
        out() << tr("I alt: %1 fejl, %2 advarsler, %3 info.").arg(counts.error).arg(counts.warning).arg(counts.info)
              << '\n';
    }
    return counts.error > 0 ? ExitFindings : ExitOk;
}

int diff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sammenligner to udtræk (CSV-mappe eller XML) post for post: hvad der er kommet til, forsvundet, lukket,\n"
           "genåbnet, flyttet og ændret, felt for felt. Poster kendes på niveau og nummer.\n"
           "Afslutter med 0 når de er ens, 1 når de er forskellige, 2 når et udtræk ikke kan læses."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("Det ældre udtræk."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("Det nyere udtræk."));
    int exit = ExitOk;
    bool json = false;
    if (!parse(parser, args, &exit, &json))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return cannotRun(tr("diff tager OLD og NEW (se dtr diff --help)."));
    Register older, newer;
    ReadError error;
    if (!Snapshot::read(pos[0], &older, &error) || !Snapshot::read(pos[1], &newer, &error))
        return cannotRun(error.toString());
    const QList<RecordDiff> diffs = diffSnapshots(older, newer);
    if (json) {
        out() << QJsonDocument(diffToJson(diffs)).toJson(QJsonDocument::Indented);
    } else {
        for (const RecordDiff &d : diffs) {
            QStringList what;
            if (d.added)
                what << tr("ny");
            if (d.removed)
                what << tr("findes ikke længere");
            if (d.closed)
                what << tr("lukket");
            if (d.reopened)
                what << tr("genåbnet");
            if (d.moved)
                what << tr("flyttet fra %1 til %2").arg(d.parentBefore, d.parentAfter);
            if (!d.added && (!d.fields.isEmpty() || !d.extras.isEmpty()))
                what << tr("ændret");
            out() << levelKey(d.level) << ' ' << d.key << ": " << what.join(QStringLiteral(", ")) << '\n';
            if (!d.added) {
                for (auto it = d.fields.cbegin(); it != d.fields.cend(); ++it)
                    out() << "    " << fieldKey(it.key()) << ": \"" << it.value().first << "\" → \""
                          << it.value().second << "\"\n";
                for (const auto &[name, values] : d.extras)
                    out() << "    " << name << ": \"" << values.first << "\" → \"" << values.second << "\"\n";
            }
        }
        const DiffSummary s = summarize(diffs);
        out() << tr("I alt: %1 nye, %2 forsvundne, %3 lukkede, %4 genåbnede, %5 flyttede, %6 ændrede.")
                     .arg(s.added)
                     .arg(s.removed)
                     .arg(s.closed)
                     .arg(s.reopened)
                     .arg(s.moved)
                     .arg(s.changed)
              << '\n';
    }
    return diffs.isEmpty() ? ExitOk : ExitFindings;
}

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
