#include "TestFiles.h"

#include "compare/SnapshotDiff.h"
#include "io/XmlSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

namespace {

Record make(Level level, const char *nummer, const char *parent, const char *navn, const char *status = "Aktiv")
{
    Record r(level);
    r.setValue(Field::Nummer, QString::fromLatin1(nummer));
    if (parent)
        r.setValue(Field::ParentNummer, QString::fromLatin1(parent));
    r.setValue(Field::Navn, QString::fromUtf8(navn));
    r.setValue(Field::Aktivitetsstatus, QString::fromLatin1(status));
    if (level == Level::Daginstitution)
        r.setValue(Field::AdmKommuneKode, u"727");
    return r;
}

Register build(const QList<Record> &records)
{
    Register reg;
    for (const Record &r : records)
        reg.add(r);
    reg.finalize();
    return reg;
}

} // namespace

// `dtr diff` and the comparison behind it: each kind of difference.
class TestDiff : public QObject
{
    Q_OBJECT

    Register m_old;
    Register m_new;

private slots:
    void initTestCase()
    {
        m_old = build({make(Level::Daginstitution, "G10001", nullptr, "Solsikken"),
                       make(Level::Daginstitution, "G10002", nullptr, "Mælkebøtten"),
                       make(Level::Anvisningsenhed, "G20001", "G10001", "Solsikken"),
                       make(Level::Anvisningsenhed, "G20002", "G10001", "Vuggestuen"),
                       make(Level::Anvisningsenhed, "G20003", "G10002", "Børnehaven", "Nedlagt"),
                       make(Level::AlternativAdresse, "G30001", "G20001", "Skovgrunden")});
        Record renamed = make(Level::Anvisningsenhed, "G20001", "G10001", "Solsikken Syd");
        renamed.setValue(Field::GeoBredde, u"55.9");
        Record oldCoordinate = m_old.record(2);
        oldCoordinate.setValue(Field::GeoBredde, u"55.90");
        m_old =
            build({m_old.record(0), m_old.record(1), oldCoordinate, m_old.record(3), m_old.record(4), m_old.record(5)});
        m_new = build({make(Level::Daginstitution, "G10001", nullptr, "Solsikken"),
                       make(Level::Daginstitution, "G10002", nullptr, "Mælkebøtten"),
                       renamed,                                                                        // changed
                       make(Level::Anvisningsenhed, "G20002", "G10002", "Vuggestuen"),                 // moved
                       make(Level::Anvisningsenhed, "G20003", "G10002", "Børnehaven"),                 // reopened
                       make(Level::Anvisningsenhed, "G20004", "G10002", "Ny"),                         // added
                       make(Level::AlternativAdresse, "G30001", "G20001", "Skovgrunden", "Nedlagt")}); // closed
        // G10001's unit G20001 keeps its address; nothing else differs.
    }

    void eachKindOfDifference()
    {
        const QList<RecordDiff> diffs = diffSnapshots(m_old, m_new);
        QHash<QString, RecordDiff> byKey;
        for (const RecordDiff &d : diffs)
            byKey.insert(d.key, d);
        QCOMPARE(diffs.size(), 5);
        QVERIFY(!byKey.contains(QStringLiteral("G10001"))); // unchanged
        QCOMPARE(byKey.value(QStringLiteral("G20001")).fields.value(Field::Navn),
                 qMakePair(QStringLiteral("Solsikken"), QStringLiteral("Solsikken Syd")));
        QVERIFY(!byKey.value(QStringLiteral("G20001")).fields.contains(Field::GeoBredde)); // same place
        QVERIFY(byKey.value(QStringLiteral("G20002")).moved);
        QCOMPARE(byKey.value(QStringLiteral("G20002")).parentAfter, QStringLiteral("G10002"));
        QVERIFY(byKey.value(QStringLiteral("G20003")).reopened);
        QVERIFY(byKey.value(QStringLiteral("G20004")).added);
        QVERIFY(byKey.value(QStringLiteral("G30001")).closed);
        const DiffSummary s = summarize(diffs);
        QCOMPARE(s.added, 1);
        QCOMPARE(s.moved, 1);
        QCOMPARE(s.closed, 1);
        QCOMPARE(s.reopened, 1);
        QCOMPARE(s.changed, 1);
        // Reversed, the added one is gone.
        const QList<RecordDiff> back = diffSnapshots(m_new, m_old);
        QVERIFY(std::any_of(back.begin(), back.end(),
                            [](const RecordDiff &d) { return d.removed && d.key == QLatin1String("G20004"); }));
        QVERIFY(diffSnapshots(m_old, m_old).isEmpty());
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.xml")), b = dir.filePath(QStringLiteral("b-csv"));
        QVERIFY(test::writeFile(a, XmlSnapshot::toBytes(m_old)));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("b.xml")), XmlSnapshot::toBytes(m_new)));
        QProcess p;
        // NEW given as a CSV folder: forms do not matter, only data.
        p.start(QStringLiteral(DTR_BINARY), {QStringLiteral("convert"), dir.filePath(QStringLiteral("b.xml")), b});
        QVERIFY(p.waitForFinished(60000));
        p.start(QStringLiteral(DTR_BINARY),
                {QStringLiteral("diff"), a, b, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(root.value(QStringLiteral("differences")).toArray().size(), 5);
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("moved")).toInt(), 1);
        p.start(QStringLiteral(DTR_BINARY), {QStringLiteral("diff"), a, a});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("I alt: 0 nye"));
        p.start(QStringLiteral(DTR_BINARY), {QStringLiteral("diff"), a, dir.filePath(QStringLiteral("intet"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().startsWith("dtr: "));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
