#include "CsvTokenizer.h"

#include <QCoreApplication>

#include <bit>
#include <cstring>

namespace dtr {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::CsvTokenizer", text);
}

// Where an unquoted field starting at `from` ends: at the first separator or line break.
// Eight bytes at a time: a byte equal to x makes (w ^ x…x) have a zero byte, and the lowest
// set bit of the zero-byte test marks the first such byte exactly.
qsizetype endOfPlainField(const char *d, qsizetype from, qsizetype n, char separator)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    const auto zeroBytes = [](quint64 v) { return (v - ones) & ~v & highs; };
    const quint64 sep = ones * uchar(separator);
    qsizetype e = from;
    while (e + 8 <= n) {
        quint64 word;
        std::memcpy(&word, d + e, sizeof word);
        const quint64 hits = zeroBytes(word ^ sep) | zeroBytes(word ^ (ones * '\n')) | zeroBytes(word ^ (ones * '\r'));
        if (hits) {
            if constexpr (std::endian::native == std::endian::little)
                return e + std::countr_zero(hits) / 8;
            break;
        }
        e += 8;
    }
    while (e < n && d[e] != separator && d[e] != '\n' && d[e] != '\r')
        ++e;
    return e;
}
} // namespace

CsvTokenizer::CsvTokenizer(QByteArrayView data, char separator)
    : m_data(data)
    , m_separator(separator)
{}

bool CsvTokenizer::fail(const QString &message, qsizetype at)
{
    m_error = message;
    m_errorLine = m_line;
    m_errorColumn = columnOf(at);
    return false;
}

bool CsvTokenizer::next(QList<QByteArray> *fields)
{
    QList<QByteArrayView> views;
    const bool ok = next(&views);
    fields->clear();
    for (QByteArrayView v : views)
        fields->append(v.toByteArray());
    return ok;
}

bool CsvTokenizer::next(QList<QByteArrayView> *fields)
{
    fields->clear();
    m_unescaped.clear();
    if (hasError() || m_pos >= m_data.size())
        return false;
    const char *d = m_data.data();
    const qsizetype n = m_data.size();
    m_rowLine = m_line;
    const qsizetype rowStart = m_pos;

    while (true) {
        if (fields->size() >= MaxFields)
            return fail(tr("Rækken har mere end %1 felter.").arg(MaxFields), m_pos);
        QByteArrayView field;
        if (m_pos < n && d[m_pos] == '"') {
            const qsizetype quoteAt = m_pos;
            const qint64 quoteLine = m_line;
            const qint64 quoteColumn = columnOf(quoteAt);
            ++m_pos;
            // A field without doubled quotes is a view into the data; one with them is copied
            // once, unescaped.
            QByteArray *copy = nullptr;
            const qsizetype contentStart = m_pos;
            while (true) {
                qsizetype q = m_pos;
                while (q < n && d[q] != '"') {
                    if (d[q] == '\n') {
                        ++m_line;
                        m_lineStart = q + 1;
                    }
                    ++q;
                }
                if (q >= n) {
                    m_error = tr("Et felt i anførselstegn slutter aldrig (afsluttende \" mangler).");
                    m_errorLine = quoteLine;
                    m_errorColumn = quoteColumn;
                    return false;
                }
                if (copy)
                    copy->append(d + m_pos, q - m_pos);
                else
                    field = QByteArrayView(d + contentStart, q - contentStart);
                m_pos = q + 1;
                if (m_pos < n && d[m_pos] == '"') {
                    if (!copy) {
                        m_unescaped.emplace_back(field.data(), field.size());
                        copy = &m_unescaped.back();
                    }
                    copy->append('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (copy)
                field = QByteArrayView(*copy);
            if (m_pos < n && d[m_pos] != m_separator && d[m_pos] != '\n' && d[m_pos] != '\r')
                return fail(tr("Uventet tegn efter et felt i anførselstegn."), m_pos);
        } else {
            qsizetype e = endOfPlainField(d, m_pos, n, m_separator);
            field = QByteArrayView(d + m_pos, e - m_pos);
            m_pos = e;
        }
        if (field.size() > MaxFieldBytes)
            return fail(tr("Feltet er for langt (%1 bytes; højst %2).").arg(field.size()).arg(MaxFieldBytes), m_pos);
        if (m_pos - rowStart > MaxRowBytes)
            return fail(tr("Rækken er for lang (over %1 bytes).").arg(MaxRowBytes), m_pos);
        fields->append(field);

        if (m_pos >= n)
            return true;
        const char c = d[m_pos];
        if (c == m_separator) {
            ++m_pos;
            continue;
        }
        // Line end: CRLF, LF or a lone CR.
        if (c == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
        return true;
    }
}

} // namespace dtr
