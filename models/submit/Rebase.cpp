#include "Rebase.h"

#include <QCoreApplication>

namespace dtr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::Submission", text);
}

struct Accepted
{
    QHash<QString, Record> registered;      // "level/key" → the record as read back
    QHash<QString, QString> issued;         // temporary key → issued number
    QHash<QString, QSet<Field>> theirsKept; // "level/key" → fields where their value was kept
    QList<Record> inserted;
};

Accepted acceptedOf(const QList<OperationResult> &results)
{
    Accepted a;
    for (const OperationResult &r : results) {
        if (r.outcome != OperationResult::Accepted)
            continue;
        const RecordChange &c = r.operation.change;
        const QString id = recordId(c.level, c.key);
        Record record = r.registered;
        if (record.nummer().isEmpty())
            record.setValue(Field::Nummer, r.number);
        a.registered.insert(id, record);
        a.theirsKept[id] += r.theirsKept;
        if (r.operation.kind == PlannedOperation::Insert) {
            a.issued.insert(c.key, r.number);
            a.inserted.append(record);
        }
    }
    return a;
}

// What a changed record still needs, judged by what the register now holds (the new base):
// each field, the parent and the status that differ from what the steward wants.
struct Still
{
    QSet<Field> fields;
    bool move = false;
    bool close = false;
};

Still stillNeeded(const RecordChange &c, const Record &now, const Accepted &a)
{
    Still still;
    const QSet<Field> theirs = a.theirsKept.value(recordId(c.level, c.key));
    if (!c.closed)
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
            if (!theirs.contains(it.key()) && now.value(it.key()) != it.value().second)
                still.fields.insert(it.key());
    still.move = !c.closed && c.moved && now.parentNummer() != a.issued.value(c.parentAfter, c.parentAfter);
    still.close = c.closed && now.isActive();
    return still;
}

// Everything not yet in the register, as one step against the new base.
Step remainingStep(const Register &newBase, const QList<RecordChange> &changes, const Accepted &a)
{
    const auto real = [&](const QString &key) { return a.issued.value(key, key); };
    Step remaining;
    remaining.text = tr("Ikke indsendte ændringer");
    for (const RecordChange &c : changes) {
        if (c.created) {
            if (a.issued.contains(c.key))
                continue;
            Record record(c.level);
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
                record.setValue(it.key(),
                                it.key() == Field::ParentNummer ? real(it.value().second) : it.value().second);
            record.setValue(Field::Nummer, c.key);
            QList<QString> values = record.cells();
            values.resize(fieldsOf(c.level).size());
            remaining.ops.append({OpKind::Create, c.level, c.key, Field::Nummer, {}, {}, values});
            continue;
        }
        const int i = newBase.find(c.level, c.key);
        if (i < 0)
            continue;
        const Record &now = newBase.record(i);
        const Still still = stillNeeded(c, now, a);
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
            if (still.fields.contains(it.key()))
                remaining.ops.append(
                    {OpKind::Update, c.level, c.key, it.key(), now.value(it.key()), it.value().second, {}});
        if (still.move)
            remaining.ops.append(
                {OpKind::Move, c.level, c.key, Field::ParentNummer, now.parentNummer(), real(c.parentAfter), {}});
        if (still.close)
            remaining.ops.append({OpKind::Close,
                                  c.level,
                                  c.key,
                                  Field::Aktivitetsstatus,
                                  now.value(Field::Aktivitetsstatus),
                                  QString(statusNedlagt),
                                  {}});
    }
    return remaining;
}

// The steward's steps without what the register already holds, issued numbers put in.
QList<Step> keptSteps(const Register &newBase, const QList<Step> &steps, int position,
                      const QList<RecordChange> &changes, const Accepted &a)
{
    const auto real = [&](const QString &key) { return a.issued.value(key, key); };
    QHash<QString, Still> still;
    for (const RecordChange &c : changes) {
        const int i = c.created ? -1 : newBase.find(c.level, c.key);
        if (i >= 0)
            still.insert(recordId(c.level, c.key), stillNeeded(c, newBase.record(i), a));
    }
    QList<Step> out;
    for (int s = 0; s < position && s < steps.size(); ++s) {
        Step kept;
        kept.text = steps[s].text;
        for (Operation op : steps[s].ops) {
            if (a.issued.contains(op.key)) // its insertion carried every value it had
                continue;
            const auto it = still.constFind(recordId(op.level, op.key));
            if (it != still.cend() &&
                ((op.kind == OpKind::Update && !it->fields.contains(op.field)) ||
                 (op.kind == OpKind::Move && !it->move) || (op.kind == OpKind::Close && !it->close)))
                continue;
            if (op.kind == OpKind::Move) {
                op.before = real(op.before);
                op.after = real(op.after);
            }
            if (op.kind == OpKind::Create) {
                Record r(op.level);
                r.setCells(op.values);
                r.setValue(Field::ParentNummer, real(r.parentNummer()));
                op.values = r.cells();
                op.values.resize(fieldsOf(op.level).size());
            }
            kept.ops.append(op);
        }
        if (!kept.ops.isEmpty())
            out.append(kept);
    }
    return out;
}

// Whether two histories leave the same records on the same base.
bool sameOutcome(const std::shared_ptr<const Register> &base, const QList<Step> &a, const QList<Step> &b)
{
    ChangeSet first(base), second(base);
    QString error;
    if (!first.load(a, int(a.size()), &error) || !second.load(b, int(b.size()), &error))
        return false;
    const Overlay &x = *first.overlay(), &y = *second.overlay();
    int live = 0;
    for (int i = 0; i < x.size(); ++i) {
        if (!x.isLive(i))
            continue;
        ++live;
        const Record &r = x.record(i);
        const int j = y.find(r.level(), r.nummer());
        if (j < 0 || y.record(j).cells() != r.cells())
            return false;
    }
    for (int j = 0; j < y.size(); ++j)
        live -= y.isLive(j) ? 1 : 0;
    return live == 0;
}

} // namespace

Rebased rebase(const Register &base, const QList<Step> &steps, int position, const QList<RecordChange> &changes,
               const QList<OperationResult> &results)
{
    const Accepted a = acceptedOf(results);
    auto newBase = std::make_shared<Register>();
    for (int l = 0; l < LevelCount; ++l)
        newBase->setExtraNames(Level(l), base.extraNames(Level(l)));
    for (const Record &r : base.records()) {
        const QString id = recordId(r.level(), r.nummer());
        newBase->add(a.registered.contains(id) ? a.registered.value(id) : r);
    }
    for (const Record &r : a.inserted)
        if (base.find(r.level(), r.nummer()) < 0)
            newBase->add(r);
    newBase->setExtractedAt(base.extractedAt());
    newBase->finalize();

    Rebased out;
    const Step remaining = remainingStep(*newBase, changes, a);
    const QList<Step> net = remaining.ops.isEmpty() ? QList<Step>() : QList<Step>{remaining};
    const QList<Step> kept = keptSteps(*newBase, steps, position, changes, a);
    out.steps = kept == net || sameOutcome(newBase, kept, net) ? kept : net;
    out.position = int(out.steps.size());
    out.base = std::move(*newBase);
    return out;
}

} // namespace dtr
