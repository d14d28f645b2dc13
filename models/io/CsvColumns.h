#pragma once

#include "register/Field.h"

#include <QList>
#include <QString>

namespace dtr {

class CodeTables;

// All knowledge of the open-data CSV form's wire names (formats.md §2) lives here.
struct CsvColumn
{
    Field field;
    QLatin1StringView header;
    // For coded fields, the export's label column written after it ("ejerformKode_Tekst").
    QLatin1StringView labelHeader;
    // Without this column a file of the level cannot be read.
    bool required = false;
};

// Columns of one level in the order the writer emits them.
const QList<CsvColumn> &csvColumns(Level level);
// The field a header names at this level (case-insensitive, aliases included).
bool csvFieldForHeader(Level level, QStringView header, Field *field);
// Label columns ("…_Tekst") are derived from the code tables: ignored on input.
bool isCsvLabelHeader(QStringView header);
// An extra column's header. A name the reader would take for something else (a column of the
// level or an alias, a "…_Tekst" label, empty, with blanks at either end, control characters or
// the escape prefix itself) is escaped as "ekstra:" + the name with '%', control characters and
// blanks at either end percent-encoded; any other name is its own header.
inline constexpr QLatin1StringView CsvExtraPrefix{"ekstra:"};
QString csvHeaderForExtra(Level level, const QString &name);
// The extra an escaped header names; false when the header is not escaped.
bool csvExtraFromEscapedHeader(QStringView header, QString *name);
// The label text the writer puts in a label column for a coded value.
QString csvLabelFor(Field field, const QString &value, const CodeTables &codes);

// The file the writer creates for a level, and the level a file name says it holds
// (its name contains "daginstitution", "anvisningsenhed" or "alternativ").
QString csvFileName(Level level);
// Snapshot facts the three CSV files have no column for (when it was extracted, unknown
// top-level XML elements) are kept beside them in this JSON file, so conversions lose nothing.
inline constexpr QLatin1StringView CsvMetadataFile{"udtraek.json"};
inline constexpr QLatin1StringView CsvMetadataExtractedAt{"udtraeksTidspunkt"};
inline constexpr QLatin1StringView CsvMetadataRootExtras{"xmlRodelementer"};
bool csvLevelFromFileName(const QString &fileName, Level *level);

} // namespace dtr
