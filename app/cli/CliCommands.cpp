#include "CliCommands.h"
#include "CliSupport.h"

#include "changes/ChangeFile.h"
#include "codes/CodeTables.h"
#include "compare/SnapshotDiff.h"
#include "generator/SnapshotGenerator.h"
#include "io/Snapshot.h"
#include "io/XmlSnapshot.h"
#include "item/RegisterStatistics.h"
#include "register/Register.h"
#include "service/RegisterClient.h"
#include "service/StandInRegister.h"
#include "service/StandInServer.h"
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
    const CodeTables &codes = CodeTables::bundled();
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
    if (!Snapshot::write(reg, pos[1], CodeTables::bundled(), &writeError))
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
    const CodeTables &codes = CodeTables::bundled();
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
    std::optional<CodeTables> codes = CodeTables::bundled();
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

int simulate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Starter et stand-in-register: SOAP over HTTP(S) på loopback med registerets Import- og ExportService,\n"
        "regler og svar, så klienten, demoen og testene kan køre uden STIL. Adgangskoden læses fra DTR_PASSWORD.\n"
        "Skriver \"listening on URL\" når den er klar, og kører til den stoppes.\n"
        "\n"
        "Fejl til test (--faults): kommaseparerede regler METODE:FEJL[@KALD], hvor METODE er et metodenavn eller *,\n"
        "og KALD et kaldnummer eller interval talt pr. metode fra 1 (@2, @1-3); den første regel, der passer, gælder.\n"
        "FEJL, og om en skrivning (Insert/Update/Delete/Move) bliver udført:\n"
        "  delay=MS       svaret kommer efter MS ms; udført efter ventetiden, men kun hvis klienten stadig venter\n"
        "                 (har klienten givet op, sker intet)\n"
        "  drop-before    forbindelsen lukkes uden svar; ikke udført\n"
        "  drop-after     udført, så lukkes forbindelsen uden svar\n"
        "  http500        HTTP 500 med en krop, der ikke er SOAP; ikke udført\n"
        "  http503        HTTP 503; ikke udført\n"
        "  malformed      et afkortet SOAP-svar (HTTP 200); ikke udført\n"
        "  fault          en SOAP Fault (HTTP 500); ikke udført\n"
        "  oversized      8 MB, der ikke er et svar (HTTP 200); ikke udført\n"
        "  http500-after  udført, så HTTP 500 med en krop, der ikke er SOAP\n"
        "  fault-after    udført, så en SOAP Fault (HTTP 500)\n"
        "  late=MS        intet svar; forbindelsen holdes åben, til klienten giver op; udført MS ms efter, at\n"
        "                 klienten lukkede (lukker den ikke inden 10 minutter, udføres skrivningen, og\n"
        "                 forbindelsen lukkes)\n"
        "readback:FEJL[@KALD] giver læsninger (ExportService) efter den seneste indsatte fejl på en skrivning FEJL\n"
        "(delay=MS, drop-before, http500, http503, malformed, fault eller oversized): KALD tæller læsningerne fra 1\n"
        "efter den fejl og begynder forfra ved hver ny; uden KALD gælder den hver læsning indtil næste skrivning.\n"
        "Fx InsertAnvisningsEnhed:drop-after@1,readback:http503@1-3.\n"
        "random=P[/FRØ] giver hvert kald en fejl med sandsynlighed P (drop-before, drop-after, http503, malformed,\n"
        "fault, http500-after eller fault-after; aldrig delay, late eller oversized), samme fejl for samme frø."));
    parser.addOption({QStringLiteral("data"), tr("Udtrækket, registeret starter med."), QStringLiteral("SNAPSHOT")});
    parser.addOption({QStringLiteral("listen"), tr("Adresse og port, fx 127.0.0.1:8080 (0 = en ledig port)."),
                      QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:0")});
    parser.addOption({QStringLiteral("user"), tr("Brugernavnet klienter skal bruge."), QStringLiteral("U")});
    parser.addOption(
        {QStringLiteral("state"), tr("Fil med registerets tilstand; bevares ved genstart."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("faults"), tr("Fejl at indsætte (se ovenfor)."), QStringLiteral("SPEC")});
    parser.addOption({QStringLiteral("tls-cert"), tr("Certifikat (PEM) for HTTPS."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), tr("Privat nøgle (PEM) for HTTPS."), QStringLiteral("FILE")});
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("data")) || !parser.isSet(QStringLiteral("user")))
        return cannotRun(tr("simulate kræver --data og --user (se dtr simulate --help)."));
    if (!qEnvironmentVariableIsSet("DTR_PASSWORD"))
        return cannotRun(tr("sæt adgangskoden i DTR_PASSWORD."));
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(listen.left(colon));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    if (colon < 0 || address.isNull() || !portOk || port < 0 || port > 65535)
        return cannotRun(tr("--listen skal være ADRESSE:PORT, fx 127.0.0.1:8080."));
    if (!address.isLoopback())
        return cannotRun(tr("stand-in-registeret lytter kun på loopback (127.0.0.1 eller ::1)."));

    auto data = std::make_shared<Register>();
    ReadError readError;
    if (!Snapshot::read(parser.value(QStringLiteral("data")), data.get(), &readError))
        return cannotRun(readError.toString());
    StandInRegister reg(data);
    QString error;
    if (parser.isSet(QStringLiteral("state")) && !reg.setStateFile(parser.value(QStringLiteral("state")), &error))
        return cannotRun(error);
    FaultPlan faults;
    if (parser.isSet(QStringLiteral("faults")) && !faults.parse(parser.value(QStringLiteral("faults")), &error))
        return cannotRun(error);
    QSslCertificate certificate;
    QSslKey key;
    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key")))
        return cannotRun(tr("--tls-cert og --tls-key gives sammen."));
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        QFile certFile(parser.value(QStringLiteral("tls-cert")));
        QFile keyFile(parser.value(QStringLiteral("tls-key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return cannotRun(tr("certifikat eller nøgle kan ikke læses."));
        certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return cannotRun(tr("certifikat eller nøgle er ikke gyldig PEM."));
    }
    StandInServer server(&reg, parser.value(QStringLiteral("user")), qEnvironmentVariable("DTR_PASSWORD"));
    server.setFaults(faults);
    if (!server.listen(address, quint16(port), &error, certificate, key))
        return cannotRun(error);
    out() << "listening on " << server.url().toString() << Qt::endl;
    return QCoreApplication::exec();
}

int fetch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Henter en kommunes data fra registerets ExportService (GetDagtilbudByAdmKommuneNummer) og skriver\n"
           "dem som XML-udtræk. Adgangskoden læses fra DTR_PASSWORD eller spørges om i terminalen.\n"
           "Afslutter med 0 ved succes, 2 ved fejl."));
    parser.addOption({QStringLiteral("service"), tr("Registerets adresse (https://…)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("kommune"), tr("Kommunekoden."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("user"), tr("Brugernavn."), QStringLiteral("U")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Hvor udtrækket skrives (standard: stdout)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ca"), tr("Et ekstra CA-certifikat (PEM) at stole på."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("timeout"), tr("Sekunder uden svar før der gives op (standard 60)."),
                      QStringLiteral("S"), QStringLiteral("60")});
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    for (const char *required : {"service", "kommune", "user"})
        if (!parser.isSet(QLatin1String(required)))
            return cannotRun(tr("fetch kræver --service, --kommune og --user (se dtr fetch --help)."));
    bool ok = false;
    const int kommune = parser.value(QStringLiteral("kommune")).toInt(&ok);
    if (!ok || !CodeTables::bundled().kommune.contains(kommune))
        return cannotRun(tr("\"%1\" er ikke en af de 98 kommunekoder.").arg(parser.value(QStringLiteral("kommune"))));
    ServiceEndpoint endpoint;
    endpoint.base = QUrl(parser.value(QStringLiteral("service")));
    if (!endpoint.base.isValid() || endpoint.base.host().isEmpty())
        return cannotRun(tr("--service skal være en adresse som https://…"));
    endpoint.user = parser.value(QStringLiteral("user"));
    endpoint.timeoutMs = std::max(1, parser.value(QStringLiteral("timeout")).toInt()) * 1000;
    if (parser.isSet(QStringLiteral("ca"))) {
        endpoint.extraCaCertificates = QSslCertificate::fromPath(parser.value(QStringLiteral("ca")));
        if (endpoint.extraCaCertificates.isEmpty())
            return cannotRun(tr("%1 indeholder intet PEM-certifikat.").arg(parser.value(QStringLiteral("ca"))));
    }
    QString error;
    if (!password(&endpoint.password, &error))
        return cannotRun(error);
    RegisterClient client(endpoint);
    ServiceCall *call = client.query(ServiceNames::Method::GetDagtilbudByAdmKommuneNummer, QString::number(kommune));
    call->wait();
    Register reg;
    if (!RegisterClient::readRegister(*call, &reg, &error))
        return cannotRun(error);
    const QByteArray bytes = XmlSnapshot::toBytes(reg);
    if (parser.isSet(QStringLiteral("output"))) {
        if (!XmlSnapshot::write(reg, parser.value(QStringLiteral("output")), &error))
            return cannotRun(error);
    } else {
        out().flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    }
    return ExitOk;
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
