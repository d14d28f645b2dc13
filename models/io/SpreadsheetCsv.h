#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace dtr {

// CSV for people who open it in Excel or LibreOffice on a Danish desktop: UTF-8 with a BOM (so
// æøå show right), ';' between cells (the Danish list separator), CRLF, cells quoted when they
// hold ';', '"', a line break or outer spaces. A cell that a spreadsheet would take for a formula
// (starting with '=', '@', or '+'/'-' not followed by a digit) gets a leading apostrophe.
QByteArray spreadsheetCsv(const QStringList &header, const QList<QStringList> &rows);

} // namespace dtr
