#include "MapRenderer.h"

#include "validation/Finding.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::MapRenderer", text);
}

const QColor Sea(0xdd, 0xe8, 0xf0);
const QColor Land(0xf6, 0xf4, 0xee);
const QColor SelectedLand(0xff, 0xf1, 0xc2);
const QColor Border(0x9a, 0x9a, 0x9a);
const QColor ClosedGrey(0xa0, 0xa0, 0xa0);

// The colours of each colouring, most urgent first (as legend() lists them); the last entry of
// every colouring is "Nedlagt" for closed records shown because the tree shows closed ones.
const QList<QColor> &palette(MapColouring colouring)
{
    static const QList<QColor> findings{QColor(0xd6, 0x28, 0x28), QColor(0xf0, 0x8c, 0x00), QColor(0x2f, 0x7f, 0xd1),
                                        QColor(0x3a, 0x9a, 0x48), ClosedGrey};
    static const QList<QColor> review{QColor(0xf0, 0x8c, 0x00), QColor(0x3a, 0x9a, 0x48), ClosedGrey};
    static const QList<QColor> changes{QColor(0xd6, 0x28, 0x28), QColor(0x2e, 0x9d, 0x3a), QColor(0x7b, 0x3f, 0xc4),
                                       QColor(0x2f, 0x7f, 0xd1), QColor(0x9a, 0xa0, 0xa6), ClosedGrey};
    switch (colouring) {
    case MapColouring::Review:
        return review;
    case MapColouring::Changes:
        return changes;
    case MapColouring::Findings:
        break;
    }
    return findings;
}

QStringList labels(MapColouring colouring)
{
    switch (colouring) {
    case MapColouring::Review:
        return {tr("Ikke gennemgået"), tr("Gennemgået"), tr("Nedlagt")};
    case MapColouring::Changes:
        return {tr("Lukkes"), tr("Ny"), tr("Flyttet"), tr("Ændret"), tr("Uændret"), tr("Nedlagt")};
    case MapColouring::Findings:
        break;
    }
    return {severityLabel(Severity::Error), severityLabel(Severity::Warning), severityLabel(Severity::Info),
            tr("Ingen fund"), tr("Nedlagt")};
}

// Names placed so far; a new one is placed only where it overlaps none.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &screen)
        : m_screen(screen)
    {}
    bool place(const QRectF &rect)
    {
        if (!m_screen.contains(rect))
            return false;
        for (const QRectF &r : m_placed)
            if (r.intersects(rect))
                return false;
        m_placed.append(rect);
        return true;
    }
    void reserve(const QRectF &rect) { m_placed.append(rect); }

private:
    QRectF m_screen;
    QList<QRectF> m_placed;
};

// The part of a line inside a rectangle (Liang–Barsky); false when none is. A dashed line is
// drawn dash by dash, so one reaching far off screen must be cut to what shows.
bool clipLine(QLineF *line, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = line->dx(), dy = line->dy();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {line->x1() - rect.left(), rect.right() - line->x1(), line->y1() - rect.top(),
                        rect.bottom() - line->y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a = line->p1();
    *line = QLineF(a + t0 * QPointF(dx, dy), a + t1 * QPointF(dx, dy));
    return true;
}

void drawHaloText(QPainter &painter, const QRectF &rect, const QString &text, const QColor &colour)
{
    painter.setPen(QColor(255, 255, 255, 220));
    for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
        painter.drawText(rect.translated(d), Qt::AlignCenter, text);
    painter.setPen(colour);
    painter.drawText(rect, Qt::AlignCenter, text);
}

// Tries the four sides of a point for its name.
bool placeBeside(LabelPlacer &placer, QPointF at, const QSizeF &size, double gap, QRectF *out)
{
    const QRectF candidates[] = {
        QRectF(QPointF(at.x() + gap, at.y() - size.height() / 2), size),
        QRectF(QPointF(at.x() - gap - size.width(), at.y() - size.height() / 2), size),
        QRectF(QPointF(at.x() - size.width() / 2, at.y() - gap - size.height()), size),
        QRectF(QPointF(at.x() - size.width() / 2, at.y() + gap), size),
    };
    for (const QRectF &c : candidates)
        if (placer.place(c)) {
            *out = c;
            return true;
        }
    return false;
}

constexpr size_t ManyTies = 150;     // more lines than this are drawn plain
constexpr int MaxOutsideLabels = 80; // names tried for units outside their kommune

} // namespace

MapRenderer::MapRenderer(const MapBoundaries &boundaries, const RegisterMap &map)
    : m_boundaries(boundaries)
    , m_map(map)
{}

QString MapRenderer::colouringLabel(MapColouring colouring)
{
    switch (colouring) {
    case MapColouring::Review:
        return tr("Gennemgang");
    case MapColouring::Changes:
        return tr("Ventende ændringer");
    case MapColouring::Findings:
        break;
    }
    return tr("Værste fund");
}

int MapRenderer::classOf(const MapPoint &p, MapColouring colouring)
{
    const int closed = int(palette(colouring).size()) - 1;
    switch (colouring) {
    case MapColouring::Review:
        return !p.active ? closed : p.reviewed ? 1 : 0;
    case MapColouring::Changes:
        if (p.changes & RegisterMap::Closed)
            return 0;
        if (!p.active)
            return closed;
        return p.changes & RegisterMap::Added ? 1 : p.changes & RegisterMap::Moved ? 2 : p.changes ? 3 : 4;
    case MapColouring::Findings:
        break;
    }
    if (!p.active)
        return closed;
    return p.severity >= 0 && p.severity <= 2 ? p.severity : 3;
}

QColor MapRenderer::colourOf(const MapPoint &p, MapColouring colouring)
{
    return palette(colouring)[classOf(p, colouring)];
}

QColor MapRenderer::outsideColour()
{
    return QColor(0xc2, 0x18, 0x9b);
}

QList<MapRenderer::LegendEntry> MapRenderer::legend(MapColouring colouring) const
{
    const QList<QColor> &colours = palette(colouring);
    const QStringList texts = labels(colouring);
    QList<LegendEntry> out;
    for (qsizetype n = 0; n < colours.size(); ++n)
        out.append({colours[n], texts[n], 0, n == colours.size() - 1});
    for (const MapPoint &p : m_map.points())
        if (p.visible)
            ++out[classOf(p, colouring)].count;
    return out;
}

int MapRenderer::outsideCount() const
{
    int outside = 0;
    for (const MapPoint &p : m_map.points())
        outside += p.visible && p.outside;
    return outside;
}

const QImage &MapRenderer::stamp(const QColor &colour, bool hollow, qreal dpr) const
{
    const QString key = QStringLiteral("%1/%2/%3").arg(colour.rgba()).arg(hollow).arg(dpr);
    auto it = m_stamps.find(key);
    if (it != m_stamps.end())
        return *it;
    const double side = 2 * PointRadius + 3;
    QImage image(int(std::ceil(side * dpr)), int(std::ceil(side * dpr)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(hollow ? colour : colour.darker(160), hollow ? 1.6 : 1));
    p.setBrush(hollow ? QBrush(Qt::white) : QBrush(colour));
    p.drawEllipse(QPointF(side / 2, side / 2), PointRadius, PointRadius);
    p.end();
    return *m_stamps.insert(key, image);
}

void MapRenderer::paintBackground(QPainter &painter, const MapViewport &viewport, const MapScene &scene) const
{
    const QRectF screen(QPointF(0, 0), viewport.size());
    painter.fillRect(screen, Sea);
    const QRectF visible = viewport.visiblePlane();
    painter.save();
    painter.setTransform(viewport.transform(), true);
    // Areas filled without antialiasing (cheap), then their borders drawn smooth over the edges.
    QList<QPainterPath> paths;
    const MapBoundaries::Kommune *selected = nullptr;
    painter.setPen(Qt::NoPen);
    for (const MapBoundaries::Kommune &k : m_boundaries.kommuner()) {
        if (!k.bounds.intersects(visible))
            continue;
        paths.append(m_boundaries.pathFor(k, viewport.scale(), visible));
        painter.setBrush(k.kode == scene.selectedKommune ? SelectedLand : Land);
        painter.drawPath(paths.last());
        if (k.kode == scene.selectedKommune)
            selected = &k;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QPen border(Border, 0.8);
    border.setCosmetic(true);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    for (const QPainterPath &path : std::as_const(paths))
        painter.drawPath(path);
    if (selected) {
        QPen outline(QColor(0xb0, 0x80, 0x00), 2);
        outline.setCosmetic(true);
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(m_boundaries.pathFor(*selected, viewport.scale(), visible));
    }
    painter.restore();
}

MapRenderer::Stats MapRenderer::paintForeground(QPainter &painter, const MapViewport &viewport,
                                                const MapScene &scene) const
{
    Stats stats;
    const QRectF screen(QPointF(0, 0), viewport.size());
    const double scale = viewport.scale();
    const double marginKm = (PointRadius + 2) / scale;
    const QRectF visible = viewport.visiblePlane().adjusted(-marginKm, -marginKm, marginKm, marginKm);
    const std::vector<MapPoint> &points = m_map.points();
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1;

    // One point per cell of a few pixels, the most urgent class winning (zoomed out, points
    // closer than their radius hide each other anyway).
    const double CellPx = scale < UnitLabelScale ? PointRadius : 2;
    const int columns = int(std::ceil(screen.width() / CellPx)) + 8;
    const int rows = int(std::ceil(screen.height() / CellPx)) + 8;
    m_cellBest.assign(size_t(columns) * size_t(rows), -1);
    std::vector<int> used;
    m_map.forEachIn(visible, [&](int n) {
        ++stats.pointsConsidered;
        const QPointF s = viewport.toScreen(points[size_t(n)].plane);
        const int cx = std::clamp(int(s.x() / CellPx) + 4, 0, columns - 1);
        const int cy = std::clamp(int(s.y() / CellPx) + 4, 0, rows - 1);
        int &best = m_cellBest[size_t(cy) * size_t(columns) + size_t(cx)];
        if (best < 0) {
            used.push_back(cy * columns + cx);
            best = n;
        } else if (classOf(points[size_t(n)], scene.colouring) < classOf(points[size_t(best)], scene.colouring)) {
            best = n;
        }
    });
    const QList<QColor> &colours = palette(scene.colouring);
    std::vector<std::vector<int>> byClass(size_t(colours.size()));
    for (int c : used)
        byClass[size_t(classOf(points[size_t(m_cellBest[size_t(c)])], scene.colouring))].push_back(
            m_cellBest[size_t(c)]);

    // Lines from units outside their kommune to it, under the points: dashed and smooth while
    // they are few enough to follow one by one, thin and plain when there are many.
    std::vector<QLineF> ties;
    std::vector<int> outside; // those on screen
    const QRectF around = screen.adjusted(-20, -20, 20, 20);
    for (size_t n = 0; n < points.size(); ++n) {
        const MapPoint &p = points[n];
        if (!p.visible || !p.outside)
            continue;
        const QPointF at = viewport.toScreen(p.plane);
        if (around.contains(at))
            outside.push_back(int(n));
        if (const MapBoundaries::Kommune *home = m_boundaries.kommune(p.kommune)) {
            QLineF tie(at, viewport.toScreen(home->labelAnchor));
            if (clipLine(&tie, around))
                ties.push_back(tie);
        }
    }
    painter.save();
    if (ties.size() <= ManyTies) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(outsideColour(), 1.3, Qt::DashLine));
    } else {
        QColor faint = outsideColour();
        faint.setAlpha(110);
        painter.setPen(QPen(faint, 0));
    }
    painter.drawLines(ties.data(), int(ties.size()));
    painter.restore();

    // Least urgent first, so the urgent ones lie on top.
    const double half = PointRadius + 1.5;
    for (qsizetype c = colours.size() - 1; c >= 0; --c) {
        const QImage &image = stamp(colours[c], c == colours.size() - 1, dpr);
        for (int n : byClass[size_t(c)]) {
            const QPointF s = viewport.toScreen(points[size_t(n)].plane);
            painter.drawImage(QPointF(s.x() - half, s.y() - half), image);
            ++stats.pointsDrawn;
        }
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Outside their kommune: a thick ring that no colouring uses.
    for (int n : outside) {
        const QPointF s = viewport.toScreen(points[size_t(n)].plane);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 5));
        painter.drawEllipse(s, PointRadius + 5, PointRadius + 5);
        painter.setPen(QPen(outsideColour(), 3));
        painter.drawEllipse(s, PointRadius + 5, PointRadius + 5);
    }
    // The selection: a black-and-white double ring with a tick on each side.
    const int selected = m_map.pointOf(scene.selectedRecord);
    QPointF selectedAt;
    if (selected >= 0 && points[size_t(selected)].visible) {
        selectedAt = viewport.toScreen(points[size_t(selected)].plane);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 5));
        painter.drawEllipse(selectedAt, PointRadius + 9, PointRadius + 9);
        painter.setPen(QPen(Qt::black, 2.2));
        painter.drawEllipse(selectedAt, PointRadius + 9, PointRadius + 9);
        const double r = PointRadius + 9;
        for (const QPointF d : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)})
            painter.drawLine(selectedAt + d * r, selectedAt + d * (r + 6));
    }
    painter.restore();

    // Names: the selected unit's and those outside their kommune first, then kommuner (zoomed
    // out) or units (zoomed in); none overlaps another, none leaves the picture.
    LabelPlacer placer(screen.adjusted(2, 2, -2, -2));
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    QFont bold = font;
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold, painter.device());
    const QFontMetricsF metrics(font, painter.device());
    const auto nameOf = [](const QString &text) { return text.size() > 34 ? text.left(32) + QChar(0x2026) : text; };
    const auto labelPoint = [&](int n, const QString &text, const QFontMetricsF &m, const QColor &colour) {
        const QPointF s = viewport.toScreen(points[size_t(n)].plane);
        const QSizeF size(m.horizontalAdvance(text) + 6, m.height() + 2);
        QRectF rect;
        if (placeBeside(placer, s, size, PointRadius + 10, &rect)) {
            paintLabel(painter, rect, text, colour);
            ++stats.labels;
            stats.labelRects.append(rect);
        }
    };
    if (selected >= 0 && points[size_t(selected)].visible) {
        placer.reserve(QRectF(selectedAt - QPointF(PointRadius + 9, PointRadius + 9),
                              QSizeF(2 * (PointRadius + 9), 2 * (PointRadius + 9))));
        if (!points[size_t(selected)].outside)
            labelPoint(selected, nameOf(points[size_t(selected)].name), boldMetrics, Qt::black);
    }
    int outsideLabels = 0;
    for (int n : outside) {
        if (++outsideLabels > MaxOutsideLabels)
            break;
        const MapPoint &p = points[size_t(n)];
        const MapBoundaries::Kommune *home = m_boundaries.kommune(p.kommune);
        const MapBoundaries::Kommune *actual = m_boundaries.kommune(p.actualKommune);
        QString text =
            home ? tr("%1 uden for %2").arg(p.number, home->navn) : tr("%1 uden for sin kommune").arg(p.number);
        if (actual)
            text = tr("%1 – ligger i %2").arg(text, actual->navn);
        if (screen.contains(viewport.toScreen(p.plane)))
            labelPoint(n, text, boldMetrics, outsideColour().darker(130));
    }
    painter.setFont(font);
    if (scale < UnitLabelScale) {
        // Kommuner, the tinted one first, then by size.
        QList<const MapBoundaries::Kommune *> order;
        for (const MapBoundaries::Kommune &k : m_boundaries.kommuner())
            if (k.bounds.intersects(visible))
                order.append(&k);
        std::sort(order.begin(), order.end(), [&scene](const auto *a, const auto *b) {
            if ((a->kode == scene.selectedKommune) != (b->kode == scene.selectedKommune))
                return a->kode == scene.selectedKommune;
            return a->areaKm2 > b->areaKm2;
        });
        for (const MapBoundaries::Kommune *k : order) {
            const QPointF at = viewport.toScreen(k->labelAnchor);
            const QSizeF size(metrics.horizontalAdvance(k->navn) + 6, metrics.height() + 2);
            const QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
            if (placer.place(rect)) {
                paintLabel(painter, rect, k->navn, QColor(0x55, 0x55, 0x55));
                ++stats.labels;
                stats.labelRects.append(rect);
            }
        }
    } else {
        // Units, the most urgent first, as many as fit.
        std::vector<int> order;
        for (qsizetype c = 0; c < colours.size(); ++c)
            for (int n : byClass[size_t(c)])
                if (screen.contains(viewport.toScreen(points[size_t(n)].plane)))
                    order.push_back(n);
        if (order.size() > 600)
            order.resize(600);
        for (int n : order)
            if (!points[size_t(n)].outside && n != selected)
                labelPoint(n, nameOf(points[size_t(n)].name), metrics, QColor(0x20, 0x20, 0x20));
    }
    painter.restore();

    if (scene.legend)
        paintLegend(painter, viewport, scene);
    paintScaleAndAttribution(painter, viewport);
    return stats;
}

void MapRenderer::paintLabel(QPainter &painter, const QRectF &rect, const QString &text, const QColor &colour) const
{
    // A name with its halo is five texts: drawn once into an image and kept.
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1;
    const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                            .arg(painter.font().key())
                            .arg(colour.rgba())
                            .arg(dpr)
                            .arg(rect.width())
                            .arg(text);
    auto it = m_labels.find(key);
    if (it == m_labels.end()) {
        if (m_labels.size() > 5000)
            m_labels.clear();
        QImage image((rect.size() * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setFont(painter.font());
        drawHaloText(p, QRectF(QPointF(0, 0), rect.size()), text, colour);
        p.end();
        it = m_labels.insert(key, image);
    }
    painter.drawImage(rect.topLeft(), *it);
}

void MapRenderer::paintLegend(QPainter &painter, const MapViewport &viewport, const MapScene &scene) const
{
    const QList<LegendEntry> entries = legend(scene.colouring);
    const int outside = outsideCount();
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font, painter.device());
    const double line = metrics.height() + 3;
    QStringList texts;
    for (const LegendEntry &e : entries)
        if (e.count > 0 || !e.closed)
            texts << QStringLiteral("%1 (%2)").arg(e.text).arg(e.count);
    const QString outsideText = tr("Uden for sin kommune (%1)").arg(outside);
    const QString heading = scene.title.isEmpty() ? colouringLabel(scene.colouring)
                                                  : tr("%1 – %2").arg(scene.title, colouringLabel(scene.colouring));
    double width = QFontMetricsF(bold, painter.device()).horizontalAdvance(heading);
    for (const QString &t : texts + QStringList{outsideText})
        width = std::max(width, metrics.horizontalAdvance(t) + 22);
    const double height = line * double(texts.size() + 2) + 8;
    const QRectF box(8, viewport.size().height() - height - 8, width + 16, height);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0xb0, 0xb0, 0xb0));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(bold);
    painter.setPen(Qt::black);
    double y = box.top() + 4;
    painter.drawText(QRectF(box.left() + 8, y, width, line), Qt::AlignVCenter | Qt::AlignLeft, heading);
    painter.setFont(font);
    y += line;
    int row = 0;
    for (const LegendEntry &e : entries) {
        if (e.count == 0 && e.closed)
            continue;
        const QPointF chip(box.left() + 8 + PointRadius + 1, y + line / 2);
        painter.setPen(
            QPen(e.colour == ClosedGrey ? e.colour : e.colour.darker(160), e.colour == ClosedGrey ? 1.6 : 1));
        painter.setBrush(e.closed ? QBrush(Qt::white) : QBrush(e.colour));
        painter.drawEllipse(chip, PointRadius, PointRadius);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left() + 26, y, width, line), Qt::AlignVCenter | Qt::AlignLeft, texts[row++]);
        y += line;
    }
    const QPointF chip(box.left() + 8 + PointRadius + 1, y + line / 2);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(outsideColour(), 2.2));
    painter.drawEllipse(chip, PointRadius + 2, PointRadius + 2);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(box.left() + 26, y, width, line), Qt::AlignVCenter | Qt::AlignLeft, outsideText);
    painter.restore();
}

void MapRenderer::paintScaleAndAttribution(QPainter &painter, const MapViewport &viewport) const
{
    QFont font = painter.font();
    font.setPointSizeF(7);
    const QFontMetricsF metrics(font, painter.device());
    const QSizeF size = viewport.size();
    painter.save();
    painter.setFont(font);
    QString attribution = tr("Kommunegrænser: DAGI, Styrelsen for Dataforsyning og Infrastruktur");
    if (metrics.horizontalAdvance(attribution) > size.width() * 0.8)
        attribution = tr("DAGI, Styrelsen for Dataforsyning og Infrastruktur");
    if (metrics.horizontalAdvance(attribution) > size.width() * 0.8)
        attribution = tr("DAGI/SDFI");
    const double w = metrics.horizontalAdvance(attribution) + 8;
    const QRectF credit(size.width() - w - 4, size.height() - metrics.height() - 4, w, metrics.height() + 2);
    painter.fillRect(credit, QColor(255, 255, 255, 190));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(credit, Qt::AlignCenter, attribution);

    // A scale bar of a round length near 100 px.
    const double km = 100 / viewport.scale();
    const double magnitude = std::pow(10, std::floor(std::log10(km)));
    double length = magnitude;
    for (double step : {2.0, 5.0, 10.0})
        if (magnitude * step <= km)
            length = magnitude * step;
    const double px = length * viewport.scale();
    const QString text = length >= 1 ? tr("%1 km").arg(length) : tr("%1 m").arg(length * 1000);
    const double y = credit.top() - 6;
    const double x = size.width() - px - 12;
    painter.setPen(QPen(Qt::black, 1.5));
    painter.drawLine(QPointF(x, y), QPointF(x + px, y));
    painter.drawLine(QPointF(x, y - 4), QPointF(x, y));
    painter.drawLine(QPointF(x + px, y - 4), QPointF(x + px, y));
    painter.drawText(QRectF(x, y - 4 - metrics.height(), px, metrics.height()), Qt::AlignCenter, text);
    painter.restore();
}

MapRenderer::Stats MapRenderer::paint(QPainter &painter, const MapViewport &viewport, const MapScene &scene) const
{
    paintBackground(painter, viewport, scene);
    return paintForeground(painter, viewport, scene);
}

QImage MapRenderer::render(const MapViewport &viewport, const MapScene &scene, qreal devicePixelRatio) const
{
    QImage image((viewport.size() * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Sea);
    QPainter painter(&image);
    paint(painter, viewport, scene);
    painter.end();
    return image;
}

} // namespace dtr
