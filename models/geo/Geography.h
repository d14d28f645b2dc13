#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dtr {

// A point on the earth in WGS84 degrees (as the register's geoLaengde/geoBredde).
struct GeoPoint
{
    double lon = 0;
    double lat = 0;
};

// Parses the register's coordinate text ("56,1234" or "56.1234"); false when it is not a number.
bool parseCoordinate(const QString &text, double *out);
// A record's coordinates from its geoLaengde/geoBredde texts; nullopt when either is missing or
// not a number.
std::optional<GeoPoint> geoPointOf(const QString &laengde, const QString &bredde);

// A box in degrees.
struct GeoBounds
{
    double minLon = 0;
    double minLat = 0;
    double maxLon = 0;
    double maxLat = 0;
    bool contains(GeoPoint p) const { return p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat; }
};

// One municipality's area (DAGI): polygons, each a list of rings (the first the outline, the
// rest holes; points inside by the even-odd rule), with their bounds.
struct KommuneArea
{
    using Ring = QList<GeoPoint>;
    using Polygon = QList<Ring>;

    int kode = 0;
    QString navn;
    QList<Polygon> polygons;
    GeoBounds bounds;
};

// One postal district (PostNord): its town name and the municipalities it spans.
struct PostalDistrict
{
    int postnummer = 0;
    QString bynavn;
    QList<int> kommuner;
};

// The geography the checks and the map use: municipality boundaries and the postal-code table,
// both open data bundled under resources/geo (see PROVENANCE.md there). The boundaries are
// simplified to about 30 m, so border questions take a tolerance in metres.
class Geography
{
public:
    // The boundaries are thinned to about 30 m: a point nearer its border than this is not taken
    // to lie outside (the checks and the map use the same figure).
    static constexpr double BorderToleranceMetres = 50;

    // The copy built into the program; loaded on first use, shared, never changes.
    static const Geography &bundled();
    // Parses the DAGI GeoJSON (FeatureCollection of MultiPolygon/Polygon features with
    // properties kode, navn) and the postal CSV (postnummer;bynavn;kommunekode;kommunenavn).
    // On failure nullopt with a Danish message naming what is wrong.
    static std::optional<Geography> parse(const QByteArray &geoJson, const QByteArray &postalCsv, QString *error);

    const QList<KommuneArea> &kommuner() const { return m_kommuner; }
    const KommuneArea *kommune(int kode) const;
    GeoBounds bounds() const { return m_bounds; }

    // Whether the point lies in the municipality's area (exactly, with no tolerance).
    bool contains(int kode, GeoPoint p) const;
    // Metres from the point to the municipality's area: 0 inside, otherwise the distance to
    // its nearest border; nullopt for a municipality without an area.
    std::optional<double> distanceOutside(int kode, GeoPoint p) const;
    // The municipality whose area holds the point, or 0 when none does (sea, abroad).
    int kommuneAt(GeoPoint p) const;

    const PostalDistrict *postalDistrict(int postnummer) const;
    const QHash<int, PostalDistrict> &postalDistricts() const { return m_postal; }

    // Who the data come from, as their licences ask (Danish; shown in the About box).
    static QString attribution();

private:
    QList<KommuneArea> m_kommuner;
    QHash<int, int> m_byKode; // kode → index in m_kommuner
    QHash<int, PostalDistrict> m_postal;
    GeoBounds m_bounds;
};

// Metres between two points (equirectangular approximation, exact enough within Denmark).
double distanceMetres(GeoPoint a, GeoPoint b);

} // namespace dtr
