#pragma once

#include "MapBoundaries.h"
#include "MapProjection.h"
#include "RegisterMap.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>

class QPainter;

namespace dtr {

// What the points are coloured by: the worst finding, the review state, the pending change.
enum class MapColouring { Findings, Review, Changes };

// What a picture of the map shows besides the data.
struct MapScene
{
    MapColouring colouring = MapColouring::Findings;
    int selectedRecord = -1;
    int selectedKommune = 0; // its area is tinted
    bool legend = true;
    QString title; // drawn above the legend when set (the report's)
};

// Paints the map with a QPainter (a widget, an image, a PDF): municipality areas, the points
// coloured by one MapColouring with a legend, units outside their own kommune ringed and tied
// by a thin line to it, the selection, and names that never overlap (kommuner when zoomed out,
// units when zoomed in). Only what the viewport shows is touched; points that would land on the
// same two pixels are drawn once (the most urgent colour wins), so a frame costs what the screen
// holds, not what the register holds.
class MapRenderer
{
public:
    static constexpr double UnitLabelScale = 40; // px/km from which units are named
    static constexpr double PointRadius = 4;     // px
    static constexpr double PickRadius = 7;      // px: a click this near a point hits it

    struct LegendEntry
    {
        QColor colour;
        QString text;
        int count = 0;
        bool closed = false; // "Nedlagt": listed only when some are shown
    };
    struct Stats
    {
        int pointsConsidered = 0;
        int pointsDrawn = 0;
        int labels = 0;
        QList<QRectF> labelRects; // where the names went (none overlaps another)
    };

    MapRenderer(const MapBoundaries &boundaries, const RegisterMap &map);

    // The areas (fills and borders): what changes only with the viewport.
    void paintBackground(QPainter &painter, const MapViewport &viewport, const MapScene &scene) const;
    // Points, marks, names, legend and attribution, over the background.
    Stats paintForeground(QPainter &painter, const MapViewport &viewport, const MapScene &scene) const;
    Stats paint(QPainter &painter, const MapViewport &viewport, const MapScene &scene) const;
    QImage render(const MapViewport &viewport, const MapScene &scene, qreal devicePixelRatio = 1) const;

    // The legend of a colouring, most urgent first, with the visible points of each kind.
    QList<LegendEntry> legend(MapColouring colouring) const;
    // Visible points outside their own kommune.
    int outsideCount() const;
    static QString colouringLabel(MapColouring colouring);
    // Which legend entry a point belongs to.
    static int classOf(const MapPoint &point, MapColouring colouring);
    static QColor colourOf(const MapPoint &point, MapColouring colouring);
    static QColor outsideColour();

private:
    const QImage &stamp(const QColor &colour, bool hollow, qreal dpr) const;
    void paintLabel(QPainter &painter, const QRectF &rect, const QString &text, const QColor &colour) const;
    void paintLegend(QPainter &painter, const MapViewport &viewport, const MapScene &scene) const;
    void paintScaleAndAttribution(QPainter &painter, const MapViewport &viewport) const;

    const MapBoundaries &m_boundaries;
    const RegisterMap &m_map;
    mutable QHash<QString, QImage> m_stamps;
    mutable QHash<QString, QImage> m_labels; // names with their halo, ready to draw
    mutable std::vector<int> m_cellBest;     // per 2×2-pixel cell: the point drawn there, -1 for none
};

} // namespace dtr
