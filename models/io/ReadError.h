#pragma once

#include <QString>

#include <functional>

namespace dtr {

// Why a snapshot could not be read, and where: the file, and the line, column and field
// where they are known (0 / empty when not).
struct ReadError
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString field;
    QString message;
    bool cancelled = false; // the reader was asked to stop (ReadProgress returned false)

    // One Danish line: "anvisningsenheder.csv, linje 12, kolonne 3 (felt pNummer): …".
    QString toString() const;
};

// Told how far reading has come, in bytes of the input; returns false to stop reading (the read
// then fails with ReadError::cancelled set). Called from the reading thread.
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;

// The message of a read stopped on request.
QString readCancelledMessage();

} // namespace dtr
