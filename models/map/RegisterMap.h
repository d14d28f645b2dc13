#pragma once

#include "geo/Geography.h"
#include "register/Field.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>

#include <functional>
#include <vector>

namespace dtr {

class ChangeSet;
class Overlay;
class Record;
class Validator;

// One anvisningsenhed or alternativ adresse at its coordinates, with what the map colours it by.
struct MapPoint
{
    QPointF plane; // MapProjection::toPlane(geo)
    GeoPoint geo;
    int record = -1; // overlay index
    Level level = Level::Anvisningsenhed;
    QString number;
    QString name;
    int kommune = 0;       // the address's kommunekode (0: none)
    int actualKommune = 0; // the kommune whose area holds the point (0: none); only when outside
    bool outside = false;  // farther than the border tolerance outside its own kommune's area
    bool active = true;
    bool visible = true; // shown: passes the tree's filters
    // What the steward is doing with it (see RegisterMap::Status).
    qint8 severity = -1; // worst Severity of its findings, -1 for none
    bool reviewed = false;
    quint8 changes = 0; // RegisterMap::Change flags
};

// The register's points for the map: every anvisningsenhed and alternativ adresse whose
// coordinates are numbers, in a uniform grid over the plane so that a view or a click touches
// only the cells it covers. Whether a point lies outside its kommune is checked once per
// position (the answer is kept until the coordinates or the kommune change).
class RegisterMap
{
public:
    enum Change { Added = 1, Changed = 2, Moved = 4, Closed = 8 }; // as RegisterTreeModel's flags
    struct Status
    {
        int severity = -1;
        bool reviewed = false;
        int changes = 0;
    };
    static constexpr double DefaultCellKm = 2;
    // A record's status as the tree shows it: worst finding, review mark ("level/key" in
    // `reviewed`), pending change. The pointers are read when the function is called.
    static std::function<Status(int record)> statusOf(const ChangeSet *changes, const Validator *validator,
                                                      const QSet<QString> *reviewed);

    // The bundled geography, taken when it is first needed (not when the map is made: the window
    // makes its map before the boundaries are parsed).
    RegisterMap() = default;
    explicit RegisterMap(const Geography &geography);

    // Reads the points again from the overlay (positions, kommune, active); status and
    // visibility are kept for records that stay.
    void rebuild(const Overlay &overlay);
    // The same for a few records that changed (an edit, an undo): the others are not read again.
    void update(const Overlay &overlay, const QSet<int> &records);
    void clear();
    // Sets every point's status (colours) and visibility (filters). Either function may be empty:
    // no status, everything visible.
    void refresh(const std::function<Status(int record)> &status, const std::function<bool(const MapPoint &)> &visible);

    const std::vector<MapPoint> &points() const { return m_points; }
    // The point of a record, or -1 when it has none (wrong level, no coordinates).
    int pointOf(int record) const { return m_byRecord.value(record, -1); }
    // Active records of the two levels without usable coordinates (they cannot be drawn).
    int withoutCoordinates() const { return m_withoutCoordinates; }

    // Visible points inside the plane rectangle, each once, in no particular order.
    std::vector<int> query(const QRectF &plane) const;
    template <typename Visit>
    void forEachIn(const QRectF &plane, Visit visit) const;
    // Visible points within `radiusKm` of the plane point, nearest first.
    std::vector<int> pick(QPointF plane, double radiusKm) const;
    // The plane rectangle around the visible points (with `andTheirKommuner`, around their
    // kommuner's areas too); null when nothing is visible.
    QRectF visibleBounds(bool andTheirKommuner = false) const;
    int visibleCount() const { return m_visibleCount; }
    const Geography &geography() const { return m_geography ? *m_geography : Geography::bundled(); }

private:
    enum class Read { Point, NoPoint, WithoutCoordinates };
    // Reads record i as a point, keeping what `before` (its point so far) knows.
    Read readPoint(const Overlay &overlay, int i, const MapPoint *before, MapPoint *out) const;
    void index();
    QRect cellsOf(const QRectF &plane) const;

    const Geography *m_geography = nullptr; // null: the bundled one
    std::vector<MapPoint> m_points;
    QHash<int, int> m_byRecord;
    int m_withoutCoordinates = 0;
    int m_visibleCount = 0;
    // The grid: cell (cx, cy) holds m_cellPoints[m_cellStart[c] .. m_cellStart[c + 1]).
    QRectF m_gridArea;
    double m_cellKm = DefaultCellKm;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<int> m_cellStart;
    std::vector<int> m_cellPoints;
};

template <typename Visit>
void RegisterMap::forEachIn(const QRectF &plane, Visit visit) const
{
    const QRect cells = cellsOf(plane);
    for (int cy = cells.top(); cy <= cells.bottom(); ++cy)
        for (int cx = cells.left(); cx <= cells.right(); ++cx) {
            const int c = cy * m_columns + cx;
            for (int n = m_cellStart[size_t(c)]; n < m_cellStart[size_t(c) + 1]; ++n) {
                const int p = m_cellPoints[size_t(n)];
                const MapPoint &point = m_points[size_t(p)];
                if (point.visible && plane.contains(point.plane))
                    visit(p);
            }
        }
}

} // namespace dtr
