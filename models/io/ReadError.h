#pragma once

#include <QString>

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

    // One Danish line: "anvisningsenheder.csv, linje 12, kolonne 3 (felt pNummer): …".
    QString toString() const;
};

} // namespace dtr
