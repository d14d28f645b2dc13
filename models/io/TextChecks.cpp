#include "TextChecks.h"

#include <QChar>

#include <algorithm>
#include <cstring>

namespace dtr {

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: none has its high bit set.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

TextPosition positionOf(QByteArrayView bytes, qsizetype offset)
{
    TextPosition pos;
    const char *p = bytes.data();
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (p[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

qsizetype firstForbiddenControl(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return i;
    }
    return -1;
}

qsizetype firstSuspectByte(QByteArrayView bytes, qsizetype *lineFeeds)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype feeds = 0;
    // Eight bytes at a time while all are printable ASCII (0x20..0x7F), the bulk of any register
    // file: a word has a byte below 0x20 or at/above 0x80 exactly when one of these bits is set.
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    for (qsizetype i = 0; i < n; ++i) {
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (((word - ones * 0x20) | word) & highs)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c >= 0x20 && c < 0x80)
            continue;
        if (c == '\n') {
            ++feeds;
            continue;
        }
        if (c == '\t' || c == '\r')
            continue;
        if (c < 0x20)
            return i;
        // Non-ASCII: the full check from here on (rare in bulk, so simply delegated).
        const qsizetype bad = firstInvalidUtf8(bytes.sliced(i, std::min<qsizetype>(4, n - i)));
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (bad == 0 || i + length > n || (c == 0xEF && p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF)))
            return i;
        i += length - 1;
    }
    *lineFeeds = feeds;
    return -1;
}

qsizetype firstXmlNoncharacter(QByteArrayView utf8)
{
    for (qsizetype i = utf8.indexOf('\xEF'); i >= 0 && i + 2 < utf8.size(); i = utf8.indexOf('\xEF', i + 1)) {
        if (utf8[i + 1] == '\xBF' && (utf8[i + 2] == '\xBE' || utf8[i + 2] == '\xBF'))
            return i;
    }
    return -1;
}

qsizetype firstCharacterXmlCannotCarry(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF)
            return i;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return i;
    }
    return -1;
}

} // namespace dtr
