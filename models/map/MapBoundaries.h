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
        QRectF bounds;
        double areaKm2 = 0;
        QPointF labelAnchor; // inside the largest polygon, far from its edges
    };

    explicit MapBoundaries(const Geography &geography);
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
