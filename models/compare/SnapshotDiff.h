#pragma once

#include "register/Register.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace dtr {

// What differs for one record between two snapshots of the register.
struct RecordDiff
{
    Level level = Level::Daginstitution;
    QString key;
    bool added = false;    // only in the newer snapshot
    bool removed = false;  // only in the older one (the register never deletes; an export may omit)
    bool closed = false;   // active → Nedlagt
    bool reopened = false; // Nedlagt → active
    bool moved = false;
    QString parentBefore;
    QString parentAfter;
    QMap<Field, QPair<QString, QString>> fields;           // other fields: before → after
    QList<QPair<QString, QPair<QString, QString>>> extras; // unknown columns/elements by name
};

struct DiffSummary
{
    int added = 0;
    int removed = 0;
    int closed = 0;
    int reopened = 0;
    int moved = 0;
    int changed = 0;
    int total() const { return added + removed + closed + reopened + moved + changed; }
};

// Compares two snapshots record by record (matched by level and number), in the newer one's
// order, then records only in the older one. Linear in the size of the two.
QList<RecordDiff> diffSnapshots(const Register &older, const Register &newer);
DiffSummary summarize(const QList<RecordDiff> &diffs);
QJsonObject diffToJson(const QList<RecordDiff> &diffs);

} // namespace dtr
