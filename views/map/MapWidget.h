#pragma once

#include "map/MapRenderer.h"

#include <QPixmap>
#include <QWidget>

namespace dtr {

class Overlay;

// The map, painted: municipality areas and the register's points (RegisterMap), zoomed with the
// wheel or +/−, panned by dragging or with the arrow keys. A click on a point reports its record;
// on several points at one spot it lists them to choose from. Hovering shows number, name and
// address. The areas are painted once per view and kept; a frame then paints only the points
// the view shows.
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MapWidget(const RegisterMap &map, QWidget *parent = nullptr);

    // Where the tooltips read names and addresses (not owned; null when nothing is open).
    void setOverlay(const Overlay *overlay) { m_overlay = overlay; }

    const MapViewport &viewport() const { return m_viewport; }
    const MapScene &scene() const { return m_scene; }
    void setColouring(MapColouring colouring);
    void setSelectedRecord(int record);
    void setSelectedKommune(int kode);

    // Shows everything the filters let through (with their kommuner); the country when nothing.
    void zoomToAll();
    void zoomToKommune(int kode);
    // Moves the view to the record's point (zooming in when far out); false if it has none shown.
    bool centreOnRecord(int record);
    // Whether the record's point is within the view.
    bool isOnScreen(int record) const;
    // The legend as one line of rich text (the dock shows it under the map, where it hides nothing).
    QString legendHtml() const;
    // The map as a picture, legend included; saved atomically.
    QImage image() const;
    bool saveImage(const QString &path, QString *error) const;

    // The records of the points within reach of a widget position, nearest first.
    QList<int> recordsAt(QPointF position) const;
    QPointF positionOf(int record) const;
    QString toolTipFor(const QList<int> &records) const;
    double lastPaintMs() const { return m_lastPaintMs; }

    // The points or their status changed: paint again.
    void pointsChanged();

signals:
    void recordClicked(int record);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void viewChanged();
    void pickAt(QPointF position, QPoint global);

    const RegisterMap &m_map;
    MapRenderer m_renderer;
    MapViewport m_viewport;
    MapScene m_scene;
    const Overlay *m_overlay = nullptr;
    // The areas as last painted, and for which view.
    QPixmap m_background;
    MapViewport m_backgroundView;
    int m_backgroundKommune = -1;
    QPointF m_pressAt;
    QPointF m_lastDrag;
    bool m_dragging = false;
    bool m_pressed = false;
    double m_lastPaintMs = 0;
    bool m_showingAll = false; // fitted by zoomToAll() and not moved since
};

} // namespace dtr
