#include "changes/ChangeSet.h"
#include "codes/CodeTables.h"
#include "validation/DuplicateIndex.h"
#include "validation/Fixes.h"
#include "validation/NameCase.h"
#include "validation/RuleProfile.h"
#include "validation/Rules.h"
#include "validation/Validator.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace dtr;

namespace {

Record make(Level level, std::initializer_list<std::pair<Field, const char *>> values)
{
    Record r(level);
    for (const auto &[f, v] : values)
        r.setValue(f, QString::fromUtf8(v));
    return r;
}

// A small register that breaks no rule: one daginstitution, a unit, an alternative address.
QList<Record> cleanRecords()
{
    return {
        make(Level::Daginstitution, {{Field::Nummer, "G10001"},
                                     {Field::Navn, "Børnehuset Solsikken"},
                                     {Field::EjerformKode, "1"},
                                     {Field::LovgrundlagKode, "1"},
                                     {Field::AdmKommuneKode, "751"},
                                     {Field::Aktivitetsstatus, "Aktiv"},
                                     {Field::SenestOpdateret, "2024-03-01T10:00:00"}}),
        make(Level::Anvisningsenhed, {{Field::Nummer, "G20001"},
                                      {Field::ParentNummer, "G10001"},
                                      {Field::Navn, "Børnehuset Solsikken"},
                                      {Field::InstType3, "6012"},
                                      {Field::Email, "solsikken@aarhus.dk"},
                                      {Field::TelefonNummer, "87 13 00 00"},
                                      {Field::CvrNummer, "55133018"},
                                      {Field::PNummer, "1012345678"},
                                      {Field::VejNavn, "Skolevej"},
                                      {Field::HusNummer, "4A"},
                                      {Field::Etage, "st"},
                                      {Field::Doer, "th"},
                                      {Field::PostNummer, "8000"},
                                      {Field::ByNavn, "Aarhus C"},
                                      {Field::KommuneKode, "751"},
                                      {Field::GeoBredde, "56.1572"},
                                      {Field::GeoLaengde, "10.2107"},
                                      {Field::Aktivitetsstatus, "Aktiv"},
                                      {Field::SenestOpdateret, "2025-01-01T08:00:00"}}),
        make(Level::AlternativAdresse, {{Field::Nummer, "G30001"},
                                        {Field::ParentNummer, "G20001"},
                                        {Field::Navn, "Skovgrunden"},
                                        {Field::VejNavn, "Skovvej"},
                                        {Field::HusNummer, "1"},
                                        {Field::PostNummer, "8270"},
                                        {Field::ByNavn, "Højbjerg"},
                                        {Field::KommuneKode, "751"},
                                        {Field::Aktivitetsstatus, "Aktiv"}}),
    };
}

std::shared_ptr<const Register> build(const QList<Record> &records)
{
    auto reg = std::make_shared<Register>();
    for (const Record &r : records)
        reg->add(r);
    reg->finalize();
    return reg;
}

QList<Finding> validate(const QList<Record> &records, const CodeTables &codes = CodeTables::bundled(),
                        const RuleProfile &profile = RuleProfile())
{
    ChangeSet changes(build(records));
    Validator v(&changes, codes);
    v.setProfile(&profile);
    v.validateAll();
    return v.allFindings();
}

QList<Finding> ofRule(const QList<Finding> &findings, const char *rule)
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.rule == QLatin1String(rule))
            out.append(f);
    return out;
}

// The clean register with a copy of its unit (another number) changed by `change`.
QList<Record> withUnitCopy(const std::function<void(Record &)> &change)
{
    QList<Record> records = cleanRecords();
    Record copy = records[1];
    copy.setValue(Field::Nummer, u"G20002");
    copy.setValue(Field::PNummer, u"1012345679");
    change(copy);
    records.append(copy);
    return records;
}

using Mutation = std::function<void(QList<Record> &)>;

void set(QList<Record> &records, int i, Field f, const char *value)
{
    records[i].setValue(f, QString::fromUtf8(value));
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestRules : public QObject
{
    Q_OBJECT

    QSet<QString> m_tested;

private slots:
    void cleanRegisterHasNoFindings()
    {
        const QList<Finding> findings = validate(cleanRecords());
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).rule + QLatin1Char(' ') + findings.value(0).message));
    }

    void ruleFires_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field"); // "" when the finding names no field
        QTest::addColumn<QString>("message");

        const auto row = [](const char *rule, Mutation m, const char *entity, const char *field, const char *message) {
            QTest::newRow(rule) << QString::fromLatin1(rule) << m << QString::fromLatin1(entity)
                                << QString::fromLatin1(field) << QString::fromUtf8(message);
        };
        row(
            "felt-mangler", [](auto &r) { set(r, 1, Field::PNummer, ""); }, "G20001", "pNummer",
            "P-nummer skal udfyldes");
        row(
            "laengde", [](auto &r) { r[0].setValue(Field::Navn, QString(133, QLatin1Char('a'))); }, "G10001", "navn",
            "højst være 132 tegn – fandt 133");
        row(
            "nummer-format", [](auto &r) { set(r, 2, Field::Nummer, "G3001"); }, "G3001", "nummer", "6 tegn – fandt 5");
        row(
            "kode-ukendt", [](auto &r) { set(r, 0, Field::EjerformKode, "9"); }, "G10001", "ejerformKode",
            "\"9\" findes ikke");
        row(
            "pnummer-format", [](auto &r) { set(r, 1, Field::PNummer, "10123456"); }, "G20001", "pNummer",
            "P-nummer skal være 10 cifre – fandt 8.");
        row(
            "cvr-kontrolciffer", [](auto &r) { set(r, 1, Field::CvrNummer, "55133019"); }, "G20001", "cvrNummer",
            "kontrolciffer");
        row(
            "postnummer-format", [](auto &r) { set(r, 1, Field::PostNummer, "800"); }, "G20001", "postNummer",
            "4 cifre – fandt \"800\"");
        row(
            "postnummer-interval", [](auto &r) { set(r, 2, Field::PostNummer, "0900"); }, "G30001", "postNummer",
            "mellem 1000 og 9990");
        // A lowercase letter ("4a") is what the register holds: husnummer-bogstav offers the capital.
        row(
            "husnummer-format", [](auto &r) { set(r, 1, Field::HusNummer, "12-14"); }, "G20001", "husNummer", "1–999");
        row(
            "husnummer-bogstav", [](auto &r) { set(r, 1, Field::HusNummer, "4a"); }, "G20001", "husNummer", "\"4A\"");
        row(
            "felt-mangler-antaget", [](auto &r) { set(r, 2, Field::ByNavn, ""); }, "G30001", "byNavn",
            "By skal udfyldes");
        row(
            "laengde-antaget", [](auto &r) { r[1].setValue(Field::VejNavn, QString(41, QLatin1Char('v'))); }, "G20001",
            "vejNavn", "højst være 40 tegn – fandt 41");
        row(
            "kommunekode-ukendt", [](auto &r) { set(r, 0, Field::AdmKommuneKode, "999"); }, "G10001", "admKommuneKode",
            "en af de 98 kommunekoder");
        row(
            "etage-format", [](auto &r) { set(r, 1, Field::Etage, "stuen"); }, "G20001", "etage", "\"stuen\"");
        row(
            "doer-format", [](auto &r) { set(r, 1, Field::Doer, "venstre"); }, "G20001", "doer", "\"venstre\"");
        row(
            "email-format", [](auto &r) { set(r, 1, Field::Email, "solsikken.aarhus.dk"); }, "G20001", "email",
            "navn@domæne.dk");
        row(
            "telefon-format", [](auto &r) { set(r, 1, Field::TelefonNummer, "1234"); }, "G20001", "telefonNummer",
            "8 cifre");
        row(
            "koordinat-udenfor", [](auto &r) { set(r, 1, Field::GeoBredde, "48.85"); }, "G20001", "geoBredde",
            "uden for Danmark");
        row(
            "postnummer-ukendt", [](auto &r) { set(r, 1, Field::PostNummer, "8001"); }, "G20001", "postNummer",
            "8001 findes ikke i PostNords");
        row(
            "bynavn-postnummer", [](auto &r) { set(r, 1, Field::ByNavn, "Hirtshals"); }, "G20001", "byNavn",
            "hører til Aarhus C, ikke \"Hirtshals\"");
        row(
            "postnummer-kommune",
            [](auto &r) {
                set(r, 1, Field::PostNummer, "9850");
                set(r, 1, Field::ByNavn, "Hirtshals");
            },
            "G20001", "postNummer", "ligger ikke i Aarhus, men i Hjørring");
        row(
            "koordinat-kommune",
            [](auto &r) {
                set(r, 1, Field::GeoBredde, "55.9737");
                set(r, 1, Field::GeoLaengde, "10.1525");
            },
            "G20001", "geoBredde", "ligger i Odder");
        row(
            "uden-overordnet", [](auto &r) { set(r, 1, Field::ParentNummer, "G19999"); }, "G20001", "parentNummer",
            "\"G19999\" findes ikke");
        row(
            "uden-enheder", [](auto &r) { set(r, 1, Field::Aktivitetsstatus, "Nedlagt"); }, "G10001", "",
            "ingen aktive anvisningsenheder");
        row(
            "aktiv-under-nedlagt", [](auto &r) { set(r, 0, Field::Aktivitetsstatus, "Nedlagt"); }, "G20001", "",
            "daginstitution G10001 over den er nedlagt");
        row(
            "nummer-dublet", [](auto &r) { r.append(r[0]); }, "G10001", "nummer", "bruges også");
        row(
            "krydsvalidering-ejerform", [](auto &r) { set(r, 0, Field::EjerformKode, "3"); }, "G10001", "ejerformKode",
            "tilladt: Kommunal");
        row(
            "krydsvalidering-type", [](auto &r) { set(r, 1, Field::InstType3, "6021"); }, "G20001", "instType3",
            "6021 Klub er ikke tilladt");
        row(
            "mulig-dublet",
            [](auto &r) {
                Record copy = r[1];
                copy.setValue(Field::Nummer, u"G20002");
                copy.setValue(Field::PNummer, u"1012345679");
                r.append(copy);
            },
            "G20001", "", "som G20002"); // both partners are named; the first comes first
        row(
            "adresse-kommune", [](auto &r) { set(r, 1, Field::KommuneKode, "101"); }, "G20001", "kommuneKode",
            "ligger i København");
        row(
            "navn-versaler", [](auto &r) { set(r, 2, Field::Navn, "SKOVGRUNDEN"); }, "G30001", "navn",
            "\"Skovgrunden\"");
        row(
            "navn-lukket", [](auto &r) { set(r, 0, Field::Navn, "Solsikken (lukket)"); }, "G10001", "navn",
            "\"lukket\"");
        row(
            "mangler-kontakt",
            [](auto &r) {
                set(r, 1, Field::Email, "");
                set(r, 1, Field::TelefonNummer, "");
            },
            "G20001", "", "Hverken e-mail eller telefonnummer");
        row(
            "dagpleje-forkert-overordnet", [](auto &r) { set(r, 1, Field::InstType3, "6013"); }, "G20001", "instType3",
            "dagpleje-daginstitution");
        row(
            "ikke-opdateret", [](auto &r) { set(r, 0, Field::SenestOpdateret, "2019-08-01T00:00:00"); }, "G10001",
            "senestOpdateret", "2019-08-01");
    }

    void ruleFires()
    {
        QFETCH(QString, rule);
        QFETCH(Mutation, mutate);
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QString, message);
        m_tested.insert(rule);
        QVERIFY2(findRule(rule), "no such rule");
        QList<Record> records = cleanRecords();
        mutate(records);
        const QList<Finding> findings = validate(records);
        const auto it =
            std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.rule == rule; });
        QVERIFY2(it != findings.end(), qPrintable(QStringLiteral("%1 did not fire").arg(rule)));
        QCOMPARE(it->entity, entity);
        QCOMPARE(it->field ? QString(fieldKey(*it->field)) : QString(), field);
        QVERIFY2(it->message.contains(message), qPrintable(it->message));
        QCOMPARE(it->severity, findRule(rule)->severity);
    }

    void closedRecordsAreNotChecked()
    {
        QList<Record> records = cleanRecords();
        set(records, 2, Field::Aktivitetsstatus, "Nedlagt");
        set(records, 2, Field::Navn, "SKOVGRUNDEN (LUKKET)");
        set(records, 2, Field::PostNummer, "1");
        QVERIFY(validate(records).isEmpty());
    }

    // A repeated number is reported on the later record only, from the register's own index, and
    // stays so when the first is edited (its edited copy still carries the base number; steps
    // address records by number, so the later one cannot be edited apart).
    void repeatedNumberFollowsTheRegisterThroughEdits()
    {
        QList<Record> records = cleanRecords();
        records.append(records[1]); // the unit again, same number
        ChangeSet changes(build(records));
        Validator v(&changes, CodeTables::bundled());
        v.validateAll();
        const auto repeated = [&](int index) {
            const QList<Finding> &f = v.findingsOf(index);
            return std::any_of(f.begin(), f.end(),
                               [](const Finding &x) { return x.rule == QLatin1String("nummer-dublet"); });
        };
        QVERIFY(!repeated(1));
        QVERIFY(repeated(3));
        QString error;
        QCOMPARE(changes.push(changes.updateStep(1, Field::Navn, QStringLiteral("Vuggestuen Syd")), &error),
                 ChangeSet::Result::Applied);
        QCOMPARE(changes.overlay()->record(1).navn(), QStringLiteral("Vuggestuen Syd"));
        v.flush();
        QVERIFY(!repeated(1));
        QVERIFY(repeated(3));
    }

    void moveAcrossKommuneFires()
    {
        // Only a pending change can move a record out of its kommune: move, then change the
        // target daginstitution's kommune.
        QList<Record> records = cleanRecords();
        Record second = records[0];
        second.setValue(Field::Nummer, u"G10002");
        Record secondUnit = records[1];
        secondUnit.setValue(Field::Nummer, u"G20002");
        secondUnit.setValue(Field::ParentNummer, u"G10002");
        secondUnit.setValue(Field::Navn, u"Vuggestuen Nord");
        secondUnit.setValue(Field::PNummer, u"1012345679"); // same P-nummer and address: a likely duplicate
        records << second << secondUnit;
        ChangeSet changes(build(records));
        Validator v(&changes, CodeTables::bundled());
        v.validateAll();
        QString error;
        const Overlay &o = *changes.overlay();
        const int unit = o.find(Level::Anvisningsenhed, u"G20001");
        const int target = o.find(Level::Daginstitution, u"G10002");
        QCOMPARE(changes.push(changes.moveStep(unit, target), &error), ChangeSet::Result::Applied);
        QVERIFY(v.findingsOf(unit).isEmpty());
        QCOMPARE(changes.push(changes.updateStep(target, Field::AdmKommuneKode, QStringLiteral("727")), &error),
                 ChangeSet::Result::Applied);
        const QList<Finding> &findings = v.findingsOf(unit);
        QVERIFY(std::any_of(findings.begin(), findings.end(),
                            [](const Finding &f) { return f.rule == QLatin1String("flyt-kommune"); }));
        m_tested.insert(QStringLiteral("flyt-kommune"));
    }

    void everyRuleHasItsSourceAndNeverBlocksOnAnInference()
    {
        for (const Rule &rule : validationRules()) {
            QVERIFY2(!ruleSource(rule).isEmpty(), rule.id.data());
            // Only what STIL publishes may block; an inference or a quality check warns at most.
            if (rule.certainty != Certainty::Confirmed)
                QVERIFY2(rule.severity != Severity::Error, rule.id.data());
        }
        // The facts register.md marks uncertain that a strict client once enforced (issue 15).
        for (const char *id : {"husnummer-format", "felt-mangler-antaget", "laengde-antaget", "kode-ukendt",
                               "krydsvalidering-ejerform", "krydsvalidering-type", "aktiv-under-nedlagt"}) {
            QVERIFY2(findRule(QString::fromLatin1(id)), id);
            QCOMPARE(findRule(QString::fromLatin1(id))->certainty, Certainty::Inferred);
            QCOMPARE(findRule(QString::fromLatin1(id))->severity, Severity::Warning);
        }
        QCOMPARE(provisionalLabel(Certainty::Inferred), QStringLiteral("foreløbig regel"));
        QVERIFY(provisionalLabel(Certainty::Confirmed).isEmpty());
    }

    void lowercaseHusnummerIsNoError()
    {
        for (const char *h : {"51a", "108a", "1d"}) {
            QList<Record> records = cleanRecords();
            set(records, 1, Field::HusNummer, h);
            const QList<Finding> findings = validate(records);
            QCOMPARE(findings.size(), 1);
            QCOMPARE(findings[0].rule, QStringLiteral("husnummer-bogstav"));
            QCOMPARE(findings[0].severity, Severity::Info);
        }
    }

    void alternativeAddressNumbersAreProvisional()
    {
        QList<Record> records = cleanRecords();
        set(records, 2, Field::Nummer, "G3001");
        QList<Finding> found = ofRule(validate(records), "nummer-format");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].certainty, Certainty::Inferred); // 6 characters is published for the other levels only
        QCOMPARE(found[0].severity, Severity::Warning);
        records = cleanRecords();
        set(records, 0, Field::Nummer, "G1001");
        set(records, 1, Field::ParentNummer, "G1001");
        found = ofRule(validate(records), "nummer-format");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].certainty, Certainty::Confirmed);
    }

    void stilsOwnTablesMakeTheirRulesErrors()
    {
        QList<Record> records = cleanRecords();
        set(records, 0, Field::EjerformKode, "3"); // not allowed under lovgrundlag 1
        set(records, 1, Field::InstType3, "6099"); // no such type
        const auto check = [&](const CodeTables &codes, Severity severity, Certainty certainty) {
            const QList<Finding> findings = validate(records, codes);
            for (const char *rule : {"krydsvalidering-ejerform", "kode-ukendt"}) {
                const QList<Finding> found = ofRule(findings, rule);
                QVERIFY2(found.size() == 1, rule);
                QCOMPARE(found[0].severity, severity);
                QCOMPARE(found[0].certainty, certainty);
            }
        };
        check(CodeTables::bundled(), Severity::Warning, Certainty::Inferred);
        CodeTables stils = CodeTables::bundled();
        stils.ejerform.confirmed = stils.lovgrundlag.confirmed = stils.instType3.confirmed = true;
        stils.crossValidationConfirmed = true;
        check(stils, Severity::Error, Certainty::Confirmed);
        // A kommune code is checked against the official list whatever the other tables are.
        set(records, 0, Field::AdmKommuneKode, "999");
        QCOMPARE(ofRule(validate(records), "kommunekode-ukendt").value(0).severity, Severity::Error);
    }

    void profileSwitchesRulesOffAndChangesSeverity()
    {
        QList<Record> records = cleanRecords();
        set(records, 1, Field::PNummer, "123");
        set(records, 1, Field::Email, "");
        set(records, 1, Field::TelefonNummer, "");
        QCOMPARE(ofRule(validate(records), "pnummer-format").value(0).severity, Severity::Error);
        QCOMPARE(ofRule(validate(records), "mangler-kontakt").size(), 1);
        RuleProfile profile;
        profile.name = QStringLiteral("Prøve");
        profile.rules.insert(QStringLiteral("pnummer-format"), {true, Severity::Warning, {}});
        profile.rules.insert(QStringLiteral("mangler-kontakt"), {false, std::nullopt, QStringLiteral("ikke nu")});
        const QList<Finding> findings = validate(records, CodeTables::bundled(), profile);
        QCOMPARE(ofRule(findings, "pnummer-format").value(0).severity, Severity::Warning);
        QVERIFY(ofRule(findings, "mangler-kontakt").isEmpty());
        QVERIFY(profile.displayName().contains(QStringLiteral("Prøve")));
        QCOMPARE(RuleProfile().displayName(), QStringLiteral("standard"));
    }

    void likelyDuplicatesAsAPersonWouldSeeThem()
    {
        // Same name (but for case, spacing and punctuation) and street address; other town and type.
        QList<Finding> found = ofRule(validate(withUnitCopy([](Record &r) {
                                          r.setValue(Field::Navn, u"BØRNEHUSET  solsikken.");
                                          r.setValue(Field::ByNavn, u"Aarhus");
                                          r.setValue(Field::InstType3, u"6010");
                                          r.setValue(Field::HusNummer, u"4a");
                                      })),
                                      "mulig-dublet");
        QCOMPARE(found.size(), 1); // once per pair, on the smaller number
        QCOMPARE(found[0].entity, QStringLiteral("G20001"));
        QVERIFY(found[0].message.contains(QStringLiteral("G20002")));
        QVERIFY(found[0].related >= 0);
        // Same P-nummer and address under another name.
        found = ofRule(validate(withUnitCopy([](Record &r) {
                           r.setValue(Field::Navn, u"Vuggestuen Ved Skolen");
                           r.setValue(Field::PNummer, u"1012345678");
                       })),
                       "mulig-dublet");
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].message.contains(QStringLiteral("P-nummer")));
        // Another name and P-nummer at the same address: two units, no finding.
        QVERIFY(ofRule(validate(withUnitCopy([](Record &r) { r.setValue(Field::Navn, u"Vuggestuen Ved Skolen"); })),
                       "mulig-dublet")
                    .isEmpty());
    }

    // The compact index behind likely duplicates against the obvious map, over random moves of
    // records between few keys (so groups grow, shrink, empty and refill; both key slots used).
    void duplicateIndexAgreesWithAPlainMap()
    {
        DuplicateIndex index;
        QHash<int, DuplicateIndex::Keys> plain;
        quint32 x = 99;
        const auto next = [&](quint32 bound) {
            x = x * 1664525u + 1013904223u;
            return (x >> 8) % bound;
        };
        for (int step = 0; step < 20000; ++step) {
            if (step == 10000) { // start again, as validateAll does
                index.clear();
                plain.clear();
            }
            const int record = int(next(60));
            const DuplicateIndex::Keys keys{next(3) ? quint64(next(6)) : 0, next(2) ? quint64(10 + next(4)) : 0};
            const bool changed = index.setKeys(record, keys);
            QCOMPARE(changed, plain.value(record, DuplicateIndex::Keys{0, 0}) != keys);
            plain[record] = keys;
            QCOMPARE(index.keysOf(record), keys);
            for (quint64 hash = 1; hash < 14; ++hash) {
                QList<int> expected;
                for (auto it = plain.cbegin(); it != plain.cend(); ++it)
                    for (quint64 k : it.value())
                        if (k == hash)
                            expected.append(it.key());
                QList<int> actual = index.members(hash);
                std::sort(expected.begin(), expected.end());
                std::sort(actual.begin(), actual.end());
                QCOMPARE(actual, expected);
            }
        }
        QVERIFY(index.members(0).isEmpty());
    }

    void aTripleIsThreePairsAcknowledgedOneByOne()
    {
        QList<Record> records = withUnitCopy([](Record &) {});
        Record third = records[1];
        third.setValue(Field::Nummer, u"G20003");
        third.setValue(Field::PNummer, u"1012345670");
        records.append(third);
        ChangeSet changes(build(records));
        Validator v(&changes, CodeTables::bundled());
        v.validateAll();
        const QList<Finding> pairs = ofRule(v.allFindings(), "mulig-dublet");
        QStringList seen;
        for (const Finding &f : pairs)
            seen << f.entity + QLatin1Char('-') + changes.overlay()->record(f.related).nummer();
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("G20001-G20002"), QStringLiteral("G20001-G20003"),
                                    QStringLiteral("G20002-G20003")}));
        // Acknowledging one pair leaves the others.
        const Finding &first = pairs[0];
        const Finding target = v.acknowledgementTarget(first);
        QCOMPARE(target.rule, QStringLiteral("mulig-dublet:") + changes.overlay()->record(first.related).nummer());
        v.setAcknowledged({Validator::acknowledgementKey(target.level, target.entity, target.rule)});
        int acknowledged = 0;
        for (const Finding &f : pairs)
            acknowledged += v.isAcknowledged(f);
        QCOMPARE(acknowledged, 1);
        QVERIFY(v.isAcknowledged(first));
        // An acknowledgement from before pairs (the rule on the partner) still counts.
        v.setAcknowledged(
            {Validator::acknowledgementKey(Level::Anvisningsenhed, changes.overlay()->record(first.related).nummer(),
                                           QStringLiteral("mulig-dublet"))});
        QVERIFY(v.isAcknowledged(first));
        QCOMPARE(v.acknowledgementTarget(first, true).entity, changes.overlay()->record(first.related).nummer());
    }

    void namesInCapitalsAsAPersonWritesThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(expected);
        };
        row("BØRNEHAVEN RASMUS KLUMP", "Børnehaven Rasmus Klump");
        row("KFUM'S BØRNEHAVE", "KFUM's Børnehave");
        row("SFO NORD", "SFO Nord");
        row("FDF BØRNEHUSET", "FDF Børnehuset");
        row("SKOVLY II", "Skovly II");
        row("SKOVLY IV OG V", "Skovly IV og V");
        row("SKOVLY I", "Skovly I");
        row("HUSET VED SKOVEN", "Huset ved Skoven");
        row("DAGPLEJEN I ODDER", "Dagplejen i Odder");
        row("DET GRØNNE HUS", "Det Grønne Hus");
        row("NØRRE-SNEDE BØRNEHUS", "Nørre-Snede Børnehus");
        row("BØRNEHUSET (LUKKET)", "Børnehuset (Lukket)");
        row("A.P. MØLLERS BØRNEHAVE", "A.P. Møllers Børnehave");
        row("SKT. KLEMENS BØRNEHAVE", "Skt. Klemens Børnehave");
        row("BØRNEHUS 2A", "Børnehus 2A");
        row("KBH BØRNEHUS", "KBH Børnehus");
        row("BØRNEHUSET ÆBLET APS", "Børnehuset Æblet ApS");
        row("ÅLHOLM BØRNEHUS", "Ålholm Børnehus");
    }

    void namesInCapitalsAsAPersonWritesThem()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(properDanishCase(name), expected);
        QList<Record> records = cleanRecords();
        records[1].setValue(Field::Navn, name);
        const QList<Finding> found = ofRule(validate(records), "navn-versaler");
        QCOMPARE(found.size(), 1);
        QVERIFY2(found[0].message.contains(QLatin1Char('"') + expected + QLatin1Char('"')),
                 qPrintable(found[0].message));
    }

    void capitalsThatAreRightAreNotFindings()
    {
        for (const char *name : {"KFUM SFO", "FDF KFUM"}) {
            QList<Record> records = cleanRecords();
            set(records, 1, Field::Navn, name);
            QVERIFY2(ofRule(validate(records), "navn-versaler").isEmpty(), name);
        }
    }

    void fixesMendTheirFindings_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("record");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fixed");
        const auto row = [](const char *tag, const char *rule, int record, Field field, const char *value,
                            const char *fixed) {
            QTest::newRow(tag) << QString::fromLatin1(rule) << record << int(field) << QString::fromUtf8(value)
                               << QString::fromUtf8(fixed);
        };
        row("navn", "navn-versaler", 1, Field::Navn, "BØRNEHAVEN RASMUS KLUMP", "Børnehaven Rasmus Klump");
        row("husnummer", "husnummer-bogstav", 1, Field::HusNummer, "108a", "108A");
        row("telefon", "telefon-format", 1, Field::TelefonNummer, "86-12-34-56", "86123456");
        row("telefon +45", "telefon-format", 1, Field::TelefonNummer, "+45 86.12.34.56", "86123456");
        row("bynavn", "bynavn-postnummer", 1, Field::ByNavn, "Hirtshals", "Aarhus C");
        row("bynavn alternativ", "bynavn-postnummer", 2, Field::ByNavn, "Aarhus C", "Højbjerg");
    }

    void fixesMendTheirFindings()
    {
        QFETCH(QString, rule);
        QFETCH(int, record);
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, fixed);
        QList<Record> records = cleanRecords();
        records[record].setValue(Field(field), value);
        ChangeSet changes(build(records));
        Validator v(&changes, CodeTables::bundled());
        v.validateAll();
        const QList<ProposedFix> fixes = proposedFixes(v, rule);
        QCOMPARE(fixes.size(), 1);
        QCOMPARE(fixes[0].before, value);
        QCOMPARE(fixes[0].after, fixed);
        QString error;
        QCOMPARE(changes.push(fixStep(changes, fixes), &error), ChangeSet::Result::Applied);
        QCOMPARE(changes.steps().size(), 1);
        QVERIFY2(v.allFindings().isEmpty(), qPrintable(v.allFindings().value(0).message));
    }

    void noFixWhereNoneIsSure()
    {
        QList<Record> records = cleanRecords();
        set(records, 1, Field::TelefonNummer, "1234");
        set(records, 1, Field::HusNummer, "12-14");
        ChangeSet changes(build(records));
        Validator v(&changes, CodeTables::bundled());
        v.validateAll();
        for (const Finding &f : v.allFindings())
            QVERIFY2(!v.fixFor(f), qPrintable(f.rule));
        QVERIFY(!v.allFindings().isEmpty());
    }

    void everyRuleIsTested()
    {
        for (const Rule &rule : validationRules()) {
            QVERIFY2(m_tested.contains(QString(rule.id)),
                     qPrintable(QStringLiteral("rule %1 has no test").arg(rule.id)));
            QVERIFY(!ruleDescription(rule).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
