#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <vector>

namespace dtr {

// Splits `;`-separated text into rows of fields: quotes with doubled quotes inside, CRLF, LF
// or lone CR line ends, quoted line breaks. Works on bytes (the delimiters are ASCII, so UTF-8
// passes through untouched). Refuses absurd sizes instead of growing without bound.
class CsvTokenizer
{
public:
    static constexpr qsizetype MaxFieldBytes = 64 * 1024;
    static constexpr qsizetype MaxRowBytes = 1024 * 1024;
    static constexpr qsizetype MaxFields = 1000;

    explicit CsvTokenizer(QByteArrayView data, char separator = ';');

    // Reads the next row into *fields. Returns false at the end or on an error (see hasError()).
    bool next(QList<QByteArray> *fields);
    // The same without copying: views into the data, or (for quoted fields with doubled quotes)
    // into the tokenizer's own buffers. Valid until the next call.
    bool next(QList<QByteArrayView> *fields);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }
    // How many bytes of the data have been read.
    qsizetype position() const { return m_pos; }
    // The 1-based line the last row returned by next() started on.
    qint64 rowLine() const { return m_rowLine; }

private:
    bool fail(const QString &message, qsizetype at);
    qint64 columnOf(qsizetype at) const { return qint64(at - m_lineStart) + 1; }

    QByteArrayView m_data;
    char m_separator;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    std::vector<QByteArray> m_unescaped; // this row's quoted fields with "" inside
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

} // namespace dtr
