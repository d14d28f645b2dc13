#include "MapProjection.h"

#include <algorithm>
#include <cmath>

namespace dtr {

namespace {
constexpr double Pi = 3.14159265358979323846;
constexpr double KmPerDegreeLat = 110.574;
const double KmPerDegreeLon = 111.320 * std::cos(MapProjection::OriginLat * Pi / 180);
} // namespace

QPointF MapProjection::toPlane(GeoPoint p)
{
    return {(p.lon - OriginLon) * KmPerDegreeLon, (OriginLat - p.lat) * KmPerDegreeLat};
}

GeoPoint MapProjection::toGeo(QPointF plane)
{
    return {OriginLon + plane.x() / KmPerDegreeLon, OriginLat - plane.y() / KmPerDegreeLat};
}

QRectF MapProjection::toPlane(const GeoBounds &bounds)
{
    return QRectF(toPlane(GeoPoint{bounds.minLon, bounds.maxLat}), toPlane(GeoPoint{bounds.maxLon, bounds.minLat}))
        .normalized();
}

void MapViewport::setScale(double pixelsPerKm)
{
    m_scale = std::clamp(pixelsPerKm, MinScale, MaxScale);
}

QPointF MapViewport::toScreen(QPointF plane) const
{
    return (plane - m_centre) * m_scale + QPointF(m_size.width() / 2, m_size.height() / 2);
}

QPointF MapViewport::toPlane(QPointF screen) const
{
    return (screen - QPointF(m_size.width() / 2, m_size.height() / 2)) / m_scale + m_centre;
}

QTransform MapViewport::transform() const
{
    return QTransform::fromTranslate(m_size.width() / 2, m_size.height() / 2)
        .scale(m_scale, m_scale)
        .translate(-m_centre.x(), -m_centre.y());
}

QRectF MapViewport::visiblePlane() const
{
    return QRectF(toPlane({0, 0}), toPlane({m_size.width(), m_size.height()}));
}

void MapViewport::zoomAt(QPointF screen, double factor)
{
    const QPointF anchor = toPlane(screen);
    setScale(m_scale * factor);
    // Move the centre so that the anchor is at `screen` again.
    m_centre += anchor - toPlane(screen);
}

void MapViewport::panBy(QPointF screenDelta)
{
    m_centre -= screenDelta / m_scale;
}

void MapViewport::fit(const QRectF &plane, double marginPx)
{
    if (!plane.isValid() && plane.isNull())
        return;
    m_centre = plane.center();
    const double w = std::max(1.0, m_size.width() - 2 * marginPx);
    const double h = std::max(1.0, m_size.height() - 2 * marginPx);
    // A single point (or a line) is shown at street level rather than infinitely close.
    const double sx = plane.width() > 1e-9 ? w / plane.width() : MaxScale / 8;
    const double sy = plane.height() > 1e-9 ? h / plane.height() : MaxScale / 8;
    setScale(std::min(sx, sy));
}

} // namespace dtr
