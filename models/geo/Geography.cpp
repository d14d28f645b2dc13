#include "Geography.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Geography", text);
}

constexpr double MetresPerDegreeLat = 110574.0;
constexpr double MetresPerDegreeLonAtEquator = 111320.0;
constexpr double Pi = 3.14159265358979323846;

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bundled geography data missing: %s", qPrintable(path));
    return file.readAll();
}

bool ringFromJson(const QJsonArray &points, KommuneArea::Ring *out)
{
    for (const QJsonValue &v : points) {
        const QJsonArray xy = v.toArray();
        if (xy.size() < 2 || !xy[0].isDouble() || !xy[1].isDouble())
            return false;
        out->append({xy[0].toDouble(), xy[1].toDouble()});
    }
    return out->size() >= 3;
}

// Even-odd test of one ring (ray cast towards +lon).
bool ringContains(const KommuneArea::Ring &ring, GeoPoint p)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const GeoPoint &a = ring[i], &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

bool areaContains(const KommuneArea &area, GeoPoint p)
{
    if (!area.bounds.contains(p))
        return false;
    for (const KommuneArea::Polygon &polygon : area.polygons) {
        bool inside = false;
        for (const KommuneArea::Ring &ring : polygon)
            inside ^= ringContains(ring, p);
        if (inside)
            return true;
    }
    return false;
}

} // namespace

bool parseCoordinate(const QString &text, double *out)
{
    QString s = text.trimmed();
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    *out = s.toDouble(&ok);
    return ok && std::isfinite(*out);
}

std::optional<GeoPoint> geoPointOf(const QString &laengde, const QString &bredde)
{
    GeoPoint p;
    if (!parseCoordinate(laengde, &p.lon) || !parseCoordinate(bredde, &p.lat))
        return std::nullopt;
    return p;
}

double distanceMetres(GeoPoint a, GeoPoint b)
{
    const double dx = (a.lon - b.lon) * MetresPerDegreeLonAtEquator * std::cos((a.lat + b.lat) / 2 * Pi / 180);
    const double dy = (a.lat - b.lat) * MetresPerDegreeLat;
    return std::sqrt(dx * dx + dy * dy);
}

const Geography &Geography::bundled()
{
    static const Geography geography = [] {
        QString error;
        std::optional<Geography> g = parse(resource(QStringLiteral(":/geo/kommuner.geojson")),
                                           resource(QStringLiteral(":/geo/postnumre.csv")), &error);
        if (!g)
            qFatal("bundled geography data unreadable: %s", qPrintable(error));
        return *g;
    }();
    return geography;
}

std::optional<Geography> Geography::parse(const QByteArray &geoJson, const QByteArray &postalCsv, QString *error)
{
    Geography g;
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(geoJson, &jsonError);
    if (doc.isNull()) {
        *error =
            tr("Kommunegrænserne kan ikke læses: %1 (tegn %2).").arg(jsonError.errorString()).arg(jsonError.offset);
        return std::nullopt;
    }
    const QJsonArray features = doc.object().value(QLatin1String("features")).toArray();
    if (features.isEmpty()) {
        *error = tr("Kommunegrænserne indeholder ingen kommuner (\"features\" mangler).");
        return std::nullopt;
    }
    g.m_bounds = {180, 90, -180, -90};
    for (qsizetype f = 0; f < features.size(); ++f) {
        const QJsonObject feature = features[f].toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        KommuneArea area;
        area.kode = properties.value(QLatin1String("kode")).toInt();
        area.navn = properties.value(QLatin1String("navn")).toString();
        const QString type = geometry.value(QLatin1String("type")).toString();
        QJsonArray polygons = geometry.value(QLatin1String("coordinates")).toArray();
        if (type == QLatin1String("Polygon")) {
            // One polygon as a list of one. (Not `QJsonArray{polygons}`: braces around one array
            // may copy it instead of wrapping it, depending on the compiler.)
            QJsonArray one;
            one.append(polygons);
            polygons = one;
        } else if (type != QLatin1String("MultiPolygon"))
            polygons = {};
        for (const QJsonValue &p : polygons) {
            KommuneArea::Polygon polygon;
            for (const QJsonValue &r : p.toArray()) {
                KommuneArea::Ring ring;
                if (!ringFromJson(r.toArray(), &ring)) {
                    *error = tr("Kommunegrænserne: kommune %1 har en ugyldig ring.").arg(area.kode);
                    return std::nullopt;
                }
                polygon.append(ring);
            }
            if (!polygon.isEmpty())
                area.polygons.append(polygon);
        }
        if (area.kode <= 0 || area.polygons.isEmpty()) {
            *error = tr("Kommunegrænserne: element %1 har ingen kommunekode eller ingen polygon.").arg(f + 1);
            return std::nullopt;
        }
        area.bounds = {180, 90, -180, -90};
        for (const KommuneArea::Polygon &polygon : area.polygons)
            for (const GeoPoint &p : polygon.first()) {
                area.bounds.minLon = std::min(area.bounds.minLon, p.lon);
                area.bounds.maxLon = std::max(area.bounds.maxLon, p.lon);
                area.bounds.minLat = std::min(area.bounds.minLat, p.lat);
                area.bounds.maxLat = std::max(area.bounds.maxLat, p.lat);
            }
        g.m_bounds.minLon = std::min(g.m_bounds.minLon, area.bounds.minLon);
        g.m_bounds.maxLon = std::max(g.m_bounds.maxLon, area.bounds.maxLon);
        g.m_bounds.minLat = std::min(g.m_bounds.minLat, area.bounds.minLat);
        g.m_bounds.maxLat = std::max(g.m_bounds.maxLat, area.bounds.maxLat);
        g.m_byKode.insert(area.kode, int(g.m_kommuner.size()));
        g.m_kommuner.append(std::move(area));
    }

    QList<QByteArray> lines = postalCsv.split('\n');
    if (!lines.isEmpty() && lines.first().startsWith("\xEF\xBB\xBF"))
        lines.first().remove(0, 3);
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray line = lines[n].trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cols = line.split(';');
        bool postOk = false, kommuneOk = false;
        const int postnummer = cols.value(0).toInt(&postOk);
        const int kommune = cols.value(2).toInt(&kommuneOk);
        if (cols.size() < 3 || !postOk || !kommuneOk || postnummer <= 0) {
            *error = tr("Postnummertabellen, linje %1: forventede postnummer;bynavn;kommunekode.").arg(n + 1);
            return std::nullopt;
        }
        PostalDistrict &d = g.m_postal[postnummer];
        d.postnummer = postnummer;
        d.bynavn = QString::fromUtf8(cols[1]).trimmed();
        if (!d.kommuner.contains(kommune))
            d.kommuner.append(kommune);
    }
    if (g.m_postal.isEmpty()) {
        *error = tr("Postnummertabellen er tom.");
        return std::nullopt;
    }
    return g;
}

const KommuneArea *Geography::kommune(int kode) const
{
    const auto it = m_byKode.constFind(kode);
    return it == m_byKode.cend() ? nullptr : &m_kommuner[*it];
}

bool Geography::contains(int kode, GeoPoint p) const
{
    const KommuneArea *area = kommune(kode);
    return area && areaContains(*area, p);
}

std::optional<double> Geography::distanceOutside(int kode, GeoPoint p) const
{
    const KommuneArea *area = kommune(kode);
    if (!area)
        return std::nullopt;
    if (areaContains(*area, p))
        return 0.0;
    // Distance to the nearest edge, in metres of a plane laid flat at the point.
    const double kx = MetresPerDegreeLonAtEquator * std::cos(p.lat * Pi / 180);
    const double ky = MetresPerDegreeLat;
    double best = std::numeric_limits<double>::max();
    for (const KommuneArea::Polygon &polygon : area->polygons) {
        for (const KommuneArea::Ring &ring : polygon) {
            for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const double ax = (ring[j].lon - p.lon) * kx, ay = (ring[j].lat - p.lat) * ky;
                const double bx = (ring[i].lon - p.lon) * kx, by = (ring[i].lat - p.lat) * ky;
                const double dx = bx - ax, dy = by - ay;
                const double length2 = dx * dx + dy * dy;
                const double t = length2 > 0 ? std::clamp(-(ax * dx + ay * dy) / length2, 0.0, 1.0) : 0.0;
                const double cx = ax + t * dx, cy = ay + t * dy;
                best = std::min(best, cx * cx + cy * cy);
            }
        }
    }
    return std::sqrt(best);
}

int Geography::kommuneAt(GeoPoint p) const
{
    for (const KommuneArea &area : m_kommuner)
        if (areaContains(area, p))
            return area.kode;
    return 0;
}

const PostalDistrict *Geography::postalDistrict(int postnummer) const
{
    const auto it = m_postal.constFind(postnummer);
    return it == m_postal.cend() ? nullptr : &*it;
}

QString Geography::attribution()
{
    return tr("Kommunegrænser: DAGI – indeholder data fra Styrelsen for Dataforsyning og Infrastruktur. "
              "Postnumre: PostNords postnummertabel (2018).");
}

} // namespace dtr
