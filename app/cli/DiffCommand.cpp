// `dtr diff`: two snapshots compared field by field.
#include "CliCommands.h"
#include "CliSupport.h"

#include "compare/SnapshotDiff.h"
#include "io/Snapshot.h"
#include "register/Register.h"
#include "validation/Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace dtr::cli {

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

} // namespace dtr::cli
