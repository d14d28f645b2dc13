#include "Rules.h"

#include "changes/ChangeSet.h"
#include "changes/Operation.h"
#include "changes/Overlay.h"
#include "codes/CodeTables.h"
#include "geo/Geography.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Rules", text);
}

constexpr int Dag = 1 << int(Level::Daginstitution);
constexpr int Unit = 1 << int(Level::Anvisningsenhed);
constexpr int Alt = 1 << int(Level::AlternativAdresse);
constexpr int AllLevels = Dag | Unit | Alt;

QString shown(const QString &value)
{
    return value.isEmpty() ? tr("(tom)") : QStringLiteral("\"%1\"").arg(value);
}

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

int parentDaginstitution(const Overlay &o, int index)
{
    int i = o.parentOf(index);
    while (i >= 0 && o.record(i).level() != Level::Daginstitution)
        i = o.parentOf(i);
    return i;
}

// ---- field rules ----

void mandatoryFields(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QList<Field> dag{Field::Navn, Field::EjerformKode, Field::LovgrundlagKode, Field::AdmKommuneKode};
    static const QList<Field> unit{Field::Navn,      Field::InstType3,  Field::PNummer, Field::VejNavn,
                                   Field::HusNummer, Field::PostNummer, Field::ByNavn,  Field::KommuneKode};
    static const QList<Field> alt{Field::Navn,       Field::VejNavn, Field::HusNummer,
                                  Field::PostNummer, Field::ByNavn,  Field::KommuneKode};
    const QList<Field> &fields = r.level() == Level::Daginstitution    ? dag
                                 : r.level() == Level::Anvisningsenhed ? unit
                                                                       : alt;
    for (Field f : fields)
        if (r.value(f).trimmed().isEmpty())
            report(f, tr("%1 skal udfyldes.").arg(fieldLabel(f)));
}

void maxLengths(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QList<Field> fields{Field::Navn,    Field::Email,  Field::TelefonNummer,
                                     Field::VejNavn, Field::ByNavn, Field::SupplerendeBynavn};
    for (Field f : fields) {
        if (!hasField(r.level(), f))
            continue;
        const int max = ChangeSet::maxLength(f);
        const qsizetype length = r.value(f).size();
        if (length > max)
            report(f, tr("%1 må højst være %2 tegn – fandt %3.").arg(fieldLabel(f)).arg(max).arg(length));
    }
}

void numberFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString n = r.nummer();
    if (isTemporaryKey(n))
        return; // issued by the register on submission
    if (n.size() != 6)
        report(Field::Nummer, tr("Institutionsnummeret skal være 6 tegn – fandt %1 (%2).").arg(n.size()).arg(shown(n)));
}

void knownCodes(const RuleContext &c, int, const Record &r, const Emit &report)
{
    for (Field field :
         {Field::EjerformKode, Field::LovgrundlagKode, Field::AdmKommuneKode, Field::InstType3, Field::KommuneKode}) {
        if (!hasField(r.level(), field) || r.value(field).trimmed().isEmpty())
            continue;
        const CodeTable &table = *c.codes.tableFor(field);
        const auto code = r.code(field);
        if (!code || !table.contains(*code)) {
            const QString expected =
                &table == &c.codes.kommune ? tr("en af de 98 kommunekoder") : tr("en kode fra kodetabellen");
            report(field,
                   tr("%1 %2 findes ikke – forventede %3.").arg(fieldLabel(field), shown(r.value(field)), expected));
        }
    }
}

void pNummerFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString p = r.value(Field::PNummer).trimmed();
    if (p.isEmpty())
        return; // felt-mangler says so
    if (p.size() != 10 || !allDigits(p))
        report(Field::PNummer, allDigits(p) ? tr("P-nummer skal være 10 cifre – fandt %1.").arg(p.size())
                                            : tr("P-nummer skal være 10 cifre – fandt %1.").arg(shown(p)));
}

void cvrCheckDigit(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString cvr = r.value(Field::CvrNummer).trimmed();
    if (cvr.isEmpty())
        return; // filled in by the register
    if (cvr.size() != 8 || !allDigits(cvr)) {
        report(Field::CvrNummer, tr("CVR-nummer skal være 8 cifre – fandt %1.").arg(shown(cvr)));
        return;
    }
    static constexpr int weights[8] = {2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += cvr[i].digitValue() * weights[i];
    if (sum % 11 != 0)
        report(Field::CvrNummer, tr("CVR-nummer %1 har et forkert kontrolciffer (modulus 11).").arg(cvr));
}

void postnummerFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString p = r.value(Field::PostNummer).trimmed();
    if (!p.isEmpty() && (p.size() != 4 || !allDigits(p)))
        report(Field::PostNummer, tr("Postnummer skal være 4 cifre – fandt %1.").arg(shown(p)));
}

void postnummerRange(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString p = r.value(Field::PostNummer).trimmed();
    if (p.size() == 4 && allDigits(p) && (p.toInt() < 1000 || p.toInt() > 9990))
        report(Field::PostNummer,
               tr("Postnummer %1 er ikke et gadepostnummer – danske postnumre til adresser ligger mellem 1000 og 9990.")
                   .arg(p));
}

void husnummerFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{0,2}[A-Z]?$"));
    const QString h = r.value(Field::HusNummer).trimmed();
    if (!h.isEmpty() && !re.match(h).hasMatch())
        report(
            Field::HusNummer,
            tr("Husnummer skal være 1–999 med eventuelt et stort bogstav (fx 4 eller 12B) – fandt %1.").arg(shown(h)));
}

void etageFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QRegularExpression re(QStringLiteral("^(st|kl|k[2-9]|[1-9][0-9]?)$"));
    const QString e = r.value(Field::Etage).trimmed();
    if (!e.isEmpty() && !re.match(e).hasMatch())
        report(Field::Etage, tr("Etage skal være st, kl, k2–k9 eller 1–99 – fandt %1.").arg(shown(e)));
}

void doerFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QRegularExpression re(QStringLiteral("^(tv|th|mf|[1-9][0-9]{0,3}|[a-zæøå][0-9]{0,3})$"));
    const QString d = r.value(Field::Doer).trimmed();
    if (!d.isEmpty() && !re.match(d).hasMatch())
        report(Field::Doer, tr("Dør skal være tv, th, mf eller et nummer (fx 3) – fandt %1.").arg(shown(d)));
}

void emailFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    const QString e = r.value(Field::Email).trimmed();
    if (!e.isEmpty() && !re.match(e).hasMatch())
        report(Field::Email, tr("E-mail %1 er ikke en gyldig adresse – forventede navn@domæne.dk.").arg(shown(e)));
}

void phoneFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    QString p = r.value(Field::TelefonNummer);
    if (p.trimmed().isEmpty())
        return;
    p.remove(QLatin1Char(' '));
    if (p.startsWith(QLatin1String("+45")))
        p = p.mid(3);
    else if (p.startsWith(QLatin1String("0045")))
        p = p.mid(4);
    if (p.size() != 8 || !allDigits(p) || p[0] == QLatin1Char('0') || p[0] == QLatin1Char('1'))
        report(Field::TelefonNummer,
               tr("Telefonnummer %1 ligner ikke et dansk nummer – forventede 8 cifre, fx 86 12 34 56.")
                   .arg(shown(r.value(Field::TelefonNummer))));
}

void coordinatesInDenmark(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString latText = r.value(Field::GeoBredde), lonText = r.value(Field::GeoLaengde);
    if (latText.isEmpty() && lonText.isEmpty())
        return;
    const auto lat = r.coordinate(Field::GeoBredde);
    const auto lon = r.coordinate(Field::GeoLaengde);
    if (!lat || !lon) {
        report(lat ? Field::GeoLaengde : Field::GeoBredde, tr("Koordinaterne er ufuldstændige eller ikke tal."));
        return;
    }
    if (*lat < 54.5 || *lat > 57.8 || *lon < 8.0 || *lon > 15.3)
        report(Field::GeoBredde, tr("Koordinaterne (%1, %2) ligger uden for Danmark.").arg(*lat).arg(*lon));
}

// ---- geography (PostNord's postal codes, DAGI's boundaries; all warnings) ----

// The record's postal district, when its postnummer has the form the other rules accept.
const PostalDistrict *postalDistrictOf(const RuleContext &c, const Record &r)
{
    const QString p = r.value(Field::PostNummer).trimmed();
    if (p.size() != 4 || !allDigits(p) || p.toInt() < 1000 || p.toInt() > 9990)
        return nullptr; // postnummer-format or postnummer-interval says so
    return c.geography.postalDistrict(p.toInt());
}

void postnummerKnown(const RuleContext &c, int, const Record &r, const Emit &report)
{
    const QString p = r.value(Field::PostNummer).trimmed();
    if (p.size() == 4 && allDigits(p) && p.toInt() >= 1000 && p.toInt() <= 9990 && !postalDistrictOf(c, r))
        report(Field::PostNummer, tr("Postnummer %1 findes ikke i PostNords postnummertabel (2018) – er det nyere, "
                                     "eller en tastefejl?")
                                      .arg(p));
}

void bynavnMatchesPostnummer(const RuleContext &c, int, const Record &r, const Emit &report)
{
    const PostalDistrict *d = postalDistrictOf(c, r);
    const QString by = r.value(Field::ByNavn).simplified();
    if (d && !by.isEmpty() && by.compare(d->bynavn, Qt::CaseInsensitive) != 0)
        report(Field::ByNavn, tr("Postnummer %1 hører til %2, ikke %3.").arg(d->postnummer).arg(d->bynavn, shown(by)));
}

void postnummerInKommune(const RuleContext &c, int, const Record &r, const Emit &report)
{
    const PostalDistrict *d = postalDistrictOf(c, r);
    const auto kode = r.code(Field::KommuneKode);
    if (!d || !kode || !c.codes.kommune.contains(*kode) || d->kommuner.contains(*kode))
        return;
    QStringList names;
    for (int k : d->kommuner)
        names << c.codes.kommuneName(k);
    report(Field::PostNummer, tr("Postnummer %1 %2 ligger ikke i %3, men i %4.")
                                  .arg(d->postnummer)
                                  .arg(d->bynavn, c.codes.kommuneName(*kode), names.join(QStringLiteral(", "))));
}

// The boundaries are thinned to about 30 m: nearer the border than this is not a finding.
constexpr double BorderToleranceMetres = 50;

void coordinatesInKommune(const RuleContext &c, int, const Record &r, const Emit &report)
{
    const auto lat = r.coordinate(Field::GeoBredde);
    const auto lon = r.coordinate(Field::GeoLaengde);
    const auto kode = r.code(Field::KommuneKode);
    if (!lat || !lon || !kode || *lat < 54.5 || *lat > 57.8 || *lon < 8.0 || *lon > 15.3)
        return; // koordinat-udenfor says so
    const std::optional<double> outside = c.geography.distanceOutside(*kode, {*lon, *lat});
    if (!outside || *outside <= BorderToleranceMetres)
        return;
    const int actual = c.geography.kommuneAt({*lon, *lat});
    const QString where = actual > 0 ? tr("i %1").arg(c.codes.kommuneName(actual)) : tr("uden for alle kommuner");
    report(Field::GeoBredde,
           tr("Koordinaterne ligger %1, %2 km uden for %3, som adressen hører til.")
               .arg(where, QLocale(QLocale::Danish).toString(*outside / 1000, 'f', 1), c.codes.kommuneName(*kode)));
}

// ---- structure rules ----

void parentExists(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    if (c.overlay.parentOf(index) < 0)
        report(Field::ParentNummer, r.level() == Level::Anvisningsenhed
                                        ? tr("Daginstitutionen %1 findes ikke.").arg(shown(r.parentNummer()))
                                        : tr("Anvisningsenheden %1 findes ikke.").arg(shown(r.parentNummer())));
}

void hasActiveUnits(const RuleContext &c, int index, const Record &, const Emit &report)
{
    for (int child : c.overlay.childrenOf(index))
        if (c.overlay.isLive(child) && c.overlay.record(child).isActive())
            return;
    report(std::nullopt, tr("Daginstitutionen har ingen aktive anvisningsenheder – registeret kræver mindst én."));
}

void activeUnderClosed(const RuleContext &c, int index, const Record &, const Emit &report)
{
    const int p = c.overlay.parentOf(index);
    if (p >= 0 && !c.overlay.record(p).isActive())
        report(std::nullopt, tr("Posten er aktiv, men %1 %2 over den er nedlagt.")
                                 .arg(levelLabel(c.overlay.record(p).level()).toLower(), c.overlay.record(p).nummer()));
}

void uniqueNumber(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    const int first = c.overlay.find(r.level(), r.nummer());
    if (first >= 0 && first != index)
        report(Field::Nummer,
               tr("Nummeret %1 bruges også af en anden %2.").arg(r.nummer(), levelLabel(r.level()).toLower()));
}

void moveWithinKommune(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    const Register &base = c.overlay.base();
    if (index >= base.size())
        return;
    const int baseParent = base.parentOf(index);
    const int now = c.overlay.parentOf(index);
    if (baseParent < 0 || now < 0 || baseParent == now)
        return;
    const int from = base.admKommuneOf(index);
    const int to = c.overlay.admKommuneOf(index);
    if (from != to)
        report(Field::ParentNummer,
               tr("%1 flyttes fra %2 til %3 – flytning er kun tilladt inden for samme kommune.")
                   .arg(levelLabel(r.level()), c.codes.kommuneName(from), c.codes.kommuneName(to)));
}

// ---- v2.0 cross-validation ----

void crossValidationEjerform(const RuleContext &c, int, const Record &r, const Emit &report)
{
    const auto lov = r.code(Field::LovgrundlagKode);
    const auto ejer = r.code(Field::EjerformKode);
    if (!lov || !ejer)
        return;
    const CrossValidationRule *rule = c.codes.ruleFor(*lov);
    if (!rule || rule->ejerform.contains(*ejer))
        return;
    QStringList allowed;
    for (int e : rule->ejerform)
        allowed << c.codes.ejerform.label(e);
    report(Field::EjerformKode, tr("Ejerform %1 passer ikke til lovgrundlag %2 – tilladt: %3.")
                                    .arg(c.codes.ejerform.label(*ejer), c.codes.lovgrundlag.label(*lov),
                                         allowed.join(QStringLiteral(", "))));
}

void crossValidationType(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    const int dag = parentDaginstitution(c.overlay, index);
    const auto type = r.code(Field::InstType3);
    if (dag < 0 || !type)
        return;
    const auto lov = c.overlay.record(dag).code(Field::LovgrundlagKode);
    const CrossValidationRule *rule = lov ? c.codes.ruleFor(*lov) : nullptr;
    if (!rule || rule->instType3.contains(*type))
        return;
    QStringList allowed;
    for (int t : rule->instType3)
        allowed << QStringLiteral("%1 %2").arg(t).arg(c.codes.instType3.label(t));
    report(Field::InstType3, tr("Institutionstype %1 %2 er ikke tilladt under lovgrundlag %3 – tilladt: %4.")
                                 .arg(*type)
                                 .arg(c.codes.instType3.label(*type), c.codes.lovgrundlag.label(*lov),
                                      allowed.join(QStringLiteral(", "))));
}

// ---- data quality of seeded data ----

void likelyDuplicate(const RuleContext &c, int index, const Record &, const Emit &report)
{
    const QString key = duplicateKey(c.overlay, index);
    if (key.isEmpty())
        return;
    QList<int> group = c.duplicateGroups.value(duplicateKeyHash(key));
    if (group.size() < 2)
        return;
    std::sort(group.begin(), group.end()); // the same wording however the group was built
    QStringList others;
    for (int i : group)
        if (i != index && duplicateKey(c.overlay, i) == key)
            others << c.overlay.record(i).nummer();
    if (others.isEmpty())
        return;
    report(std::nullopt, tr("Samme navn og adresse som %1 i samme kommune – er det den samme enhed?")
                             .arg(others.join(QStringLiteral(", "))));
}

void addressKommune(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    const int dag = parentDaginstitution(c.overlay, index);
    const auto kode = r.code(Field::KommuneKode);
    if (dag < 0 || !kode)
        return;
    const auto adm = c.overlay.record(dag).code(Field::AdmKommuneKode);
    if (adm && *adm != *kode)
        report(Field::KommuneKode, tr("Adressen ligger i %1, men daginstitutionen hører til %2.")
                                       .arg(c.codes.kommuneName(*kode), c.codes.kommuneName(*adm)));
}

void nameInCapitals(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString n = r.navn();
    int letters = 0;
    for (QChar ch : n)
        letters += ch.isLetter() ? 1 : 0;
    if (letters >= 4 && n == n.toUpper())
        report(Field::Navn, tr("Navnet er skrevet med store bogstaver – skriv det som det staves, fx \"%1\".")
                                .arg(n.left(1) + n.mid(1).toLower()));
}

void nameMarkedClosed(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QRegularExpression re(QStringLiteral("\\b(lukket|udgået|udgaaet|nedlagt|ophørt)\\b"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(r.navn());
    if (m.hasMatch())
        report(Field::Navn,
               tr("Navnet siger \"%1\", men posten er aktiv – luk den, eller ret navnet.").arg(m.captured(1)));
}

void missingContact(const RuleContext &, int, const Record &r, const Emit &report)
{
    if (r.value(Field::Email).trimmed().isEmpty() && r.value(Field::TelefonNummer).trimmed().isEmpty())
        report(std::nullopt, tr("Hverken e-mail eller telefonnummer er udfyldt."));
}

void dagplejeParent(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    if (r.code(Field::InstType3) != 6013)
        return;
    const int dag = parentDaginstitution(c.overlay, index);
    if (dag < 0)
        return;
    const auto lov = c.overlay.record(dag).code(Field::LovgrundlagKode);
    const CrossValidationRule *rule = lov ? c.codes.ruleFor(*lov) : nullptr;
    if (!rule || !rule->instType3.contains(6013))
        report(Field::InstType3, tr("En dagplejegruppe bør ligge under en dagpleje-daginstitution (lovgrundlag for "
                                    "dagpleje), ikke under %1.")
                                     .arg(c.overlay.record(dag).navn()));
}

void notUpdatedSinceSeeding(const RuleContext &, int, const Record &r, const Emit &report)
{
    if (untouchedSinceSeeding(r))
        report(Field::SenestOpdateret, tr("Ikke opdateret siden Danmarks Statistiks indlæsning (%1) – gennemgå posten.")
                                           .arg(r.value(Field::SenestOpdateret).left(10)));
}

const QList<Rule> rules{
    // Field rules.
    {QLatin1StringView("felt-mangler"), Severity::Error, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Obligatoriske felter er udfyldt"), mandatoryFields},
    {QLatin1StringView("laengde"), Severity::Error, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Tekstfelter holder sig inden for registerets længder"), maxLengths},
    {QLatin1StringView("nummer-format"), Severity::Error, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Institutionsnummeret er 6 tegn"), numberFormat},
    {QLatin1StringView("kode-ukendt"), Severity::Error, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Kodede felter har en kode fra kodetabellen"), knownCodes},
    {QLatin1StringView("pnummer-format"), Severity::Error, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "P-nummeret er 10 cifre"), pNummerFormat},
    {QLatin1StringView("cvr-kontrolciffer"), Severity::Warning, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "CVR-nummeret er 8 cifre med gyldigt kontrolciffer"), cvrCheckDigit},
    {QLatin1StringView("postnummer-format"), Severity::Error, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Postnummeret er 4 cifre"), postnummerFormat},
    {QLatin1StringView("postnummer-interval"), Severity::Warning, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Postnummeret er et gadepostnummer (1000–9990)"), postnummerRange},
    {QLatin1StringView("husnummer-format"), Severity::Error, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Husnummeret følger DAR (1–999 og evt. stort bogstav)"), husnummerFormat},
    {QLatin1StringView("etage-format"), Severity::Warning, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Etagen følger DAR"), etageFormat},
    {QLatin1StringView("doer-format"), Severity::Warning, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Døren følger DAR"), doerFormat},
    {QLatin1StringView("email-format"), Severity::Warning, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "E-mailadressen er gyldig"), emailFormat},
    {QLatin1StringView("telefon-format"), Severity::Warning, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Telefonnummeret ligner et dansk nummer"), phoneFormat},
    {QLatin1StringView("koordinat-udenfor"), Severity::Warning, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Koordinaterne ligger i Danmark"), coordinatesInDenmark},
    {QLatin1StringView("postnummer-ukendt"), Severity::Warning, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Postnummeret findes i PostNords postnummertabel"), postnummerKnown},
    {QLatin1StringView("bynavn-postnummer"), Severity::Warning, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Bynavnet er postnummerets"), bynavnMatchesPostnummer},
    {QLatin1StringView("postnummer-kommune"), Severity::Warning, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Postnummeret ligger i adressens kommune"), postnummerInKommune},
    {QLatin1StringView("koordinat-kommune"), Severity::Warning, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Koordinaterne ligger i adressens kommune (50 m tolerance)"),
     coordinatesInKommune},
    // Structure rules.
    {QLatin1StringView("uden-overordnet"), Severity::Error, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Den overordnede post findes"), parentExists},
    {QLatin1StringView("uden-enheder"), Severity::Error, Dag,
     QT_TRANSLATE_NOOP("dtr::Rules", "En daginstitution har mindst én aktiv anvisningsenhed"), hasActiveUnits},
    {QLatin1StringView("aktiv-under-nedlagt"), Severity::Error, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Ingen aktiv post under en nedlagt"), activeUnderClosed},
    {QLatin1StringView("nummer-dublet"), Severity::Error, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Institutionsnumre er entydige"), uniqueNumber},
    {QLatin1StringView("flyt-kommune"), Severity::Error, Unit | Alt,
     QT_TRANSLATE_NOOP("dtr::Rules", "Flytninger sker inden for kommunen"), moveWithinKommune},
    // v2.0 cross-validation.
    {QLatin1StringView("krydsvalidering-ejerform"), Severity::Error, Dag,
     QT_TRANSLATE_NOOP("dtr::Rules", "Ejerform passer til lovgrundlag (v2.0)"), crossValidationEjerform},
    {QLatin1StringView("krydsvalidering-type"), Severity::Error, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Institutionstypen passer til daginstitutionens lovgrundlag (v2.0)"),
     crossValidationType},
    // Data quality of seeded data.
    {QLatin1StringView("mulig-dublet"), Severity::Warning, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Ingen to enheder med samme navn og adresse i en kommune"), likelyDuplicate},
    {QLatin1StringView("adresse-kommune"), Severity::Warning, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Adressen ligger i daginstitutionens kommune"), addressKommune},
    {QLatin1StringView("navn-versaler"), Severity::Warning, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Navnet er ikke skrevet med store bogstaver"), nameInCapitals},
    {QLatin1StringView("navn-lukket"), Severity::Warning, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Navnet siger ikke lukket om en aktiv post"), nameMarkedClosed},
    {QLatin1StringView("mangler-kontakt"), Severity::Warning, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "E-mail eller telefon er udfyldt"), missingContact},
    {QLatin1StringView("dagpleje-forkert-overordnet"), Severity::Warning, Unit,
     QT_TRANSLATE_NOOP("dtr::Rules", "Dagplejegrupper ligger under en dagpleje-daginstitution"), dagplejeParent},
    {QLatin1StringView("ikke-opdateret"), Severity::Info, AllLevels,
     QT_TRANSLATE_NOOP("dtr::Rules", "Posten er opdateret siden indlæsningen i 2019"), notUpdatedSinceSeeding},
};

} // namespace

const QList<Rule> &validationRules()
{
    return rules;
}

const Rule *findRule(QStringView id)
{
    for (const Rule &r : rules)
        if (id == r.id)
            return &r;
    return nullptr;
}

QString ruleDescription(const Rule &rule)
{
    return QCoreApplication::translate("dtr::Rules", rule.description);
}

bool untouchedSinceSeeding(const Record &record)
{
    const QDate date = QDate::fromString(record.value(Field::SenestOpdateret).left(10), Qt::ISODate);
    return date.isValid() && date <= QDate(2019, 8, 1);
}

quint64 duplicateKeyHash(const QString &key)
{
    return (quint64(qHash(key, 0x5bd1e995u)) << 32) ^ quint64(qHash(key, 0x27d4eb2fu));
}

QString duplicateKey(const Overlay &o, int index)
{
    if (!o.isLive(index))
        return {};
    const Record &r = o.record(index);
    if (r.level() != Level::Anvisningsenhed || !r.isActive() || o.parentOf(index) < 0)
        return {};
    return QString::number(o.admKommuneOf(index)) + QLatin1Char('|') + r.navn().trimmed().toLower() + QLatin1Char('|') +
           Address::of(r).oneLine().toLower();
}

QLatin1StringView severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QLatin1StringView("error");
    case Severity::Warning:
        return QLatin1StringView("warning");
    case Severity::Info:
        break;
    }
    return QLatin1StringView("info");
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Fejl");
    case Severity::Warning:
        return tr("Advarsel");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

} // namespace dtr
