#include "MapBoundaries.h"

#include "MapProjection.h"

#include <cmath>
#include <limits>

namespace dtr {

namespace {

double ringArea(const QPolygonF &ring)
{
    double twice = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twice += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return std::abs(twice) / 2;
}

double distanceToEdges(const QList<QPolygonF> &rings, QPointF p)
{
    double best = std::numeric_limits<double>::max();
    for (const QPolygonF &ring : rings)
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF a = ring[j] - p, d = ring[i] - ring[j];
            const double length2 = d.x() * d.x() + d.y() * d.y();
            const double t = length2 > 0 ? std::clamp(-(a.x() * d.x() + a.y() * d.y()) / length2, 0.0, 1.0) : 0.0;
            const QPointF c = a + t * d;
            best = std::min(best, c.x() * c.x() + c.y() * c.y());
        }
    return std::sqrt(best);
}

bool inside(const QList<QPolygonF> &rings, QPointF p)
{
    bool in = false;
    for (const QPolygonF &ring : rings)
        in ^= ring.containsPoint(p, Qt::OddEvenFill);
    return in;
}

// A point inside the polygon far from its edges: the best of a grid of candidates, refined
// once around the winner. Good enough for placing a name.
QPointF labelPoint(const QList<QPolygonF> &rings)
{
    const QRectF box = rings.first().boundingRect();
    QPointF best = box.center();
    double bestDistance = inside(rings, best) ? distanceToEdges(rings, best) : -1;
    double stepX = box.width() / 10, stepY = box.height() / 10;
    QPointF from = box.topLeft() + QPointF(stepX / 2, stepY / 2);
    for (int round = 0; round < 2; ++round) {
        for (int gx = 0; gx < 10; ++gx)
            for (int gy = 0; gy < 10; ++gy) {
                const QPointF c = from + QPointF(gx * stepX, gy * stepY);
                if (!inside(rings, c))
                    continue;
                const double d = distanceToEdges(rings, c);
                if (d > bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
        from = best - QPointF(stepX / 2, stepY / 2);
        stepX /= 10;
        stepY /= 10;
    }
    return best;
}

// Drops points closer than `km` to the last one kept (the ring stays closed and keeps >= 3 points).
QPolygonF thin(const QPolygonF &ring, double km)
{
    QPolygonF out;
    for (const QPointF &p : ring)
        if (out.isEmpty() || std::abs(p.x() - out.last().x()) + std::abs(p.y() - out.last().y()) >= km)
            out.append(p);
    return out.size() >= 3 ? out : ring;
}

// Sutherland–Hodgman against one side of a rectangle at a time.
QPolygonF clipRing(const QPolygonF &ring, const QRectF &r)
{
    QPolygonF out = ring;
    for (int side = 0; side < 4 && !out.isEmpty(); ++side) {
        const auto inside = [&](const QPointF &p) {
            switch (side) {
            case 0:
                return p.x() >= r.left();
            case 1:
                return p.x() <= r.right();
            case 2:
                return p.y() >= r.top();
            default:
                return p.y() <= r.bottom();
            }
        };
        const auto cross = [&](const QPointF &a, const QPointF &b) {
            double t = 0;
            switch (side) {
            case 0:
                t = (r.left() - a.x()) / (b.x() - a.x());
                break;
            case 1:
                t = (r.right() - a.x()) / (b.x() - a.x());
                break;
            case 2:
                t = (r.top() - a.y()) / (b.y() - a.y());
                break;
            default:
                t = (r.bottom() - a.y()) / (b.y() - a.y());
                break;
            }
            return a + t * (b - a);
        };
        const QPolygonF in = out;
        out.clear();
        for (qsizetype i = 0; i < in.size(); ++i) {
            const QPointF &cur = in[i], &prev = in[(i + in.size() - 1) % in.size()];
            if (inside(cur)) {
                if (!inside(prev))
                    out.append(cross(prev, cur));
                out.append(cur);
            } else if (inside(prev)) {
                out.append(cross(prev, cur));
            }
        }
    }
    return out;
}

} // namespace

QPainterPath MapBoundaries::pathFor(const Kommune &k, double pixelsPerKm, const QRectF &visible) const
{
    const double kmPerPixel = 1.5 / pixelsPerKm;
    for (qsizetype n = 0; n < k.thinned.size(); ++n)
        if (LevelKm[n] <= kmPerPixel)
            return k.thinned[n];
    if (std::max(k.bounds.width(), k.bounds.height()) * pixelsPerKm < 8000)
        return k.path;
    // Cut with a margin, so that the cut edges lie off screen.
    const QRectF cut =
        visible.adjusted(-visible.width() / 4, -visible.height() / 4, visible.width() / 4, visible.height() / 4);
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &ring : k.rings) {
        if (!ring.boundingRect().intersects(cut))
            continue;
        const QPolygonF part = clipRing(ring, cut);
        if (part.size() >= 3) {
            path.addPolygon(part);
            path.closeSubpath();
        }
    }
    return path;
}

MapBoundaries::MapBoundaries(const Geography &geography)
{
    for (const KommuneArea &area : geography.kommuner()) {
        Kommune k;
        k.kode = area.kode;
        k.navn = area.navn;
        k.path.setFillRule(Qt::OddEvenFill);
        double largest = -1;
        QList<QPolygonF> largestRings;
        for (const KommuneArea::Polygon &polygon : area.polygons) {
            QList<QPolygonF> rings;
            for (const KommuneArea::Ring &ring : polygon) {
                QPolygonF plane;
                plane.reserve(ring.size());
                for (const GeoPoint &p : ring)
                    plane.append(MapProjection::toPlane(p));
                k.path.addPolygon(plane);
                k.path.closeSubpath();
                rings.append(plane);
                k.rings.append(plane);
            }
            double a = ringArea(rings.first());
            for (qsizetype h = 1; h < rings.size(); ++h)
                a -= ringArea(rings[h]);
            k.areaKm2 += a;
            if (a > largest) {
                largest = a;
                largestRings = rings;
            }
        }
        k.bounds = k.path.boundingRect();
        for (double km : LevelKm) {
            QPainterPath thinned;
            thinned.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : std::as_const(k.rings)) {
                thinned.addPolygon(thin(ring, km));
                thinned.closeSubpath();
            }
            k.thinned.append(thinned);
        }
        k.labelAnchor = largestRings.isEmpty() ? k.bounds.center() : labelPoint(largestRings);
        m_bounds |= k.bounds;
        m_byKode.insert(k.kode, int(m_kommuner.size()));
        m_kommuner.append(std::move(k));
    }
}

const MapBoundaries &MapBoundaries::bundled()
{
    static const MapBoundaries boundaries(Geography::bundled());
    return boundaries;
}

const MapBoundaries::Kommune *MapBoundaries::kommune(int kode) const
{
    const auto it = m_byKode.constFind(kode);
    return it == m_byKode.cend() ? nullptr : &m_kommuner[*it];
}

} // namespace dtr
