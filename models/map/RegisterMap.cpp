#include "RegisterMap.h"

#include "MapProjection.h"
#include "changes/ChangeSet.h"
#include "changes/Overlay.h"
#include "validation/Validator.h"

#include <algorithm>
#include <cmath>

namespace dtr {

RegisterMap::RegisterMap(const Geography &geography)
    : m_geography(&geography)
{}

std::function<RegisterMap::Status(int)> RegisterMap::statusOf(const ChangeSet *changes, const Validator *validator,
                                                              const QSet<QString> *reviewed)
{
    return [changes, validator, reviewed](int i) {
        Status s;
        if (validator)
            s.severity = validator->worstSeverity(i);
        if (!changes)
            return s;
        const Record &r = changes->overlay()->record(i);
        if (reviewed)
            s.reviewed = reviewed->contains(recordId(r.level(), r.nummer()));
        if (const RecordChange *c = changes->changeOf(i))
            s.changes = (c->created ? Added : 0) | (!c->created && !c->fields.isEmpty() ? Changed : 0) |
                        (c->moved ? Moved : 0) | (c->closed ? Closed : 0);
        return s;
    };
}

void RegisterMap::clear()
{
    m_points.clear();
    m_byRecord.clear();
    m_withoutCoordinates = 0;
    m_visibleCount = 0;
    index();
}

RegisterMap::Read RegisterMap::readPoint(const Overlay &overlay, int i, const MapPoint *before, MapPoint *out) const
{
    if (!overlay.isLive(i))
        return Read::NoPoint;
    const Record &r = overlay.record(i);
    if (r.level() == Level::Daginstitution)
        return Read::NoPoint;
    const auto lat = r.coordinate(Field::GeoBredde);
    const auto lon = r.coordinate(Field::GeoLaengde);
    if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180)
        return r.isActive() ? Read::WithoutCoordinates : Read::NoPoint;
    MapPoint p = before ? *before : MapPoint{}; // keeps status and visibility
    p.geo = {*lon, *lat};
    p.plane = MapProjection::toPlane(p.geo);
    p.record = i;
    p.level = r.level();
    p.number = r.nummer();
    p.name = r.navn();
    const int kommune = r.code(Field::KommuneKode).value_or(0);
    p.active = r.isActive();
    // Outside its kommune: asked again only when the position or the kommune changed.
    if (!before || before->geo.lon != p.geo.lon || before->geo.lat != p.geo.lat || before->kommune != kommune) {
        p.kommune = kommune;
        p.outside = false;
        p.actualKommune = 0;
        if (kommune > 0) {
            const std::optional<double> away = geography().distanceOutside(kommune, p.geo);
            p.outside = away && *away > Geography::BorderToleranceMetres;
            p.actualKommune = p.outside ? geography().kommuneAt(p.geo) : 0;
        }
    }
    *out = p;
    return Read::Point;
}

void RegisterMap::rebuild(const Overlay &overlay)
{
    std::vector<MapPoint> old = std::move(m_points);
    const QHash<int, int> oldIndex = std::move(m_byRecord);
    m_points.clear();
    m_byRecord.clear();
    m_withoutCoordinates = 0;
    MapPoint p;
    for (int i = 0; i < overlay.size(); ++i) {
        const int before = oldIndex.value(i, -1);
        switch (readPoint(overlay, i, before >= 0 ? &old[size_t(before)] : nullptr, &p)) {
        case Read::Point:
            m_byRecord.insert(i, int(m_points.size()));
            m_points.push_back(p);
            break;
        case Read::WithoutCoordinates:
            ++m_withoutCoordinates;
            break;
        case Read::NoPoint:
            break;
        }
    }
    m_visibleCount =
        int(std::count_if(m_points.cbegin(), m_points.cend(), [](const MapPoint &p) { return p.visible; }));
    index();
}

void RegisterMap::update(const Overlay &overlay, const QSet<int> &records)
{
    // In place while every changed record keeps having (or not having) a point; else from scratch.
    std::vector<std::pair<int, MapPoint>> changed;
    for (int i : records) {
        const int at = pointOf(i);
        MapPoint p;
        const Read read = readPoint(overlay, i, at >= 0 ? &m_points[size_t(at)] : nullptr, &p);
        if ((read == Read::Point) != (at >= 0) || (at < 0 && read == Read::WithoutCoordinates)) {
            rebuild(overlay);
            return;
        }
        if (at >= 0)
            changed.emplace_back(at, p);
    }
    for (const auto &[at, p] : changed)
        m_points[size_t(at)] = p;
    index();
}

void RegisterMap::refresh(const std::function<Status(int)> &status,
                          const std::function<bool(const MapPoint &)> &visible)
{
    m_visibleCount = 0;
    for (MapPoint &p : m_points) {
        const Status s = status ? status(p.record) : Status{};
        p.severity = qint8(s.severity);
        p.reviewed = s.reviewed;
        p.changes = quint8(s.changes);
        p.visible = visible ? visible(p) : true;
        m_visibleCount += p.visible;
    }
}

void RegisterMap::index()
{
    QRectF area;
    for (const MapPoint &p : m_points)
        area |= QRectF(p.plane, QSizeF(1e-6, 1e-6));
    m_gridArea = area.isNull() ? QRectF(0, 0, 1, 1) : area;
    // Cells of about DefaultCellKm, but never more cells than a few per point.
    const double cellsWanted = std::max<double>(1, double(m_points.size()) / 2);
    m_cellKm = std::max(DefaultCellKm, std::sqrt(m_gridArea.width() * m_gridArea.height() / cellsWanted));
    m_columns = std::max(1, int(std::ceil(m_gridArea.width() / m_cellKm)) + 1);
    m_rows = std::max(1, int(std::ceil(m_gridArea.height() / m_cellKm)) + 1);
    const size_t cells = size_t(m_columns) * size_t(m_rows);
    // Counting sort of the points into their cells.
    std::vector<int> cellOf(m_points.size());
    m_cellStart.assign(cells + 1, 0);
    for (size_t n = 0; n < m_points.size(); ++n) {
        const QPointF d = m_points[n].plane - m_gridArea.topLeft();
        const int cx = std::clamp(int(d.x() / m_cellKm), 0, m_columns - 1);
        const int cy = std::clamp(int(d.y() / m_cellKm), 0, m_rows - 1);
        cellOf[n] = cy * m_columns + cx;
        ++m_cellStart[size_t(cellOf[n]) + 1];
    }
    for (size_t c = 0; c < cells; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_cellPoints.assign(m_points.size(), 0);
    std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t n = 0; n < m_points.size(); ++n)
        m_cellPoints[size_t(fill[size_t(cellOf[n])]++)] = int(n);
}

QRect RegisterMap::cellsOf(const QRectF &plane) const
{
    if (m_points.empty() || !plane.intersects(m_gridArea.adjusted(-m_cellKm, -m_cellKm, m_cellKm, m_cellKm)))
        return {}; // an empty QRect: no cells
    const QPointF a = plane.topLeft() - m_gridArea.topLeft();
    const QPointF b = plane.bottomRight() - m_gridArea.topLeft();
    const int x0 = std::clamp(int(std::floor(a.x() / m_cellKm)), 0, m_columns - 1);
    const int y0 = std::clamp(int(std::floor(a.y() / m_cellKm)), 0, m_rows - 1);
    const int x1 = std::clamp(int(std::floor(b.x() / m_cellKm)), 0, m_columns - 1);
    const int y1 = std::clamp(int(std::floor(b.y() / m_cellKm)), 0, m_rows - 1);
    return QRect(QPoint(x0, y0), QPoint(x1, y1));
}

std::vector<int> RegisterMap::query(const QRectF &plane) const
{
    std::vector<int> out;
    forEachIn(plane.normalized(), [&out](int p) { out.push_back(p); });
    return out;
}

std::vector<int> RegisterMap::pick(QPointF plane, double radiusKm) const
{
    std::vector<std::pair<double, int>> near;
    const double r2 = radiusKm * radiusKm;
    forEachIn(QRectF(plane - QPointF(radiusKm, radiusKm), QSizeF(2 * radiusKm, 2 * radiusKm)), [&](int p) {
        const QPointF d = m_points[size_t(p)].plane - plane;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= r2)
            near.emplace_back(d2, p);
    });
    std::sort(near.begin(), near.end());
    std::vector<int> out;
    out.reserve(near.size());
    for (const auto &[d2, p] : near)
        out.push_back(p);
    return out;
}

QRectF RegisterMap::visibleBounds(bool andTheirKommuner) const
{
    QRectF area;
    QSet<int> kommuner;
    for (const MapPoint &p : m_points) {
        if (!p.visible)
            continue;
        area |= QRectF(p.plane, QSizeF(1e-6, 1e-6));
        if (andTheirKommuner && p.kommune > 0)
            kommuner.insert(p.kommune);
    }
    for (int k : std::as_const(kommuner))
        if (const KommuneArea *a = geography().kommune(k))
            area |= MapProjection::toPlane(a->bounds);
    return area;
}

} // namespace dtr
