#include "DuplicateIndex.h"
#include "NameCase.h"
#include "RuleChecks.h"

#include "changes/Overlay.h"
#include "codes/CodeTables.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

namespace dtr::rules {

// ---- structure ----

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

// Whether an earlier record holds the same number (what find() answers). For a base record with
// its base number the register's index already knows, without a look-up per record.
bool repeatsEarlierNumber(const Overlay &o, int index, const Record &r)
{
    const Register &base = o.base();
    if (!o.isNew(index)) {
        const Record &stored = base.record(index);
        if (stored.level() == r.level() && stored.utf8Value(Field::Nummer) == r.utf8Value(Field::Nummer))
            return std::binary_search(base.duplicates().begin(), base.duplicates().end(), index);
    }
    const int first = o.find(r.level(), r.nummer());
    return first >= 0 && first != index;
}

void uniqueNumber(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    if (repeatsEarlierNumber(c.overlay, index, r))
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

namespace {

// Earlier in a stable order than `b`: by number, then by index (for equal numbers).
bool reportsPair(const Overlay &o, int a, int b)
{
    const QString na = o.record(a).nummer();
    const QString nb = o.record(b).nummer();
    return na != nb ? na < nb : a < b;
}

} // namespace

// A pair is reported once, on the record with the smaller number, naming the other one.
void likelyDuplicate(const RuleContext &c, int index, const Record &, const Emit &report)
{
    if (!c.duplicateGroups.mayHaveCompany(index))
        return; // every key of the record is its own group
    const QStringList keys = duplicateKeys(c.overlay, index);
    QList<int> named; // partners already reported by an earlier key
    for (const QString &key : keys) {
        QList<int> group = c.duplicateGroups.members(duplicateKeyHash(key));
        std::sort(group.begin(), group.end()); // the same order however the group was built
        const bool byName = key.startsWith(QLatin1Char('n'));
        for (int other : group) {
            if (other == index || named.contains(other) || !reportsPair(c.overlay, index, other) ||
                !duplicateKeys(c.overlay, other).contains(key))
                continue;
            named.append(other);
            const QString number = c.overlay.record(other).nummer();
            report.pair(std::nullopt,
                        byName
                            ? tr("Samme navn og adresse som %1 i samme kommune – er det den samme enhed?").arg(number)
                            : tr("Samme P-nummer og adresse som %1 – er det den samme enhed?").arg(number),
                        other);
        }
    }
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

void nameInCapitals(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    const QString fixed = nameInCapitalsFix(c, index, r);
    if (!fixed.isEmpty())
        report(Field::Navn,
               tr("Navnet er skrevet med store bogstaver – skriv det som det staves, fx \"%1\".").arg(fixed));
}

// Only a name that is all capitals and would read differently written properly.
QString nameInCapitalsFix(const RuleContext &, int, const Record &r)
{
    const QString n = r.navn();
    int letters = 0;
    for (QChar ch : n)
        letters += ch.isLetter() ? 1 : 0;
    if (letters < 4 || n != n.toUpper())
        return {};
    const QString fixed = properDanishCase(n);
    return fixed == n ? QString() : fixed;
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

} // namespace dtr::rules

namespace dtr {

bool untouchedSinceSeeding(const Record &record)
{
    const QDate date = QDate::fromString(record.value(Field::SenestOpdateret).left(10), Qt::ISODate);
    return date.isValid() && date <= QDate(2019, 8, 1);
}

quint64 duplicateKeyHash(const QString &key)
{
    const quint64 hash = (quint64(qHash(key, 0x5bd1e995u)) << 32) ^ quint64(qHash(key, 0x27d4eb2fu));
    return hash != 0 ? hash : 1; // 0 means "no key"
}

namespace {

// Case, spacing and punctuation do not tell two names (or street names) apart.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.toCaseFolded())
        out += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    return out.simplified();
}

} // namespace

QStringList duplicateKeys(const Overlay &o, int index)
{
    if (!o.isLive(index))
        return {};
    const Record &r = o.record(index);
    if (r.level() != Level::Anvisningsenhed || !r.isActive() || o.parentOf(index) < 0)
        return {};
    const QString street = normalised(r.value(Field::VejNavn));
    const QString number = normalised(r.value(Field::HusNummer)).remove(QLatin1Char(' '));
    const QString post = r.value(Field::PostNummer).trimmed();
    if (street.isEmpty() || number.isEmpty() || post.isEmpty())
        return {};
    const QString address = street + QLatin1Char('|') + number + QLatin1Char('|') + post;
    QStringList keys;
    const QString name = normalised(r.navn());
    if (!name.isEmpty())
        keys << QStringLiteral("n|%1|%2|").arg(o.admKommuneOf(index)).arg(name) + address;
    const QString p = r.value(Field::PNummer).trimmed();
    if (!p.isEmpty())
        keys << QStringLiteral("p|%1|").arg(p) + address;
    return keys;
}

} // namespace dtr
