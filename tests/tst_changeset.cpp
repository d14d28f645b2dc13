#include "TestFiles.h"

#include "changes/ChangeFile.h"
#include "changes/ChangeJson.h"
#include "changes/ChangeSet.h"
#include "changes/Editor.h"
#include "codes/CodeTables.h"
#include "io/CsvSnapshot.h"
#include "item/ProblemsModel.h"
#include "item/RegisterTreeModel.h"
#include "item/SeedCheckProgressModel.h"
#include "validation/Validator.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;

// The change set's semantics: every edit kind, undo/redo, merging, net effect, rules.
class TestChangeSet : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Register> m_base;

    // The small snapshot: G10001 (751) → G20001 → G30001; G10002 (751) → G20002 (closed), G20003.
    std::shared_ptr<const Register> small()
    {
        QTemporaryDir dir;
        test::writeSmallCsvSnapshot(dir.path());
        auto reg = std::make_shared<Register>();
        ReadError error;
        CsvSnapshot::read(dir.path(), reg.get(), &error);
        return reg;
    }

    static int idx(const ChangeSet &c, Level level, const char *key)
    {
        return c.overlay()->find(level, QString::fromLatin1(key));
    }

    // A net change spelled out, so two lists compare with a readable difference.
    static QStringList spelled(const QList<RecordChange> &changes)
    {
        QStringList out;
        for (const RecordChange &c : changes) {
            QString line = QStringLiteral("%1/%2 c%3 x%4 m%5 %6>%7 s:%8")
                               .arg(int(c.level))
                               .arg(c.key)
                               .arg(c.created)
                               .arg(c.closed)
                               .arg(c.moved)
                               .arg(c.parentBefore, c.parentAfter, c.statusBefore);
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
                line += QStringLiteral(" %1:%2>%3").arg(fieldKey(it.key()), it.value().first, it.value().second);
            out << line;
        }
        return out;
    }

    // The problems table's rows as text, to compare an updated table with a freshly loaded one.
    static QStringList rowsOf(const ProblemsModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model.columnCount(); ++column)
                cells << model.index(row, column).data().toString();
            cells << model.index(row, 0).data(ProblemsModel::RecordRole).toString()
                  << model.index(row, 0).data(ProblemsModel::AcknowledgedRole).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    static QStringList rowsOf(const std::vector<KommuneProgress> &rows)
    {
        QStringList out;
        for (const KommuneProgress &p : rows)
            out << QStringLiteral("%1: %2 %3 %4 %5 %6 %7")
                       .arg(p.kommune)
                       .arg(p.active)
                       .arg(p.reviewed)
                       .arg(p.untouchedUnreviewed)
                       .arg(p.errors)
                       .arg(p.warnings)
                       .arg(p.changed);
        return out;
    }

    // A tree model and its tester follow every change the test makes.
    struct Watched
    {
        ChangeSet changes;
        Editor editor;
        RegisterTreeModel model;
        QAbstractItemModelTester tester;
        explicit Watched(std::shared_ptr<const Register> base)
            : changes(std::move(base))
            , editor(&changes)
            , model(CodeTables::bundled())
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            model.setChangeSet(&changes, &editor);
        }
    };

private slots:
    void init() { m_base = small(); }

    void updateUndoRedo()
    {
        Watched w(m_base);
        ChangeSet &c = w.changes;
        const int unit = idx(c, Level::Anvisningsenhed, "G20001");
        QVERIFY(w.editor.setField(unit, Field::PNummer, QStringLiteral("1099999999")));
        QCOMPARE(c.overlay()->record(unit).value(Field::PNummer), QStringLiteral("1099999999"));
        QCOMPARE(c.base().record(unit).value(Field::PNummer), QStringLiteral("1012345678")); // base untouched
        QCOMPARE(c.counts().changed, 1);
        const RecordChange *change = c.changeOf(unit);
        QVERIFY(change);
        QCOMPARE(change->fields.value(Field::PNummer),
                 qMakePair(QStringLiteral("1012345678"), QStringLiteral("1099999999")));
        QCOMPARE(w.model.data(w.model.indexOfRecord(unit), RegisterTreeModel::ChangeStateRole).toInt(),
                 int(RegisterTreeModel::Changed));
        QVERIFY(w.model.data(w.model.indexOfRecord(unit), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("før: 1012345678")));

        w.editor.undoStack()->undo();
        QCOMPARE(c.overlay()->record(unit).value(Field::PNummer), QStringLiteral("1012345678"));
        QVERIFY(!c.hasPendingChanges());
        QCOMPARE(w.model.data(w.model.indexOfRecord(unit), RegisterTreeModel::ChangeStateRole).toInt(), 0);
        w.editor.undoStack()->redo();
        QCOMPARE(c.overlay()->record(unit).value(Field::PNummer), QStringLiteral("1099999999"));
        QCOMPARE(c.position(), 1);
    }

    void editsThatChangeNothingAreNotRecorded()
    {
        ChangeSet c(m_base);
        const int dag = idx(c, Level::Daginstitution, "G10001");
        QString error;
        QCOMPARE(c.push(c.updateStep(dag, Field::Navn, QStringLiteral("Børnehuset Solsikken")), &error),
                 ChangeSet::Result::NoChange);
        QCOMPARE(c.steps().size(), 0);
    }

    void twoEditsOfOneFieldAreOneChange()
    {
        ChangeSet c(m_base);
        const int dag = idx(c, Level::Daginstitution, "G10001");
        QString error;
        c.push(c.updateStep(dag, Field::Navn, QStringLiteral("A")), &error);
        c.sealMerging();
        c.push(c.updateStep(dag, Field::Navn, QStringLiteral("B")), &error);
        QCOMPARE(c.steps().size(), 2);
        QCOMPARE(c.netChanges().size(), 1);
        QCOMPARE(c.netChanges().first().fields.value(Field::Navn),
                 qMakePair(QStringLiteral("Børnehuset Solsikken"), QStringLiteral("B")));
        // Back to the base value: no change at all.
        c.sealMerging();
        c.push(c.updateStep(dag, Field::Navn, QStringLiteral("Børnehuset Solsikken")), &error);
        QVERIFY(c.netChanges().isEmpty());
    }

    void typingMergesIntoOneStep()
    {
        Watched w(m_base);
        const int dag = idx(w.changes, Level::Daginstitution, "G10001");
        for (const char *text : {"B", "Bø", "Bør"})
            QVERIFY(w.editor.setField(dag, Field::Navn, QString::fromUtf8(text), true));
        QCOMPARE(w.changes.steps().size(), 1);
        QCOMPARE(w.editor.undoStack()->count(), 1);
        w.editor.finishTyping();
        QVERIFY(w.editor.setField(dag, Field::Navn, QStringLiteral("Børn"), true));
        QCOMPARE(w.changes.steps().size(), 2);
        // Typing in another field is another step.
        QVERIFY(w.editor.setField(dag, Field::EjerformKode, QStringLiteral("2"), true));
        QCOMPARE(w.changes.steps().size(), 3);
        w.editor.undoStack()->undo();
        w.editor.undoStack()->undo();
        QCOMPARE(w.changes.overlay()->record(dag).navn(), QStringLiteral("Bør"));
    }

    void createDaginstitutionWithFirstUnitIsOneStep()
    {
        Watched w(m_base);
        ChangeSet &c = w.changes;
        const int units = c.overlay()->count(Level::Anvisningsenhed);
        const int dag = w.editor.createDaginstitution(751);
        QVERIFY(dag >= 0);
        QVERIFY(isTemporaryKey(c.overlay()->record(dag).nummer()));
        QCOMPARE(c.overlay()->childrenOf(dag).size(), size_t(1));
        const int unit = c.overlay()->childrenOf(dag)[0];
        QCOMPARE(c.overlay()->record(unit).parentNummer(), c.overlay()->record(dag).nummer());
        QCOMPARE(c.overlay()->count(Level::Anvisningsenhed), units + 1);
        QCOMPARE(c.counts().added, 2);
        QCOMPARE(w.editor.undoStack()->count(), 1);
        QCOMPARE(w.model.data(w.model.indexOfRecord(dag, RegisterTreeModel::NumberColumn)).toString(),
                 c.overlay()->record(dag).nummer());

        w.editor.undoStack()->undo();
        QVERIFY(!c.overlay()->isLive(dag));
        QCOMPARE(c.overlay()->count(Level::Anvisningsenhed), units);
        w.editor.undoStack()->redo();
        QVERIFY(c.overlay()->isLive(dag)); // same index again
        QCOMPARE(c.overlay()->childrenOf(dag).size(), size_t(1));

        // A second new record gets a key of its own.
        const int second = w.editor.createAnvisningsenhed(dag);
        QVERIFY(second >= 0);
        QVERIFY(c.overlay()->record(second).nummer() != c.overlay()->record(unit).nummer());
        QCOMPARE(c.overlay()->record(second).value(Field::KommuneKode), QStringLiteral("751"));
        const int address = w.editor.createAlternativAdresse(second);
        QCOMPARE(c.overlay()->record(address).parentNummer(), c.overlay()->record(second).nummer());
        QCOMPARE(c.counts().added, 4);
    }

    void createThenCloseIsNothing()
    {
        Watched w(m_base);
        ChangeSet &c = w.changes;
        const int parent = idx(c, Level::Anvisningsenhed, "G20001");
        const int address = w.editor.createAlternativAdresse(parent);
        QVERIFY(w.editor.setField(address, Field::VejNavn, QStringLiteral("Skovvej")));
        QCOMPARE(c.counts().added, 1);
        QVERIFY(w.editor.close(address));
        QVERIFY(!c.overlay()->isLive(address));
        QVERIFY(c.netChanges().isEmpty());
        w.editor.undoStack()->undo(); // the close
        QVERIFY(c.overlay()->isLive(address));
        QCOMPARE(c.overlay()->record(address).value(Field::VejNavn), QStringLiteral("Skovvej"));
    }

    void closeIsRefusedWhileChildrenAreActive()
    {
        Watched w(m_base);
        ChangeSet &c = w.changes;
        QStringList refusals;
        connect(&w.editor, &Editor::refused, this, [&](const QString &m) { refusals << m; });
        const int dag = idx(c, Level::Daginstitution, "G10001");
        QVERIFY(!w.editor.close(dag));
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains(QStringLiteral("kaskade")), qPrintable(refusals.first()));
        QCOMPARE(c.steps().size(), 0);

        const int unit = idx(c, Level::Anvisningsenhed, "G20001");
        QVERIFY(!w.editor.close(unit)); // still has its alternative address
        QVERIFY(w.editor.close(idx(c, Level::AlternativAdresse, "G30001")));
        QVERIFY(w.editor.close(unit));
        QVERIFY(w.editor.close(dag));
        QCOMPARE(c.counts().closed, 3);
        QCOMPARE(w.model.data(w.model.indexOfRecord(dag), RegisterTreeModel::ChangeStateRole).toInt(),
                 int(RegisterTreeModel::Closed));
        // A closed record cannot be edited.
        QString error;
        QCOMPARE(c.push(c.updateStep(dag, Field::Navn, QStringLiteral("X")), &error), ChangeSet::Result::Refused);
        QVERIFY(error.contains(QStringLiteral("nedlagt")));
        // Closed children (G20002 is Nedlagt in the base) do not block.
        QVERIFY(!w.editor.close(idx(c, Level::Daginstitution, "G10002")));
        QVERIFY(w.editor.close(idx(c, Level::Anvisningsenhed, "G20003")));
        QVERIFY(w.editor.close(idx(c, Level::Daginstitution, "G10002")));
    }

    void moveWithinTheKommuneOnly()
    {
        Watched w(m_base);
        ChangeSet &c = w.changes;
        QStringList refusals;
        connect(&w.editor, &Editor::refused, this, [&](const QString &m) { refusals << m; });
        const int unit = idx(c, Level::Anvisningsenhed, "G20001");
        const int from = idx(c, Level::Daginstitution, "G10001");
        const int to = idx(c, Level::Daginstitution, "G10002");
        QCOMPARE(c.moveTargets(unit), QList<int>{to});
        QVERIFY(w.editor.move(unit, to));
        QCOMPARE(c.overlay()->parentOf(unit), to);
        QCOMPARE(c.overlay()->record(unit).parentNummer(), QStringLiteral("G10002"));
        // The unit takes its alternative address along.
        QCOMPARE(c.overlay()->childrenOf(unit).size(), size_t(1));
        QCOMPARE(c.counts().moved, 1);
        QCOMPARE(c.changeOf(unit)->parentBefore, QStringLiteral("G10001"));
        // As JSON (dtr changes): the move with both parents; no parents for a mere edit.
        const QJsonObject moved = recordChangeToJson(*c.changeOf(unit));
        QCOMPARE(moved.value(QStringLiteral("moved")).toBool(), true);
        QCOMPARE(moved.value(QStringLiteral("parentBefore")).toString(), QStringLiteral("G10001"));
        QCOMPARE(moved.value(QStringLiteral("parentAfter")).toString(), QStringLiteral("G10002"));
        QCOMPARE(moved.value(QStringLiteral("level")).toString(), QStringLiteral("anvisningsenhed"));
        QVERIFY(w.editor.setField(to, Field::Navn, QStringLiteral("Nyt navn")));
        const QJsonObject renamed = recordChangeToJson(*c.changeOf(to));
        QVERIFY(!renamed.contains(QStringLiteral("parentBefore")));
        QCOMPARE(renamed.value(QStringLiteral("fields")).toArray().first().toObject().value(QStringLiteral("after")),
                 QJsonValue(QStringLiteral("Nyt navn")));
        w.editor.undoStack()->undo();
        QVERIFY(!c.changeOf(to));
        QVERIFY(!w.editor.move(unit, to));                                       // already there
        QVERIFY(!w.editor.move(from, to));                                       // a daginstitution does not move
        QVERIFY(!w.editor.move(unit, idx(c, Level::Anvisningsenhed, "G20003"))); // wrong level

        // Another kommune: refused, with both kommuner named.
        QVERIFY(w.editor.setField(from, Field::AdmKommuneKode, QStringLiteral("101")));
        QCOMPARE(w.model.rowCount(), 2); // København's group appeared
        refusals.clear();
        QVERIFY(!w.editor.move(unit, from));
        QVERIFY2(refusals.value(0).contains(QStringLiteral("København")), qPrintable(refusals.value(0)));

        w.editor.undoStack()->undo(); // kommune back
        w.editor.undoStack()->undo(); // the move
        QCOMPARE(c.overlay()->parentOf(unit), from);
        QVERIFY(!c.hasPendingChanges());
    }

    void revertOneRecordAndAll()
    {
        Watched w(m_base);
        ChangeSet &c = w.changes;
        const int unit = idx(c, Level::Anvisningsenhed, "G20003");
        const int dag = idx(c, Level::Daginstitution, "G10001");
        w.editor.setField(unit, Field::Email, QStringLiteral("ny@aarhus.dk"));
        w.editor.setField(unit, Field::TelefonNummer, QStringLiteral("12345678"));
        w.editor.move(unit, dag);
        w.editor.setField(dag, Field::Navn, QStringLiteral("Solsikken"));
        const int created = w.editor.createAnvisningsenhed(dag);
        QVERIFY(created >= 0);
        QCOMPARE(c.counts().total(), 4);

        QVERIFY(w.editor.revert(unit));
        QVERIFY(!c.changeOf(unit));
        QCOMPARE(c.overlay()->parentOf(unit), idx(c, Level::Daginstitution, "G10002"));
        QCOMPARE(c.overlay()->record(unit).value(Field::Email), QStringLiteral("nord@aarhus.dk"));
        QCOMPARE(c.counts().total(), 2);

        QVERIFY(w.editor.revertAll());
        QVERIFY(!c.hasPendingChanges());
        QVERIFY(!c.overlay()->isLive(created));
        // Reverting all is one step, and can itself be undone.
        w.editor.undoStack()->undo();
        QCOMPARE(c.counts().total(), 2);
        QVERIFY(c.overlay()->isLive(created));
    }

    void newRecordsNetEffectFollowsLaterEdits()
    {
        ChangeSet c(m_base);
        QString error;
        Step step = c.createAnvisningsenhedStep(idx(c, Level::Daginstitution, "G10001"));
        QCOMPARE(c.push(step, &error), ChangeSet::Result::Applied);
        const int unit = c.overlay()->find(Level::Anvisningsenhed, step.ops.first().key);
        c.push(c.updateStep(unit, Field::Navn, QStringLiteral("Dagplejegruppe Nord")), &error);
        const QList<RecordChange> net = c.netChanges();
        QCOMPARE(net.size(), 1);
        QVERIFY(net.first().created);
        QCOMPARE(net.first().fields.value(Field::Navn).second, QStringLiteral("Dagplejegruppe Nord"));
        QCOMPARE(net.first().fields.value(Field::ParentNummer).second, QStringLiteral("G10001"));
        // The same fold works from the steps alone, without the base.
        const QList<RecordChange> folded = foldNetChanges(c.steps(), c.position());
        QCOMPARE(folded.size(), 1);
        QCOMPARE(folded.first().fields, net.first().fields);
    }

    // The net changes are refolded per step only for the records a step touches; after any mix of
    // edits, creations, closings, moves, municipality changes, undo and redo they must equal a
    // fold of all steps, and every listener that updates only what changed must equal a fresh count.
    void netChangesAndListenersFollowEveryStepIncrementally()
    {
        Watched w(m_base);
        ChangeSet &c = w.changes;
        Validator validator(&c, CodeTables::bundled());
        validator.validateAll();
        ProblemsModel problems;
        QAbstractItemModelTester problemsTester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        problems.setValidator(&validator, c.overlay());
        SeedCheckProgressModel progress(CodeTables::bundled());
        QAbstractItemModelTester progressTester(&progress, QAbstractItemModelTester::FailureReportingMode::QtTest);
        progress.recount(&c, {}, &validator);
        connect(&validator, &Validator::findingsChanged, &progress, [&](const QList<int> &records, bool all) {
            if (all)
                progress.recount(&c, {}, &validator);
            else
                progress.recount(&c, {}, &validator, records);
        });
        QList<ChangeDelta> deltas;
        connect(&c, &ChangeSet::changed, &c, [&](const ChangeDelta &d) { deltas.append(d); });
        QSignalSpy repainted(&w.model, &QAbstractItemModel::dataChanged);

        QRandomGenerator rng(19);
        const auto pick = [&](Level level, bool activeOnly) {
            QList<int> found;
            for (int i = 0; i < c.overlay()->size(); ++i)
                if (c.overlay()->isLive(i) && c.overlay()->record(i).level() == level &&
                    (!activeOnly || c.overlay()->record(i).isActive()))
                    found.append(i);
            return found.isEmpty() ? -1 : found[rng.bounded(int(found.size()))];
        };
        const QStringList values{QStringLiteral("Nord"), QStringLiteral("Syd"), QString()};
        int structuralSeen = 0;
        for (int round = 0; round < 600; ++round) {
            QHash<int, bool> markedBefore;
            for (int i = 0; i < c.overlay()->size(); ++i)
                markedBefore.insert(i, c.changeOf(i) != nullptr);
            deltas.clear();
            repainted.clear();
            const int position = c.position();
            QString error;
            Step step;
            switch (rng.bounded(11)) {
            case 0:
            case 1:
            case 2: {
                const Level level = Level(rng.bounded(LevelCount));
                const int i = pick(level, true);
                const Field field = rng.bounded(2) ? Field::Navn : Field::Email;
                if (i >= 0)
                    step = c.updateStep(i, field, values[rng.bounded(int(values.size()))]);
                break;
            }
            case 3:
                if (const int dag = pick(Level::Daginstitution, true); dag >= 0)
                    step = c.createAnvisningsenhedStep(dag);
                break;
            case 4:
                if (const int unit = pick(Level::Anvisningsenhed, true); unit >= 0)
                    step = c.createAlternativAdresseStep(unit);
                break;
            case 5:
                if (const int i = pick(Level(rng.bounded(LevelCount)), true); i >= 0)
                    step = c.closeStep(i);
                break;
            case 6:
                if (const int i = pick(rng.bounded(2) ? Level::Anvisningsenhed : Level::AlternativAdresse, true);
                    i >= 0) {
                    const QList<int> targets = c.moveTargets(i);
                    if (!targets.isEmpty())
                        step = c.moveStep(i, targets[rng.bounded(int(targets.size()))]);
                }
                break;
            case 7:
                if (const int dag = pick(Level::Daginstitution, true); dag >= 0)
                    step = c.updateStep(dag, Field::AdmKommuneKode,
                                        rng.bounded(2) ? QStringLiteral("751") : QStringLiteral("101"));
                break;
            case 8:
            case 9:
                QVERIFY(c.setPosition(position - 1 - int(rng.bounded(2))));
                break;
            case 10:
                QVERIFY(c.setPosition(position + 1 + int(rng.bounded(2))));
                break;
            }
            if (!step.ops.isEmpty())
                c.push(step, &error);

            QCOMPARE(spelled(c.netChanges()), spelled(foldNetChanges(c.steps(), c.position())));
            const ChangeCounts folded = countChanges(foldNetChanges(c.steps(), c.position()));
            QCOMPARE(c.counts().added, folded.added);
            QCOMPARE(c.counts().changed, folded.changed);
            QCOMPARE(c.counts().moved, folded.moved);
            QCOMPARE(c.counts().closed, folded.closed);
            for (const RecordChange &n : c.netChanges()) {
                const RecordChange *of = c.changeOf(c.overlay()->find(n.level, n.key));
                QVERIFY(of);
                QCOMPARE(of->key, n.key);
            }
            QVERIFY(deltas.size() <= 1);
            if (!deltas.isEmpty()) {
                // The delta names every record whose pending change came or went, and its rows repaint.
                QSet<int> repaintedRecords;
                for (const QList<QVariant> &args : std::as_const(repainted))
                    repaintedRecords.insert(w.model.recordOf(args.at(0).toModelIndex()));
                for (auto it = markedBefore.cbegin(); it != markedBefore.cend(); ++it) {
                    if ((c.changeOf(it.key()) != nullptr) == it.value())
                        continue;
                    QVERIFY2(deltas.first().touches(it.key()), qPrintable(QString::number(it.key())));
                    if (c.overlay()->isLive(it.key()))
                        QVERIFY(repaintedRecords.contains(it.key()));
                }
                structuralSeen += deltas.first().structural;
            }
            ProblemsModel fresh;
            fresh.setValidator(&validator, c.overlay());
            QCOMPARE(rowsOf(problems), rowsOf(fresh));
            std::vector<KommuneProgress> shown;
            for (int row = 0; row < progress.rowCount(); ++row)
                shown.push_back(
                    *progress.progressOf(progress.index(row, 0).data(SeedCheckProgressModel::KommuneRole).toInt()));
            QCOMPARE(rowsOf(shown), rowsOf(countSeedCheckProgress(c, {}, &validator)));
        }
        QVERIFY(structuralSeen > 10); // the mix reached creations, removals and moves
        QVERIFY(c.counts().total() > 0 || c.position() == 0);
    }

    void registerIssuedValuesAreReadOnly()
    {
        ChangeSet c(m_base);
        const int unit = idx(c, Level::Anvisningsenhed, "G20001");
        QString error;
        for (Field f : {Field::Nummer, Field::CvrNummer, Field::ParentNummer}) {
            QCOMPARE(c.push(c.updateStep(unit, f, QStringLiteral("X")), &error), ChangeSet::Result::Refused);
            QVERIFY(!ChangeSet::isEditable(Level::Anvisningsenhed, f));
        }
        QVERIFY(ChangeSet::isEditable(Level::Anvisningsenhed, Field::PNummer));
    }

    void newEditDiscardsTheRedoTail()
    {
        Watched w(m_base);
        const int dag = idx(w.changes, Level::Daginstitution, "G10001");
        w.editor.setField(dag, Field::Navn, QStringLiteral("A"));
        w.editor.setField(dag, Field::Navn, QStringLiteral("B"));
        w.editor.undoStack()->undo();
        QCOMPARE(w.changes.steps().size(), 2);
        w.editor.setField(dag, Field::EjerformKode, QStringLiteral("2"));
        QCOMPARE(w.changes.steps().size(), 2);
        QCOMPARE(w.editor.undoStack()->count(), 2);
        QVERIFY(!w.editor.undoStack()->canRedo());
        QCOMPARE(w.changes.overlay()->record(dag).navn(), QStringLiteral("A"));
    }

    void journalFailureLeavesNothingBehind()
    {
        // A journal that cannot write: the edit must not show as done.
        struct BrokenJournal : ChangeJournal
        {
            bool writeSteps(int, const QList<Step> &, int, QString *error) override
            {
                *error = QStringLiteral("disken er fuld");
                return false;
            }
            bool writePosition(int, QString *error) override
            {
                *error = QStringLiteral("disken er fuld");
                return false;
            }
        } broken;
        ChangeSet c(m_base);
        c.setJournal(&broken);
        const int dag = idx(c, Level::Daginstitution, "G10001");
        QString error;
        QCOMPARE(c.push(c.updateStep(dag, Field::Navn, QStringLiteral("X")), &error), ChangeSet::Result::Refused);
        QCOMPARE(error, QStringLiteral("disken er fuld"));
        QCOMPARE(c.overlay()->record(dag).navn(), QStringLiteral("Børnehuset Solsikken"));
        QCOMPARE(c.steps().size(), 0);
        QCOMPARE(c.push(c.createDaginstitutionStep(751), &error), ChangeSet::Result::Refused);
        QCOMPARE(c.overlay()->count(Level::Daginstitution), 2);
    }

    void charactersTheRegisterCannotReceiveAreRefused()
    {
        // A journal that counts what is written to it.
        struct CountingJournal : ChangeJournal
        {
            int writes = 0;
            bool writeSteps(int, const QList<Step> &, int, QString *) override { return ++writes > 0; }
            bool writePosition(int, QString *) override { return ++writes > 0; }
        } journal;
        Watched w(m_base);
        ChangeSet &c = w.changes;
        c.setJournal(&journal);
        QStringList refusals;
        connect(&w.editor, &Editor::refused, this, [&](const QString &m) { refusals << m; });
        const int dag = idx(c, Level::Daginstitution, "G10001");
        const QString name = c.overlay()->record(dag).navn();

        // Typed: refused at once with the field and the character named; nothing applied or journaled.
        const struct
        {
            QString typed;
            const char *named;
        } refused[] = {
            {name + QChar(0x01), "kontroltegnet U+0001"},
            {QStringLiteral("Sol\u001fsikken"), "kontroltegnet U+001F"},
            {QStringLiteral("Sol") + QChar(0) + QStringLiteral("sikken"), "kontroltegnet U+0000"},
            {QStringLiteral("Solsikken") + QChar(0xFFFE), "tegnet U+FFFE"},
            {QStringLiteral("Solsikken") + QChar(0xFFFF), "tegnet U+FFFF"},
            {QStringLiteral("Solsikken") + QChar(0xD83D), "U+D83D"},
            {QChar(0xDE00) + QStringLiteral("Solsikken"), "U+DE00"},
        };
        for (const auto &r : refused) {
            refusals.clear();
            QVERIFY(!w.editor.setField(dag, Field::Navn, r.typed, true));
            QCOMPARE(refusals.size(), 1);
            QVERIFY2(refusals.first().startsWith(fieldLabel(Field::Navn) + QStringLiteral(" indeholder ")) &&
                         refusals.first().contains(QString::fromUtf8(r.named)) &&
                         refusals.first().contains(QStringLiteral("som registeret ikke kan modtage")),
                     qPrintable(refusals.first()));
            QCOMPARE(c.overlay()->record(dag).navn(), name);
            QCOMPARE(c.steps().size(), 0);
            QCOMPARE(journal.writes, 0);
        }
        QCOMPARE(refusals.first(), fieldLabel(Field::Navn) +
                                       QStringLiteral(" indeholder et halvt tegn (U+DE00 uden sin anden halvdel), som "
                                                      "registeret ikke kan modtage."));

        // While typing (edits merge into one step) the merge is refused too, and the step keeps
        // what was typed before.
        QVERIFY(w.editor.setField(dag, Field::Navn, QStringLiteral("Sol"), true));
        QCOMPARE(journal.writes, 1);
        refusals.clear();
        QVERIFY(!w.editor.setField(dag, Field::Navn, QStringLiteral("Sol\u0007"), true));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(c.overlay()->record(dag).navn(), QStringLiteral("Sol"));
        QCOMPARE(c.steps().size(), 1);
        QCOMPARE(c.steps().first().ops.first().after, QStringLiteral("Sol"));
        QCOMPARE(journal.writes, 1);

        // Tab, line feed and carriage return stay allowed, as do characters outside the BMP.
        for (const QString &ok : {QStringLiteral("Sol\tsikken"), QStringLiteral("Sol\nsikken"),
                                  QStringLiteral("Sol\r\nsikken"), QStringLiteral("Sol\rsikken"),
                                  QStringLiteral("Solsikken \U0001F33B"), QStringLiteral("Sol\u007f\u0085sikken")}) {
            w.editor.finishTyping();
            QVERIFY2(w.editor.setField(dag, Field::Navn, ok), qPrintable(refusals.value(0)));
            QCOMPARE(c.overlay()->record(dag).navn(), ok);
        }

        // A new record's values are checked the same way, every field.
        Step create = c.createDaginstitutionStep(751);
        Record unit(Level::Anvisningsenhed);
        unit.setCells(create.ops[1].values);
        unit.setValue(Field::Email, QStringLiteral("sol\u001bsikken@kommune.dk"));
        create.ops[1].values = unit.cells();
        QString error;
        const int steps = int(c.steps().size());
        QCOMPARE(c.push(create, &error), ChangeSet::Result::Refused);
        QVERIFY2(error.startsWith(fieldLabel(Field::Email)) && error.contains(QStringLiteral("U+001B")),
                 qPrintable(error));
        QCOMPARE(c.steps().size(), steps);
        QCOMPARE(c.overlay()->count(Level::Daginstitution), 2);
    }

    void changeFilesWithSuchCharactersAreRefusedWhole()
    {
        // A change file from elsewhere: a harmless rename, then a value with a control character.
        const QString fingerprint = ChangeFile::fingerprint(*m_base);
        QByteArray file;
        {
            ChangeSet other(m_base);
            QString error;
            QCOMPARE(other.push(other.updateStep(idx(other, Level::Daginstitution, "G10002"), Field::Navn,
                                                 QStringLiteral("Mælkebøtten")),
                                &error),
                     ChangeSet::Result::Applied);
            QCOMPARE(other.push(other.updateStep(idx(other, Level::Anvisningsenhed, "G20001"), Field::VejNavn,
                                                 QStringLiteral("MARKER")),
                                &error),
                     ChangeSet::Result::Applied);
            file = ChangeFile::write(other, fingerprint);
        }
        QVERIFY(file.contains("\"MARKER\""));
        ChangeFile::Contents contents;
        QString error;
        QVERIFY2(ChangeFile::read(QByteArray(file).replace("\"MARKER\"", "\"Bygade\\u0002\""), &contents, &error),
                 qPrintable(error));
        ChangeSet c(m_base);
        Step step;
        QVERIFY(!ChangeFile::prepareImport(c, fingerprint, contents, &step, &error));
        QVERIFY2(error.contains(fieldLabel(Field::VejNavn) + QStringLiteral(" indeholder kontroltegnet U+0002")),
                 qPrintable(error));
        QCOMPARE(c.steps().size(), 0);
        QCOMPARE(c.overlay()->record(idx(c, Level::Daginstitution, "G10002")).navn(),
                 m_base->record(idx(c, Level::Daginstitution, "G10002")).navn());
        // With a line break instead, the same file imports.
        QVERIFY(ChangeFile::read(QByteArray(file).replace("\"MARKER\"", "\"Bygade\\r\\n2\""), &contents, &error));
        QVERIFY2(ChangeFile::prepareImport(c, fingerprint, contents, &step, &error), qPrintable(error));
        QCOMPARE(c.push(step, &error), ChangeSet::Result::Applied);
        QCOMPARE(c.overlay()->record(idx(c, Level::Anvisningsenhed, "G20001")).value(Field::VejNavn),
                 QStringLiteral("Bygade\r\n2"));
    }
};

QTEST_MAIN(TestChangeSet)
#include "tst_changeset.moc"
