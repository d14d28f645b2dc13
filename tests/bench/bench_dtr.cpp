// The benchmark suite (issue 9): every figure beside a baseline measured in the same run on the
// same bytes, so the ratio holds on a noisy machine. Run by script/bench; not part of ctest.
//
//   bench_dtr [SCALE...]           default: 1 100 (times the national register)
//   bench_dtr --peak-memory PATH   (internal) loads PATH like the app and prints peak RSS in KiB
//   bench_dtr --load PATH [RUNS]   loads PATH RUNS times (default 1) and prints each time: for a profiler
//   bench_dtr --validate PATH [RUNS]   loads PATH once, validates the whole register RUNS times: for a profiler
//   bench_dtr --only map [SCALE...] only the map's figures (paint per frame, pick)

#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/CsvSnapshot.h"
#include "io/CsvTokenizer.h"
#include "io/XmlSnapshot.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "map/MapRenderer.h"
#include "register/HugePages.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace dtr;

namespace {

qsizetype g_sink = 0; // keeps the baselines' work from being optimised away

// Figures kept per scale for the growth table at the end (issue 18: ×1 → ×100 ≤ 110).
std::map<QString, std::map<int, double>> g_growth;

void remember(const QString &what, int scale, double ms)
{
    g_growth[what][scale] = ms;
}

double medianMs(int runs, const std::function<void()> &work)
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

void header(const QString &title)
{
    std::printf("\n%s\n%-44s %12s   %-36s %12s   %7s   %s\n", qPrintable(title), "benchmark", "value", "baseline",
                "baseline", "ratio", "target");
}

void row(const QString &what, double value, const char *baselineName, double baseline, const char *target = "",
         const char *unit = "ms")
{
    std::printf("%-44s %9.3f %-2s   %-36s %9.3f %-2s   %7.2f   %s\n", qPrintable(what), value, unit, baselineName,
                baseline, unit, baseline > 0 ? value / baseline : 0.0, target);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

bool readSnapshot(const QString &path, Register *reg, ReadError *error)
{
    return path.endsWith(QLatin1String(".xml")) ? XmlSnapshot::read(path, reg, error)
                                                : CsvSnapshot::read(path, reg, error);
}

// --peak-memory: what the app holds for a register: the register, the change set over it, the
// validator's findings and the tree model.
// A "Vm…:" figure of this process in KiB. (getrusage's ru_maxrss is no use here: Linux keeps it
// across execve, so a child started by the big benchmark process would report the parent's.)
long statusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLong();
    return 0;
}

long currentRssKiB()
{
    return statusKiB("VmRSS:");
}

// Minor page faults of this process so far: each is a page the kernel mapped (and zeroed, when fresh).
long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// With DTR_BENCH_STAGES set, prints the resident size after each stage (for finding where it goes).
void stage(const char *what)
{
    if (qEnvironmentVariableIsSet("DTR_BENCH_STAGES"))
        std::fprintf(stderr, "%-24s %8ld KiB\n", what, currentRssKiB());
}

// Reads a snapshot for the internal modes below; false, with the reader's message on stderr, when
// it cannot.
bool readOrSay(const QString &path, Register *reg)
{
    ReadError error;
    if (readSnapshot(path, reg, &error))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    return false;
}

int peakMemory(const QString &path)
{
    stage("start");
    auto reg = std::make_shared<Register>();
    if (!readOrSay(path, reg.get()))
        return 2;
    stage("register");
    ChangeSet changes(reg);
    stage("change set");
    Validator validator(&changes, CodeTables::bundled());
    validator.validateAll();
    stage("validated");
    RegisterTreeModel tree(CodeTables::bundled());
    tree.setChangeSet(&changes, nullptr);
    tree.setValidator(&validator);
    stage("tree model");
    std::printf("%ld\n", statusKiB("VmHWM:"));
    return 0;
}

// --load: only the loading the "load …" rows time, so a profiler sees nothing else.
int loadOnly(const QString &path, int runs)
{
    for (int i = 0; i < runs; ++i) {
        const long faultsBefore = minorFaults();
        QElapsedTimer t;
        t.start();
        {
            Register reg;
            if (!readOrSay(path, &reg))
                return 2;
            g_sink += reg.size();
        }
        std::printf("%.1f ms, %ld page faults\n", double(t.nsecsElapsed()) / 1e6, minorFaults() - faultsBefore);
    }
    return 0;
}

// For profilers: loads once, then validates the whole register RUNS times, printing each time.
int validateOnly(const QString &path, int runs)
{
    auto reg = std::make_shared<Register>();
    if (!readOrSay(path, reg.get()))
        return 2;
    ChangeSet changes(reg);
    Validator validator(&changes, CodeTables::bundled());
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        validator.validateAll();
        std::printf("%.1f ms\n", double(t.nsecsElapsed()) / 1e6);
    }
    return 0;
}

void loading(const QString &dir, int scale)
{
    const QString xml = dir + QStringLiteral("/land.xml");
    const QString csv = dir + QStringLiteral("/land-csv");
    header(QStringLiteral("Loading, %1× (XML %2 MB, CSV %3 MB)")
               .arg(scale)
               .arg(double(QFileInfo(xml).size()) / 1e6, 0, 'f', 1)
               .arg(double(folderBytes(csv)) / 1e6, 0, 'f', 1));
    const int runs = scale >= 50 ? 3 : 7;
    const double xmlBase = medianMs(runs, [&] {
        QXmlStreamReader reader(readAll(xml));
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::Characters)
                g_sink += reader.text().size();
    });
    // Our own loads take five runs at scale (the baselines three): the growth rows divide by them,
    // and one disturbed run of three moved the median by the whole margin.
    const auto load = [&](const QString &path) {
        return medianMs(scale >= 50 ? 5 : 7, [&] {
            Register reg;
            ReadError error;
            if (!readSnapshot(path, &reg, &error))
                qFatal("%s", qPrintable(error.toString()));
            g_sink += reg.size();
        });
    };
    const double xmlLoad = load(xml);
    remember(QStringLiteral("load XML"), scale, xmlLoad);
    row(QStringLiteral("load XML into a Register"), xmlLoad, "read + QXmlStreamReader loop", xmlBase, "≤ 2×");
    // The whole xmllint process on the same file: libxml2's streaming reader, nothing kept.
    const double xmllint = medianMs(runs, [&] {
        QProcess p;
        p.start(QStringLiteral("xmllint"), {QStringLiteral("--stream"), QStringLiteral("--noout"), xml});
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            qFatal("xmllint --stream failed: %s", p.readAllStandardError().constData());
    });
    row(QStringLiteral("load XML into a Register"), xmlLoad, "xmllint --stream --noout", xmllint, "≤ 1.0×");
    const QStringList csvFiles = QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files);
    const double csvBase = medianMs(runs, [&] {
        for (const QString &name : csvFiles) {
            const QByteArray bytes = readAll(csv + QLatin1Char('/') + name);
            CsvTokenizer tokenizer(bytes);
            QList<QByteArray> fields;
            while (tokenizer.next(&fields))
                g_sink += fields.size();
        }
    });
    const double csvLoad = load(csv);
    remember(QStringLiteral("load CSV"), scale, csvLoad);
    row(QStringLiteral("load CSV into a Register"), csvLoad, "read + CSV field split", csvBase, "≤ 2×");
    // Python's csv module tokenizing the same files, timed inside Python (no interpreter start).
    static const char *pythonCsv = R"(
import csv, sys, time
runs, files = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    t = time.perf_counter()
    n = 0
    for name in files:
        with open(name, newline='', encoding='utf-8-sig') as f:
            for row in csv.reader(f, delimiter=';'):
                n += len(row)
    times.append(time.perf_counter() - t)
times.sort()
print(times[len(times) // 2] * 1000)
)";
    QStringList pythonArgs{QStringLiteral("-c"), QString::fromLatin1(pythonCsv), QString::number(runs)};
    for (const QString &name : csvFiles)
        pythonArgs.append(csv + QLatin1Char('/') + name);
    QProcess python;
    python.start(QStringLiteral("python3"), pythonArgs);
    if (!python.waitForFinished(600000) || python.exitCode() != 0)
        qFatal("python3 csv failed: %s", python.readAllStandardError().constData());
    const double pythonMs = python.readAllStandardOutput().trimmed().toDouble();
    row(QStringLiteral("load CSV into a Register"), csvLoad, "Python csv module, same files", pythonMs, "≤ 0.5×");
}

void treeAndFilter(const std::shared_ptr<const Register> &base, int scale)
{
    header(QStringLiteral("Tree and search, %1× (%2 records)").arg(scale).arg(base->size()));
    ChangeSet changes(base);
    const double scan = medianMs(3, [&] {
        for (const Record &r : base->records())
            g_sink += r.navn().contains(QLatin1String("bør"), Qt::CaseInsensitive);
    });
    const double build = medianMs(3, [&] {
        RegisterTreeModel fresh(CodeTables::bundled());
        fresh.setChangeSet(&changes, nullptr);
        g_sink += fresh.rowCount();
    });
    remember(QStringLiteral("build the tree model"), scale, build);
    row(QStringLiteral("build the tree model"), build, "scan every name once", scan);
    RegisterTreeModel tree(CodeTables::bundled());
    tree.setChangeSet(&changes, nullptr);
    RegisterFilterModel filter;
    filter.setSourceModel(&tree);
    const QString typed = QStringLiteral("børnehuset sol");
    std::vector<double> keystrokes;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        QElapsedTimer t;
        t.start();
        filter.setSearchText(typed.left(n));
        g_sink += filter.rowCount();
        keystrokes.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    row(QStringLiteral("filter as you type, median keystroke"), keystrokes[keystrokes.size() / 2],
        "scan every name once", scan, "< 50 ms");
    row(QStringLiteral("filter as you type, slowest keystroke"), keystrokes.back(), "scan every name once", scan,
        "< 50 ms");
}

void validation(const std::shared_ptr<const Register> &base, int scale)
{
    header(QStringLiteral("Validation, %1×").arg(scale));
    const double scan = medianMs(5, [&] {
        for (const Record &r : base->records())
            for (Field f : fieldsOf(r.level()))
                g_sink += r.value(f).size();
    });
    ChangeSet changes(base);
    Validator validator(&changes, CodeTables::bundled());
    const double full = medianMs(scale >= 50 ? 3 : 7, [&] { validator.validateAll(); });
    remember(QStringLiteral("whole-register validation"), scale, full);
    row(QStringLiteral("whole-register validation"), full, "read every field once", scan, scale == 1 ? "< 100 ms" : "");

    ChangeSet bare(base);
    std::vector<int> units;
    for (int i = 0; i < base->size() && units.size() < 400; i += 7)
        if (base->record(i).level() == Level::Anvisningsenhed && base->record(i).isActive())
            units.push_back(i);
    const auto edits = [&](ChangeSet &c) {
        int n = 0;
        QString error;
        return medianMs(int(units.size()), [&] {
            c.push(c.updateStep(units[size_t(n)], Field::Navn, QStringLiteral("Navn %1").arg(n)), &error);
            c.sealMerging();
            ++n;
        });
    };
    const double withoutValidation = edits(bare);
    const double withValidation = edits(changes);
    row(QStringLiteral("one edit, validated incrementally"), withValidation, "one edit, no validation",
        withoutValidation);
    std::printf("%-44s %9.3f ms   (records re-checked by the last edit: %d)   target < 1 ms\n",
                "incremental validation alone", std::max(0.0, withValidation - withoutValidation),
                validator.lastFlushSize());
}

// The map (issue 16): a whole frame (areas, points, names, legend) at three zooms in a window of
// 1400×900, the points alone (a frame over the kept areas, as hovering or selecting costs), and a
// click's pick, each beside filling the same frame with one colour.
void mapping(const std::shared_ptr<const Register> &base, int scale)
{
    header(QStringLiteral("Map, %1×").arg(scale));
    ChangeSet changes(base);
    RegisterMap map;
    QElapsedTimer t;
    t.start();
    map.rebuild(*changes.overlay());
    const double rebuild = double(t.nsecsElapsed()) / 1e6;
    const double scan = medianMs(3, [&] {
        for (const Record &r : base->records())
            g_sink += r.value(Field::GeoBredde).size();
    });
    row(QStringLiteral("read the points (%1), first time").arg(map.points().size()), rebuild,
        "read every latitude once", scan);
    const double again = medianMs(3, [&] { map.rebuild(*changes.overlay()); });
    row(QStringLiteral("read the points again, all"), again, "read every latitude once", scan);
    const int edited = map.points()[map.points().size() / 2].record;
    const double update = medianMs(5, [&] { map.update(*changes.overlay(), {edited}); });
    row(QStringLiteral("read one edited record again"), update, "read every latitude once", scan);

    QImage image(1400, 900, QImage::Format_ARGB32_Premultiplied);
    const MapRenderer renderer(MapBoundaries::bundled(), map);
    MapViewport view;
    view.setSize(image.size());
    const double fill = medianMs(21, [&] {
        QPainter p(&image);
        p.fillRect(image.rect(), Qt::white);
    });
    struct Zoom
    {
        const char *name;
        QRectF area;
    };
    const QRectF odder = MapProjection::toPlane(Geography::bundled().kommune(727)->bounds);
    const QRectF street(MapProjection::toPlane(GeoPoint{10.2107, 56.1567}) - QPointF(0.6, 0.4), QSizeF(1.2, 0.8));
    for (const Zoom &zoom : {Zoom{"country", map.visibleBounds()}, Zoom{"kommune", odder}, Zoom{"street", street}}) {
        view.fit(zoom.area, 0);
        MapRenderer::Stats stats;
        const double frame = medianMs(11, [&] {
            QPainter p(&image);
            stats = renderer.paint(p, view, MapScene{});
        });
        row(QStringLiteral("paint a frame, %1 (%2 points drawn)").arg(QLatin1String(zoom.name)).arg(stats.pointsDrawn),
            frame, "fill the frame once", fill, scale == 1 ? "< 16 ms" : "");
        const double points = medianMs(11, [&] {
            QPainter p(&image);
            g_sink += renderer.paintForeground(p, view, MapScene{}).pointsDrawn;
        });
        row(QStringLiteral("paint the points only, %1").arg(QLatin1String(zoom.name)), points, "fill the frame once",
            fill);
    }
    // A click: the points within 7 px at kommune zoom.
    view.fit(odder, 0);
    QRandomGenerator random(3);
    std::vector<QPointF> clicks;
    for (int n = 0; n < 1000; ++n)
        clicks.push_back(view.toPlane(QPointF(random.bounded(1400.0), random.bounded(900.0))));
    size_t next = 0;
    const double pick = medianMs(1000, [&] {
        g_sink += qsizetype(map.pick(clicks[next++ % clicks.size()], MapRenderer::PickRadius / view.scale()).size());
    });
    const double brute = medianMs(5, [&] {
        const QPointF at = clicks[next++ % clicks.size()];
        for (const MapPoint &p : map.points())
            g_sink += (p.plane - at).manhattanLength() < 0.1;
    });
    row(QStringLiteral("pick at a click"), pick * 1000, "look at every point once", brute * 1000, "< 1000 us", "us");
}

void workspace(const std::shared_ptr<const Register> &base, const QString &dir)
{
    header(QStringLiteral("Workspace (1×)"));
    QString error;
    // 10,000 operations as 10,000 steps, written in one go, then opened (checked and replayed).
    ChangeSet scratch(base);
    QList<Step> steps;
    std::vector<int> units;
    for (int i = 0; i < base->size(); ++i)
        if (base->record(i).level() == Level::Anvisningsenhed && base->record(i).isActive())
            units.push_back(i);
    for (int n = 0; n < 10000; ++n) {
        const Step step = scratch.updateStep(units[size_t(n) % units.size()], Field::Email,
                                             QStringLiteral("post%1@kommune.dk").arg(n));
        scratch.push(step, &error);
        scratch.sealMerging();
        steps.append(step);
    }
    const QString full = dir + QStringLiteral("/fuld.dtrws");
    const QString empty = dir + QStringLiteral("/tom.dtrws");
    {
        auto ws = Workspace::create(full, base, QStringLiteral("bench"), &error);
        if (!ws || !ws->writeSteps(0, steps, int(steps.size()), &error))
            qFatal("%s", qPrintable(error));
        auto none = Workspace::create(empty, base, QStringLiteral("bench"), &error);
        if (!none)
            qFatal("%s", qPrintable(error));
    }
    const auto open = [&](const QString &path) {
        return medianMs(3, [&] {
            if (!Workspace::open(path, &error))
                qFatal("%s", qPrintable(error));
        });
    };
    row(QStringLiteral("open a workspace with 10,000 operations"), open(full), "open the same base, no operations",
        open(empty));
    const double replay = medianMs(3, [&] {
        ChangeSet c(base);
        if (!c.load(steps, int(steps.size()), &error))
            qFatal("%s", qPrintable(error));
    });
    std::printf("%-44s %9.3f ms   (the 10,000 operations replayed in memory, no SQLite)\n", "replay alone", replay);

    // One durable edit: a SQLite transaction with synchronous=FULL, against the floor of one
    // small atomic file write (write, fsync, rename) on the same disk.
    auto ws = Workspace::open(empty, &error);
    ChangeSet *c = ws->changeSet();
    int n = 0;
    const double durable = medianMs(200, [&] {
        c->push(c->updateStep(units[size_t(n) % units.size()], Field::Navn, QStringLiteral("Navn %1").arg(n)), &error);
        c->sealMerging();
        ++n;
    });
    const QString floorFile = dir + QStringLiteral("/fsync.txt");
    const double fsyncFloor = medianMs(200, [&] {
        QSaveFile f(floorFile);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("et lille skridt\n");
            f.commit();
        }
    });
    row(QStringLiteral("one edit written durably"), durable, "QSaveFile of 16 bytes (fsync floor)", fsyncFloor);
}

void startup(const QString &dir)
{
    header(QStringLiteral("Start-up (1×, a whole process)"));
    const QString app = QCoreApplication::applicationDirPath() + QStringLiteral("/dtr-studio");
    const QString xml = dir + QStringLiteral("/land.xml");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(app, args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qFatal("dtr-studio %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                   p.readAllStandardError().constData());
    };
    run({QStringLiteral("--quit-when-shown"), xml}); // the first run creates the workspace
    const double shown = medianMs(5, [&] { run({QStringLiteral("--quit-when-shown"), xml}); });
    const double bare = medianMs(5, [&] { run({QStringLiteral("--version")}); });
    row(QStringLiteral("dtr-studio start to a shown national tree"), shown, "dtr-studio --version", bare,
        "≤ 300 ms and ≤ 3×");
}

void memory(const QString &dir, int scale)
{
    for (const QString &path : {dir + QStringLiteral("/land.xml"), dir + QStringLiteral("/land-csv")}) {
        const bool xml = path.endsWith(QLatin1String(".xml"));
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--peak-memory"), path});
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            qFatal("peak memory run failed: %s", p.readAllStandardError().constData());
        const double peakMb = p.readAllStandardOutput().trimmed().toDouble() * 1024 / 1e6;
        const double fileMb = double(xml ? QFileInfo(path).size() : folderBytes(path)) / 1e6;
        row(QStringLiteral("peak memory, %1 at %2×")
                .arg(xml ? QStringLiteral("XML") : QStringLiteral("CSV"))
                .arg(scale),
            peakMb, "size of the snapshot files", fileMb, "≤ 2.0×", "MB");
    }
}

// DTR_BENCH_SECTIONS=loading,memory runs only those tables (default: all).
bool wanted(const QString &section)
{
    const QString sections = qEnvironmentVariable("DTR_BENCH_SECTIONS");
    return sections.isEmpty() || sections.split(QLatin1Char(',')).contains(section);
}

} // namespace

int main(int argc, char *argv[])
{
    dtr::keepFreedMemoryForReuse();           // before anything large is allocated
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each table line as it is measured, even into a file
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the tree model's icons need a GUI application
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args[0] == QLatin1String("--peak-memory"))
        return peakMemory(args[1]);
    if ((args.size() == 2 || args.size() == 3) && args[0] == QLatin1String("--load"))
        return loadOnly(args[1], args.size() == 3 ? std::max(1, args[2].toInt()) : 1);
    if ((args.size() == 2 || args.size() == 3) && args[0] == QLatin1String("--validate"))
        return validateOnly(args[1], args.size() == 3 ? std::max(1, args[2].toInt()) : 1);
    QList<int> scales;
    bool mapOnly = false;
    for (qsizetype n = 0; n < args.size(); ++n) {
        if (args[n] == QLatin1String("--only") && n + 1 < args.size() && args[n + 1] == QLatin1String("map")) {
            mapOnly = true;
            ++n;
            continue;
        }
        scales.append(std::max(1, args[n].toInt()));
    }
    if (scales.isEmpty())
        scales = {1, 100};

    for (int scale : scales) {
        if (mapOnly) {
            GeneratorOptions options;
            options.scale = scale;
            auto base = std::make_shared<Register>(generateSnapshot(options).reg);
            std::printf("\n=== %d× the country: %d records ===\n", scale, base->size());
            mapping(base, scale);
            continue;
        }
        QTemporaryDir dir;
        GeneratorOptions options;
        options.scale = scale;
        QElapsedTimer t;
        t.start();
        auto base = std::make_shared<Register>(generateSnapshot(options).reg);
        QString error;
        if (!XmlSnapshot::write(*base, dir.filePath(QStringLiteral("land.xml")), &error) ||
            !CsvSnapshot::write(*base, dir.filePath(QStringLiteral("land-csv")), CodeTables::bundled(), &error))
            qFatal("%s", qPrintable(error));
        std::printf("\n=== %d× the country: %d records (generated and written in %.1f s) ===\n", scale, base->size(),
                    double(t.elapsed()) / 1000);
        if (wanted(QStringLiteral("loading")))
            loading(dir.path(), scale);
        if (wanted(QStringLiteral("tree")))
            treeAndFilter(base, scale);
        if (wanted(QStringLiteral("validation")))
            validation(base, scale);
        if (wanted(QStringLiteral("map")))
            mapping(base, scale);
        if (scale == 1 && wanted(QStringLiteral("workspace")))
            workspace(base, dir.path());
        if (scale == 1 && wanted(QStringLiteral("startup")))
            startup(dir.path());
        if (wanted(QStringLiteral("memory")))
            memory(dir.path(), scale);
    }
    if (scales.size() > 1) {
        const int low = *std::min_element(scales.begin(), scales.end());
        const int high = *std::max_element(scales.begin(), scales.end());
        std::printf("\nGrowth, %d× → %d× (time ratio; linear would be %d)\n", low, high, high / low);
        for (const auto &[what, byScale] : g_growth) {
            if (!byScale.count(low) || !byScale.count(high))
                continue;
            const double ratio = byScale.at(low) > 0 ? byScale.at(high) / byScale.at(low) : 0.0;
            std::printf("%-44s %9.3f ms → %9.3f ms   %7.1f   target ≤ %d\n", qPrintable(what), byScale.at(low),
                        byScale.at(high), ratio, (high / low) * 110 / 100);
        }
    }
    std::printf("\n(checksum %lld)\n", static_cast<long long>(g_sink % 7));
    return 0;
}
