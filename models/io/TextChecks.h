#pragma once

#include <QByteArrayView>

namespace dtr {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates
// and code points above U+10FFFF count as malformed), or -1 when the whole input is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes);
// Offset of the first control character XML 1.0 cannot carry (below 0x20 except tab, line feed
// and carriage return), or -1. A value holding one could never reach the register.
qsizetype firstForbiddenControl(QByteArrayView bytes);

// 1-based line and column (in bytes) of an offset, counting LF as the line break.
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};
TextPosition positionOf(QByteArrayView bytes, qsizetype offset);

} // namespace dtr
