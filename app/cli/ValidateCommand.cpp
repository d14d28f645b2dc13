// `dtr validate`: a snapshot and pending changes against the rules.
#include "CliCommands.h"
#include "CliSupport.h"

#include "changes/ChangeFile.h"
#include "codes/CodeTables.h"
#include "compare/SnapshotDiff.h"
#include "io/Snapshot.h"
#include "register/Register.h"
#include "validation/FindingJson.h"
#include "validation/RuleProfile.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dtr::cli {

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
        for (const Finding &f : findings)
            list.append(findingToJson(f, validator));
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

} // namespace dtr::cli
