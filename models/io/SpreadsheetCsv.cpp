#include "SpreadsheetCsv.h"

namespace dtr {

namespace {

bool looksLikeFormula(const QString &v)
{
    if (v.isEmpty())
        return false;
    const QChar c = v.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('@'))
        return true;
    return (c == QLatin1Char('+') || c == QLatin1Char('-')) && (v.size() == 1 || !v.at(1).isDigit());
}

QByteArray cell(const QString &value)
{
    const QString v = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    QByteArray b = v.toUtf8();
    const bool quote = b.contains(';') || b.contains('"') || b.contains('\n') || b.contains('\r') ||
                       (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (quote)
        b = '"' + b.replace("\"", "\"\"") + '"';
    return b;
}

void appendRow(QByteArray *out, const QStringList &row)
{
    for (qsizetype k = 0; k < row.size(); ++k) {
        if (k)
            out->append(';');
        out->append(cell(row[k]));
    }
    out->append("\r\n");
}

} // namespace

QByteArray spreadsheetCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    appendRow(&out, header);
    for (const QStringList &row : rows)
        appendRow(&out, row);
    return out;
}

} // namespace dtr
