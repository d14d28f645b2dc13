#include "SubmissionPlan.h"

#include <QCoreApplication>

namespace dtr {

using M = ServiceNames::Method;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Submission", text);
}

} // namespace

ServiceNames::Method methodFor(PlannedOperation::Kind kind, Level level)
{
    static constexpr M table[4][3] = {
        {M::InsertDaginstitution, M::InsertAnvisningsEnhed, M::InsertAlternativAdresse},
        {M::UpdateDaginstitution, M::UpdateAnvisningsEnhed, M::UpdateAlternativAdresse},
        {M::UpdateDaginstitution, M::MoveAnvisningsEnhed, M::MoveAlternativAdresse},
        {M::DeleteDaginstitution, M::DeleteAnvisningsEnhed, M::DeleteAlternativAdresse},
    };
    return table[int(kind)][int(level)];
}

ServiceNames::Method methodFor(const PlannedOperation &operation)
{
    return methodFor(operation.kind, operation.change.level);
}

QLatin1StringView operationKindKey(PlannedOperation::Kind kind)
{
    static constexpr QLatin1StringView keys[] = {QLatin1StringView("insert"), QLatin1StringView("update"),
                                                 QLatin1StringView("move"), QLatin1StringView("delete")};
    return keys[int(kind)];
}

QHash<QString, QString> parentKeys(const ChangeSet &changes)
{
    QHash<QString, QString> out;
    const Overlay &o = *changes.overlay();
    for (const RecordChange &c : changes.netChanges()) {
        const int i = o.find(c.level, c.key);
        const int p = i >= 0 ? o.parentOf(i) : -1;
        if (p >= 0)
            out.insert(c.key, o.record(p).nummer());
    }
    return out;
}

bool SubmissionPlan::build(const QList<RecordChange> &changes, const QSet<QString> &excluded, SubmissionPlan *out,
                           QString *error, const QHash<QString, QString> &parents)
{
    out->operations.clear();
    QSet<QString> created;
    for (const RecordChange &c : changes)
        if (c.created && !excluded.contains(c.key))
            created.insert(c.key);
    for (const RecordChange &c : changes) {
        if (!c.created || excluded.contains(c.key))
            continue;
        const QString parent = c.fields.value(Field::ParentNummer).second;
        if (isTemporaryKey(parent) && !created.contains(parent)) {
            *error = tr("%1 %2 er ny og hører under den nye %3, som ikke er med i indsendelsen. Tag den med, eller "
                        "udelad også %2.")
                         .arg(levelLabel(c.level), c.key, parent);
            return false;
        }
    }
    // A closure waits for the closures of the children below it (no cascade delete).
    for (const RecordChange &child : changes) {
        if (!child.closed || !excluded.contains(child.key))
            continue;
        const QString parent = parents.value(child.key);
        for (const RecordChange &c : changes) {
            if (c.closed && c.key == parent && !excluded.contains(c.key)) {
                *error =
                    tr("Lukningen af %1 venter på lukningen af %2, som ikke er med. Tag den med, eller udelad også "
                       "lukningen af %1.")
                        .arg(parent, child.key);
                return false;
            }
        }
    }
    const auto add = [&](PlannedOperation::Kind kind, const RecordChange &c) { out->operations.append({kind, c}); };
    for (Level level : {Level::Daginstitution, Level::Anvisningsenhed, Level::AlternativAdresse})
        for (const RecordChange &c : changes)
            if (c.created && c.level == level && !excluded.contains(c.key))
                add(PlannedOperation::Insert, c);
    for (const RecordChange &c : changes)
        if (!c.created && !c.closed && !c.fields.isEmpty() && !excluded.contains(c.key))
            add(PlannedOperation::Update, c);
    for (const RecordChange &c : changes)
        if (!c.created && !c.closed && c.moved && !excluded.contains(c.key))
            add(PlannedOperation::Move, c);
    for (Level level : {Level::AlternativAdresse, Level::Anvisningsenhed, Level::Daginstitution})
        for (const RecordChange &c : changes)
            if (c.closed && c.level == level && !excluded.contains(c.key))
                add(PlannedOperation::Delete, c);
    return true;
}

} // namespace dtr
