#include "ReportPages.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace dtr {

namespace {

constexpr qreal BodyPoints = 8;
constexpr qreal PaddingPoints = 2.5;

// Wraps text into a width (at word boundaries, inside a word only when it is wider than the
// width), draws it at `at` when a painter is given, and returns its height.
qreal wrappedText(const QString &text, const QFont &font, qreal width, QPaintDevice *device, QPainter *painter,
                  QPointF at)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(shown, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, at);
    return height;
}

} // namespace

ReportPages::ReportPages(QString footer)
    : m_footer(std::move(footer))
{}

void ReportPages::heading(const QString &text, qreal pointSize)
{
    m_blocks.append({Block::Heading, text, pointSize, {}, {}, {}, {}});
}

void ReportPages::paragraph(const QString &text)
{
    m_blocks.append({Block::Paragraph, text, BodyPoints, {}, {}, {}, {}});
}

void ReportPages::table(const QList<Column> &columns, const QList<QStringList> &rows)
{
    m_blocks.append({Block::Table, {}, BodyPoints, columns, rows, {}, {}});
}

void ReportPages::imagePage(const QString &heading, const QString &caption, const QImage &image)
{
    m_blocks.append({Block::Image, heading, 11, {}, {}, image, caption});
}

int ReportPages::print(QPagedPaintDevice &device) const
{
    const int pages = layOut(device, nullptr, 0);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    layOut(device, &painter, pages);
    return pages;
}

int ReportPages::layOut(QPagedPaintDevice &device, QPainter *painter, int pageCount) const
{
    const qreal unit = device.logicalDpiY() / 72.0; // device pixels per point
    const qreal width = device.width();
    const qreal padding = PaddingPoints * unit;
    QFont body;
    body.setPointSizeF(BodyPoints);
    QFont bold = body;
    bold.setBold(true);
    const qreal footerHeight = wrappedText(QStringLiteral("X"), body, width, &device, nullptr, {}) + 4 * unit;
    const qreal bottom = device.height() - footerHeight;
    m_pageBottom = bottom;
    if (painter) {
        m_placed.clear();
        m_imagePages.clear();
    }

    int page = 1;
    qreal y = 0;
    const auto footer = [&] {
        if (!painter)
            return;
        painter->setPen(Qt::darkGray);
        const QString text = QCoreApplication::translate("dtr::SignOffReport", "%1 · Side %2 af %3")
                                 .arg(m_footer)
                                 .arg(page)
                                 .arg(pageCount);
        wrappedText(text, body, width, &device, painter, QPointF(0, bottom + 4 * unit));
        painter->setPen(Qt::black);
    };
    const auto newPage = [&] {
        footer();
        if (painter)
            device.newPage();
        ++page;
        y = 0;
    };

    for (const Block &block : m_blocks) {
        if (block.kind == Block::Image) {
            if (y > 0)
                newPage();
            QFont font = bold;
            font.setPointSizeF(block.pointSize);
            const qreal headingHeight = wrappedText(block.text, font, width, &device, painter, QPointF(0, 0));
            y = headingHeight + 3 * unit;
            y += wrappedText(block.caption, body, width, &device, painter, QPointF(0, y)) + 4 * unit;
            if (!block.image.isNull()) {
                QSizeF size = block.image.size();
                size.scale(width, bottom - y, Qt::KeepAspectRatio);
                if (painter) {
                    painter->drawImage(QRectF(QPointF(0, y), size), block.image);
                    m_imagePages.append(page);
                }
                y += size.height() + 4 * unit;
            }
            continue;
        }
        if (block.kind != Block::Table) {
            QFont font = block.kind == Block::Heading ? bold : body;
            font.setPointSizeF(block.pointSize);
            const qreal before = block.kind == Block::Heading && y > 0 ? block.pointSize * unit : 0;
            const qreal height = wrappedText(block.text, font, width, &device, nullptr, {});
            // A heading keeps at least a few lines of what follows on its page.
            const qreal keep = block.kind == Block::Heading ? 4 * BodyPoints * 1.6 * unit : 0;
            if (y > 0 && y + before + height + keep > bottom)
                newPage();
            else
                y += before;
            if (painter)
                wrappedText(block.text, font, width, &device, painter, QPointF(0, y));
            y += height + 3 * unit;
            continue;
        }
        // Cell heights of a row: the tallest wrapped cell plus padding.
        const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
            qreal height = 0;
            for (int c = 0; c < block.columns.size(); ++c)
                height =
                    std::max(height, wrappedText(cells.value(c), font, block.columns[c].share * width - 2 * padding,
                                                 &device, nullptr, {}));
            return height + 2 * padding;
        };
        const auto drawRow = [&](const QStringList &cells, const QFont &font, qreal height, bool header) {
            if (!painter)
                return;
            m_placed.append({page, y, y + height, header});
            qreal x = 0;
            for (int c = 0; c < block.columns.size(); ++c) {
                const qreal w = block.columns[c].share * width;
                const QRectF cell(x, y, w, height);
                if (header)
                    painter->fillRect(cell, QColor(0xe8, 0xe8, 0xe8));
                painter->setPen(QPen(Qt::gray, 0.5 * unit));
                painter->drawRect(cell);
                painter->setPen(Qt::black);
                wrappedText(cells.value(c), font, w - 2 * padding, &device, painter, QPointF(x + padding, y + padding));
                x += w;
            }
        };
        QStringList titles;
        for (const Column &column : block.columns)
            titles << column.title;
        const qreal headerHeight = rowHeight(titles, bold);
        const auto header = [&] {
            drawRow(titles, bold, headerHeight, true);
            y += headerHeight;
        };
        if (y > 0 && y + headerHeight + rowHeight(block.rows.value(0), body) > bottom)
            newPage();
        header();
        for (const QStringList &row : block.rows) {
            const qreal height = rowHeight(row, body);
            // The row goes whole onto the next page, under the header again (a row taller than a
            // page is the only one that is cut, at the page's end).
            if (y + height > bottom && y > headerHeight) {
                newPage();
                header();
            }
            drawRow(row, body, height, false);
            y += height;
        }
        y += 4 * unit;
    }
    footer();
    return page;
}

} // namespace dtr
