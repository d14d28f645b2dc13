#include "ModalDialogs.h"
#include "TestFiles.h"
#include "changes/ChangeSet.h"
#include "changes/Editor.h"
#include "io/CsvTokenizer.h"
#include "io/SpreadsheetCsv.h"
#include "item/RegisterTreeModel.h"
#include "item/SeedCheckProgressModel.h"
#include "mainwindow/MainWindow.h"
#include "report/SignOffReport.h"
#include "seedcheck/SeedCheckPanel.h"
#include "tree/FilterBar.h"
#include "validation/Rules.h"
#include "validation/Validator.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

// Review progress per municipality and the sign-off report (CSV for spreadsheets, PDF), on the
// demo register in the real main window.
class TestReport : public QObject
{
    Q_OBJECT

    static constexpr int Odder = 727;

    static QList<QStringList> parseCsv(const QByteArray &bytes)
    {
        QList<QStringList> rows;
        CsvTokenizer tokenizer(QByteArrayView(bytes).sliced(3)); // after the BOM
        QList<QByteArray> fields;
        while (tokenizer.next(&fields)) {
            QStringList row;
            for (const QByteArray &f : fields)
                row.append(QString::fromUtf8(f));
            rows.append(row);
        }
        return tokenizer.hasError() ? QList<QStringList>() : rows;
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_report")); }

    void init() { test::clearAppData(); }

    void spreadsheetCsvOpensRightInExcel()
    {
        const QByteArray csv = spreadsheetCsv({QStringLiteral("Navn"), QStringLiteral("Tekst")},
                                              {{QStringLiteral("Børnehuset Æblet"), QStringLiteral("a;b")},
                                               {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+4512345678")},
                                               {QStringLiteral("linje 1\nlinje 2"), QStringLiteral(" kant ")},
                                               {QStringLiteral("@SUM(A1)"), QStringLiteral("-3")}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("Navn;Tekst\r\n"));
        QVERIFY(csv.contains("Børnehuset Æblet;\"a;b\"\r\n"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\";+4512345678\r\n")); // formula disarmed, phone kept
        QVERIFY(csv.contains("\"linje 1\nlinje 2\";\" kant \"\r\n"));
        QVERIFY(csv.contains("'@SUM(A1);-3\r\n"));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1][1], QStringLiteral("a;b"));
        QCOMPARE(rows[3][0], QStringLiteral("linje 1\nlinje 2"));
    }

    void progressPerKommuneFollowsMarksAndEdits()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        SeedCheckProgressModel *model = w.seedCheckProgress();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Overlay &o = *w.treeModel()->overlay();
        QCOMPARE(model->rowCount(), int(o.kommuner().size()) + 1);

        // Independent count of Odder's active records and its untouched ones.
        int active = 0;
        int untouched = 0;
        QList<int> odder;
        for (int i = 0; i < o.size(); ++i)
            if (o.isLive(i) && o.record(i).isActive() && o.admKommuneOf(i) == Odder) {
                ++active;
                untouched += untouchedSinceSeeding(o.record(i));
                odder.append(i);
            }
        const KommuneProgress *p = model->progressOf(Odder);
        QVERIFY(p);
        QCOMPARE(p->active, active);
        QCOMPARE(p->reviewed, 0);
        QCOMPARE(p->untouchedUnreviewed, untouched);
        QVERIFY(untouched > 0);

        QVERIFY(w.setReviewed(odder[0], true, QStringLiteral("Tjekket mod CVR")));
        QVERIFY(w.setReviewed(odder[1], true));
        p = model->progressOf(Odder);
        QCOMPARE(p->reviewed, 2);
        QCOMPARE(model->progressOf(SeedCheckProgressModel::AllKommuner)->reviewed, 2);
        const QModelIndex row =
            model->index(int(std::find(o.kommuner().begin(), o.kommuner().end(), Odder) - o.kommuner().begin()),
                         SeedCheckProgressModel::ProgressColumn);
        QCOMPARE(row.data(SeedCheckProgressModel::PercentRole).toInt(), 200 / active);
        QVERIFY(row.data().toString().startsWith(QStringLiteral("2 af %1").arg(active)));

        // An edit counts as a change; the total row is the sum of the rows.
        QVERIFY(w.editor()->setField(odder[2], Field::Navn, QStringLiteral("Nyt navn")));
        QCOMPARE(model->progressOf(Odder)->changed, 1);
        KommuneProgress sum;
        for (int r = 0; r + 1 < model->rowCount(); ++r) {
            const KommuneProgress *k =
                model->progressOf(model->index(r, 0).data(SeedCheckProgressModel::KommuneRole).toInt());
            sum.active += k->active;
            sum.errors += k->errors;
            sum.warnings += k->warnings;
        }
        const KommuneProgress *all = model->progressOf(SeedCheckProgressModel::AllKommuner);
        QCOMPARE(all->active, sum.active);
        QCOMPARE(all->errors, sum.errors);
        QCOMPARE(all->errors, w.validator()->counts().error);

        // Activating a row filters the tree to that kommune.
        emit w.seedCheckPanel()->table()->activated(row);
        QCOMPARE(w.filterBar()->kommuneCombo()->currentData().toInt(), Odder);
    }

    void reportHasFindingsChangesAndReviews()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        QList<int> odder;
        for (int i = 0; i < o.size(); ++i)
            if (o.isLive(i) && o.record(i).isActive() && o.admKommuneOf(i) == Odder &&
                o.record(i).level() == Level::Anvisningsenhed)
                odder.append(i);
        const int unit = odder.first();
        const QString before = o.record(unit).value(Field::Email);
        QVERIFY(w.editor()->setField(unit, Field::Email, QStringLiteral("ny;adresse@odder.dk")));
        QVERIFY(w.setReviewed(odder[1], true, QStringLiteral("Set på stedet")));
        w.validator()->flush();

        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("odder.csv"));
        QVERIFY(w.exportReport(Odder, csvPath));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(file.readAll());
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows[0].first(), QStringLiteral("Afsnit"));

        int findings = 0;
        for (const Finding &f : w.validator()->allFindings())
            findings += o.admKommuneOf(f.record) == Odder;
        int activeInOdder = 0;
        for (int i = 0; i < o.size(); ++i)
            activeInOdder += o.isLive(i) && o.record(i).isActive() && o.admKommuneOf(i) == Odder;
        int gotFindings = 0;
        int gotReviews = 0;
        bool sawChange = false;
        bool sawNote = false;
        for (const QStringList &r : rows.mid(1)) {
            QCOMPARE(r.size(), 13);
            if (r[0] == QLatin1String("Fund"))
                ++gotFindings;
            if (r[0] == QLatin1String("Gennemgang")) {
                ++gotReviews;
                if (r[2] == o.record(odder[1]).nummer()) {
                    QCOMPARE(r[4], QStringLiteral("Gennemgået"));
                    QCOMPARE(r[9], QStringLiteral("Set på stedet"));
                    // The record's last update has a column of its own, not "Efter".
                    QVERIFY(r[8].isEmpty());
                    QCOMPARE(r[11], o.record(odder[1]).value(Field::SenestOpdateret));
                    sawNote = true;
                }
            }
            if (r[0] == QStringLiteral("Ændring") && r[2] == o.record(unit).nummer()) {
                QCOMPARE(r[6], fieldLabel(Field::Email));
                QCOMPARE(r[7], before);
                QCOMPARE(r[8], QStringLiteral("ny;adresse@odder.dk"));
                sawChange = true;
            }
        }
        QCOMPARE(gotFindings, findings);
        QCOMPARE(gotReviews, activeInOdder);
        QVERIFY(sawChange);
        QVERIFY(sawNote);

        // The PDF: a real PDF with the title in its metadata, written atomically.
        const QString pdfPath = dir.filePath(QStringLiteral("odder.pdf"));
        QVERIFY(w.exportReport(Odder, pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 5000);
        QVERIFY(bytes.contains("/Count "));                          // a page tree
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary left behind

        // An unwritable place is refused with a message, nothing crashes.
        QVERIFY(!w.exportReport(Odder, dir.filePath(QStringLiteral("mangler/odder.pdf"))));
        QVERIFY(w.lastError().contains(QStringLiteral("mangler")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
