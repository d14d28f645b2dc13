#pragma once

#include "register/Field.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dtr {

// All knowledge of the ExportService XML form's wire names (formats.md §3) lives here, so
// aligning with STIL's XSD is a change to this file and its .cpp alone.
namespace XmlNames {

inline constexpr QLatin1StringView Namespace{"urn:dtr-studio:dagtilbudsregister:1"};
inline constexpr QLatin1StringView Root{"dagtilbudsRegister"};
inline constexpr QLatin1StringView ExtractedAt{"udtraeksTidspunkt"};
inline constexpr QLatin1StringView Address{"Adresse"};
// Every extra is written as <ekstra navn="…">value</ekstra>, never as an element of its own
// name: a name can be anything a CSV header can hold, including the format's own element names
// ("alternativAdresse"), so only this form keeps extras from ever reading as structure.
// Unknown elements of foreign or older documents are still read as extras (below).
inline constexpr QLatin1StringView Extra{"ekstra"};
inline constexpr QLatin1StringView ExtraName{"navn"};
// Unknown simple elements found inside <Adresse> are named with this prefix; whole unknown
// sub-trees are kept as XML text under a name with the raw prefix.
inline constexpr QLatin1StringView AddressExtraPrefix{"Adresse/"};
inline constexpr QLatin1StringView RawExtraPrefix{"xml:"};
// Unknown elements directly under the root are kept as XML text and written back as
// <ekstra navn="rodelement">that text</ekstra>.
inline constexpr QLatin1StringView RootExtraName{"rodelement"};

// Whether a UTF-8 element name read from a document is the given wire name.
inline bool is(QByteArrayView utf8, QLatin1StringView name)
{
    return utf8 == QByteArrayView(name.data(), name.size());
}

// The element of a record of a level, and the flat list roots of the level-only answers.
QLatin1StringView recordElement(Level level);
QLatin1StringView flatRoot(Level level);
bool levelFromRecordElement(QByteArrayView name, Level *level);
bool levelFromFlatRoot(QByteArrayView name, Level *level);

// Element name of a field at a level (empty when the level has no such field). Address fields
// sit inside <Adresse>; ParentNummer is written only for records not nested in their parent.
QLatin1StringView fieldElement(Level level, Field field);
bool fieldFromElement(Level level, QByteArrayView name, bool insideAddress, Field *field);
// Fields written even when empty (mandatory in the register's schema).
bool isMandatory(Level level, Field field);

} // namespace XmlNames
} // namespace dtr
