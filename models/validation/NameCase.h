#pragma once

#include <QString>

namespace dtr {

// A name written in capitals, as a person would write it in Danish: each word capitalised
// ("BØRNEHAVEN RASMUS KLUMP" → "Børnehaven Rasmus Klump"), small words inside the name in lower
// case ("Huset ved Skoven"), and kept as they are: known abbreviations (SFO, KFUM, FDF, A/S, …),
// roman numerals (II, IV), words without a vowel (KBH), words with digits or inner full stops
// (2A, A.P.). A word it cannot place is left as it is rather than guessed.
QString properDanishCase(const QString &name);

} // namespace dtr
