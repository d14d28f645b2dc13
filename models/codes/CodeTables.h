#pragma once

#include "register/Field.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace dtr {

// One coded field's table: code → Danish label, with where the values came from.
struct CodeTable
{
    QString provenance;
    QMap<int, QString> labels;
    // STIL's own values (from STIL, or a file that says so), not a provisional compilation.
    bool confirmed = false;

    bool contains(int code) const { return labels.contains(code); }
    // The label, or the code itself when unknown (so a legacy value still shows).
    QString label(int code) const;
};

// One row of the v2.0 cross-validation matrix: a lovgrundlag with the ejerformer and child
// InstType3 values it allows.
struct CrossValidationRule
{
    int lovgrundlag = 0;
    QList<int> ejerform;
    QList<int> instType3;
};

// The register's code tables and cross-validation matrix. Data, not code: loaded at run time
// from the bundled copy under resources/codes, from a file the municipality receives, or from
// the ExportService. Rules that rest on them are errors only when the tables are confirmed.
class CodeTables
{
public:
    CodeTable ejerform;
    CodeTable lovgrundlag;
    CodeTable instType3;
    CodeTable kommune;
    QMap<int, QString> kommuneRegion;
    QList<CrossValidationRule> crossValidation;
    QString crossValidationProvenance;
    bool crossValidationConfirmed = false;
    QString provenance;
    // The file the tables were read from (readFile), empty for the bundled or fetched ones.
    QString sourceFile;

    // The copy built into the program; loaded once, shared.
    static const CodeTables &bundled();
    // The tables in use: the bundled ones until tables fetched from the service replace them.
    // Everything holding a reference to current() sees the replacement.
    static const CodeTables &current();
    static void replaceCurrent(const CodeTables &tables);
    // Parse a codes.json document plus the kommune CSV it names. On failure returns nullopt
    // and a Danish message in *error.
    static std::optional<CodeTables> parse(const QByteArray &codesJson, const QByteArray &kommunerCsv, QString *error);
    // A code-table file as a municipality receives it (README, "Kodetabeller fra en fil"): the
    // codes.json format, with the kommune table inline, in a CSV file beside it, or left out (the
    // bundled 98 are kept). Checked in full – every code a number with a text, no code twice, the
    // matrix naming only codes of the tables; the message names the file and what is wrong where.
    static std::optional<CodeTables> readFile(const QString &path, QString *error);
    static std::optional<CodeTables> parseFile(const QByteArray &json, const QString &path, QString *error);
    // The tables in the file format, the kommune table inline (so the file stands alone).
    QByteArray toJson() const;
    // Fills the kommune table from a CSV "kode,navn,region" with a header row.
    bool readKommuneCsv(const QByteArray &csv, QString *error);
    // Which tables and how many codes, for the settings and the About box.
    QString summary() const;

    // The table a coded field takes its values from, or nullptr for a field that is not coded.
    const CodeTable *tableFor(Field field) const;
    // The tables as the ExportService answers GetKodetabeller (ServiceNames), and back. The
    // parsed tables say they came from the service.
    QByteArray toXml() const;
    static std::optional<CodeTables> fromXml(const QByteArray &xml, const QString &source, QString *error);

    // The rule for a lovgrundlag, or nullptr when it has none.
    const CrossValidationRule *ruleFor(int lovgrundlag) const;
    QString kommuneName(int kode) const { return kommune.label(kode); }
};

} // namespace dtr
