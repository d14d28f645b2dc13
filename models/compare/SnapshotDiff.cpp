#include "SnapshotDiff.h"

#include <QJsonArray>

namespace dtr {

namespace {

QString extraValue(const Register &reg, const Record &r, const QString &name)
{
    const int i = int(reg.extraNames(r.level()).indexOf(name));
    return i < 0 ? QString() : r.extra(i);
}

RecordDiff compare(const Register &older, const Record &before, const Register &newer, const Record &after)
{
    RecordDiff d;
    d.level = after.level();
    d.key = after.nummer();
    d.closed = before.isActive() && !after.isActive();
    d.reopened = !before.isActive() && after.isActive();
    d.parentBefore = before.parentNummer();
    d.parentAfter = after.parentNummer();
    d.moved = d.parentBefore != d.parentAfter;
    for (Field f : fieldsOf(after.level())) {
        if (f == Field::Nummer || f == Field::ParentNummer || f == Field::Aktivitetsstatus)
            continue;
        QString a = before.value(f), b = after.value(f);
        if (f == Field::GeoBredde || f == Field::GeoLaengde) {
            // The same coordinate written with more or fewer digits is the same place.
            const auto x = before.coordinate(f), y = after.coordinate(f);
            if (x && y && qFuzzyCompare(*x, *y))
                continue;
        }
        if (a != b)
            d.fields.insert(f, {a, b});
    }
    QStringList names = older.extraNames(after.level());
    for (const QString &n : newer.extraNames(after.level()))
        if (!names.contains(n))
            names.append(n);
    for (const QString &n : names) {
        const QString a = extraValue(older, before, n), b = extraValue(newer, after, n);
        if (a != b)
            d.extras.append({n, {a, b}});
    }
    return d;
}

bool isEmpty(const RecordDiff &d)
{
    return !d.added && !d.removed && !d.closed && !d.reopened && !d.moved && d.fields.isEmpty() && d.extras.isEmpty();
}

} // namespace

QList<RecordDiff> diffSnapshots(const Register &older, const Register &newer)
{
    QList<RecordDiff> out;
    for (int i = 0; i < newer.size(); ++i) {
        const Record &after = newer.record(i);
        const int j = older.find(after.level(), after.nummer());
        RecordDiff d;
        if (j < 0) {
            d.level = after.level();
            d.key = after.nummer();
            d.added = true;
            d.parentAfter = after.parentNummer();
            for (Field f : fieldsOf(after.level()))
                if (f != Field::Nummer && !after.value(f).isEmpty())
                    d.fields.insert(f, {QString(), after.value(f)});
        } else {
            d = compare(older, older.record(j), newer, after);
        }
        if (!isEmpty(d))
            out.append(d);
    }
    for (int j = 0; j < older.size(); ++j) {
        const Record &before = older.record(j);
        if (newer.find(before.level(), before.nummer()) >= 0)
            continue;
        RecordDiff d;
        d.level = before.level();
        d.key = before.nummer();
        d.removed = true;
        d.parentBefore = before.parentNummer();
        out.append(d);
    }
    return out;
}

DiffSummary summarize(const QList<RecordDiff> &diffs)
{
    DiffSummary s;
    for (const RecordDiff &d : diffs) {
        if (d.added) {
            ++s.added;
            continue;
        }
        if (d.removed) {
            ++s.removed;
            continue;
        }
        s.closed += d.closed ? 1 : 0;
        s.reopened += d.reopened ? 1 : 0;
        s.moved += d.moved ? 1 : 0;
        s.changed += d.fields.isEmpty() && d.extras.isEmpty() ? 0 : 1;
    }
    return s;
}

QJsonObject diffToJson(const QList<RecordDiff> &diffs)
{
    QJsonArray list;
    for (const RecordDiff &d : diffs) {
        QJsonArray fields;
        for (auto it = d.fields.cbegin(); it != d.fields.cend(); ++it)
            fields.append(QJsonObject{{QStringLiteral("field"), QString(fieldKey(it.key()))},
                                      {QStringLiteral("before"), it.value().first},
                                      {QStringLiteral("after"), it.value().second}});
        for (const auto &[name, values] : d.extras)
            fields.append(QJsonObject{{QStringLiteral("field"), name},
                                      {QStringLiteral("before"), values.first},
                                      {QStringLiteral("after"), values.second}});
        QJsonObject o{{QStringLiteral("level"), QString(levelKey(d.level))},
                      {QStringLiteral("entity"), d.key},
                      {QStringLiteral("added"), d.added},
                      {QStringLiteral("removed"), d.removed},
                      {QStringLiteral("closed"), d.closed},
                      {QStringLiteral("reopened"), d.reopened},
                      {QStringLiteral("moved"), d.moved},
                      {QStringLiteral("fields"), fields}};
        if (d.moved) {
            o.insert(QStringLiteral("parentBefore"), d.parentBefore);
            o.insert(QStringLiteral("parentAfter"), d.parentAfter);
        }
        list.append(o);
    }
    const DiffSummary s = summarize(diffs);
    return {{QStringLiteral("differences"), list},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("added"), s.added},
                                                    {QStringLiteral("removed"), s.removed},
                                                    {QStringLiteral("closed"), s.closed},
                                                    {QStringLiteral("reopened"), s.reopened},
                                                    {QStringLiteral("moved"), s.moved},
                                                    {QStringLiteral("changed"), s.changed}}}};
}

} // namespace dtr
