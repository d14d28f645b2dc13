#pragma once

#include <QByteArray>
#include <QString>

namespace dtr {
class Register;
struct GeoPoint;
struct KommuneArea;
} // namespace dtr

namespace dtr::test {

// Writes bytes to a file (creating folders), failing the test on error.
bool writeFile(const QString &path, const QByteArray &bytes);

// A small valid CSV snapshot folder: 2 daginstitutioner, 3 anvisningsenheder, 1 alternativ
// adresse, written with BOM and CRLF.
void writeSmallCsvSnapshot(const QString &folder);

// Header rows of the three CSV files the small snapshot uses.
QByteArray csvHeader(int level);

// The payload of an InsertAnvisningsEnhed under `parent` in Odder (727) that the stand-in register
// accepts when the P-nummer is on its fake CVR list and the type fits the parent.
QByteArray newUnitPayload(const QString &parent, const QString &pNummer, const char *type = "6012");

// Gives the test its own settings and data folders (QStandardPaths test mode, under the test's
// name) and empties them; clearAppData() empties them again between cases.
void useFreshAppData(const QString &testName);
void clearAppData();

// A canonical text of a register for comparisons that ignore record order across levels:
// every record's level, cells and extras (by name), sorted.
QString canonical(const Register &reg);

// A point `metres` from the middle of edge `edge` of the kommune's first outline, on the side
// `sign` (+1 or -1) of the edge's normal (for tests at the border tolerance).
GeoPoint besideEdge(const KommuneArea &area, int edge, double metres, int sign);

} // namespace dtr::test
