// Geography: PostNord's postal codes and DAGI's municipality boundaries (models/geo). All
// warnings: the tables are open data that may lag behind DAR, the boundaries are simplified.

#include "RuleChecks.h"

#include "codes/CodeTables.h"
#include "geo/Geography.h"

#include <QLocale>

namespace dtr::rules {

namespace {

// The record's postal district, when its postnummer has the form the other rules accept.
const PostalDistrict *postalDistrictOf(const RuleContext &c, const Record &r)
{
    const QString p = r.value(Field::PostNummer).trimmed();
    if (p.size() != 4 || !allDigits(p) || p.toInt() < 1000 || p.toInt() > 9990)
        return nullptr; // postnummer-format or postnummer-interval says so
    return c.geography.postalDistrict(p.toInt());
}

} // namespace

void postnummerKnown(const RuleContext &c, int, const Record &r, const Emit &report)
{
    const QString p = r.value(Field::PostNummer).trimmed();
    if (p.size() == 4 && allDigits(p) && p.toInt() >= 1000 && p.toInt() <= 9990 && !postalDistrictOf(c, r))
        report(Field::PostNummer, tr("Postnummer %1 findes ikke i PostNords postnummertabel (2018) – er det nyere, "
                                     "eller en tastefejl?")
                                      .arg(p));
}

void bynavnMatchesPostnummer(const RuleContext &c, int index, const Record &r, const Emit &report)
{
    const QString fixed = bynavnFix(c, index, r);
    if (!fixed.isEmpty())
        report(Field::ByNavn,
               tr("Postnummer %1 hører til %2, ikke %3.")
                   .arg(r.value(Field::PostNummer).trimmed(), fixed, shown(r.value(Field::ByNavn).simplified())));
}

// The postal district's town, when the record names another one.
QString bynavnFix(const RuleContext &c, int, const Record &r)
{
    const PostalDistrict *d = postalDistrictOf(c, r);
    const QString by = r.value(Field::ByNavn).simplified();
    if (!d || by.isEmpty() || by.compare(d->bynavn, Qt::CaseInsensitive) == 0)
        return {};
    return d->bynavn;
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

void coordinatesInKommune(const RuleContext &c, int, const Record &r, const Emit &report)
{
    const auto lat = r.coordinate(Field::GeoBredde);
    const auto lon = r.coordinate(Field::GeoLaengde);
    const auto kode = r.code(Field::KommuneKode);
    if (!lat || !lon || !kode || *lat < 54.5 || *lat > 57.8 || *lon < 8.0 || *lon > 15.3)
        return; // koordinat-udenfor says so
    const std::optional<double> outside = c.geography.distanceOutside(*kode, {*lon, *lat});
    if (!outside || *outside <= Geography::BorderToleranceMetres)
        return;
    const int actual = c.geography.kommuneAt({*lon, *lat});
    const QString where = actual > 0 ? tr("i %1").arg(c.codes.kommuneName(actual)) : tr("uden for alle kommuner");
    report(Field::GeoBredde,
           tr("Koordinaterne ligger %1, %2 km uden for %3, som adressen hører til.")
               .arg(where, QLocale(QLocale::Danish).toString(*outside / 1000, 'f', 1), c.codes.kommuneName(*kode)));
}

} // namespace dtr::rules
