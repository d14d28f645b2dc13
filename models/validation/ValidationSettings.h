#pragma once

#include <QString>
#include <QStringList>

namespace dtr {

class CodeTables;
class RuleProfile;

// The validation choices the app remembers (Indstillinger → Regler and Kodetabeller): the rule
// profile and the code tables read from a file. Each is kept as a checked copy in the app's data
// folder, so a moved or edited original never changes validation behind the steward's back; the
// original's path is remembered for display.
namespace ValidationSettings {

// Makes the saved choices current (RuleProfile::current(), CodeTables::current()). Returns a
// Danish message for each choice that could not be applied; the standard is used instead.
QStringList applySaved();

// Saves (and makes current) a profile; the standard profile removes the saved one.
bool saveProfile(const RuleProfile &profile, QString *error);
// Saves (and makes current) code tables read from a file; bundled() removes the saved ones.
bool saveCodeTables(const CodeTables &tables, QString *error);

// What applySaved() could not apply at start, for the About box and the settings.
QStringList startProblems();

} // namespace ValidationSettings
} // namespace dtr
