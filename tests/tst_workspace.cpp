#include "TestFiles.h"

#include "changes/ChangeFile.h"
#include "changes/FingerprintCache.h"
#include "generator/SnapshotGenerator.h"
#include "io/CsvSnapshot.h"
#include "io/SnapshotLoader.h"
#include "io/XmlSnapshot.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

// The workspace file: what is written survives reopening, is locked, checked and exchangeable.
class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::shared_ptr<const Register> m_base;
    int m_case = 0;

    QString freshPath() { return m_tmp.filePath(QStringLiteral("ws%1.dtrws").arg(++m_case)); }

    static int idx(const ChangeSet &c, Level level, const char *key)
    {
        return c.overlay()->find(level, QString::fromLatin1(key));
    }

    // A workspace with a handful of edits of every kind; returns its path.
    QString populated()
    {
        const QString path = freshPath();
        QString error;
        auto ws = Workspace::create(path, m_base, QStringLiteral("lille"), &error);
        if (!ws)
            return {};
        ChangeSet &c = *ws->changeSet();
        c.push(c.updateStep(idx(c, Level::Daginstitution, "G10001"), Field::Navn, QStringLiteral("Solsikken")), &error);
        c.push(c.moveStep(idx(c, Level::Anvisningsenhed, "G20003"), idx(c, Level::Daginstitution, "G10001")), &error);
        c.push(c.createDaginstitutionStep(751), &error);
        c.push(c.closeStep(idx(c, Level::AlternativAdresse, "G30001")), &error);
        return path;
    }

private slots:
    void initTestCase()
    {
        test::useFreshAppData(QStringLiteral("tst_workspace"));
        test::writeSmallCsvSnapshot(m_tmp.filePath(QStringLiteral("lille")));
        auto reg = std::make_shared<Register>();
        ReadError error;
        QVERIFY(CsvSnapshot::read(m_tmp.filePath(QStringLiteral("lille")), reg.get(), &error));
        m_base = reg;
    }

    // What the loader works out, with the fingerprint taken from the cache when it has the input.
    static QString loadedFingerprint(const QString &path, std::shared_ptr<const Register> *reg = nullptr)
    {
        SnapshotLoader loader(path);
        loader.start();
        loader.wait();
        if (reg)
            *reg = loader.result();
        return loader.fingerprint();
    }

    static void rewriteCache(const QString &text)
    {
        QFile file(FingerprintCache::filePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }

    // Reading an input again takes its fingerprint from the cache (by the digest of its bytes);
    // changed bytes, another program version or a damaged cache never give a wrong one.
    void fingerprintsAreRememberedByTheInputsBytes()
    {
        QFile::remove(FingerprintCache::filePath());
        const QString csv = m_tmp.filePath(QStringLiteral("lille"));
        const QString xml = m_tmp.filePath(QStringLiteral("lille.xml"));
        QString error;
        QVERIFY2(XmlSnapshot::write(*m_base, xml, &error), qPrintable(error));
        const QString truth = ChangeFile::fingerprint(*m_base);
        QCOMPARE(loadedFingerprint(csv), truth);
        QCOMPARE(loadedFingerprint(xml), truth);
        const QString csvDigest = FingerprintCache::inputDigest(csv);
        const QString xmlDigest = FingerprintCache::inputDigest(xml);
        QCOMPARE(csvDigest.size(), 64);
        QVERIFY(csvDigest != xmlDigest);
        QCOMPARE(FingerprintCache::lookup(csvDigest), truth);
        QCOMPARE(FingerprintCache::lookup(xmlDigest), truth);

        // The remembered value is what a second read uses (an entry planted for the test shows it).
        const QString planted(64, QLatin1Char('a'));
        const QString version = QStringLiteral("1/") + QCoreApplication::applicationVersion();
        rewriteCache(QStringLiteral("%1\t%2\t%3\n").arg(version, xmlDigest, planted));
        QCOMPARE(loadedFingerprint(xml), planted);
        // ... only by the same program version,
        rewriteCache(QStringLiteral("1/0.0-other\t%1\t%2\n").arg(xmlDigest, planted));
        QCOMPARE(loadedFingerprint(xml), truth);
        // ... and only for the same bytes: a changed file is fingerprinted afresh.
        rewriteCache(QStringLiteral("%1\t%2\t%3\n").arg(version, xmlDigest, planted));
        QFile file(xml);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("751"));
        bytes.replace("751", "101");
        QVERIFY(file.resize(0));
        file.write(bytes);
        file.close();
        std::shared_ptr<const Register> changed;
        const QString fresh = loadedFingerprint(xml, &changed);
        QVERIFY(changed);
        QCOMPARE(fresh, ChangeFile::fingerprint(*changed));
        QVERIFY(fresh != truth && fresh != planted);
        // A file in the CSV folder the reader never opens still makes it another input.
        QVERIFY(test::writeFile(m_tmp.filePath(QStringLiteral("lille/noter.txt")), "hej"));
        QVERIFY(FingerprintCache::inputDigest(csv) != csvDigest);
        QCOMPARE(loadedFingerprint(csv), truth);
        QFile::remove(m_tmp.filePath(QStringLiteral("lille/noter.txt")));

        // A damaged cache is only work lost.
        rewriteCache(QStringLiteral("nonsens\n\t\t\n%1\tkort\t%2\n").arg(version, planted));
        QCOMPARE(loadedFingerprint(csv), truth);
        QCOMPARE(FingerprintCache::lookup(csvDigest), truth);
        // The newest entries are kept, at most MaxEntries.
        for (int n = 0; n < FingerprintCache::MaxEntries + 5; ++n)
            FingerprintCache::remember(QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0')), planted);
        QFile kept(FingerprintCache::filePath());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll().count('\n'), FingerprintCache::MaxEntries);
        QCOMPARE(FingerprintCache::lookup(csvDigest), QString()); // the oldest went
        QCOMPARE(FingerprintCache::lookup(
                     QStringLiteral("%1").arg(FingerprintCache::MaxEntries + 4, 64, 10, QLatin1Char('0'))),
                 planted);
    }

    // The base a new workspace stores is made streaming (hash and deflate as the XML is written),
    // possibly on the loader's thread: it must be exactly the fingerprint and qCompress'd XML.
    void storedBaseIsTheFingerprintAndTheCompressedXml()
    {
        const GeneratorOptions options; // the whole country: megabytes of XML, many deflate rounds
        const auto large = std::make_shared<Register>(generateSnapshot(options).reg);
        for (const std::shared_ptr<const Register> &reg : {m_base, std::shared_ptr<const Register>(large)}) {
            const StoredBase stored = storeBase(*reg);
            QVERIFY(!stored.isNull());
            QCOMPARE(stored.fingerprint, ChangeFile::fingerprint(*reg));
            const QByteArray xml = XmlSnapshot::toBytes(*reg);
            QCOMPARE(qUncompress(stored.compressedXml), xml);
            QVERIFY(stored.compressedXml.size() < xml.size());
        }
        QVERIFY(XmlSnapshot::toBytes(*large).size() > 1'000'000);

        // A loader asked to prepare it does so only when a new workspace is wanted: surely (asked
        // with no fingerprint: one pass), for this fingerprint (asked after it), or not at all.
        const QString xmlPath = m_tmp.filePath(QStringLiteral("stor.xml"));
        QString error;
        QVERIFY2(XmlSnapshot::write(*large, xmlPath, &error), qPrintable(error));
        const QString truth = ChangeFile::fingerprint(*large);
        struct Case
        {
            bool surely;
            bool forThisOne;
        };
        for (const Case c : {Case{false, false}, Case{false, true}, Case{true, true}}) {
            QFile::remove(FingerprintCache::filePath()); // each case works the fingerprint out
            QStringList asked;
            SnapshotLoader loader(xmlPath);
            loader.prepareStoredBase([&](const QString &fingerprint) {
                asked << fingerprint;
                return fingerprint.isEmpty() ? c.surely : c.forThisOne;
            });
            loader.start();
            loader.wait();
            QCOMPARE(loader.fingerprint(), truth);
            const QStringList expected = c.surely ? QStringList{QString()} : QStringList{QString(), truth};
            QCOMPARE(asked, expected);
            StoredBase stored = loader.takeStoredBase();
            QCOMPARE(stored.isNull(), !c.forThisOne);
            if (!c.forThisOne)
                continue;
            QCOMPARE(stored.fingerprint, truth);
            QCOMPARE(qUncompress(stored.compressedXml), XmlSnapshot::toBytes(*large));
            QVERIFY(loader.takeStoredBase().isNull()); // taken once
            // A workspace made from it opens on its own (its stored copy parsed) with that base.
            const QString path = freshPath();
            {
                auto ws = Workspace::create(path, loader.result(), QStringLiteral("stor"), &error, std::move(stored));
                QVERIFY2(ws, qPrintable(error));
                QCOMPARE(ws->fingerprint(), ChangeFile::fingerprint(*large));
            }
            auto reopened = Workspace::open(path, &error);
            QVERIFY2(reopened, qPrintable(error));
            QCOMPARE(test::canonical(reopened->changeSet()->base()), test::canonical(*large));
        }
    }

    void editsSurviveReopening()
    {
        const QString path = populated();
        QVERIFY(!path.isEmpty());
        QList<RecordChange> before;
        {
            QString error;
            auto ws = Workspace::open(path, &error);
            QVERIFY2(ws, qPrintable(error));
            before = ws->changeSet()->netChanges();
            QCOMPARE(ws->changeSet()->steps().size(), 4);
            QCOMPARE(ws->changeSet()->counts().total(), 5); // 2 new, 1 changed, 1 moved, 1 closed
            QCOMPARE(ws->source(), QStringLiteral("lille"));
            QCOMPARE(ws->fingerprint(), ChangeFile::fingerprint(*m_base));
            // Undo twice: the position is stored too.
            QVERIFY(ws->changeSet()->setPosition(2));
        }
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->changeSet()->position(), 2);
        QCOMPARE(ws->changeSet()->steps().size(), 4); // still redoable
        QVERIFY(ws->changeSet()->setPosition(4));
        QCOMPARE(ws->changeSet()->netChanges().size(), before.size());
        const ChangeSet &c = *ws->changeSet();
        QCOMPARE(c.overlay()->record(idx(c, Level::Daginstitution, "G10001")).navn(), QStringLiteral("Solsikken"));
    }

    // Reopening with the snapshot just read: the register in hand is the base when its fingerprint
    // is the workspace's, and the stored copy is used otherwise; the edits replay on either.
    void reopeningUsesTheBaseInHandOnlyWhenItMatches()
    {
        const QString path = populated();
        QVERIFY(!path.isEmpty());
        const QString fingerprint = ChangeFile::fingerprint(*m_base);
        QString error;
        {
            auto ws = Workspace::open(path, &error, m_base, fingerprint);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(&ws->changeSet()->base(), m_base.get());
            QCOMPARE(ws->fingerprint(), fingerprint);
            QCOMPARE(ws->changeSet()->steps().size(), 4);
        }
        Register other = *m_base;
        other.setExtractedAt(QStringLiteral("2030-01-01T00:00:00"));
        auto otherBase = std::make_shared<Register>(std::move(other));
        const QString otherFingerprint = ChangeFile::fingerprint(*otherBase);
        QVERIFY(otherFingerprint != fingerprint);
        auto ws = Workspace::open(path, &error, otherBase, otherFingerprint);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(&ws->changeSet()->base() != otherBase.get());
        QCOMPARE(ws->fingerprint(), fingerprint);
        QCOMPARE(ChangeFile::fingerprint(ws->changeSet()->base()), fingerprint);
        QCOMPARE(ws->changeSet()->steps().size(), 4);
    }

    void fileIsPrivateToItsOwner()
    {
        const QString path = populated();
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void secondOpenerIsRefused()
    {
        const QString path = populated();
        QString error;
        auto first = Workspace::open(path, &error);
        QVERIFY(first);
        auto second = Workspace::open(path, &error);
        QVERIFY(!second);
        QVERIFY2(error.contains(QStringLiteral("allerede åbent")), qPrintable(error));
        // Also from another process: `dtr changes` only reads, so it works, but a second writer
        // process would be refused by the same lock file.
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        first.reset();
        QVERIFY(Workspace::open(path, &error));
    }

    void unreadableLeftoverLockIsCleared()
    {
        // What a process killed while taking the lock leaves: an empty lock file.
        const QString path = populated();
        QVERIFY(test::writeFile(path + QStringLiteral(".lock"), QByteArray()));
        QString error;
        QVERIFY2(Workspace::open(path, &error), qPrintable(error));
    }

    void createRefusesAnExistingFile()
    {
        const QString path = populated();
        QString error;
        QVERIFY(!Workspace::create(path, m_base, QStringLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("findes allerede")));
    }

    void damagedFilesAreReportedNeverHalfLoaded_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("cut in half") << 0;
        QTest::newRow("garbage in the middle") << 1;
        QTest::newRow("not a database") << 2;
        QTest::newRow("another SQLite file") << 3;
        QTest::newRow("empty") << 4;
    }

    void damagedFilesAreReportedNeverHalfLoaded()
    {
        QFETCH(int, damage);
        const QString path = populated();
        {
            // Fold the WAL into the main file first so the damage hits the real data.
            QString error;
            auto ws = Workspace::open(path, &error);
            QVERIFY(ws);
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray bytes = f.readAll();
        switch (damage) {
        case 0:
            QVERIFY(f.resize(bytes.size() / 2));
            break;
        case 1:
            f.seek(bytes.size() / 2);
            f.write(QByteArray(4096, '\x5a'));
            break;
        case 2:
            f.resize(0);
            f.write("Dette er ikke et arbejdsområde\n");
            break;
        case 3: {
            f.close();
            QFile::remove(path);
            QVERIFY(QProcess::execute(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE t(x);")}) == 0 ||
                    test::writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0')));
            break;
        }
        case 4:
            f.resize(0);
            break;
        }
        f.close();
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(!ws, "a damaged workspace was opened");
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("beskadiget")) || error.contains(QStringLiteral("ikke et læsbart")),
                 qPrintable(error));
    }

    void changeFileRoundTrip()
    {
        const QString path = populated();
        QString error;
        QByteArray exported;
        QList<RecordChange> expected;
        {
            auto ws = Workspace::open(path, &error);
            QVERIFY(ws);
            exported = ChangeFile::write(*ws->changeSet(), ws->fingerprint());
            expected = ws->changeSet()->netChanges();
        }
        // A colleague's workspace on the same data, which already has a new record of its own.
        auto other = Workspace::create(freshPath(), m_base, QStringLiteral("kollega"), &error);
        QVERIFY(other);
        ChangeSet &c = *other->changeSet();
        QCOMPARE(c.push(c.createAnvisningsenhedStep(idx(c, Level::Daginstitution, "G10002")), &error),
                 ChangeSet::Result::Applied);
        ChangeFile::Contents contents;
        QVERIFY2(ChangeFile::read(exported, &contents, &error), qPrintable(error));
        QCOMPARE(contents.steps.size(), 4);
        Step step;
        QVERIFY2(ChangeFile::prepareImport(c, other->fingerprint(), contents, &step, &error), qPrintable(error));
        QCOMPARE(c.push(step, &error), ChangeSet::Result::Applied);
        QCOMPARE(c.counts().added, 3); // the colleague's two plus this workspace's own
        QCOMPARE(c.counts().changed, 1);
        QCOMPARE(c.counts().moved, 1);
        QCOMPARE(c.counts().closed, 1);
        // One undo step takes the whole import back.
        QVERIFY(c.setPosition(c.position() - 1));
        QCOMPARE(c.counts().total(), 1);
    }

    void importRefusesOtherBaseData()
    {
        const QString path = populated();
        QString error;
        QByteArray exported;
        {
            auto ws = Workspace::open(path, &error);
            exported = ChangeFile::write(*ws->changeSet(), ws->fingerprint());
        }
        Register otherData = *m_base;
        Register changed;
        for (Record r : otherData.records()) {
            if (r.nummer() == QLatin1String("G10002"))
                r.setValue(Field::Navn, u"Et andet navn");
            changed.add(r);
        }
        changed.finalize();
        auto other = Workspace::create(freshPath(), std::make_shared<Register>(changed), QStringLiteral("x"), &error);
        QVERIFY(other);
        ChangeFile::Contents contents;
        QVERIFY(ChangeFile::read(exported, &contents, &error));
        Step step;
        QVERIFY(!ChangeFile::prepareImport(*other->changeSet(), other->fingerprint(), contents, &step, &error));
        QVERIFY2(error.contains(QStringLiteral("andre grunddata")), qPrintable(error));
        QCOMPARE(other->changeSet()->steps().size(), 0);
    }

    void importValidatesTheWholeFileFirst()
    {
        const QString path = populated();
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        QJsonObject root = QJsonDocument::fromJson(ChangeFile::write(*ws->changeSet(), ws->fingerprint())).object();
        ws.reset();
        auto fresh = Workspace::create(freshPath(), m_base, QStringLiteral("y"), &error);
        ChangeFile::Contents contents;
        Step step;

        // The last step refers to a record that does not exist: nothing at all is applied.
        QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
        QJsonObject last = steps.last().toObject();
        QJsonArray ops = last.value(QStringLiteral("ops")).toArray();
        QJsonObject op = ops.first().toObject();
        op.insert(QStringLiteral("key"), QStringLiteral("G99999"));
        ops[0] = op;
        last.insert(QStringLiteral("ops"), ops);
        steps[steps.size() - 1] = last;
        root.insert(QStringLiteral("steps"), steps);
        QVERIFY(ChangeFile::read(QJsonDocument(root).toJson(), &contents, &error));
        QVERIFY(!ChangeFile::prepareImport(*fresh->changeSet(), fresh->fingerprint(), contents, &step, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Trin 4")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("G99999")));
        QCOMPARE(fresh->changeSet()->steps().size(), 0);

        // Malformed documents are refused with a reason.
        const QList<std::pair<QByteArray, QString>> bad{
            {"{", QStringLiteral("JSON")},
            {"[]", QStringLiteral("objekt")},
            {R"({"format": "noget andet", "version": 1})", QStringLiteral("format")},
            {R"({"format": "dtr-studio-changeset", "version": 9})", QStringLiteral("version 9")},
            {R"({"format": "dtr-studio-changeset", "version": 1, "base": {}})", QStringLiteral("base.fingerprint")},
        };
        for (const auto &[doc, fragment] : bad) {
            QVERIFY(!ChangeFile::read(doc, &contents, &error));
            QVERIFY2(error.contains(fragment), qPrintable(error));
        }
        QJsonObject badOp = root;
        QJsonArray badSteps{QJsonObject{
            {QStringLiteral("text"), QStringLiteral("x")},
            {QStringLiteral("ops"), QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("explode")}}}}}};
        badOp.insert(QStringLiteral("steps"), badSteps);
        QVERIFY(!ChangeFile::read(QJsonDocument(badOp).toJson(), &contents, &error));
        QVERIFY2(error.contains(QStringLiteral("explode")), qPrintable(error));
    }

    void cliListsChanges()
    {
        const QString path = populated();
        QProcess p;
        p.start(QStringLiteral(DTR_BINARY),
                {QStringLiteral("changes"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("moved")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("closed")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("changes")).toArray().size(), 5);

        // The same from an exported change file, as text.
        QString error;
        const QString file = m_tmp.filePath(QStringLiteral("aendringer.json"));
        {
            auto ws = Workspace::open(path, &error);
            QVERIFY(test::writeFile(file, ChangeFile::write(*ws->changeSet(), ws->fingerprint())));
        }
        p.start(QStringLiteral(DTR_BINARY), {QStringLiteral("changes"), file});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("navn: \"Børnehuset Solsikken\" → \"Solsikken\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("flyttes fra G10002 til G10001")));

        p.start(QStringLiteral(DTR_BINARY), {QStringLiteral("changes"), m_tmp.filePath(QStringLiteral("nej.json"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().startsWith("dtr: "));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
