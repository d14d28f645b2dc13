#include "SnapshotGenerator.h"

#include "GeneratorGeography.h"
#include "codes/CodeTables.h"
#include "geo/Geography.h"

#include <QDate>

#include <cmath>

namespace dtr {

namespace {

// splitmix64: tiny, fast and identical everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(double p) { return real() < p; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list[below(int(list.size()))];
    }

private:
    quint64 m_state;
};

constexpr auto SeededAt = QLatin1StringView("2019-08-01T00:00:00");

QString slug(const QString &name)
{
    QString out;
    for (QChar c : name.toLower()) {
        if (c == QChar(u'æ'))
            out += QLatin1String("ae");
        else if (c == QChar(u'ø'))
            out += QLatin1String("oe");
        else if (c == QChar(u'å'))
            out += QLatin1String("aa");
        else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    }
    return out;
}

struct Slots
{
    Level level = Level::Anvisningsenhed;
    QList<QString> values;
    Slots() = default;
    explicit Slots(Level l)
        : level(l)
        , values(fieldsOf(l).size())
    {}
    void set(Field f, const QString &v) { values[fieldSlot(level, f)] = v; }
    QString get(Field f) const { return values[fieldSlot(level, f)]; }
    // Stored side by side in `arena`, as a snapshot reader stores what it reads: a generated
    // register then lies in memory like a loaded one (what the benchmarks measure).
    Record record(RecordArena &arena) const
    {
        Record r(level);
        arena.setCells(&r, values);
        return r;
    }
};

enum class Family { Daycare, Fritidshjem, Klub, Special };

class Generator
{
public:
    explicit Generator(const GeneratorOptions &options)
        : m_options(options)
        , m_data(GeneratorData::bundled())
        , m_codes(CodeTables::bundled())
        , m_rng(options.seed)
        , m_totalWeight(m_data.totalWeight())
    {}

    GeneratedSnapshot run()
    {
        QList<int> kommuner = m_options.kommuner;
        if (kommuner.isEmpty())
            for (const KommuneGeography &k : m_data.kommuner)
                kommuner.append(k.kode);
        for (int copy = 0; copy < std::max(1, m_options.scale); ++copy) {
            for (int kode : kommuner)
                if (const KommuneGeography *k = m_data.kommune(kode))
                    generateKommune(*k);
        }
        m_out.reg.setExtractedAt(m_options.extractedAt);
        m_out.reg.finalize();
        return std::move(m_out);
    }

private:
    void plant(QLatin1StringView kind, Level level, const QString &nummer, Field field)
    {
        m_out.defects.append({QString(kind), level, nummer, QString(fieldKey(field))});
    }
    void plant(QLatin1StringView kind, Level level, const QString &nummer)
    {
        m_out.defects.append({QString(kind), level, nummer, QString()});
    }

    QString nextNummer()
    {
        static constexpr char prefixes[] = "GHJKLMNPRSTUVXYZ";
        const int i = m_numberCounter++;
        const int prefix = (i / 90000) % 16;
        return QLatin1Char(prefixes[prefix]) + QString::number(10000 + i % 90000);
    }

    QString nextPNummer()
    {
        m_pCounter += 1 + quint64(m_rng.below(300));
        return QString::number(1000000000ull + m_pCounter);
    }

    QString makeCvr()
    {
        static constexpr int weights[8] = {2, 7, 6, 5, 4, 3, 2, 1};
        while (true) {
            int digits[8];
            digits[0] = 1 + m_rng.below(9);
            int sum = digits[0] * weights[0];
            for (int i = 1; i < 7; ++i) {
                digits[i] = m_rng.below(10);
                sum += digits[i] * weights[i];
            }
            const int check = (11 - sum % 11) % 11;
            if (check == 10)
                continue;
            digits[7] = check;
            QString out;
            for (int d : digits)
                out += QLatin1Char(char('0' + d));
            return out;
        }
    }

    QString phone()
    {
        QString out = QString::number(2 + m_rng.below(8));
        for (int i = 0; i < 7; ++i)
            out += QString::number(m_rng.below(10));
        return out;
    }

    QString uuid(Rng &rng)
    {
        const quint64 a = rng.next();
        const quint64 b = rng.next();
        const QString hex = QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
        return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1String("-4") + hex.mid(13, 3) +
               QLatin1Char('-') + QLatin1Char("89ab"[a & 3]) + hex.mid(17, 3) + QLatin1Char('-') + hex.mid(20, 12);
    }

    QString updatedAt(bool seededAllowed, bool *seeded)
    {
        *seeded = seededAllowed && m_rng.chance(0.25);
        if (*seeded)
            return QString(SeededAt);
        const QDate day = QDate(2020, 1, 1).addDays(m_rng.below(2495));
        return QStringLiteral("%1T%2:%3:00")
            .arg(day.toString(Qt::ISODate))
            .arg(7 + m_rng.below(10), 2, 10, QLatin1Char('0'))
            .arg(m_rng.below(60), 2, 10, QLatin1Char('0'));
    }

    // Draws from `rng`: the main stream for ordinary addresses, the side stream for planted ones.
    void fillAddress(Slots &s, const KommuneGeography &k, const Town &town, Rng &rng)
    {
        s.set(Field::VejNavn, rng.pick(m_data.words.streets));
        QString husNummer = QString::number(1 + rng.below(120));
        if (rng.chance(0.1))
            husNummer += QLatin1Char(char('A' + rng.below(4)));
        s.set(Field::HusNummer, husNummer);
        if (rng.chance(0.08)) {
            s.set(Field::Etage, QStringLiteral("st"));
            s.set(Field::Doer, rng.chance(0.5) ? QStringLiteral("th") : QStringLiteral("tv"));
        }
        s.set(Field::PostNummer, town.postNummer);
        s.set(Field::ByNavn, town.byNavn);
        s.set(Field::KommuneKode, QString::number(k.kode));
        s.set(Field::DawaId, uuid(rng));
        setCoordinates(s, pointIn(k, rng));
    }

    static void setCoordinates(Slots &s, GeoPoint p)
    {
        s.set(Field::GeoBredde, QString::number(p.lat, 'f', 6));
        s.set(Field::GeoLaengde, QString::number(p.lon, 'f', 6));
    }

    // A point inside the kommune's DAGI area, near its centre where it can be: only planted
    // defects lie outside their kommune, as in the real register. The first try takes two draws
    // from `rng`, further tries come from the side stream, so the main stream stays as it was.
    GeoPoint pointIn(const KommuneGeography &k, Rng &rng)
    {
        const Geography &geography = Geography::bundled();
        const KommuneArea *area = geography.kommune(k.kode);
        for (int attempt = 0; attempt < 400; ++attempt) {
            Rng &draw = attempt == 0 ? rng : m_places;
            const double lat = k.latitude + (draw.real() - 0.5) * 0.10; // latitude drawn first
            GeoPoint p{k.longitude + (draw.real() - 0.5) * 0.16, lat};
            if (area && attempt >= 40) // a small or narrow kommune: anywhere within its bounds
                p = {area->bounds.minLon +
                         (p.lon - k.longitude + 0.08) / 0.16 * (area->bounds.maxLon - area->bounds.minLon),
                     area->bounds.minLat +
                         (p.lat - k.latitude + 0.05) / 0.10 * (area->bounds.maxLat - area->bounds.minLat)};
            if (!area || geography.contains(k.kode, p))
                return p;
        }
        return {k.longitude, k.latitude};
    }

    // A town of the kommune with another postal district and name than the address has.
    static const Town *otherTown(const KommuneGeography &k, const Slots &s)
    {
        for (const Town &t : k.towns)
            if (t.postNummer != s.get(Field::PostNummer) && t.byNavn != s.get(Field::ByNavn))
                return &t;
        return nullptr;
    }

    // A point in the next kommune, well clear (over 500 m) of k's own border.
    GeoPoint pointOutside(const KommuneGeography &k)
    {
        GeoPoint p = pointIn(otherKommune(k), m_places);
        for (int attempt = 0; attempt < 100 && Geography::bundled().distanceOutside(k.kode, p).value_or(1e9) < 500;
             ++attempt)
            p = pointIn(otherKommune(k), m_places);
        return p;
    }

    // The kommune after k in the generator's list: where a planted misplacement puts things.
    const KommuneGeography &otherKommune(const KommuneGeography &k) const
    {
        return m_data.kommuner[(&k - m_data.kommuner.constData() + 1) % m_data.kommuner.size()];
    }

    void finishStatus(Slots &s, bool active)
    {
        s.set(Field::Aktivitetsstatus, active ? QString(statusAktiv) : QString(statusNedlagt));
        bool seeded = false;
        s.set(Field::SenestOpdateret, updatedAt(active, &seeded));
        if (seeded)
            plant(Defect::NotUpdatedSinceSeeding, s.level, s.get(Field::Nummer), Field::SenestOpdateret);
    }

    QString unitName(Family family, int type, int ejerform)
    {
        const QStringList &prefixes = ejerform == 3 && family == Family::Daycare ? m_data.words.privatePrefixes
                                                                                 : m_data.words.prefixesByType[type];
        // Draws in a fixed order (operands of + are unsequenced; the order is part of the output).
        const QString &name = m_rng.pick(m_data.words.institutionNames);
        return m_rng.pick(prefixes) + QLatin1Char(' ') + name;
    }

    struct DagInfo
    {
        QString nummer;
        int ejerform;
        int lovgrundlag;
        Family family;
        bool dagpleje;
        QString cvr;
    };

    // Perhaps plants one daginstitution-level defect on an active record.
    void maybePlantDagDefect(Slots &s, DagInfo &dag)
    {
        const double x = m_rng.real();
        if (x < 0.004) {
            s.set(Field::Navn, s.get(Field::Navn).toUpper());
            plant(Defect::NameUppercase, Level::Daginstitution, dag.nummer, Field::Navn);
        } else if (x < 0.007) {
            s.set(Field::Navn, s.get(Field::Navn) + QStringLiteral(" (LUKKET)"));
            plant(Defect::NameMarkedClosed, Level::Daginstitution, dag.nummer, Field::Navn);
        } else if (x < 0.011 && dag.family == Family::Daycare && !dag.dagpleje) {
            dag.ejerform = dag.ejerform % 4 + 1; // lovgrundlag 1-4 each allow one ejerform only
            s.set(Field::EjerformKode, QString::number(dag.ejerform));
            plant(Defect::CrossValidationEjerform, Level::Daginstitution, dag.nummer, Field::EjerformKode);
        }
    }

    struct Pooled
    {
        QString navn;
        Slots address;
    };

    void maybePlantUnitDefect(Slots &s, const DagInfo &dag, int *type, const KommuneGeography &k, bool *clean)
    {
        const QString nummer = s.get(Field::Nummer);
        const Level L = Level::Anvisningsenhed;
        double x = m_rng.real();
        *clean = false;
        if (m_owesMisplacement) {
            // Every run plants at least one unit whose coordinates lie outside its kommune, so
            // even the two-kommune demo shows one on the map.
            m_owesMisplacement = false;
            x = 0.0475;
        }
        if (x < 0.003) {
            s.set(Field::Navn, s.get(Field::Navn).toUpper());
            plant(Defect::NameUppercase, L, nummer, Field::Navn);
        } else if (x < 0.006) {
            s.set(Field::Navn, QStringLiteral("UDGÅET ") + s.get(Field::Navn));
            plant(Defect::NameMarkedClosed, L, nummer, Field::Navn);
        } else if (x < 0.016) {
            s.set(Field::Email, QString());
            s.set(Field::TelefonNummer, QString());
            plant(Defect::MissingContact, L, nummer);
        } else if (x < 0.020) {
            // The whole address lies in another kommune than the daginstitution's.
            fillAddress(s, otherKommune(k), m_places.pick(otherKommune(k).towns), m_places);
            plant(Defect::AddressKommune, L, nummer, Field::KommuneKode);
        } else if (x < 0.024) {
            s.set(Field::PNummer, s.get(Field::PNummer).left(8));
            plant(Defect::PNummerFormat, L, nummer, Field::PNummer);
        } else if (x < 0.027) {
            s.set(Field::PostNummer, s.get(Field::PostNummer).left(3));
            plant(Defect::PostnummerFormat, L, nummer, Field::PostNummer);
        } else if (x < 0.031) {
            s.set(Field::Email, s.get(Field::Email).replace(QLatin1Char('@'), QLatin1Char('.')));
            plant(Defect::EmailFormat, L, nummer, Field::Email);
        } else if (x < 0.034) {
            s.set(Field::TelefonNummer, s.get(Field::TelefonNummer).left(5));
            plant(Defect::PhoneFormat, L, nummer, Field::TelefonNummer);
        } else if (x < 0.037) {
            QString cvr = s.get(Field::CvrNummer);
            cvr[7] = QLatin1Char(char('0' + (cvr[7].digitValue() + 1) % 10));
            s.set(Field::CvrNummer, cvr);
            plant(Defect::CvrCheckDigit, L, nummer, Field::CvrNummer);
        } else if (x < 0.040 && dag.family == Family::Daycare && !dag.dagpleje) {
            *type = 6021;
            s.set(Field::InstType3, QString::number(*type));
            plant(Defect::CrossValidationType, L, nummer, Field::InstType3);
        } else if (x < 0.043 && dag.family == Family::Daycare && !dag.dagpleje) {
            *type = 6013;
            s.set(Field::InstType3, QString::number(*type));
            plant(Defect::DagplejeParent, L, nummer, Field::InstType3);
            plant(Defect::CrossValidationType, L, nummer, Field::InstType3);
        } else if (x < 0.047 && !m_pool.isEmpty()) {
            // Same name and address as an earlier clean unit of the kommune.
            const Pooled source = m_pool.takeAt(m_rng.below(int(m_pool.size())));
            s.set(Field::Navn, source.navn);
            for (Field f : fieldsOf(L))
                if (isAddressField(f) && f != Field::DawaId)
                    s.set(f, source.address.get(f));
            // Reported once per pair, on the earlier (smaller) number.
            plant(Defect::LikelyDuplicate, L, source.address.get(Field::Nummer));
        } else if (x < 0.0485) {
            // Coordinates of somewhere else: an old address, or a slip when the data were seeded.
            setCoordinates(s, pointOutside(k));
            plant(Defect::CoordinatesOutsideKommune, L, nummer, Field::GeoBredde);
        } else if (x < 0.050 && otherTown(k, s)) {
            // The town of another of the kommune's postal districts.
            s.set(Field::ByNavn, otherTown(k, s)->byNavn);
            plant(Defect::BynavnPostnummer, L, nummer, Field::ByNavn);
        } else {
            *clean = true;
        }
    }

    void addUnit(const DagInfo &dag, Family family, int type, const QString &name, const KommuneGeography &k,
                 const Town &town, bool active, bool allowDefects)
    {
        Slots s(Level::Anvisningsenhed);
        const QString nummer = nextNummer();
        s.set(Field::Nummer, nummer);
        s.set(Field::ParentNummer, dag.nummer);
        s.set(Field::Navn, name);
        s.set(Field::InstType3, QString::number(type));
        fillAddress(s, k, town, m_rng);
        const QString kommuneSlug = slug(m_codes.kommuneName(k.kode));
        s.set(Field::Email, dag.ejerform == 1 ? slug(name) + QLatin1Char('@') + kommuneSlug + QStringLiteral(".dk")
                                              : QStringLiteral("kontakt@") + slug(name) + QStringLiteral(".dk"));
        s.set(Field::TelefonNummer, phone());
        s.set(Field::CvrNummer, dag.cvr);
        s.set(Field::PNummer, nextPNummer());
        bool clean = true;
        if (active && allowDefects)
            maybePlantUnitDefect(s, dag, &type, k, &clean);
        finishStatus(s, active);
        m_out.reg.add(s.record(m_arena));
        if (active && clean && !dag.dagpleje)
            m_pool.append({s.get(Field::Navn), s});

        // Alternative addresses: a playground, a forest site, an annex.
        if (active && family == Family::Daycare && !dag.dagpleje && m_rng.chance(0.05)) {
            const int n = m_rng.chance(0.15) ? 2 : 1;
            static const QStringList kinds{QStringLiteral("Skovgrunden"), QStringLiteral("Legepladsen"),
                                           QStringLiteral("Udflugtshuset"), QStringLiteral("Annekset"),
                                           QStringLiteral("Naturbasen")};
            for (int i = 0; i < n; ++i) {
                Slots a(Level::AlternativAdresse);
                a.set(Field::Nummer, nextNummer());
                a.set(Field::ParentNummer, nummer);
                a.set(Field::Navn, m_rng.pick(kinds) + QStringLiteral(" – ") + name);
                fillAddress(a, k, m_rng.pick(k.towns), m_rng);
                finishStatus(a, true);
                m_out.reg.add(a.record(m_arena));
            }
        }
    }

    void generateRegularDag(const KommuneGeography &k)
    {
        const double f = m_rng.real();
        Family family = Family::Daycare;
        if (k.kode == 101 && f < 0.03)
            family = Family::Fritidshjem;
        else if (f < 0.075)
            family = Family::Klub;
        else if (f < 0.081)
            family = Family::Special;

        const double e = m_rng.real();
        int ejerform = e < 0.70 ? 1 : e < 0.82 ? 2 : e < 0.96 ? 3 : 4;
        int lovgrundlag = 1;
        int fixedType = 0;
        switch (family) {
        case Family::Daycare:
            lovgrundlag = ejerform == 1 ? 1 : ejerform == 2 ? 2 : ejerform == 3 ? 4 : 3;
            break;
        case Family::Fritidshjem:
            lovgrundlag = 7;
            fixedType = 6020;
            break;
        case Family::Klub:
            lovgrundlag = 8;
            fixedType = 6021;
            break;
        case Family::Special:
            if (ejerform == 4)
                ejerform = 1;
            lovgrundlag = m_rng.chance(0.7) ? 9 : 10;
            fixedType = 6022;
            break;
        }
        int unitCount = 1;
        if (family == Family::Daycare && ejerform != 3) {
            const double u = m_rng.real();
            unitCount = u < 0.88 ? 1 : u < 0.96 ? 2 : 3;
        }
        const bool closed = m_rng.chance(0.04);
        const Town &town = m_rng.pick(k.towns);

        QList<int> types;
        QList<QString> names;
        for (int i = 0; i < unitCount; ++i) {
            int type = fixedType;
            if (!type) {
                const double t = m_rng.real();
                type = t < 0.72 ? 6012 : t < 0.79 ? 6010 : t < 0.89 ? 6011 : 6014;
            }
            types.append(type);
            names.append(unitName(family, type, ejerform));
        }

        DagInfo dag{nextDagNummer(), ejerform, lovgrundlag,
                    family,          false,    ejerform == 1 ? kommuneCvr(k.kode) : makeCvr()};
        Slots s(Level::Daginstitution);
        s.set(Field::Nummer, dag.nummer);
        QString dagName = names.first();
        if (unitCount > 1)
            dagName = QString(m_rng.pick(m_data.words.clusterPatterns))
                          .replace(QLatin1String("%1"), town.byNavn)
                          .replace(QLatin1String("%2"), m_rng.pick(m_data.words.directions));
        s.set(Field::Navn, dagName);
        s.set(Field::AdmKommuneKode, QString::number(k.kode));
        s.set(Field::LovgrundlagKode, QString::number(lovgrundlag));
        s.set(Field::EjerformKode, QString::number(ejerform));
        if (!closed)
            maybePlantDagDefect(s, dag);
        finishStatus(s, !closed);
        m_out.reg.add(s.record(m_arena));

        // A closed daginstitution sometimes keeps an active unit: a seeded inconsistency.
        const int activeUnderClosed = closed && m_rng.chance(0.08) ? m_rng.below(unitCount) : -1;
        for (int i = 0; i < unitCount; ++i) {
            // An open daginstitution keeps at least its first unit active; a daginstitution without
            // active units is a defect planted on purpose only (uden-enheder).
            const bool unitClosed = closed ? i != activeUnderClosed : i > 0 && m_rng.chance(0.03);
            const Town &unitTown = m_rng.chance(0.8) ? town : m_rng.pick(k.towns);
            if (i == activeUnderClosed) {
                addUnit(dag, family, types[i], names[i], k, unitTown, true, false);
                plant(Defect::ActiveUnderClosed, Level::Anvisningsenhed, lastNummer(Level::Anvisningsenhed));
            } else {
                addUnit(dag, family, types[i], names[i], k, unitTown, !unitClosed, true);
            }
        }
    }

    void generateDagpleje(const KommuneGeography &k, int groups, int part)
    {
        const QString kommuneName = m_codes.kommuneName(k.kode);
        const Town &town = k.towns[part % k.towns.size()];
        DagInfo dag{nextDagNummer(), 1, 5, Family::Daycare, true, kommuneCvr(k.kode)};
        Slots s(Level::Daginstitution);
        s.set(Field::Nummer, dag.nummer);
        const QString pattern = m_data.words.dagplejeNames[part % m_data.words.dagplejeNames.size()];
        s.set(Field::Navn,
              pattern.contains(QLatin1String("%1")) ? pattern.arg(part ? town.byNavn : kommuneName) : pattern);
        s.set(Field::EjerformKode, QStringLiteral("1"));
        s.set(Field::LovgrundlagKode, QStringLiteral("5"));
        s.set(Field::AdmKommuneKode, QString::number(k.kode));
        finishStatus(s, true);
        m_out.reg.add(s.record(m_arena));

        // Group names: the compass points first, then the municipality's towns, then numbers.
        QStringList labels = m_data.words.directions.mid(0, 4);
        for (const Town &t : k.towns)
            labels.append(t.byNavn);
        const QString groupPattern = m_rng.pick(m_data.words.dagplejeGroups);
        for (int g = 0; g < groups; ++g) {
            const int index = part * groups + g;
            const QString label = index < labels.size() ? labels[index] : QString::number(index + 1);
            addUnit(dag, Family::Daycare, 6013, groupPattern.arg(label), k, town, g == 0 || !m_rng.chance(0.02), true);
        }
    }

    void generateKommune(const KommuneGeography &k)
    {
        m_pool.clear();
        const double w = double(k.weight) / double(m_totalWeight);
        const int regular = std::max(3, int(std::lround(3650 * w)));
        const int groups = std::max(1, int(std::lround(650 * w)));
        for (int i = 0; i < regular; ++i)
            generateRegularDag(k);
        const int dagplejeDags = groups > 12 ? 2 : 1;
        for (int part = 0; part < dagplejeDags; ++part)
            generateDagpleje(k, (groups + part) / dagplejeDags, part);

        if (m_rng.chance(0.25)) {
            Slots s(Level::Daginstitution);
            const QString nummer = nextDagNummer();
            s.set(Field::Nummer, nummer);
            s.set(Field::Navn, unitName(Family::Daycare, 6012, 1));
            s.set(Field::EjerformKode, QStringLiteral("1"));
            s.set(Field::LovgrundlagKode, QStringLiteral("1"));
            s.set(Field::AdmKommuneKode, QString::number(k.kode));
            finishStatus(s, true);
            m_out.reg.add(s.record(m_arena));
            plant(Defect::WithoutUnits, Level::Daginstitution, nummer);
        }
        if (m_rng.chance(0.10)) {
            // A unit whose daginstitution number points nowhere: a number never issued.
            DagInfo ghost{QStringLiteral("G0") + QString::number(1000 + m_rng.below(9000)),
                          1,
                          1,
                          Family::Daycare,
                          false,
                          kommuneCvr(k.kode)};
            // Draws in a fixed order: function arguments are unsequenced.
            const Town &ghostTown = m_rng.pick(k.towns);
            const QString ghostName = unitName(Family::Daycare, 6012, 1);
            addUnit(ghost, Family::Daycare, 6012, ghostName, k, ghostTown, true, false);
            plant(Defect::Orphan, Level::Anvisningsenhed, lastNummer(Level::Anvisningsenhed), Field::ParentNummer);
        }
    }

    // Most daginstitutioner carry G-numbers; a few legacy ones still have six digits.
    QString nextDagNummer()
    {
        if (m_rng.chance(0.005))
            return QString::number(100000 + m_legacyCounter++);
        return nextNummer();
    }

    QString kommuneCvr(int kode)
    {
        auto it = m_kommuneCvr.find(kode);
        if (it == m_kommuneCvr.end())
            it = m_kommuneCvr.insert(kode, makeCvr());
        return *it;
    }

    QString lastNummer(Level level) const
    {
        const auto &records = m_out.reg.records();
        for (auto it = records.rbegin(); it != records.rend(); ++it)
            if (it->level() == level)
                return it->nummer();
        return {};
    }

    const GeneratorOptions &m_options;
    const GeneratorData &m_data;
    const CodeTables &m_codes;
    Rng m_rng;
    int m_totalWeight;
    GeneratedSnapshot m_out;
    RecordArena m_arena; // the values of every generated record
    int m_numberCounter = 0;
    int m_legacyCounter = 0;
    quint64 m_pCounter = 0;
    QHash<int, QString> m_kommuneCvr;
    QList<Pooled> m_pool;
    bool m_owesMisplacement = true;
    // Draws for what the first generator did not have (points inside the kommune's boundary,
    // planted misplacements), kept apart so the main stream gives the same data as before.
    Rng m_places{m_options.seed ^ 0x5DEECE66Dull};
};

} // namespace

GeneratedSnapshot generateSnapshot(const GeneratorOptions &options)
{
    return Generator(options).run();
}

} // namespace dtr
