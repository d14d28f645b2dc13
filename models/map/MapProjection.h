#pragma once

#include "geo/Geography.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace dtr {

// The map's plane: kilometres east (x) and south (y, as on a screen) of 56°N 11°E, laid flat
// with the scale of 56°N (equirectangular). Within Denmark lengths are off by under 3 %, and
// the projection is exact to invert, so a point drawn is a point picked.
struct MapProjection
{
    static constexpr double OriginLon = 11.0;
    static constexpr double OriginLat = 56.0;
    static QPointF toPlane(GeoPoint p);
    static GeoPoint toGeo(QPointF plane);
    static QRectF toPlane(const GeoBounds &bounds);
};

// What part of the plane a view of `size` pixels shows: a centre (plane km) and a scale
// (pixels per km), clamped between the whole country and a street.
class MapViewport
{
public:
    static constexpr double MinScale = 0.2;  // px/km: the country in a thumbnail
    static constexpr double MaxScale = 2000; // px/km: a block of houses

    void setSize(QSizeF pixels) { m_size = pixels; }
    QSizeF size() const { return m_size; }
    void setCentre(QPointF plane) { m_centre = plane; }
    QPointF centre() const { return m_centre; }
    void setScale(double pixelsPerKm);
    double scale() const { return m_scale; }

    QPointF toScreen(QPointF plane) const;
    QPointF toPlane(QPointF screen) const;
    QPointF geoToScreen(GeoPoint p) const { return toScreen(MapProjection::toPlane(p)); }
    GeoPoint screenToGeo(QPointF screen) const { return MapProjection::toGeo(toPlane(screen)); }
    // Plane → screen as a painter transform.
    QTransform transform() const;
    // The plane rectangle on screen.
    QRectF visiblePlane() const;

    // Zooms by `factor`, keeping the plane point under `screen` where it is.
    void zoomAt(QPointF screen, double factor);
    void panBy(QPointF screenDelta);
    // Shows the whole plane rectangle with `marginPx` pixels around it.
    void fit(const QRectF &plane, double marginPx = 24);

    bool operator==(const MapViewport &) const = default;

private:
    QSizeF m_size{800, 600};
    QPointF m_centre;
    double m_scale = 2;
};

} // namespace dtr
