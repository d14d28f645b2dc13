#include "TestFiles.h"
#include "compare/DiffDialog.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "register/Register.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dtr;

// The diff view: two snapshot files, and the workspace's base against a fresh export from the
// (demo's stand-in) register, in the review look; its JSON is the command line's.
class TestCompare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_changed;

    // The record row of a key in the dialog's tree, or nullptr.
    static QTreeWidgetItem *rowOf(QTreeWidget *tree, const QString &key)
    {
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r)
                if (tree->topLevelItem(g)->child(r)->text(0).contains(QStringLiteral(" · %1 ").arg(key)))
                    return tree->topLevelItem(g)->child(r);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        test::useFreshAppData(QStringLiteral("tst_compare"));

        // The demo, and the demo with one name changed and one daginstitution closed.
        QFile source(QStringLiteral(DTR_SOURCE_DIR "/resources/demo/demo-register.xml"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray demo = source.readAll();
        QByteArray changed = demo;
        changed.replace("<daginstitutionsNavn>Fritidsklubben Spiren</daginstitutionsNavn>",
                        "<daginstitutionsNavn>Fritidsklubben Spiren Syd</daginstitutionsNavn>");
        const QByteArray open = "<daginstitutionsNummer>G10011</daginstitutionsNummer>";
        const qsizetype at = changed.indexOf("<aktivitetsstatus>Aktiv</aktivitetsstatus>", changed.indexOf(open));
        QVERIFY(at > 0);
        changed.replace(at, 42, "<aktivitetsstatus>Nedlagt</aktivitetsstatus>");
        QVERIFY(changed != demo);
        m_demo = m_dir.filePath(QStringLiteral("demo.xml"));
        m_changed = m_dir.filePath(QStringLiteral("demo-ny.xml"));
        for (auto [path, bytes] : {std::pair{m_demo, demo}, std::pair{m_changed, changed}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
    }

    void twoSnapshotsFieldByField()
    {
        MainWindow w;
        DiffDialog *dialog = w.compareSnapshots(m_demo, m_changed);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->diffs().size(), 1);
        const RecordDiff &d = dialog->diffs().first();
        QCOMPARE(d.key, QStringLiteral("G10011"));
        QVERIFY(d.closed);
        QCOMPARE(d.fields.value(Field::Navn).second, QStringLiteral("Fritidsklubben Spiren Syd"));

        QTreeWidgetItem *row = rowOf(dialog->tree(), QStringLiteral("G10011"));
        QVERIFY(row);
        QVERIFY(row->text(0).startsWith(QStringLiteral("Lukket")));
        QStringList children;
        for (int c = 0; c < row->childCount(); ++c)
            children << row->child(c)->text(0) + QLatin1Char(':') + row->child(c)->text(1) + QLatin1Char('>') +
                            row->child(c)->text(2);
        QVERIFY2(children.contains(QStringLiteral("Aktivitetsstatus:Aktiv>Nedlagt")),
                 qPrintable(children.join(QLatin1Char('|'))));
        QVERIFY2(children.contains(QStringLiteral("Navn:Fritidsklubben Spiren>Fritidsklubben Spiren Syd")),
                 qPrintable(children.join(QLatin1Char('|'))));
        // The file's name, and when the snapshot was extracted (the demo says: November 2026).
        const QString olderTitle = dialog->tree()->headerItem()->text(1);
        QVERIFY2(olderTitle.startsWith(QStringLiteral("demo.xml (")) && olderTitle.contains(QStringLiteral("2026")),
                 qPrintable(olderTitle));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("1 lukkede")));

        // Filters by kind and search.
        QCOMPARE(dialog->visibleRecords(), 1);
        dialog->kindCombo()->setCurrentIndex(DiffDialog::Added);
        QCOMPARE(dialog->visibleRecords(), 0);
        dialog->kindCombo()->setCurrentIndex(DiffDialog::Closed);
        QCOMPARE(dialog->visibleRecords(), 1);
        dialog->searchEdit()->setText(QStringLiteral("Syd"));
        QCOMPARE(dialog->visibleRecords(), 1);
        dialog->searchEdit()->setText(QStringLiteral("findes ikke"));
        QCOMPARE(dialog->visibleRecords(), 0);

        // The JSON it saves is what `dtr diff --format json` prints for the same files.
        const QString json = m_dir.filePath(QStringLiteral("forskelle.json"));
        QString error;
        QVERIFY2(dialog->saveJson(json, &error), qPrintable(error));
        QProcess cli;
        cli.start(QStringLiteral(DTR_BINARY),
                  {QStringLiteral("diff"), m_demo, m_changed, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1); // differences found
        QFile saved(json);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(saved.readAll()), QJsonDocument::fromJson(cli.readAllStandardOutput()));
    }

    void identicalSnapshotsSaySo()
    {
        MainWindow w;
        DiffDialog *dialog = w.compareSnapshots(m_demo, m_demo);
        QVERIFY(dialog);
        QVERIFY(dialog->diffs().isEmpty());
        QCOMPARE(dialog->summaryText(), QStringLiteral("Ingen forskelle."));
    }

    void unreadableSideIsReported()
    {
        MainWindow w;
        QVERIFY(!w.compareSnapshots(m_demo, m_dir.filePath(QStringLiteral("mangler.xml"))));
        QVERIFY(w.lastError().contains(QStringLiteral("mangler.xml")));
    }

    void baseAgainstAFreshExportFromTheRegister()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo()); // starts the demo's stand-in register with the demo data
        QVERIFY(w.openSnapshot(m_changed));
        DiffDialog *dialog = w.compareBaseWithRegister();
        QVERIFY2(dialog, qPrintable(w.lastError()));
        // The register (newer side) has G10011 active and named as in the demo.
        QCOMPARE(dialog->diffs().size(), 1);
        const RecordDiff &d = dialog->diffs().first();
        QCOMPARE(d.key, QStringLiteral("G10011"));
        QVERIFY(d.reopened);
        QCOMPARE(d.fields.value(Field::Navn).first, QStringLiteral("Fritidsklubben Spiren Syd"));
        QCOMPARE(d.fields.value(Field::Navn).second, QStringLiteral("Fritidsklubben Spiren"));

        // And against a file.
        DiffDialog *file = w.compareBaseWith(m_demo);
        QVERIFY(file);
        QCOMPARE(file->diffs().size(), 1);
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
