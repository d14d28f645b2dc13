#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace dtr {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates
// and code points above U+10FFFF count as malformed), or -1 when the whole input is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes);
// Offset of the first control character XML 1.0 cannot carry (below 0x20 except tab, line feed
// and carriage return), or -1. A value holding one could never reach the register.
qsizetype firstForbiddenControl(QByteArrayView bytes);

// Offset of the first U+FFFE or U+FFFF (UTF-8 EF BF BE / EF BF BF) in valid UTF-8, or -1: XML
// 1.0 cannot carry them either (an XML writer drops them, so a value would silently change).
qsizetype firstXmlNoncharacter(QByteArrayView utf8);
// The same checks on text: position of the first character XML 1.0 cannot carry (a control
// character other than tab, LF and CR, U+FFFE, U+FFFF, half a surrogate pair), or -1.
qsizetype firstCharacterXmlCannotCarry(QStringView text);

// All of the above in one pass: -1 when the bytes are valid UTF-8 without a control character
// (other than tab, LF, CR) and without U+FFFE/U+FFFF, else an offset near the first problem (the
// separate checks then say which). Counts the line feeds on the way.
qsizetype firstSuspectByte(QByteArrayView bytes, qsizetype *lineFeeds);

// 1-based line and column (in bytes) of an offset, counting LF as the line break.
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};
TextPosition positionOf(QByteArrayView bytes, qsizetype offset);

} // namespace dtr
