// A real process that edits a workspace the way the app does, acknowledging each edit on
// stdout only after the change set reports it durably written. tst_crash kills it with SIGKILL
// at random moments and checks that every acknowledged edit survived.
//
// Usage: dtr-crash-worker WORKSPACE SEED EDITS

#include "changes/ChangeFile.h"
#include "generator/SnapshotGenerator.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

using namespace dtr;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    const QString path = args[1];
    quint64 state = args[2].toULongLong();
    const int edits = args[3].toInt();
    const auto next = [&state](int n) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return int((state >> 33) % quint64(n));
    };

    QString error;
    std::unique_ptr<Workspace> ws;
    if (QFileInfo::exists(path)) {
        ws = Workspace::open(path, &error);
    } else {
        GeneratorOptions options;
        options.kommuner = {727};
        ws = Workspace::create(path, std::make_shared<Register>(generateSnapshot(options).reg), QStringLiteral("odder"),
                               &error);
    }
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    ChangeSet &changes = *ws->changeSet();
    const Overlay &overlay = *changes.overlay();
    std::printf("ready %d\n", int(changes.steps().size()));
    std::fflush(stdout);

    for (int n = 0; n < edits; ++n) {
        // Pick a live, active record of the wanted level.
        const auto pick = [&](Level level) {
            for (int tries = 0; tries < 1000; ++tries) {
                const int i = next(overlay.size());
                if (overlay.isLive(i) && overlay.record(i).level() == level && overlay.record(i).isActive() &&
                    (level == Level::Daginstitution || overlay.parentOf(i) >= 0))
                    return i;
            }
            return -1;
        };
        Step step;
        const int kind = next(10);
        if (kind < 7) {
            const int unit = pick(Level::Anvisningsenhed);
            if (unit < 0)
                continue;
            const Field field = next(2) ? Field::Navn : Field::TelefonNummer;
            step = changes.updateStep(unit, field,
                                      field == Field::Navn ? QStringLiteral("Navn %1-%2").arg(args[2]).arg(n)
                                                           : QString::number(20000000 + next(70000000)));
        } else if (kind < 9) {
            const int dag = pick(Level::Daginstitution);
            if (dag < 0)
                continue;
            step = changes.createAnvisningsenhedStep(dag);
        } else {
            const int unit = pick(Level::Anvisningsenhed);
            if (unit < 0)
                continue;
            const QList<int> targets = changes.moveTargets(unit);
            if (targets.isEmpty())
                continue;
            step = changes.moveStep(unit, targets[next(int(targets.size()))]);
        }
        step.mergeKey.clear();
        if (changes.push(step, &error) != ChangeSet::Result::Applied)
            continue;
        // Acknowledged only now: the step and its index, as stored.
        const QByteArray json =
            QJsonDocument(ChangeFile::stepToJson(changes.steps().last())).toJson(QJsonDocument::Compact);
        std::printf("ack %d %s\n", int(changes.steps().size()) - 1, json.constData());
        std::fflush(stdout);
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
