#include "CliCommands.h"
#include "CliSupport.h"

#include "changes/ChangeFile.h"
#include "codes/CodeTables.h"
#include "io/Snapshot.h"
#include "register/Register.h"
#include "session/Session.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dtr::cli {

namespace {

int workspaceNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Laver et arbejdsområde ud fra et udtræk (XML-fil eller mappe med CSV-filer), som programmet og\n"
           "dtr submit kan arbejde videre i. Afslutter med 0 ved succes, 2 ved fejl (også når WS findes)."));
    parser.addPositionalArgument(QStringLiteral("SNAPSHOT"), tr("Udtrækket, der bliver grundlaget."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Arbejdsområdet, der laves (.dtrws)."),
                      QStringLiteral("WS")});
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output")))
        return cannotRun(tr("workspace new tager SNAPSHOT og -o WS (se dtr workspace new --help)."));
    auto reg = std::make_shared<Register>();
    ReadError readError;
    const QString snapshot = parser.positionalArguments().first();
    if (!Snapshot::read(snapshot, reg.get(), &readError))
        return cannotRun(readError.toString());
    QString error;
    const std::unique_ptr<Workspace> ws = Workspace::create(parser.value(QStringLiteral("output")), std::move(reg),
                                                            QFileInfo(snapshot).absoluteFilePath(), &error);
    if (!ws)
        return cannotRun(error);
    out() << tr("Arbejdsområdet %1 er lavet (grunddata %2).").arg(ws->path(), ws->fingerprint()) << '\n';
    return ExitOk;
}

int workspaceImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Anvender en ændringsfil på et arbejdsområde som ét trin. Filen skal være lavet på arbejdsområdets\n"
           "grunddata; hele filen kontrolleres først, og intet anvendes, hvis noget ikke kan.\n"
           "Afslutter med 0 ved succes, 2 ved fejl."));
    parser.addPositionalArgument(QStringLiteral("WS"), tr("Arbejdsområdet (.dtrws)."));
    parser.addPositionalArgument(QStringLiteral("CHANGEFILE"), tr("Ændringsfilen (.json)."));
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return cannotRun(tr("workspace import tager WS og CHANGEFILE (se dtr workspace import --help)."));
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(pos[0], &error);
    if (!ws)
        return cannotRun(error);
    QFile file(pos[1]);
    if (!file.open(QIODevice::ReadOnly))
        return cannotRun(tr("%1 kan ikke åbnes: %2").arg(pos[1], file.errorString()));
    ChangeFile::Contents contents;
    Step step;
    if (!ChangeFile::read(file.read(256 * 1024 * 1024), &contents, &error) ||
        !ChangeFile::prepareImport(*ws->changeSet(), ws->fingerprint(), contents, &step, &error))
        return cannotRun(QFileInfo(pos[1]).fileName() + QStringLiteral(": ") + error);
    if (ws->changeSet()->push(step, &error) == ChangeSet::Result::Refused)
        return cannotRun(error);
    out() << QCoreApplication::translate("dtr::cli", "%n trin er importeret fra %1.", nullptr,
                                         int(contents.steps.size()))
                 .arg(QFileInfo(pos[1]).fileName())
          << '\n';
    return ExitOk;
}

int workspaceStatus(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Viser et arbejdsområdes tilstand uden at låse det: grunddataenes fingeraftryk (det en ændringsfil\n"
           "skal bære), de ventende ændringer, skrivninger med uvist udfald, og registerets ord om afviste\n"
           "ændringer. Afslutter med 0 ved succes, 2 når arbejdsområdet ikke kan læses."));
    parser.addPositionalArgument(QStringLiteral("WS"), tr("Arbejdsområdet (.dtrws)."));
    int exit = ExitOk;
    bool json = false;
    if (!parse(parser, args, &exit, &json))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return cannotRun(tr("workspace status tager præcis ét WS (se dtr workspace status --help)."));
    Workspace::Summary summary;
    QString error;
    const QString path = parser.positionalArguments().first();
    if (!Workspace::peek(path, &summary, &error))
        return cannotRun(error);
    const QList<RecordChange> net = foldNetChanges(summary.steps, summary.position);
    const ChangeCounts counts = countChanges(net);
    if (json) {
        QJsonArray pending;
        for (const RecordChange &c : net)
            pending.append(QJsonObject{{QStringLiteral("level"), QString(levelKey(c.level))},
                                       {QStringLiteral("key"), c.key},
                                       {QStringLiteral("created"), c.created},
                                       {QStringLiteral("closed"), c.closed},
                                       {QStringLiteral("moved"), c.moved},
                                       {QStringLiteral("fields"), int(c.fields.size())}});
        QJsonArray unknown;
        for (const Workspace::OpenWrite &w : summary.openWrites)
            unknown.append(QJsonObject{{QStringLiteral("id"), w.id},
                                       {QStringLiteral("operation"), w.operation},
                                       {QStringLiteral("level"), w.level},
                                       {QStringLiteral("key"), w.key},
                                       {QStringLiteral("sentAt"), w.at},
                                       {QStringLiteral("message"), w.message}});
        QJsonArray refusals;
        for (auto it = summary.refusals.cbegin(); it != summary.refusals.cend(); ++it) {
            Level level = Level::Daginstitution;
            levelFromKey(it.key().section(QLatin1Char('/'), 0, 0), &level);
            refusals.append(QJsonObject{{QStringLiteral("level"), QString(levelKey(level))},
                                        {QStringLiteral("key"), it.key().section(QLatin1Char('/'), 1)},
                                        {QStringLiteral("message"), it.value()}});
        }
        const QJsonObject root{
            {QStringLiteral("workspace"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("source"), summary.source},
            {QStringLiteral("createdAt"), summary.createdAt},
            {QStringLiteral("fingerprint"), summary.fingerprint},
            {QStringLiteral("steps"), int(summary.steps.size())},
            {QStringLiteral("position"), summary.position},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("added"), counts.added},
                                                    {QStringLiteral("changed"), counts.changed},
                                                    {QStringLiteral("moved"), counts.moved},
                                                    {QStringLiteral("closed"), counts.closed},
                                                    {QStringLiteral("unknown"), int(summary.openWrites.size())},
                                                    {QStringLiteral("refused"), int(summary.refusals.size())}}},
            {QStringLiteral("unknownOutcomes"), unknown},
            {QStringLiteral("refusals"), refusals}};
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << tr("Arbejdsområde: %1").arg(QFileInfo(path).absoluteFilePath()) << '\n'
          << tr("Udtræk: %1").arg(summary.source) << '\n'
          << tr("Grunddata (fingeraftryk): %1").arg(summary.fingerprint) << '\n'
          << tr("Ventende: %1 oprettet, %2 ændret, %3 flyttet, %4 lukket (%5 trin, position %6).")
                 .arg(counts.added)
                 .arg(counts.changed)
                 .arg(counts.moved)
                 .arg(counts.closed)
                 .arg(summary.steps.size())
                 .arg(summary.position)
          << '\n';
    out() << QCoreApplication::translate("dtr::cli", "Uvisse udfald: %n", nullptr, int(summary.openWrites.size()))
          << '\n';
    for (const Workspace::OpenWrite &w : summary.openWrites)
        out() << "    " << w.operation << ' ' << w.level << ' ' << w.key << " (" << w.at << "): " << w.message << '\n';
    out() << QCoreApplication::translate("dtr::cli", "Afviste: %n", nullptr, int(summary.refusals.size())) << '\n';
    for (auto it = summary.refusals.cbegin(); it != summary.refusals.cend(); ++it)
        out() << "    " << it.key() << ": " << QString(it.value()).replace(QLatin1Char('\n'), QStringLiteral(" | "))
              << '\n';
    return ExitOk;
}

int workspaceAcknowledge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kvitterer for en advarsel på en post (som Ctrl+K i programmet), så den ikke længere stopper en\n"
           "indsendelse; --revoke trækker kvitteringen tilbage. KEY er postens nummer (eller midlertidige nøgle),\n"
           "RULE reglens id (se dtr validate). Afslutter med 0 ved succes, 2 ved fejl."));
    parser.addPositionalArgument(QStringLiteral("WS"), tr("Arbejdsområdet (.dtrws)."));
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("Postens nummer."));
    parser.addPositionalArgument(QStringLiteral("RULE"), tr("Reglens id, fx mangler-kontakt."));
    parser.addOption({QStringLiteral("note"), tr("Hvorfor det er i orden (gemmes)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("revoke"), tr("Træk kvitteringen tilbage.")});
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3)
        return cannotRun(tr("workspace acknowledge tager WS, KEY og RULE (se dtr workspace acknowledge --help)."));
    Session session(codeTables());
    QString error;
    if (!session.openWorkspace(pos[0], &error))
        return cannotRun(error);
    const Overlay &o = *session.changeSet()->overlay();
    int index = -1;
    for (int l = 0; l < LevelCount && index < 0; ++l)
        index = o.find(Level(l), pos[1]);
    if (index < 0)
        return cannotRun(tr("%1 findes ikke i arbejdsområdet.").arg(pos[1]));
    for (const Finding &f : session.validator()->findingsOf(index)) {
        if (f.rule != pos[2])
            continue;
        if (f.severity != Severity::Warning)
            return cannotRun(tr("%1 på %2 er en %3; kun advarsler kan kvitteres for.")
                                 .arg(f.rule, f.entity, severityLabel(f.severity).toLower()));
        if (!session.acknowledge(f, !parser.isSet(QStringLiteral("revoke")), parser.value(QStringLiteral("note")),
                                 &error))
            return cannotRun(error);
        out() << (parser.isSet(QStringLiteral("revoke")) ? tr("Kvitteringen for %1 på %2 er trukket tilbage.")
                                                         : tr("Der er kvitteret for %1 på %2."))
                     .arg(f.rule, f.entity)
              << '\n';
        return ExitOk;
    }
    return cannotRun(tr("%1 har ingen advarsel fra reglen %2.").arg(pos[1], pos[2]));
}

} // namespace

int workspace(const QStringList &args)
{
    struct Sub
    {
        const char *name;
        int (*run)(const QStringList &);
    };
    static const Sub subs[] = {{"new", workspaceNew},
                               {"import", workspaceImport},
                               {"status", workspaceStatus},
                               {"acknowledge", workspaceAcknowledge},
                               {"reconcile", workspaceReconcile}};
    const QString sub = args.value(1);
    for (const Sub &s : subs) {
        if (sub == QLatin1String(s.name)) {
            QStringList rest = args.mid(1);
            rest[0] = args.constFirst() + QLatin1Char(' ') + sub;
            return s.run(rest);
        }
    }
    const QString usage =
        tr("Brug: dtr workspace new SNAPSHOT -o WS | import WS CHANGEFILE | status WS [--format json] |\n"
           "      acknowledge WS KEY RULE [--note TEXT] [--revoke] |\n"
           "      reconcile WS --service URL --user U [--ca PEM] [--grace S] [--format json]\n"
           "Skriv dtr workspace UNDERKOMMANDO --help for dens tilvalg.\n");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage;
        return ExitOk;
    }
    err() << usage;
    return cannotRun(sub.isEmpty() ? tr("workspace kræver en underkommando.")
                                   : tr("ukendt underkommando \"%1\" til workspace.").arg(sub));
}

} // namespace dtr::cli
