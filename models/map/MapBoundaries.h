#pragma once

#include "geo/Geography.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

namespace dtr {

// The municipalities as the map draws them: each area as one painter path in plane kilometres
// (MapProjection), its bounds, its size, and a point well inside it for its name.
class MapBoundaries
{
public:
    struct Kommune
    {
        int kode = 0;
        QString navn;
        QPainterPath path;
        QList<QPolygonF> rings; // the same rings, for clipping
        // The path thinned to LevelKm[n] (n = 0 coarsest), for views where that is under 1.5 pixels.
        QList<QPainterPath> thinned;
        QRectF bounds;
        double areaKm2 = 0;
        QPointF labelAnchor; // inside the largest polygon, far from its edges
    };

    static constexpr double LevelKm[] = {2.0, 0.8, 0.4, 0.2, 0.1};

    explicit MapBoundaries(const Geography &geography);
    // The path to draw at `pixelsPerKm`: thinned to under a pixel, or, zoomed in so far that the
    // area would reach far off screen, cut to `visible` (painting engines choke on coordinates
    // far outside the device).
    QPainterPath pathFor(const Kommune &kommune, double pixelsPerKm, const QRectF &visible) const;
    // The bundled geography's, made on first use.
    static const MapBoundaries &bundled();

    const QList<Kommune> &kommuner() const { return m_kommuner; }
    const Kommune *kommune(int kode) const;
    QRectF bounds() const { return m_bounds; }

private:
    QList<Kommune> m_kommuner;
    QHash<int, int> m_byKode;
    QRectF m_bounds;
};

} // namespace dtr
