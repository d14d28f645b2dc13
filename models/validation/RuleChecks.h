#pragma once

// The checks and fixes behind the rule table in Rules.cpp, by theme: FieldRules.cpp (one field's
// format), GeoRules.cpp (postal codes and boundaries), RecordRules.cpp (structure,
// cross-validation, data quality). Internal to validation.

#include "Rules.h"
#include "register/Record.h"

#include <QCoreApplication>

namespace dtr::rules {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dtr::Rules", text, disambiguation, n);
}

inline constexpr int Dag = 1 << int(Level::Daginstitution);
inline constexpr int Unit = 1 << int(Level::Anvisningsenhed);
inline constexpr int Alt = 1 << int(Level::AlternativAdresse);
inline constexpr int AllLevels = Dag | Unit | Alt;

QString shown(const QString &value);
bool allDigits(const QString &s);
int parentDaginstitution(const Overlay &overlay, int index);

using Check = void(const RuleContext &context, int index, const Record &record, const Emit &report);
using Fix = QString(const RuleContext &context, int index, const Record &record);

// Field rules.
Check mandatoryFields, assumedMandatoryFields, maxLengths, assumedMaxLengths, numberFormat, knownKommune, knownCodes,
    pNummerFormat, cvrCheckDigit, postnummerFormat, postnummerRange, husnummerFormat, husnummerLetter, etageFormat,
    doerFormat, emailFormat, phoneFormat, coordinatesInDenmark;
Fix husnummerLetterFix, phoneFix;

// Geography (GeoRules.cpp).
Check postnummerKnown, bynavnMatchesPostnummer, postnummerInKommune, coordinatesInKommune;
Fix bynavnFix;

// Structure, cross-validation and data quality.
Check parentExists, hasActiveUnits, activeUnderClosed, uniqueNumber, moveWithinKommune, crossValidationEjerform,
    crossValidationType, likelyDuplicate, addressKommune, nameInCapitals, nameMarkedClosed, missingContact,
    dagplejeParent, notUpdatedSinceSeeding;
Fix nameInCapitalsFix;

// The telephone number as 8 digits when it is a Danish number written with separators or a
// +45/0045 prefix ("86-12-34-56" → "86123456"); empty when it is not one.
QString normalisedPhone(const QString &phone);

} // namespace dtr::rules
