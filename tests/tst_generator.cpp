#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/XmlSnapshot.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dtr;

namespace {

bool validCvr(const QString &cvr)
{
    static constexpr int weights[8] = {2, 7, 6, 5, 4, 3, 2, 1};
    if (cvr.size() != 8)
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        if (!cvr[i].isDigit())
            return false;
        sum += cvr[i].digitValue() * weights[i];
    }
    return sum % 11 == 0;
}

QSet<QString> entitiesOf(const QList<PlantedDefect> &defects, QLatin1StringView kind)
{
    QSet<QString> out;
    for (const PlantedDefect &d : defects)
        if (d.kind == kind)
            out.insert(d.nummer);
    return out;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

    GeneratedSnapshot m_national;

private slots:
    void initTestCase() { m_national = generateSnapshot(GeneratorOptions{}); }

    void deterministic()
    {
        const GeneratedSnapshot again = generateSnapshot(GeneratorOptions{});
        QCOMPARE(XmlSnapshot::toBytes(again.reg), XmlSnapshot::toBytes(m_national.reg));
        QCOMPARE(again.defects, m_national.defects);
        GeneratorOptions other;
        other.seed = 7;
        QVERIFY(XmlSnapshot::toBytes(generateSnapshot(other).reg) != XmlSnapshot::toBytes(m_national.reg));
    }

    void nationalMixLooksLikeTheRealRegister()
    {
        const Register &reg = m_national.reg;
        QVERIFY2(reg.count(Level::Daginstitution) > 3600 && reg.count(Level::Daginstitution) < 4000,
                 qPrintable(QString::number(reg.count(Level::Daginstitution))));
        QVERIFY2(reg.count(Level::Anvisningsenhed) > 4500 && reg.count(Level::Anvisningsenhed) < 5100,
                 qPrintable(QString::number(reg.count(Level::Anvisningsenhed))));
        QVERIFY(reg.count(Level::AlternativAdresse) > 100 && reg.count(Level::AlternativAdresse) < 500);
        int dagpleje = 0, closed = 0, legacyNumbers = 0;
        for (const Record &r : reg.records()) {
            if (r.level() == Level::Anvisningsenhed && r.code(Field::InstType3) == 6013)
                ++dagpleje;
            closed += r.isActive() ? 0 : 1;
            legacyNumbers += r.nummer().startsWith(QLatin1Char('G')) ? 0 : 1;
        }
        QVERIFY2(dagpleje > 600 && dagpleje < 720, qPrintable(QString::number(dagpleje)));
        QVERIFY(closed > 100);
        QVERIFY(legacyNumbers > 0);               // real data holds numbers that do not start with G
        QCOMPARE(int(reg.kommuner().size()), 98); // orphans sit in their own group, not under a kommune
        QVERIFY(reg.duplicates().empty());
    }

    void everyRecordIsWellFormedUnlessPlanted()
    {
        const Register &reg = m_national.reg;
        const auto &d = m_national.defects;
        const QSet<QString> postnummer = entitiesOf(d, Defect::PostnummerFormat);
        const QSet<QString> pnummer = entitiesOf(d, Defect::PNummerFormat);
        const QSet<QString> cvr = entitiesOf(d, Defect::CvrCheckDigit);
        const QSet<QString> upper = entitiesOf(d, Defect::NameUppercase);
        const QSet<QString> addressKommune = entitiesOf(d, Defect::AddressKommune);
        static const QRegularExpression numberPattern(QStringLiteral("^[A-Z0-9]{6}$"));
        for (int i = 0; i < reg.size(); ++i) {
            const Record &r = reg.record(i);
            QVERIFY2(numberPattern.match(r.nummer()).hasMatch(), qPrintable(r.nummer()));
            QVERIFY(!r.navn().isEmpty());
            QCOMPARE(r.navn() == r.navn().toUpper(), upper.contains(r.nummer()));
            if (r.level() == Level::Daginstitution)
                continue;
            const double lat = r.coordinate(Field::GeoBredde).value();
            const double lon = r.coordinate(Field::GeoLaengde).value();
            QVERIFY2(lat > 54.5 && lat < 57.8 && lon > 8.0 && lon < 15.2, qPrintable(r.nummer()));
            QCOMPARE(r.value(Field::PostNummer).size() != 4, postnummer.contains(r.nummer()));
            if (r.level() != Level::Anvisningsenhed)
                continue;
            QCOMPARE(r.value(Field::PNummer).size() != 10, pnummer.contains(r.nummer()));
            QCOMPARE(!validCvr(r.value(Field::CvrNummer)), cvr.contains(r.nummer()));
            if (reg.parentOf(i) >= 0)
                QCOMPARE(r.code(Field::KommuneKode).value() != reg.admKommuneOf(i),
                         addressKommune.contains(r.nummer()));
        }
    }

    void structuralDefectsAreExactlyThePlantedOnes()
    {
        const Register &reg = m_national.reg;
        const auto &d = m_national.defects;
        QSet<QString> withoutUnits, activeUnderClosed, orphans, notUpdated;
        for (int i = 0; i < reg.size(); ++i) {
            const Record &r = reg.record(i);
            if (r.level() == Level::Daginstitution && r.isActive() &&
                std::none_of(reg.childrenOf(i).begin(), reg.childrenOf(i).end(),
                             [&](int c) { return reg.record(c).isActive(); }))
                withoutUnits.insert(r.nummer());
            if (r.level() == Level::Anvisningsenhed && r.isActive() && reg.parentOf(i) >= 0 &&
                !reg.record(reg.parentOf(i)).isActive())
                activeUnderClosed.insert(r.nummer());
            if (r.isActive() && r.value(Field::SenestOpdateret).startsWith(QLatin1String("2019-08-01")))
                notUpdated.insert(r.nummer());
        }
        for (int i : reg.orphans())
            orphans.insert(reg.record(i).nummer());
        QCOMPARE(withoutUnits, entitiesOf(d, Defect::WithoutUnits));
        QCOMPARE(activeUnderClosed, entitiesOf(d, Defect::ActiveUnderClosed));
        QCOMPARE(orphans, entitiesOf(d, Defect::Orphan));
        QCOMPARE(notUpdated, entitiesOf(d, Defect::NotUpdatedSinceSeeding));
        QVERIFY(!withoutUnits.isEmpty() && !activeUnderClosed.isEmpty() && !orphans.isEmpty());
    }

    void likelyDuplicatesComeInPairs()
    {
        const Register &reg = m_national.reg;
        const QSet<QString> planted = entitiesOf(m_national.defects, Defect::LikelyDuplicate);
        QVERIFY(planted.size() >= 20);
        const auto keyOf = [&](int i) {
            const Record &r = reg.record(i);
            if (r.level() != Level::Anvisningsenhed || !r.isActive())
                return QString();
            return QString::number(reg.admKommuneOf(i)) + QLatin1Char('|') + r.navn() + QLatin1Char('|') +
                   Address::of(r).oneLine();
        };
        QHash<QString, QStringList> seen;
        for (int i = 0; i < reg.size(); ++i)
            if (const QString key = keyOf(i); !key.isEmpty())
                seen[key].append(reg.record(i).nummer());
        // A pair is planted (and reported) once, on its smaller number.
        QSet<QString> duplicated;
        for (QStringList numbers : std::as_const(seen)) {
            if (numbers.size() < 2)
                continue;
            QCOMPARE(numbers.size(), 2);
            numbers.sort();
            duplicated.insert(numbers.first());
        }
        QCOMPARE(duplicated, planted);
    }

    void everyDefectNamesAnExistingRecord()
    {
        for (const PlantedDefect &d : m_national.defects) {
            QVERIFY2(m_national.reg.find(d.level, d.nummer) >= 0, qPrintable(d.kind + QLatin1Char(' ') + d.nummer));
            if (!d.field.isEmpty()) {
                Field f;
                QVERIFY(fieldFromKey(d.field, &f));
                QVERIFY(hasField(d.level, f));
            }
        }
    }

    void oneKommuneAndScale()
    {
        GeneratorOptions one;
        one.kommuner = {751};
        const GeneratedSnapshot aarhus = generateSnapshot(one);
        QCOMPARE(aarhus.reg.kommuner(), std::vector<int>{751});
        QVERIFY(aarhus.reg.count(Level::Daginstitution) > 150);

        GeneratorOptions twice;
        twice.scale = 2;
        const GeneratedSnapshot doubled = generateSnapshot(twice);
        const double ratio =
            double(doubled.reg.count(Level::Anvisningsenhed)) / m_national.reg.count(Level::Anvisningsenhed);
        QVERIFY2(ratio > 1.9 && ratio < 2.1, qPrintable(QString::number(ratio)));
        QVERIFY(doubled.reg.duplicates().empty());
    }

    void shippedDemoIsTheGeneratorsOutput()
    {
        QFile demo(QStringLiteral(DTR_SOURCE_DIR "/resources/demo/demo-register.xml"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        GeneratorOptions options;
        options.kommuner = {727, 746};
        options.seed = 1; // the seed whose sprinkle of defects shows the most kinds
        QCOMPARE(demo.readAll(), XmlSnapshot::toBytes(generateSnapshot(options).reg));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
