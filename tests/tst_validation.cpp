#include "TestFiles.h"

#include "changes/ChangeFile.h"
#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/Snapshot.h"
#include "validation/DuplicateIndex.h"
#include "validation/Fixes.h"
#include "validation/Validator.h"
#include "validation/WorstSeverity.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

namespace {

QString keyOf(const Finding &f)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(f.rule, levelKey(f.level), f.entity, f.field ? QString(fieldKey(*f.field)) : QString(), f.message);
}

QStringList keys(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << keyOf(f);
    out.sort();
    return out;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

    GeneratedSnapshot m_national;
    QTemporaryDir m_tmp;

private slots:
    void initTestCase() { m_national = generateSnapshot(GeneratorOptions{}); }

    void nationalSnapshotYieldsExactlyThePlantedDefects()
    {
        ChangeSet changes(std::make_shared<Register>(m_national.reg));
        Validator v(&changes, CodeTables::bundled());
        v.validateAll();
        QSet<QString> found, planted;
        for (const Finding &f : v.allFindings())
            found.insert(
                QStringLiteral("%1|%2|%3|%4")
                    .arg(f.rule, levelKey(f.level), f.entity, f.field ? QString(fieldKey(*f.field)) : QString()));
        for (const PlantedDefect &d : m_national.defects)
            planted.insert(QStringLiteral("%1|%2|%3|%4").arg(d.kind, levelKey(d.level), d.nummer, d.field));
        QCOMPARE(found.size(), v.allFindings().size()); // one finding per planted defect, never two
        const QSet<QString> missing = planted - found;
        const QSet<QString> extra = found - planted;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY2(extra.isEmpty(), qPrintable(QStringList(extra.values()).mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY(v.counts().error > 50 && v.counts().warning > 100 && v.counts().info > 1000);
    }

    // One rule for "worst finding" (validator, review before submitting, details panel): the most
    // severe of the findings counted, -1 when none counts.
    void worstSeverityOfFindings()
    {
        const auto finding = [](Severity severity, std::optional<Field> field = {}) {
            Finding f;
            f.severity = severity;
            f.field = field;
            return f;
        };
        const QList<Finding> findings{finding(Severity::Info), finding(Severity::Warning, Field::Navn),
                                      finding(Severity::Error, Field::PNummer), finding(Severity::Warning)};
        QCOMPARE(worstSeverity(findings), int(Severity::Error));
        QCOMPARE(worstSeverity(findings, [](const Finding &f) { return f.field == Field::Navn; }),
                 int(Severity::Warning));
        QCOMPARE(worstSeverity(findings, [](const Finding &f) { return f.severity == Severity::Info; }),
                 int(Severity::Info));
        QCOMPARE(worstSeverity(findings, [](const Finding &) { return false; }), -1);
        QCOMPARE(worstSeverity(QList<Finding>()), -1);

        // The validator answers per record with the same rule.
        ChangeSet changes(std::make_shared<Register>(m_national.reg));
        Validator validator(&changes, CodeTables::bundled());
        validator.validateAll();
        int withErrors = 0, withWarningsOnly = 0;
        for (int i = 0; i < changes.overlay()->size(); ++i) {
            int expected = -1;
            for (const Finding &f : validator.findingsOf(i))
                expected = expected < 0 ? int(f.severity) : std::min(expected, int(f.severity));
            QCOMPARE(validator.worstSeverity(i), expected);
            withErrors += expected == int(Severity::Error);
            withWarningsOnly += expected == int(Severity::Warning);
        }
        QVERIFY(withErrors > 0);
        QVERIFY(withWarningsOnly > 0);
    }

    void incrementalEqualsFullAfterEveryEdit()
    {
        GeneratorOptions options;
        options.kommuner = {727, 746, 751};
        ChangeSet changes(std::make_shared<Register>(generateSnapshot(options).reg));
        Validator incremental(&changes, CodeTables::bundled());
        incremental.validateAll();
        const Overlay &o = *changes.overlay();
        QRandomGenerator rng(4711);
        const auto pick = [&](Level level) {
            for (int tries = 0; tries < 10000; ++tries) {
                const int i = int(rng.bounded(o.size()));
                if (o.isLive(i) && o.record(i).level() == level && o.record(i).isActive())
                    return i;
            }
            return -1;
        };
        // Values that break rules and values that mend them.
        const QList<std::pair<Field, QStringList>> edits{
            {Field::Navn,
             {QStringLiteral("BØRNEHUSET NORD"), QStringLiteral("Børnehuset Nord"), QStringLiteral("Nord (lukket)")}},
            {Field::PNummer, {QStringLiteral("123"), QStringLiteral("1012345678")}},
            {Field::InstType3,
             {QStringLiteral("6013"), QStringLiteral("6021"), QStringLiteral("6012"), QStringLiteral("9999")}},
            {Field::LovgrundlagKode, {QStringLiteral("5"), QStringLiteral("1"), QStringLiteral("8")}},
            {Field::EjerformKode, {QStringLiteral("3"), QStringLiteral("1")}},
            {Field::AdmKommuneKode, {QStringLiteral("727"), QStringLiteral("746")}},
            {Field::KommuneKode, {QStringLiteral("101"), QStringLiteral("727")}},
            {Field::Email, {QString(), QStringLiteral("a@b.dk"), QStringLiteral("nej")}},
            {Field::TelefonNummer, {QString(), QStringLiteral("86000000")}},
            {Field::VejNavn, {QStringLiteral("Skolevej"), QString()}},
        };
        int applied = 0;
        for (int n = 0; n < 300; ++n) {
            QString error;
            const int kind = int(rng.bounded(10));
            if (kind < 6) {
                const auto &[field, values] = edits[rng.bounded(int(edits.size()))];
                const Level level =
                    hasField(Level::Anvisningsenhed, field) ? Level::Anvisningsenhed : Level::Daginstitution;
                const int i = pick(level);
                changes.push(changes.updateStep(i, field, values[rng.bounded(int(values.size()))]), &error);
            } else if (kind == 6) {
                const int unit = pick(Level::Anvisningsenhed);
                const QList<int> targets = changes.moveTargets(unit);
                if (!targets.isEmpty())
                    changes.push(changes.moveStep(unit, targets[rng.bounded(int(targets.size()))]), &error);
            } else if (kind == 7) {
                const int i = pick(rng.bounded(2) ? Level::Anvisningsenhed : Level::AlternativAdresse);
                if (changes.closeRefusal(i).isEmpty())
                    changes.push(changes.closeStep(i), &error);
            } else if (kind == 8) {
                changes.push(changes.createAnvisningsenhedStep(pick(Level::Daginstitution)), &error);
            } else {
                changes.setPosition(changes.position() - 1 - int(rng.bounded(2)));
            }
            changes.sealMerging();
            ++applied;
            Validator full(&changes, CodeTables::bundled());
            full.validateAll();
            const QStringList expected = keys(full.allFindings());
            const QStringList actual = keys(incremental.allFindings());
            if (actual != expected) {
                QStringList diff;
                for (const QString &k : expected)
                    if (!actual.contains(k))
                        diff << QStringLiteral("missing: ") + k;
                for (const QString &k : actual)
                    if (!expected.contains(k))
                        diff << QStringLiteral("stale: ") + k;
                QFAIL(
                    qPrintable(QStringLiteral("after edit %1: %2").arg(n).arg(diff.mid(0, 4).join(QLatin1Char('\n')))));
            }
            QCOMPARE(incremental.counts().total(), full.counts().total());
            QVERIFY2(incremental.lastFlushSize() < 200, "an edit re-checked far more than its neighbourhood");
        }
        QVERIFY(applied == 300);
    }

    // The likely-duplicate index against a plain model: random key changes (many keys shared, so
    // groups grow and shrink and the open-addressed table deletes inside probe runs), then every
    // group's members, the company hint, and a rebuild from the same keys.
    void duplicateIndexMatchesAPlainModel()
    {
        QRandomGenerator rng(2026);
        std::vector<quint64> pool(300);
        for (quint64 &h : pool)
            h = rng.generate64() | 1;
        for (size_t k = 1; k < 40; ++k) // keys whose high halves (the table's tags) are alike
            pool[k] = (pool[0] & 0xffffffff00000000ull) | (rng.generate() | 1);
        const int records = 2000;
        DuplicateIndex index;
        std::vector<DuplicateIndex::Keys> model(records, DuplicateIndex::Keys{0, 0});
        const auto check = [&](const DuplicateIndex &ix) {
            for (quint64 h : pool) {
                QList<int> expected;
                for (int r = 0; r < records; ++r)
                    for (quint64 k : model[size_t(r)])
                        if (k == h)
                            expected.append(r);
                QList<int> actual = ix.members(h);
                std::sort(actual.begin(), actual.end());
                QCOMPARE(actual, expected);
            }
            for (int r = 0; r < records; ++r) {
                QCOMPARE(ix.keysOf(r), model[size_t(r)]);
                bool shared = false;
                for (quint64 k : model[size_t(r)])
                    shared = shared || (k != 0 && ix.members(k).size() > 1);
                if (shared)
                    QVERIFY2(ix.mayHaveCompany(r), qPrintable(QString::number(r)));
            }
        };
        for (int round = 0; round < 20; ++round) {
            for (int n = 0; n < 1500; ++n) {
                const int r = int(rng.bounded(records));
                DuplicateIndex::Keys keys{0, 0};
                for (quint64 &k : keys)
                    if (rng.bounded(3) != 0)
                        k = pool[rng.bounded(int(pool.size()))];
                QCOMPARE(index.setKeys(r, keys), keys != model[size_t(r)]);
                model[size_t(r)] = keys;
            }
            check(index);
        }
        int alone = 0;
        for (int r = 0; r < records; ++r)
            alone += !index.mayHaveCompany(r);
        QVERIFY(alone > 0); // records left alone lose the hint (the pool leaves some keys single)
        DuplicateIndex rebuilt;
        rebuilt.setKeys(records + 5, {pool[0], 0}); // a rebuild forgets what was there
        rebuilt.rebuild(records, [&](int r) { return model[size_t(r)]; });
        check(rebuilt);
    }

    // A real-shaped clean sample (tests/data/realistisk, see its LÆSMIG.md): no error, no warning;
    // the only findings are the info that a lowercase house-number letter may be written in capitals.
    void realShapedSampleIsClean()
    {
        const QString folder = QStringLiteral(DTR_SOURCE_DIR "/tests/data/realistisk");
        auto base = std::make_shared<Register>();
        ReadError readError;
        QVERIFY2(Snapshot::read(folder, base.get(), &readError), qPrintable(readError.toString()));
        QVERIFY(base->count(Level::Anvisningsenhed) >= 20);
        ChangeSet changes(base);
        Validator v(&changes, CodeTables::bundled());
        v.validateAll();
        QSet<QString> lowercase; // read from the data, not from the validator
        const QRegularExpression letter(QStringLiteral("^[0-9]+[a-zæøå]$"));
        for (int i = 0; i < base->size(); ++i)
            if (base->record(i).isActive() && letter.match(base->record(i).value(Field::HusNummer)).hasMatch())
                lowercase.insert(base->record(i).nummer());
        QVERIFY(lowercase.size() >= 4);
        QSet<QString> flagged;
        for (const Finding &f : v.allFindings()) {
            QVERIFY2(f.rule == QLatin1String("husnummer-bogstav") && f.severity == Severity::Info,
                     qPrintable(f.rule + QLatin1Char(' ') + f.entity + QLatin1Char(' ') + f.message));
            flagged.insert(f.entity);
        }
        QCOMPARE(flagged, lowercase);
        // Every fix offered, applied as one step: then nothing at all is left.
        QString error;
        QCOMPARE(changes.push(fixStep(changes, proposedFixes(v, QStringLiteral("husnummer-bogstav"))), &error),
                 ChangeSet::Result::Applied);
        QCOMPARE(v.counts().total(), 0);
    }

    void cliRulesAndCodeTablesFromFiles()
    {
        const QString folder = QStringLiteral(DTR_SOURCE_DIR "/tests/data/realistisk");
        const auto run = [](const QStringList &args, int *exit) {
            QProcess p;
            p.start(QStringLiteral(DTR_BINARY), args);
            p.waitForFinished(60000);
            *exit = p.exitCode();
            return std::pair{p.readAllStandardOutput(), p.readAllStandardError()};
        };
        int exit = -1;
        // The JSON contract stays; a finding adds its certainty and, where there is one, its fix.
        auto [out, err] =
            run({QStringLiteral("validate"), folder, QStringLiteral("--format"), QStringLiteral("json")}, &exit);
        QCOMPARE(exit, 0);
        QJsonObject root = QJsonDocument::fromJson(out).object();
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"severity", "rule", "level", "entity", "field", "message", "certainty", "fix"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            QCOMPARE(f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("after")).toString(),
                     f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("before")).toString().toUpper());
        }
        QCOMPARE(root.value(QStringLiteral("perRule")).toObject().value(QStringLiteral("husnummer-bogstav")).toInt(),
                 findings.size());
        QCOMPARE(root.value(QStringLiteral("profile")).toString(), QStringLiteral("standard"));

        // A profile that makes the info an error: exit 1, and the profile is named.
        const QString profile = m_tmp.filePath(QStringLiteral("profil.json"));
        test::writeFile(profile, R"({"format": "dtr-studio-regelprofil", "version": 1, "name": "Streng",
                                     "rules": {"husnummer-bogstav": {"severity": "error"}}})");
        std::tie(out, err) = run({QStringLiteral("validate"), folder, QStringLiteral("--rules"), profile}, &exit);
        QCOMPARE(exit, 1);
        QVERIFY(out.contains("Regelprofil: Streng"));
        // Bad profiles: exit 2, one line naming the file and what is wrong.
        const QList<std::pair<QByteArray, QByteArray>> bad{
            {"{\"format\": \"dtr-studio-regelprofil\", \"version\": 1, \"rules\": {\"husnumer\": {}}}",
             "ukendt regel \"husnumer\""},
            {"{\"format\": \"dtr-studio-regelprofil\", \"version\": 1, \"rules\": {\"laengde\": {\"severity\": "
             "\"fejl\"}}}",
             "\"fejl\""},
            {"{\"format\": \"dtr-studio-regelprofil\", \"version\": 1,\n \"rules\": {,}}", "linje 2"},
            {"{\"version\": 1, \"rules\": {}}", "\"format\""},
        };
        for (const auto &[json, expected] : bad) {
            test::writeFile(profile, json);
            std::tie(out, err) = run({QStringLiteral("validate"), folder, QStringLiteral("--rules"), profile}, &exit);
            QCOMPARE(exit, 2);
            QVERIFY2(err.startsWith("dtr: ") && err.contains("profil.json") && err.contains(expected), err.constData());
            QCOMPARE(err.count('\n'), 1);
        }

        // Code tables from a file: STIL's own (confirmed) make an unknown code an error.
        QFile bundled(QStringLiteral(":/codes/codes.json"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QJsonObject codes = QJsonDocument::fromJson(bundled.readAll()).object();
        QJsonObject tables = codes.value(QStringLiteral("tables")).toObject();
        tables.remove(QStringLiteral("kommune")); // the bundled 98 are kept
        for (const char *t : {"ejerform", "lovgrundlag", "instType3"}) {
            QJsonObject table = tables.value(QLatin1String(t)).toObject();
            table.insert(QStringLiteral("confirmed"), true);
            QJsonArray list = table.value(QStringLiteral("codes")).toArray();
            if (QLatin1String(t) == QLatin1String("instType3")) // 6014 is not STIL's in this file
                for (qsizetype i = list.size() - 1; i >= 0; --i)
                    if (list[i].toObject().value(QStringLiteral("code")).toInt() == 6014)
                        list.removeAt(i);
            table.insert(QStringLiteral("codes"), list);
            tables.insert(QLatin1String(t), table);
        }
        codes.insert(QStringLiteral("tables"), tables);
        codes.remove(QStringLiteral("crossValidation"));
        const QString codesFile = m_tmp.filePath(QStringLiteral("kodetabeller.json"));
        test::writeFile(codesFile, QJsonDocument(codes).toJson());
        std::tie(out, err) = run({QStringLiteral("validate"), folder, QStringLiteral("--codes"), codesFile,
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 &exit);
        QCOMPARE(exit, 1);
        root = QJsonDocument::fromJson(out).object();
        int unknown = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("rule")).toString() != QLatin1String("kode-ukendt"))
                continue;
            ++unknown;
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            QCOMPARE(f.value(QStringLiteral("certainty")).toString(), QStringLiteral("confirmed"));
        }
        QVERIFY(unknown > 0);
        QVERIFY(root.value(QStringLiteral("codeTables")).toString().contains(QStringLiteral("kodetabeller.json")));
        // A bad code-table file: exit 2 with where and what.
        tables.insert(QStringLiteral("ejerform"),
                      QJsonObject{{QStringLiteral("codes"),
                                   QJsonArray{QJsonObject{{QStringLiteral("code"), 1},
                                                          {QStringLiteral("label"), QStringLiteral("A")}},
                                              QJsonObject{{QStringLiteral("code"), 1},
                                                          {QStringLiteral("label"), QStringLiteral("B")}}}}});
        codes.insert(QStringLiteral("tables"), tables);
        test::writeFile(codesFile, QJsonDocument(codes).toJson());
        std::tie(out, err) = run({QStringLiteral("validate"), folder, QStringLiteral("--codes"), codesFile}, &exit);
        QCOMPARE(exit, 2);
        QVERIFY2(err.contains("kodetabeller.json") && err.contains("tables.ejerform.codes[1]") &&
                     err.contains("to gange"),
                 err.constData());
    }

    void cliValidate()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("lille"));
        test::writeSmallCsvSnapshot(folder);
        QProcess p;
        p.start(QStringLiteral(DTR_BINARY),
                {QStringLiteral("validate"), folder, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        // The small snapshot has an address whose postnummer 8270 and street are fine, and a
        // closed unit; G10002 is selvejende with lovgrundlag 2: all consistent. Its only
        // findings are data quality ones.
        QCOMPARE(summary.value(QStringLiteral("error")).toInt(), 0);
        QCOMPARE(p.exitCode(), 0);
        for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"severity", "rule", "level", "entity", "field", "message"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
        }

        // With a change file that breaks a rule: exit 1, the finding names the record.
        auto base = std::make_shared<Register>();
        ReadError readError;
        QVERIFY(Snapshot::read(folder, base.get(), &readError));
        ChangeSet changes(base);
        QString error;
        changes.push(
            changes.updateStep(base->find(Level::Anvisningsenhed, u"G20001"), Field::PNummer, QStringLiteral("123")),
            &error);
        const QString changeFile = m_tmp.filePath(QStringLiteral("aendringer.json"));
        QVERIFY(test::writeFile(changeFile, ChangeFile::write(changes, ChangeFile::fingerprint(*base))));
        p.start(QStringLiteral(DTR_BINARY), {QStringLiteral("validate"), folder, QStringLiteral("--changes"),
                                             changeFile, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QJsonArray findings =
            QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("findings")).toArray();
        const auto pf = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("pnummer-format");
        });
        QVERIFY(pf != findings.end());
        QCOMPARE(pf->toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("G20001"));
        QCOMPARE(pf->toObject().value(QStringLiteral("field")).toString(), QStringLiteral("pNummer"));
        QCOMPARE(pf->toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

        // The same through a workspace.
        const QString wsPath = m_tmp.filePath(QStringLiteral("ws.dtrws"));
        {
            auto ws = Workspace::create(wsPath, base, QStringLiteral("lille"), &error);
            QVERIFY(ws);
            ChangeSet &c = *ws->changeSet();
            c.push(c.updateStep(base->find(Level::Anvisningsenhed, u"G20001"), Field::PNummer, QStringLiteral("123")),
                   &error);
        }
        p.start(QStringLiteral(DTR_BINARY),
                {QStringLiteral("validate"), folder, QStringLiteral("--workspace"), wsPath});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardOutput().contains("pnummer-format"));

        // Changes made on other data, and unreadable input: exit 2 with one line.
        const QString other = m_tmp.filePath(QStringLiteral("andet"));
        test::writeSmallCsvSnapshot(other);
        test::writeFile(other + QStringLiteral("/daginstitutioner.csv"),
                        test::csvHeader(0) + "\r\nG10001;Andet navn;1;Kommunal;1;751;Aktiv;2024-03-01T10:00:00\r\n"
                                             "G10002;B;2;Selvejende;2;751;Aktiv;2019-08-01T00:00:00\r\n");
        p.start(QStringLiteral(DTR_BINARY),
                {QStringLiteral("validate"), other, QStringLiteral("--changes"), changeFile});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("andre grunddata"));
        p.start(QStringLiteral(DTR_BINARY), {QStringLiteral("validate"), m_tmp.filePath(QStringLiteral("intet"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
