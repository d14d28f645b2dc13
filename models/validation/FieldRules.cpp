#include "RuleChecks.h"

#include "changes/ChangeSet.h"
#include "changes/Operation.h"
#include "changes/Overlay.h"
#include "codes/CodeTables.h"

#include <QRegularExpression>

namespace dtr::rules {

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

namespace {

void reportEmpty(const Record &r, const QList<Field> &fields, const Emit &report)
{
    for (Field f : fields)
        if (r.value(f).trimmed().isEmpty())
            report(f, tr("%1 skal udfyldes.").arg(fieldLabel(f)));
}

void reportTooLong(const Record &r, const QList<Field> &fields, const Emit &report)
{
    for (Field f : fields) {
        if (!hasField(r.level(), f))
            continue;
        const int max = ChangeSet::maxLength(f);
        const qsizetype length = r.value(f).size();
        if (length > max)
            report(f, tr("%1 må højst være %2 tegn – fandt %3.").arg(fieldLabel(f)).arg(max).arg(length));
    }
}

} // namespace

// STIL's Datamodel: the mandatory fields of a daginstitution and an anvisningsenhed; the address
// is mandatory and checked against DAR, which cannot match one without street, number and
// postal code.
void mandatoryFields(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QList<Field> dag{Field::Navn, Field::EjerformKode, Field::LovgrundlagKode, Field::AdmKommuneKode};
    static const QList<Field> unit{Field::Navn,    Field::InstType3, Field::PNummer,
                                   Field::VejNavn, Field::HusNummer, Field::PostNummer};
    reportEmpty(r, r.level() == Level::Daginstitution ? dag : unit, report);
}

// Fields we take to be mandatory without a published source: the town and kommune of a unit's
// address (the register may derive them from DAR), and every field of an alternative address.
void assumedMandatoryFields(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QList<Field> unit{Field::ByNavn, Field::KommuneKode};
    static const QList<Field> alt{Field::Navn,       Field::VejNavn, Field::HusNummer,
                                  Field::PostNummer, Field::ByNavn,  Field::KommuneKode};
    reportEmpty(r, r.level() == Level::Anvisningsenhed ? unit : alt, report);
}

// The Datamodel's lengths: names and e-mail 132, telephone 20.
void maxLengths(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QList<Field> fields{Field::Navn, Field::Email, Field::TelefonNummer};
    if (r.level() != Level::AlternativAdresse)
        reportTooLong(r, fields, report);
}

// Lengths not in the Datamodel: DAR's for street and town names, 132 for an alternative
// address's name.
void assumedMaxLengths(const RuleContext &, int, const Record &r, const Emit &report)
{
    static const QList<Field> address{Field::VejNavn, Field::ByNavn, Field::SupplerendeBynavn};
    reportTooLong(r, address, report);
    if (r.level() == Level::AlternativAdresse)
        reportTooLong(r, {Field::Navn}, report);
}

void numberFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString n = r.nummer();
    if (isTemporaryKey(n))
        return; // issued by the register on submission
    if (n.size() == 6)
        return;
    const QString message = tr("Institutionsnummeret skal være 6 tegn – fandt %1 (%2).").arg(n.size()).arg(shown(n));
    // Six characters is published for daginstitutioner and anvisningsenheder only.
    if (r.level() == Level::AlternativAdresse)
        report.inferred(Field::Nummer, message);
    else
        report(Field::Nummer, message);
}

namespace {

void reportUnknownCode(const RuleContext &c, const Record &r, Field field, const Emit &report)
{
    if (!hasField(r.level(), field) || r.value(field).trimmed().isEmpty())
        return;
    const CodeTable &table = *c.codes.tableFor(field);
    const auto code = r.code(field);
    if (code && table.contains(*code))
        return;
    const QString expected =
        &table == &c.codes.kommune ? tr("en af de 98 kommunekoder") : tr("en kode fra kodetabellen");
    report(field, tr("%1 %2 findes ikke – forventede %3.").arg(fieldLabel(field), shown(r.value(field)), expected));
}

} // namespace

void knownKommune(const RuleContext &c, int, const Record &r, const Emit &report)
{
    for (Field field : {Field::AdmKommuneKode, Field::KommuneKode})
        reportUnknownCode(c, r, field, report);
}

void knownCodes(const RuleContext &c, int, const Record &r, const Emit &report)
{
    for (Field field : {Field::EjerformKode, Field::LovgrundlagKode, Field::InstType3})
        reportUnknownCode(c, r, field, report);
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

namespace {

// DAR: 1–999 and an optional letter. The register holds lowercase letters too ("51a").
const QRegularExpression &husnummerPattern()
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{0,2}[A-Za-z]?$"));
    return re;
}

} // namespace

void husnummerFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    const QString h = r.value(Field::HusNummer).trimmed();
    if (!h.isEmpty() && !husnummerPattern().match(h).hasMatch())
        report(Field::HusNummer,
               tr("Husnummer skal være 1–999 med eventuelt et bogstav (fx 4 eller 12B) – fandt %1.").arg(shown(h)));
}

void husnummerLetter(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    const QString fixed = husnummerLetterFix(c, index, r);
    if (!fixed.isEmpty())
        report(
            Field::HusNummer,
            tr("Husnummer %1 skrives med stort bogstav i DAR: \"%2\".").arg(shown(r.value(Field::HusNummer)), fixed));
}

QString husnummerLetterFix(const RuleContext &, int, const Record &r)
{
    const QString h = r.value(Field::HusNummer).trimmed();
    if (!husnummerPattern().match(h).hasMatch() || !h.back().isLower())
        return {};
    return h.toUpper();
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

QString normalisedPhone(const QString &phone)
{
    QString p;
    for (QChar c : phone)
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('/') &&
            c != QLatin1Char('(') && c != QLatin1Char(')'))
            p += c;
    if (p.startsWith(QLatin1String("+45")))
        p = p.mid(3);
    else if (p.startsWith(QLatin1String("0045")))
        p = p.mid(4);
    if (p.size() != 8 || !allDigits(p) || p[0] == QLatin1Char('0') || p[0] == QLatin1Char('1'))
        return {};
    return p;
}

void phoneFormat(const RuleContext &, int, const Record &r, const Emit &report)
{
    QString p = r.value(Field::TelefonNummer);
    if (p.trimmed().isEmpty())
        return;
    // Spaces and the country code are fine as they are; anything else is offered as 8 digits.
    p.remove(QLatin1Char(' '));
    if (p.startsWith(QLatin1String("+45")))
        p = p.mid(3);
    else if (p.startsWith(QLatin1String("0045")))
        p = p.mid(4);
    if (p.size() == 8 && allDigits(p) && p[0] != QLatin1Char('0') && p[0] != QLatin1Char('1'))
        return;
    const QString fixed = normalisedPhone(r.value(Field::TelefonNummer));
    if (!fixed.isEmpty())
        report(Field::TelefonNummer, tr("Telefonnummer %1 skrives som 8 cifre uden tegn: \"%2\".")
                                         .arg(shown(r.value(Field::TelefonNummer)), fixed));
    else
        report(Field::TelefonNummer,
               tr("Telefonnummer %1 ligner ikke et dansk nummer – forventede 8 cifre, fx 86 12 34 56.")
                   .arg(shown(r.value(Field::TelefonNummer))));
}

QString phoneFix(const RuleContext &, int, const Record &r)
{
    const QString fixed = normalisedPhone(r.value(Field::TelefonNummer));
    return fixed == r.value(Field::TelefonNummer) ? QString() : fixed;
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

} // namespace dtr::rules
