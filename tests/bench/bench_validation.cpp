// Validation speed on the generated national register: the whole register, and one edit.
// Prints one table with a baseline measured in the same run on the same data, so the ratio
// holds on a noisy machine. Run by script/bench; not part of the unit tests.

#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace dtr;

namespace {

template <typename F>
double medianMs(int runs, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void row(const char *what, double value, const char *baselineName, double baseline)
{
    std::printf("%-40s %10.3f ms   %-32s %10.3f ms   %7.2f\n", what, value, baselineName, baseline, value / baseline);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int scale = argc > 1 ? std::max(1, atoi(argv[1])) : 1;
    GeneratorOptions options;
    options.scale = scale;
    auto base = std::make_shared<Register>(generateSnapshot(options).reg);
    std::printf("register: %d records (%d× the country)\n\n", base->size(), scale);
    std::printf("%-40s %13s   %-32s %13s   %7s\n", "benchmark", "value", "baseline", "baseline", "ratio");

    // Baseline for a whole run: reading every field of every record once.
    qsizetype sink = 0;
    const double scan = medianMs(7, [&] {
        for (const Record &r : base->records())
            for (Field f : fieldsOf(r.level()))
                sink += r.value(f).size();
    });
    ChangeSet changes(base);
    Validator validator(&changes, CodeTables::bundled());
    const double full = medianMs(7, [&] { validator.validateAll(); });
    row("whole-register validation", full, "read every field once", scan);

    // One edit: the change set's own work without a validator, then with one.
    ChangeSet bare(base);
    std::vector<int> units;
    for (int i = 0; i < base->size() && units.size() < 400; i += 7)
        if (base->record(i).level() == Level::Anvisningsenhed && base->record(i).isActive())
            units.push_back(i);
    const auto edits = [&](ChangeSet &c) {
        int n = 0;
        QString error;
        return medianMs(int(units.size()), [&] {
            const int i = units[size_t(n)];
            c.push(c.updateStep(i, Field::Navn, QStringLiteral("Navn %1").arg(n)), &error);
            c.sealMerging();
            ++n;
        });
    };
    const double withoutValidation = edits(bare);
    const double withValidation = edits(changes);
    row("one edit, validated incrementally", withValidation, "one edit, no validation", withoutValidation);
    std::printf("%-40s %10.3f ms   (records re-checked by the last edit: %d)\n", "incremental validation alone",
                std::max(0.0, withValidation - withoutValidation), validator.lastFlushSize());
    std::printf("\nfindings: %d errors, %d warnings, %d info (checksum %lld)\n", validator.counts().error,
                validator.counts().warning, validator.counts().info, static_cast<long long>(sink % 7));
    return 0;
}
