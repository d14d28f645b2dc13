#include "MapWidget.h"

#include "changes/Overlay.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace dtr {

namespace {
constexpr double DragThreshold = 4; // px a press may move and still be a click
constexpr double CentreScale = 60;  // px/km: at least this close when centring on a record
constexpr int MaxListed = 12;       // points named in a tooltip or a pick menu
} // namespace

MapWidget::MapWidget(const RegisterMap &map, QWidget *parent)
    : QWidget(parent)
    , m_map(map)
    , m_renderer(MapBoundaries::bundled(), map)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Kort"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scene.legend = false; // shown beside the map (legendHtml); pictures of the map carry it
    m_viewport.setSize(size());
    m_viewport.fit(MapBoundaries::bundled().bounds());
}

void MapWidget::setColouring(MapColouring colouring)
{
    m_scene.colouring = colouring;
    update();
}

void MapWidget::setSelectedRecord(int record)
{
    if (m_scene.selectedRecord == record)
        return;
    m_scene.selectedRecord = record;
    update();
}

void MapWidget::setSelectedKommune(int kode)
{
    if (m_scene.selectedKommune == kode)
        return;
    m_scene.selectedKommune = kode;
    update();
}

void MapWidget::pointsChanged()
{
    update();
}

void MapWidget::viewChanged()
{
    m_showingAll = false;
    update();
}

void MapWidget::zoomToAll()
{
    const QRectF shown = m_map.visibleBounds(true);
    m_viewport.fit(shown.isNull() ? MapBoundaries::bundled().bounds() : shown);
    viewChanged();
    m_showingAll = true;
}

void MapWidget::zoomToKommune(int kode)
{
    const MapBoundaries::Kommune *k = MapBoundaries::bundled().kommune(kode);
    if (!k)
        return;
    m_viewport.fit(k->bounds);
    viewChanged();
}

bool MapWidget::isOnScreen(int record) const
{
    const int p = m_map.pointOf(record);
    return p >= 0 && m_viewport.visiblePlane().contains(m_map.points()[size_t(p)].plane);
}

bool MapWidget::centreOnRecord(int record)
{
    const int p = m_map.pointOf(record);
    if (p < 0 || !m_map.points()[size_t(p)].visible)
        return false;
    m_viewport.setCentre(m_map.points()[size_t(p)].plane);
    if (m_viewport.scale() < CentreScale)
        m_viewport.setScale(CentreScale);
    viewChanged();
    return true;
}

QImage MapWidget::image() const
{
    MapScene scene = m_scene;
    scene.legend = true;
    return m_renderer.render(m_viewport, scene, devicePixelRatioF());
}

QString MapWidget::legendHtml() const
{
    const auto chip = [](const QColor &colour, bool ring) {
        return QStringLiteral("<span style=\"color:%1; font-size:large\">%2</span>")
            .arg(colour.name(), ring ? QStringLiteral("\u25CB") : QStringLiteral("\u25CF"));
    };
    QStringList parts;
    for (const MapRenderer::LegendEntry &e : m_renderer.legend(m_scene.colouring))
        if (e.count > 0 || !e.closed)
            parts << QStringLiteral("%1&nbsp;%2").arg(chip(e.colour, e.closed), tr("%1 (%2)").arg(e.text).arg(e.count));
    parts << QStringLiteral("%1&nbsp;%2")
                 .arg(chip(MapRenderer::outsideColour(), true),
                      tr("Uden for sin kommune (%1)").arg(m_renderer.outsideCount()));
    return parts.join(QStringLiteral(" &nbsp; "));
}

bool MapWidget::saveImage(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image().save(&file, "PNG") || !file.commit()) {
        *error = tr("Kortet kan ikke gemmes i %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<int> MapWidget::recordsAt(QPointF position) const
{
    QList<int> out;
    for (int p : m_map.pick(m_viewport.toPlane(position), MapRenderer::PickRadius / m_viewport.scale()))
        out.append(m_map.points()[size_t(p)].record);
    return out;
}

QPointF MapWidget::positionOf(int record) const
{
    const int p = m_map.pointOf(record);
    return p < 0 ? QPointF(-1, -1) : m_viewport.toScreen(m_map.points()[size_t(p)].plane);
}

QString MapWidget::toolTipFor(const QList<int> &records) const
{
    if (!m_overlay || records.isEmpty())
        return {};
    QStringList parts;
    if (records.size() > 1)
        parts << tr("<b>%n poster her:</b>", nullptr, int(records.size()));
    for (qsizetype n = 0; n < records.size() && n < MaxListed; ++n) {
        const Record &r = m_overlay->record(records[n]);
        QString text =
            tr("<b>%1</b> %2<br>%3")
                .arg(r.nummer().toHtmlEscaped(), r.navn().toHtmlEscaped(), Address::of(r).oneLine().toHtmlEscaped());
        const int p = m_map.pointOf(records[n]);
        if (p >= 0 && m_map.points()[size_t(p)].outside) {
            const MapPoint &point = m_map.points()[size_t(p)];
            const auto *home = MapBoundaries::bundled().kommune(point.kommune);
            const auto *actual = MapBoundaries::bundled().kommune(point.actualKommune);
            text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                        .arg(MapRenderer::outsideColour().name(),
                             actual ? tr("Ligger i %1, ikke i %2").arg(actual->navn, home ? home->navn : QString())
                                    : tr("Ligger uden for %1").arg(home ? home->navn : QString()));
        }
        parts << text;
    }
    if (records.size() > MaxListed)
        parts << tr("… og %n flere", nullptr, int(records.size() - MaxListed));
    return parts.join(QStringLiteral("<br>"));
}

bool MapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipFor(recordsAt(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void MapWidget::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    const qreal dpr = devicePixelRatioF();
    if (m_background.isNull() || !(m_backgroundView == m_viewport) || m_backgroundKommune != m_scene.selectedKommune ||
        m_background.devicePixelRatioF() != dpr) {
        m_background = QPixmap((QSizeF(size()) * dpr).toSize());
        m_background.setDevicePixelRatio(dpr);
        QPainter p(&m_background);
        m_renderer.paintBackground(p, m_viewport, m_scene);
        m_backgroundView = m_viewport;
        m_backgroundKommune = m_scene.selectedKommune;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_background);
    m_renderer.paintForeground(painter, m_viewport, m_scene);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
}

void MapWidget::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    if (m_showingAll)
        zoomToAll(); // still everything, at the new size
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressAt = m_lastDrag = event->position();
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    if (!m_dragging && (event->position() - m_pressAt).manhattanLength() > DragThreshold) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_viewport.panBy(event->position() - m_lastDrag);
        m_lastDrag = event->position();
        viewChanged();
    }
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    pickAt(event->position(), event->globalPosition().toPoint());
}

void MapWidget::pickAt(QPointF position, QPoint global)
{
    const QList<int> records = recordsAt(position);
    if (records.isEmpty())
        return;
    if (records.size() == 1) {
        emit recordClicked(records.first());
        return;
    }
    // Several points at one spot: the steward chooses.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("mapPickMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (qsizetype n = 0; n < records.size() && n < MaxListed * 2; ++n) {
        const int record = records[n];
        const Record &r = m_overlay->record(record);
        menu->addAction(tr("%1 %2 – %3").arg(r.nummer(), r.navn(), Address::of(r).oneLine()), this,
                        [this, record] { emit recordClicked(record); });
    }
    menu->popup(global);
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_viewport.zoomAt(event->position(), std::pow(1.25, steps));
    viewChanged();
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    const double step = std::min(width(), height()) / 6.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_viewport.zoomAt(middle, 1.5);
        break;
    case Qt::Key_Minus:
        m_viewport.zoomAt(middle, 1 / 1.5);
        break;
    case Qt::Key_Left:
        m_viewport.panBy({step, 0});
        break;
    case Qt::Key_Right:
        m_viewport.panBy({-step, 0});
        break;
    case Qt::Key_Up:
        m_viewport.panBy({0, step});
        break;
    case Qt::Key_Down:
        m_viewport.panBy({0, -step});
        break;
    case Qt::Key_Home:
        zoomToAll();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_scene.selectedRecord >= 0)
            centreOnRecord(m_scene.selectedRecord);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    viewChanged();
}

} // namespace dtr
