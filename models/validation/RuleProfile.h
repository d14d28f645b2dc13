#pragma once

#include "Finding.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace dtr {

// A municipality's choice for one rule: switched off, or another severity.
struct RuleSetting
{
    bool enabled = true;
    std::optional<Severity> severity;
    QString note; // why, in the municipality's words

    bool operator==(const RuleSetting &) const = default;
};

// A rule profile: per rule id, a severity or "off" that differs from the standard. A JSON file
// (README, "Regelprofil"), chosen under Indstillinger → Regler or with `dtr validate --rules`.
//
//   {"format": "dtr-studio-regelprofil", "version": 1, "name": "Aarhus Kommune",
//    "rules": {"mangler-kontakt": {"enabled": false}, "navn-versaler": {"severity": "info",
//              "note": "…"}}}
class RuleProfile
{
public:
    QString name;                     // as the file names it; empty for the standard profile
    QString path;                     // the file it was read from or last saved to
    QMap<QString, RuleSetting> rules; // by rule id, only rules that differ from the standard

    bool isStandard() const { return rules.isEmpty() && name.isEmpty(); }
    const RuleSetting *setting(const QString &rule) const;
    // "standard", or the name with the file: "Aarhus Kommune (/sti/profil.json)".
    QString displayName() const;

    // Refuses anything it does not understand (unknown rules, keys or severities, bad JSON), with
    // a Danish message naming `fileLabel` and what is wrong where.
    static std::optional<RuleProfile> parse(const QByteArray &json, const QString &fileLabel, QString *error);
    static std::optional<RuleProfile> readFile(const QString &path, QString *error);
    QByteArray toJson() const;
    // Atomically (QSaveFile).
    bool writeFile(const QString &path, QString *error) const;

    // The profile the app validates with (the standard one until another is chosen).
    static const RuleProfile &current();
    static void setCurrent(const RuleProfile &profile);

    bool operator==(const RuleProfile &) const = default;
};

// Where in a JSON document a parse error's byte offset lies, as "linje L, kolonne C".
QString jsonPosition(const QByteArray &json, int offset);

} // namespace dtr
