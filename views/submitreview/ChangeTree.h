#pragma once

#include "register/Field.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

class QTreeWidget;
class QTreeWidgetItem;

namespace dtr {

class CodeTables;

// The one look of "what changed on a record" that the review dialog and the snapshot diff share:
// records grouped by level, a record row "<what> · <number> <name>", under it one row per
// difference with before → after, coded values shown with their Danish labels.
namespace changetree {

struct Entry
{
    Level level = Level::Daginstitution;
    QString key;
    QString name;
    QString what; // "Ny", "Lukkes", "Ændret", …
    bool moved = false;
    QString parentBefore;
    QString parentAfter;
    bool statusChanged = false;
    QString statusBefore;
    QString statusAfter;
    QMap<Field, QPair<QString, QString>> fields;
    QList<QPair<QString, QPair<QString, QString>>> extras; // unknown columns by name
};

// Columns: the change, before, after, then `extraHeaders`.
void setUp(QTreeWidget *tree, const QStringList &extraHeaders = {});
// The group row of a level, created on first use (expanded, spanning all columns).
QTreeWidgetItem *levelGroup(QTreeWidget *tree, Level level);
// A record row with its difference rows under it, expanded; coded values labelled from `codes`.
QTreeWidgetItem *addEntry(QTreeWidgetItem *group, const Entry &entry, const CodeTables &codes);
// "(tom)" for an empty value; "6012 – Aldersintegreret institution (0-5 år)" for a coded one.
QString shown(const QString &value);
QString shown(Field field, const QString &value, const CodeTables &codes);

} // namespace changetree
} // namespace dtr
