#include "TestFiles.h"
#include "i18n/UiLanguage.h"
#include "io/CsvSnapshot.h"
#include "mainwindow/MainWindow.h"
#include "register/Register.h"
#include "validation/Rules.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

// The English translation is complete and current, and reaches every layer at run time.
class TestTranslations : public QObject
{
    Q_OBJECT

    static QByteArray committedTs()
    {
        QFile f(QStringLiteral(DTR_SOURCE_DIR "/translations/dtrstudio_en.ts"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_translations")); }

    // Every string is translated: nothing unfinished, empty or left over from removed code.
    void everyStringIsTranslated()
    {
        const QByteArray ts = committedTs();
        QVERIFY(ts.contains("<TS version="));
        QCOMPARE(ts.count("type=\"unfinished\""), 0);
        QCOMPARE(ts.count("type=\"vanished\""), 0);
        QCOMPARE(ts.count("type=\"obsolete\""), 0);
        QCOMPARE(ts.count("<translation></translation>"), 0);
        QVERIFY(ts.count("<message") > 800);
        TsTranslator translator;
        QString error;
        QVERIFY2(translator.loadTs(QStringLiteral(DTR_SOURCE_DIR "/translations/dtrstudio_en.ts"), &error),
                 qPrintable(error));
        QCOMPARE(translator.size(), int(ts.count("<message")));
    }

    // The .ts file is what lupdate makes of today's sources: a new, changed or removed string
    // fails here until `cmake --build build --target update_translations` is run and the new
    // strings are translated.
    void tsFileIsNotStale()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("dtrstudio_en.ts"));
        QVERIFY(QFile::copy(QStringLiteral(DTR_SOURCE_DIR "/translations/dtrstudio_en.ts"), fresh));
        QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(DTR_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-source-language"), QStringLiteral("da"), QStringLiteral("-target-language"),
                       QStringLiteral("en"), QStringLiteral(DTR_SOURCE_DIR "/app"),
                       QStringLiteral(DTR_SOURCE_DIR "/models"), QStringLiteral(DTR_SOURCE_DIR "/views"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile f(fresh);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray updated = f.readAll();
        if (updated != committedTs()) {
            QList<QByteArray> added;
            for (const QByteArray &line : updated.split('\n'))
                if (line.contains("<source>") && !committedTs().contains(line))
                    added.append(line.trimmed());
            QFAIL(qPrintable(QStringLiteral("translations/dtrstudio_en.ts is stale; new or changed: %1")
                                 .arg(QString::fromUtf8(added.join(' ').left(600)))));
        }
    }

    // Danish needs only its plural forms ("1 ventende ændring"): every text with %n has both forms
    // in translations/dtrstudio_da.ts, and the file is what `lupdate -pluralonly` makes of today's
    // sources (see README, Translations).
    void danishPluralFormsAreCompleteAndCurrent()
    {
        const QString committed = QStringLiteral(DTR_SOURCE_DIR "/translations/dtrstudio_da.ts");
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("dtrstudio_da.ts"));
        QVERIFY(QFile::copy(committed, fresh));
        QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(DTR_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-pluralonly"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-source-language"),
                       QStringLiteral("da"), QStringLiteral("-target-language"), QStringLiteral("da"),
                       QStringLiteral(DTR_SOURCE_DIR "/app"), QStringLiteral(DTR_SOURCE_DIR "/models"),
                       QStringLiteral(DTR_SOURCE_DIR "/views"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile before(committed), after(fresh);
        QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
        const QByteArray ts = after.readAll();
        QVERIFY2(ts == before.readAll(), "translations/dtrstudio_da.ts is stale: run lupdate -pluralonly (README)");
        QVERIFY(ts.count("<message numerus=\"yes\">") > 30);
        QCOMPARE(ts.count("type=\"unfinished\""), 0);
        QCOMPARE(ts.count("<numerusform></numerusform>"), 0);
        TsTranslator danish;
        QString error;
        QVERIFY2(danish.loadTs(committed, &error), qPrintable(error));
        QCOMPARE(
            danish.translate("dtr::MainWindow", "Fortsætter med %n ventende ændringer fra arbejdsområdet.", nullptr, 1),
            QStringLiteral("Fortsætter med %n ventende ændring fra arbejdsområdet."));
    }

    // English at run time: the window's menus, a reader's error, a rule's description.
    void englishReachesEveryLayer()
    {
        QCOMPARE(resolvedUiLanguage(QString(), QLocale(QLocale::Danish, QLocale::Denmark)), QStringLiteral("da"));
        QCOMPARE(resolvedUiLanguage(QString(), QLocale(QLocale::German)), QStringLiteral("en"));
        QCOMPARE(resolvedUiLanguage(QStringLiteral("da"), QLocale(QLocale::English)), QStringLiteral("da"));

        TsTranslator english;
        QString error;
        QVERIFY2(english.loadTs(QStringLiteral(":/i18n/dtrstudio_en.ts"), &error), qPrintable(error));
        QVERIFY(QApplication::installTranslator(&english));
        {
            MainWindow w;
            QStringList menus;
            for (QAction *a : w.menuBar()->actions())
                menus << a->text();
            QVERIFY2(menus.contains(QStringLiteral("&File")) && menus.contains(QStringLiteral("&Edit")),
                     qPrintable(menus.join(QLatin1Char(','))));
            QCOMPARE(w.action(QStringLiteral("dagplejeWizard"))->text(),
                     QStringLiteral("Create &childminding groups…"));
        }
        Register reg;
        ReadError readError;
        QVERIFY(!CsvSnapshot::read(QStringLiteral("/findes/ikke"), &reg, &readError));
        QCOMPARE(readError.message, QStringLiteral("Does not exist."));
        QCOMPARE(ruleDescription(*findRule(u"pnummer-format")), QStringLiteral("The P number is 10 digits"));
        QApplication::removeTranslator(&english);
        QCOMPARE(ruleDescription(*findRule(u"pnummer-format")), QStringLiteral("P-nummeret er 10 cifre"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
