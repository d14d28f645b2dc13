#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace dtr {

// Lays a report out on pages itself, as a signed paper needs it and QTextDocument does not do:
// a table's header row is repeated at the top of every page the table continues on, a row is
// never split across two pages, long words wrap inside their cell, and every page ends with a
// footer "title · Side n af m". Blocks are added first, then print() lays them out twice (the
// first time to count the pages) and paints them.
class ReportPages
{
public:
    struct Column
    {
        QString title;
        qreal share; // of the page width; the shares of a table add up to 1
    };

    explicit ReportPages(QString footer);

    void heading(const QString &text, qreal pointSize = 11);
    void paragraph(const QString &text);
    void table(const QList<Column> &columns, const QList<QStringList> &rows);
    // A picture on a new page of its own, under a heading, scaled to the page's width (or height).
    void imagePage(const QString &heading, const QString &caption, const QImage &image);

    // Paints on the device (a QPdfWriter), starting on its current page. Returns the page count.
    int print(QPagedPaintDevice &device) const;

    // Where the last print() put each table row (device pixels; pages from 1), for checking the
    // layout's promises.
    struct PlacedRow
    {
        int page;
        qreal top;
        qreal bottom;
        bool header;
    };
    const QList<PlacedRow> &placedRows() const { return m_placed; }
    // The pages the last print() put each picture on.
    const QList<int> &imagePages() const { return m_imagePages; }
    qreal pageBottom() const { return m_pageBottom; }

private:
    struct Block
    {
        enum Kind { Heading, Paragraph, Table, Image } kind;
        QString text;
        qreal pointSize = 0;
        QList<Column> columns;
        QList<QStringList> rows;
        QImage image;
        QString caption;
    };
    int layOut(QPagedPaintDevice &device, QPainter *painter, int pageCount) const;

    QString m_footer;
    QList<Block> m_blocks;
    mutable QList<PlacedRow> m_placed;
    mutable QList<int> m_imagePages;
    mutable qreal m_pageBottom = 0;
};

} // namespace dtr
