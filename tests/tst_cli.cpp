#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The `dtr` command line as users' scripts see it: a real process, its output and exit code.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Result dtr(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(DTR_BINARY), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private slots:
    void inspectJsonHasTheContractKeys()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("small"));
        dtr::test::writeSmallCsvSnapshot(folder);
        const Result r = dtr({QStringLiteral("inspect"), folder, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("daginstitution")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("anvisningsenhed")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("alternativAdresse")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("closed")).toObject().value(QStringLiteral("anvisningsenhed")).toInt(), 1);
        QVERIFY(root.value(QStringLiteral("perKommune")).isArray());
        QVERIFY(root.value(QStringLiteral("perType")).isArray());
        QVERIFY(root.value(QStringLiteral("perStatus")).isArray());
    }

    void inspectText()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("small2"));
        dtr::test::writeSmallCsvSnapshot(folder);
        const Result r = dtr({QStringLiteral("inspect"), folder});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Anvisningsenheder:    3")), r.out.constData());
        QVERIFY(text.contains(QStringLiteral("Aarhus")));
    }

    void unreadableInputExitsTwoWithOneLine()
    {
        const Result missing = dtr({QStringLiteral("inspect"), m_tmp.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.startsWith("dtr: "));
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY(missing.out.isEmpty());

        const QString bad = m_tmp.filePath(QStringLiteral("bad.xml"));
        QVERIFY(dtr::test::writeFile(bad, "<dagtilbudsRegister>\n<daginstitution>\n"));
        const Result truncated =
            dtr({QStringLiteral("inspect"), bad, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(truncated.exitCode, 2);
        QVERIFY(truncated.err.startsWith("dtr: bad.xml"));
        QCOMPARE(truncated.err.count('\n'), 1);
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(dtr({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(dtr({}).exitCode, 2);
        QCOMPARE(dtr({QStringLiteral("inspect")}).exitCode, 2);
        const Result format = dtr({QStringLiteral("inspect"), QStringLiteral("x"), QStringLiteral("--format=yaml")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.err.contains("--format"));
        QCOMPARE(dtr({QStringLiteral("generate"), QStringLiteral("--kommune"), QStringLiteral("999"),
                      m_tmp.filePath(QStringLiteral("g"))})
                     .exitCode,
                 2);
    }

    void helpExplainsEveryCommand()
    {
        const Result main = dtr({QStringLiteral("--help")});
        QCOMPARE(main.exitCode, 0);
        for (const char *command : {"inspect", "convert", "generate"}) {
            QVERIFY(main.out.contains(command));
            const Result help = dtr({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains("dtr " + QByteArray(command)), help.out.constData());
        }
    }

    void generateConvertInspectAgree()
    {
        const QString xml = m_tmp.filePath(QStringLiteral("aarhus.xml"));
        const QString manifest = m_tmp.filePath(QStringLiteral("manifest.json"));
        QCOMPARE(dtr({QStringLiteral("generate"), QStringLiteral("--kommune"), QStringLiteral("751"),
                      QStringLiteral("--manifest"), manifest, xml})
                     .exitCode,
                 0);
        const QJsonObject defects = QJsonDocument::fromJson([&] {
                                        QFile f(manifest);
                                        f.open(QIODevice::ReadOnly);
                                        return f.readAll();
                                    }())
                                        .object();
        QVERIFY(!defects.value(QStringLiteral("defects")).toArray().isEmpty());

        const QString csv = m_tmp.filePath(QStringLiteral("aarhus-csv"));
        QCOMPARE(dtr({QStringLiteral("convert"), xml, csv}).exitCode, 0);
        const QString xml2 = m_tmp.filePath(QStringLiteral("aarhus2.xml"));
        QCOMPARE(dtr({QStringLiteral("convert"), csv, xml2}).exitCode, 0);
        const Result a = dtr({QStringLiteral("inspect"), xml, QStringLiteral("--format"), QStringLiteral("json")});
        const Result b = dtr({QStringLiteral("inspect"), csv, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(a.out).object().value(QStringLiteral("counts")),
                 QJsonDocument::fromJson(b.out).object().value(QStringLiteral("counts")));
        QFile f1(xml), f2(xml2);
        QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
        QCOMPARE(f2.readAll(), f1.readAll());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
