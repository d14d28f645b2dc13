#include "CliCommands.h"

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
#include "submit/Submission.h"
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

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// One line on stderr, starting with "dtr:", and the "cannot run" exit code.
int cannotRun(const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "dtr: " << line << Qt::endl;
    return ExitCannotRun;
}

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

// Parses a command's arguments; returns false with the exit code in *exit when the command
// must stop (help shown, or a usage error). With `json`, the command takes --format text|json.
bool parse(QCommandLineParser &parser, const QStringList &args, int *exit, bool *json = nullptr)
{
    parser.addHelpOption();
    if (json)
        parser.addOption({QStringLiteral("format"), tr("Uddata som text (standard) eller json."),
                          QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parser.parse(args)) {
        *exit = cannotRun(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; users know it as "dtr COMMAND".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0)
            text.replace(at, program.size(), args.constFirst());
        out() << text;
        out().flush();
        *exit = ExitOk;
        return false;
    }
    if (json) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("json")) {
            *exit = cannotRun(tr("--format skal være text eller json, ikke \"%1\".").arg(format));
            return false;
        }
        *json = format == QLatin1String("json");
    }
    return true;
}

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

// The pending changes of a workspace (.dtrws) or a change file (.json), read without locking
// the workspace, so it can be listed while the app has it open.
bool readChanges(const QString &path, QList<Step> *steps, int *position, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = tr("%1 findes ikke.").arg(path);
        return false;
    }
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(16);
    if (head.startsWith("SQLite format 3")) {
        Workspace::Summary summary;
        if (!Workspace::peek(path, &summary, error))
            return false;
        *steps = summary.steps;
        *position = summary.position;
        return true;
    }
    file.seek(0);
    ChangeFile::Contents contents;
    if (!ChangeFile::read(file.read(256 * 1024 * 1024), &contents, error)) {
        *error = QFileInfo(path).fileName() + QStringLiteral(": ") + *error;
        return false;
    }
    *steps = contents.steps;
    *position = int(contents.steps.size());
    return true;
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
    if (!readChanges(parser.positionalArguments().first(), &steps, &position, &error))
        return cannotRun(error);
    const QList<RecordChange> net = foldNetChanges(steps, position);
    const ChangeCounts counts = countChanges(net);
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
            list.append(o);
        }
        const QJsonObject root{{QStringLiteral("changes"), list},
                               {QStringLiteral("summary"), QJsonObject{{QStringLiteral("added"), counts.added},
                                                                       {QStringLiteral("changed"), counts.changed},
                                                                       {QStringLiteral("moved"), counts.moved},
                                                                       {QStringLiteral("closed"), counts.closed}}},
                               {QStringLiteral("steps"), int(steps.size())},
                               {QStringLiteral("position"), position}};
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
    }
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

// The password: from DTR_PASSWORD, else asked on the terminal without echo. Never an argument.
bool password(QString *out, QString *error)
{
    if (qEnvironmentVariableIsSet("DTR_PASSWORD")) {
        *out = qEnvironmentVariable("DTR_PASSWORD");
        return true;
    }
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        *error = tr("ingen adgangskode: sæt DTR_PASSWORD, eller kør fra en terminal for at blive spurgt.");
        return false;
    }
    std::fputs(qPrintable(tr("Adgangskode: ")), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool terminal = tcgetattr(fd, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSANOW, &quiet);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (terminal)
        tcsetattr(fd, TCSANOW, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read) {
        *error = tr("ingen adgangskode læst.");
        return false;
    }
    *out = QString::fromUtf8(buffer).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return true;
}

int simulate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starter et stand-in-register: SOAP over HTTP(S) på loopback med registerets Import- og ExportService,\n"
           "regler og svar, så klienten, demoen og testene kan køre uden STIL. Adgangskoden læses fra DTR_PASSWORD.\n"
           "Skriver \"listening on URL\" når den er klar, og kører til den stoppes.\n"
           "Fejl til test (--faults): kommaseparerede METODE:FEJL[@KALD] hvor METODE er et metodenavn eller *,\n"
           "FEJL er delay=MS, drop-before, drop-after, http500, http503, malformed, fault eller oversized, og KALD er\n"
           "et kaldnummer eller interval (fx @2 eller @1-3) talt pr. metode; eller random=P[/FRØ]."));
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
        key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
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

int submit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Indsender de ventende ændringer i et arbejdsområde (eller en ændringsfil) til registerets ImportService:\n"
        "oprettelser først, så rettelser og flytninger, lukninger til sidst. Hver post læses frisk først; er et felt,\n"
        "du har ændret, også ændret af en anden, er det en konflikt, og posten sendes ikke. Dokumenterne kontrolleres\n"
        "mod skemaet lokalt og med ValidateXmlAgainstSchema før afsendelse. Et svar der går tabt, følges op ved at\n"
        "læse posten tilbage; intet sendes to gange. Et arbejdsområde får det modtagne som ny grunddata, og det\n"
        "afviste forbliver ventende; alt skrives i arbejdsområdets revisionsspor. Fejl fra valideringen stopper\n"
        "indsendelsen, før noget sendes.\n"
        "Adgangskoden læses fra DTR_PASSWORD eller spørges om i terminalen.\n"
        "Afslutter med 0 når alt blev modtaget, 1 når noget blev afvist, var i konflikt eller ikke blev sendt\n"
        "(listet), 2 når indsendelsen ikke kunne køre."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("Arbejdsområdet (.dtrws)."),
                                 QStringLiteral("[WORKSPACE]"));
    parser.addOption({QStringLiteral("changes"), tr("En ændringsfil at indsende i stedet for et arbejdsområde."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("service"), tr("Registerets adresse."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("user"), tr("Brugernavn."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("ca"), tr("Et ekstra CA-certifikat (PEM) at stole på."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("reason"), tr("Begrundelse for indsendelsen (til revisionssporet)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("dry-run"), tr("Kontrollér alt, men send intet.")});
    int exit = ExitOk;
    bool json = false;
    if (!parse(parser, args, &exit, &json))
        return exit;
    const bool fromFile = parser.isSet(QStringLiteral("changes"));
    if (fromFile == (parser.positionalArguments().size() == 1) || parser.positionalArguments().size() > 1)
        return cannotRun(tr("angiv enten WORKSPACE eller --changes FILE (se dtr submit --help)."));
    if (!parser.isSet(QStringLiteral("service")) || !parser.isSet(QStringLiteral("user")))
        return cannotRun(tr("submit kræver --service og --user."));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    QString error;
    std::unique_ptr<Workspace> workspace;
    QList<RecordChange> changes;
    if (fromFile) {
        QList<Step> steps;
        int position = 0;
        if (!readChanges(parser.value(QStringLiteral("changes")), &steps, &position, &error))
            return cannotRun(error);
        changes = foldNetChanges(steps, position);
    } else {
        workspace = Workspace::open(parser.positionalArguments().first(), &error);
        if (!workspace)
            return cannotRun(error);
        changes = workspace->changeSet()->netChanges();
        // Errors the app can see block the submission before anything is sent.
        Validator validator(workspace->changeSet(), CodeTables::current());
        validator.validateAll();
        QStringList blocking;
        for (const RecordChange &c : changes) {
            const int i = workspace->changeSet()->overlay()->find(c.level, c.key);
            for (const Finding &f : validator.findingsOf(i))
                if (f.severity == Severity::Error)
                    blocking << QStringLiteral("%1 %2: %3").arg(levelKey(f.level), f.entity, f.message);
        }
        if (!blocking.isEmpty()) {
            err() << tr("dtr: %1 fejl skal rettes før indsendelse:").arg(blocking.size()) << Qt::endl;
            for (const QString &b : blocking)
                err() << "  " << b << Qt::endl;
            return ExitFindings;
        }
    }
    SubmissionPlan plan;
    if (!SubmissionPlan::build(changes, {}, &plan, &error,
                               workspace ? parentKeys(*workspace->changeSet()) : QHash<QString, QString>()))
        return cannotRun(error);

    ServiceEndpoint endpoint;
    endpoint.base = QUrl(parser.value(QStringLiteral("service")));
    endpoint.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("ca")))
        endpoint.extraCaCertificates = QSslCertificate::fromPath(parser.value(QStringLiteral("ca")));
    if (!password(&endpoint.password, &error))
        return cannotRun(error);
    RegisterClient client(endpoint);
    Submitter submitter(&client);
    const QList<OperationResult> results = submitter.run(plan, dryRun);

    int accepted = 0, other = 0;
    for (const OperationResult &r : results)
        (r.outcome == OperationResult::Accepted || r.outcome == OperationResult::WouldSend ? accepted : other) += 1;
    if (workspace && !dryRun &&
        !recordSubmission(*workspace, changes, results, endpoint.base.toDisplayString(QUrl::RemoveUserInfo),
                          endpoint.user, parser.value(QStringLiteral("reason")), &error))
        return cannotRun(error);

    static const char *kinds[] = {"insert", "update", "move", "delete"};
    if (json) {
        QJsonArray list;
        for (const OperationResult &r : results) {
            QJsonArray errors;
            for (const ImportResult::Error &e : r.errors)
                errors.append(QJsonObject{{QStringLiteral("code"), e.code},
                                          {QStringLiteral("field"), e.field},
                                          {QStringLiteral("message"), e.message}});
            QJsonArray conflicts;
            for (auto it = r.conflicts.cbegin(); it != r.conflicts.cend(); ++it)
                conflicts.append(QJsonObject{{QStringLiteral("field"), QString(fieldKey(it.key()))},
                                             {QStringLiteral("base"), std::get<0>(it.value())},
                                             {QStringLiteral("mine"), std::get<1>(it.value())},
                                             {QStringLiteral("theirs"), std::get<2>(it.value())}});
            list.append(QJsonObject{{QStringLiteral("operation"), QLatin1String(kinds[r.operation.kind])},
                                    {QStringLiteral("level"), QString(levelKey(r.operation.change.level))},
                                    {QStringLiteral("key"), r.operation.change.key},
                                    {QStringLiteral("number"), r.number},
                                    {QStringLiteral("outcome"), QString(outcomeKey(r.outcome))},
                                    {QStringLiteral("message"), r.message},
                                    {QStringLiteral("errors"), errors},
                                    {QStringLiteral("conflicts"), conflicts}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("results"), list},
                                           {QStringLiteral("dryRun"), dryRun},
                                           {QStringLiteral("summary"), QJsonObject{{QStringLiteral("ok"), accepted},
                                                                                   {QStringLiteral("other"), other}}}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const OperationResult &r : results) {
            out() << outcomeKey(r.outcome) << '\t' << kinds[r.operation.kind] << ' '
                  << levelKey(r.operation.change.level) << ' ' << r.operation.change.key;
            if (!r.number.isEmpty() && r.number != r.operation.change.key)
                out() << " → " << r.number;
            if (!r.message.isEmpty())
                out() << '\t' << r.message;
            out() << '\n';
            for (const ImportResult::Error &e : r.errors)
                out() << "    " << e.code << ' ' << e.field << ": " << e.message << '\n';
            for (auto it = r.conflicts.cbegin(); it != r.conflicts.cend(); ++it)
                out() << "    " << fieldKey(it.key())
                      << tr(": grundlag \"%1\", dit \"%2\", deres \"%3\"")
                             .arg(std::get<0>(it.value()), std::get<1>(it.value()), std::get<2>(it.value()))
                      << '\n';
        }
        out() << tr("%1 af %2 operationer %3.")
                     .arg(accepted)
                     .arg(results.size())
                     .arg(dryRun ? tr("klar") : tr("modtaget"))
              << '\n';
    }
    return other > 0 ? ExitFindings : ExitOk;
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
