#pragma once

#include "register/Field.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <array>

namespace dtr {

class CodeTables;
class Register;

// Counts of a register: per level, per administrative kommune, per InstType3 and per status.
struct RegisterStatistics
{
    using LevelCounts = std::array<int, LevelCount>;

    LevelCounts total{};
    LevelCounts active{};
    LevelCounts closed{};
    QMap<int, LevelCounts> perKommune;
    QMap<int, int> perType;               // anvisningsenheder per InstType3 code (-1: missing/unreadable)
    QMap<QString, LevelCounts> perStatus; // raw aktivitetsstatus text ("" when empty)
    int orphans = 0;
    int duplicateNumbers = 0;

    static RegisterStatistics of(const Register &reg);

    // {"counts": {"daginstitution": n, …}, "active": …, "closed": …, "perKommune": […],
    //  "perType": […], "perStatus": […], "orphans": n, "duplicateNumbers": n}
    QJsonObject toJson(const CodeTables &codes) const;
    QString toText(const CodeTables &codes) const;
};

} // namespace dtr
