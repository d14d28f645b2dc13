#include "CliCommands.h"
#include "CliSupport.h"

#include "codes/CodeTables.h"
#include "session/Session.h"
#include "submit/Submitter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSslCertificate>

namespace dtr::cli {

namespace {

// --service, --user, --ca and the password, as `submit` and `workspace reconcile` take them.
bool endpointFrom(const QCommandLineParser &parser, ServiceEndpoint *endpoint, QString *error)
{
    endpoint->base = QUrl(parser.value(QStringLiteral("service")));
    if (!endpoint->base.isValid() || endpoint->base.host().isEmpty()) {
        *error = tr("--service skal være en adresse som https://…");
        return false;
    }
    endpoint->user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("ca"))) {
        endpoint->extraCaCertificates = QSslCertificate::fromPath(parser.value(QStringLiteral("ca")));
        if (endpoint->extraCaCertificates.isEmpty()) {
            *error = tr("%1 indeholder intet PEM-certifikat.").arg(parser.value(QStringLiteral("ca")));
            return false;
        }
    }
    return password(&endpoint->password, error);
}

void addEndpointOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("service"), tr("Registerets adresse."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("user"), tr("Brugernavn."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("ca"), tr("Et ekstra CA-certifikat (PEM) at stole på."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("grace"),
         tr("Sekunder en skrivning uden svar stadig kan nå frem til registeret; før da afstemmes den ikke som "
            "\"ikke udført\" (standard 120)."),
         QStringLiteral("S"), QStringLiteral("120")});
}

// Prints results as text or JSON (resultsToJson; `problem`, when a run stopped early, added).
void printResults(const QList<OperationResult> &results, bool dryRun, const QString &problem, bool json)
{
    if (json) {
        QJsonObject root = resultsToJson(results, dryRun);
        if (!problem.isEmpty())
            root.insert(QStringLiteral("problem"), problem);
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return;
    }
    for (const OperationResult &r : results) {
        out() << outcomeKey(r.outcome) << '\t' << operationKindKey(r.operation.kind) << ' '
              << levelKey(r.operation.change.level) << ' ' << r.operation.change.key;
        if (!r.number.isEmpty() && r.number != r.operation.change.key)
            out() << " → " << r.number;
        if (r.settled)
            out() << tr(" (afstemt)");
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
    out() << runSummary(results, dryRun) << '\n';
    if (!problem.isEmpty())
        err() << "dtr: " << problem << Qt::endl;
}

int exitFor(const QList<OperationResult> &results, const QString &problem)
{
    if (!problem.isEmpty())
        return ExitFindings;
    for (const OperationResult &r : results)
        if (r.outcome != OperationResult::Accepted && r.outcome != OperationResult::WouldSend)
            return ExitFindings;
    return ExitOk;
}

// A change file straight to the register: no workspace, so nothing to keep an unknown outcome
// in — it is reported, and the register is whatever it holds now.
int submitChangeFile(const QString &path, const ServiceEndpoint &endpoint, bool dryRun, bool json)
{
    QList<Step> steps;
    int position = 0;
    QString error;
    if (!readChanges(path, &steps, &position, &error))
        return cannotRun(error);
    SubmissionPlan plan;
    if (!SubmissionPlan::build(foldNetChanges(steps, position), {}, &plan, &error))
        return cannotRun(error);
    RegisterClient client(endpoint);
    Submitter submitter(&client);
    QEventLoop loop;
    QObject::connect(&submitter, &Submitter::finished, &loop, &QEventLoop::quit);
    SubmissionOptions options;
    options.dryRun = dryRun;
    submitter.start(plan, options);
    if (submitter.isRunning())
        loop.exec();
    printResults(submitter.results(), dryRun, {}, json);
    return exitFor(submitter.results(), {});
}

} // namespace

int submit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Indsender de ventende ændringer i et arbejdsområde (eller en ændringsfil) til registerets ImportService:\n"
        "oprettelser først, så rettelser og flytninger, lukninger til sidst. Hver post læses frisk først; er et felt,\n"
        "du har ændret, også ændret af en anden, er det en konflikt, og posten sendes ikke. Dokumenterne kontrolleres\n"
        "mod skemaet lokalt og med ValidateXmlAgainstSchema før afsendelse. Et arbejdsområde gemmer hver skrivning,\n"
        "før den sendes, og dens udfald, før den næste sendes. Uden et brugbart svar læses posten tilbage; hvad det\n"
        "ikke afgør, er et uvist udfald, som aldrig sendes igen i blinde: det afstemmes ved at læse tilbage, før\n"
        "noget andet sendes næste gang. Det modtagne bliver arbejdsområdets grunddata, det afviste forbliver\n"
        "ventende; alt står i arbejdsområdets revisionsspor. Fejl og advarsler, der ikke er kvitteret for, på det\n"
        "der skal sendes, stopper indsendelsen, før noget sendes (samme regel som i programmet).\n"
        "Adgangskoden læses fra DTR_PASSWORD eller spørges om i terminalen.\n"
        "Afslutter med 0 når alt blev modtaget, 1 når noget blev afvist, var i konflikt, ikke blev sendt, ikke blev\n"
        "udført eller har uvist udfald (listet), 2 når indsendelsen ikke kunne køre."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("Arbejdsområdet (.dtrws)."),
                                 QStringLiteral("[WORKSPACE]"));
    parser.addOption({QStringLiteral("changes"), tr("En ændringsfil at indsende i stedet for et arbejdsområde."),
                      QStringLiteral("FILE")});
    addEndpointOptions(parser);
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
    bool graceOk = false;
    const int graceSeconds = parser.value(QStringLiteral("grace")).toInt(&graceOk);
    if (!graceOk || graceSeconds < 0)
        return cannotRun(tr("--grace skal være et ikke-negativt antal sekunder."));

    QString error;
    ServiceEndpoint endpoint;
    if (fromFile) {
        if (!endpointFrom(parser, &endpoint, &error))
            return cannotRun(error);
        return submitChangeFile(parser.value(QStringLiteral("changes")), endpoint, dryRun, json);
    }
    Session session(codeTables());
    if (!session.openWorkspace(parser.positionalArguments().first(), &error))
        return cannotRun(error);
    // The gate is checked before any password is asked for.
    const QList<SubmissionBlocker> blocking = session.blockers();
    if (!blocking.isEmpty() && !dryRun && session.unknownOutcomes().isEmpty()) {
        err() << QCoreApplication::translate("dtr::cli",
                                             "dtr: %n fund skal rettes eller kvitteres for før indsendelse:", nullptr,
                                             int(blocking.size()))
              << Qt::endl;
        for (const SubmissionBlocker &b : blocking)
            err() << "  " << severityKey(b.finding.severity) << ' ' << levelKey(b.finding.level) << ' '
                  << b.finding.entity << " (" << b.finding.rule << "): " << b.finding.message << Qt::endl;
        return ExitFindings;
    }
    if (!session.changeSet()->hasPendingChanges() && session.unknownOutcomes().isEmpty()) {
        printResults({}, dryRun, {}, json);
        return ExitOk;
    }
    if (!endpointFrom(parser, &endpoint, &error))
        return cannotRun(error);
    Session::SubmitRequest request;
    request.endpoint = endpoint;
    request.reason = parser.value(QStringLiteral("reason"));
    request.dryRun = dryRun;
    request.graceMs = graceSeconds * 1000;
    QEventLoop loop;
    QObject::connect(&session, &Session::finished, &loop, &QEventLoop::quit);
    if (!session.submit(request, &error))
        return cannotRun(error);
    if (session.isBusy())
        loop.exec();
    printResults(session.lastResults(), dryRun, session.lastProblem(), json);
    return exitFor(session.lastResults(), session.lastProblem());
}

int workspaceReconcile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Afstemmer et arbejdsområdes uvisse udfald med registeret: hver skrivning uden kendt udfald læses\n"
           "tilbage. Har registeret ændringen, er den modtaget; har det den ikke (og kan en skrivning uden svar ikke\n"
           "længere nå frem, se --grace), venter ændringen igen og kan sendes; kan registeret ikke læses, forbliver\n"
           "udfaldet uvist. Intet sendes.\n"
           "Adgangskoden læses fra DTR_PASSWORD eller spørges om i terminalen.\n"
           "Afslutter med 0 når alle udfald er afstemt, 1 når nogle stadig er uvisse, 2 når det ikke kunne køre."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("Arbejdsområdet (.dtrws)."));
    addEndpointOptions(parser);
    int exit = ExitOk;
    bool json = false;
    if (!parse(parser, args, &exit, &json))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return cannotRun(tr("workspace reconcile tager præcis ét WORKSPACE (se dtr workspace reconcile --help)."));
    if (!parser.isSet(QStringLiteral("service")) || !parser.isSet(QStringLiteral("user")))
        return cannotRun(tr("workspace reconcile kræver --service og --user."));
    bool graceOk = false;
    const int graceSeconds = parser.value(QStringLiteral("grace")).toInt(&graceOk);
    if (!graceOk || graceSeconds < 0)
        return cannotRun(tr("--grace skal være et ikke-negativt antal sekunder."));
    QString error;
    Session session(codeTables());
    if (!session.openWorkspace(parser.positionalArguments().first(), &error))
        return cannotRun(error);
    if (session.unknownOutcomes().isEmpty()) {
        printResults({}, false, {}, json);
        return ExitOk;
    }
    Session::SubmitRequest request;
    if (!endpointFrom(parser, &request.endpoint, &error))
        return cannotRun(error);
    request.graceMs = graceSeconds * 1000;
    QEventLoop loop;
    QObject::connect(&session, &Session::finished, &loop, &QEventLoop::quit);
    if (!session.reconcile(request, &error))
        return cannotRun(error);
    if (session.isBusy())
        loop.exec();
    printResults(session.lastResults(), false, session.lastProblem(), json);
    for (const OperationResult &r : session.lastResults())
        if (r.outcome == OperationResult::Unknown)
            return ExitFindings;
    return session.lastProblem().isEmpty() ? ExitOk : ExitFindings;
}

} // namespace dtr::cli
