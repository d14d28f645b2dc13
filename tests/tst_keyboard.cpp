#include "TestFiles.h"
#include "codes/CodeTables.h"
#include "compare/DiffDialog.h"
#include "edit/DagplejeWizard.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "register/Register.h"
#include "service/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>

using namespace dtr;

// Keyboard and assistive access: every menu entry has a mnemonic (unique in its menu) or a
// shortcut, shortcuts are not given twice, and every input a screen reader lands on has a name.
class TestKeyboard : public QObject
{
    Q_OBJECT

    // Widgets that take focus and say nothing by themselves need an accessible name or a label
    // pointing at them.
    static QStringList unnamedInputs(QWidget *root)
    {
        QSet<QWidget *> labelled;
        for (QLabel *label : root->findChildren<QLabel *>())
            if (label->buddy())
                labelled.insert(label->buddy());
        QStringList out;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                               qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                               qobject_cast<QAbstractSpinBox *>(w);
            if (!input || w->focusPolicy() == Qt::NoFocus)
                continue;
            if (qobject_cast<QLineEdit *>(w) &&
                (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
                continue; // the line edit inside a combo or spin box
            if (qobject_cast<QAbstractItemView *>(w) && qobject_cast<QComboBox *>(w->parentWidget()->parentWidget()))
                continue; // a combo box's popup list
            if (w->accessibleName().isEmpty() && !labelled.contains(w))
                out << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                                     w->objectName());
        }
        return out;
    }

private slots:
    void initTestCase() { test::useFreshAppData(QStringLiteral("tst_keyboard")); }

    void everyMenuEntryIsReachableByKeyboard()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        QSet<QString> shortcuts;
        QSet<QChar> menuMnemonics;
        for (QAction *menuAction : w.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            QVERIFY(menu);
            const qsizetype amp = menuAction->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0, qPrintable(menuAction->text()));
            const QChar mnemonic = menuAction->text().at(amp + 1).toLower();
            QVERIFY2(!menuMnemonics.contains(mnemonic), qPrintable(menuAction->text()));
            menuMnemonics.insert(mnemonic);
            QSet<QChar> inMenu;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || a->text().isEmpty() || a->menu() == w.findChild<QMenu *>())
                    continue;
                for (const QKeySequence &key : a->shortcuts()) {
                    QVERIFY2(!shortcuts.contains(key.toString()),
                             qPrintable(key.toString() + QLatin1Char(' ') + a->text()));
                    shortcuts.insert(key.toString());
                }
                const qsizetype at = a->text().indexOf(QLatin1Char('&'));
                if (at < 0) {
                    QVERIFY2(!a->shortcuts().isEmpty() || a->text().startsWith(QLatin1Char('&')) ||
                                 a->text() == tr("(ingen)"),
                             qPrintable(QStringLiteral("no mnemonic or shortcut: ") + a->text()));
                    continue;
                }
                const QChar c = a->text().at(at + 1).toLower();
                QVERIFY2(!inMenu.contains(c), qPrintable(QStringLiteral("mnemonic used twice: ") + a->text()));
                inMenu.insert(c);
            }
        }
        QVERIFY(shortcuts.size() > 25);
    }

    void everyInputHasAName_data()
    {
        QTest::addColumn<QString>("window");
        for (const char *name : {"main", "settings", "wizard", "diff"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyInputHasAName()
    {
        QFETCH(QString, window);
        MainWindow w;
        w.show();
        QVERIFY(w.openDemo());
        const Overlay &o = *w.treeModel()->overlay();
        w.selectRecord(o.find(Level::Anvisningsenhed, o.record(o.size() - 1).nummer()));
        std::unique_ptr<QWidget> dialog;
        if (window == QLatin1String("settings"))
            dialog = std::make_unique<SettingsDialog>();
        else if (window == QLatin1String("wizard"))
            dialog = std::make_unique<DagplejeWizard>(o, CodeTables::bundled(), 727);
        else if (window == QLatin1String("diff"))
            dialog = std::make_unique<DiffDialog>(o.base(), o.base(), QStringLiteral("a"), QStringLiteral("b"),
                                                  CodeTables::bundled());
        QWidget *root = dialog ? dialog.get() : static_cast<QWidget *>(&w);
        root->show();
        const QStringList unnamed = unnamedInputs(root);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
