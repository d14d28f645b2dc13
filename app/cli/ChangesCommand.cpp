// `dtr changes`: the pending changes of a workspace or a change file.
#include "CliCommands.h"
#include "CliSupport.h"

#include "changes/ChangeJson.h"
#include "compare/SnapshotDiff.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dtr::cli {

namespace {

QString levelText(const RecordChange &c)
{
    return levelLabel(c.level).toLower();
}

} // namespace

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
            QJsonObject o = recordChangeToJson(c);
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

} // namespace dtr::cli
