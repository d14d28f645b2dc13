#include "Validator.h"

#include "geo/Geography.h"

#include "Rules.h"
#include "changes/ChangeSet.h"

#include <numeric>

namespace dtr {

namespace {

void count(FindingCounts &c, const QList<Finding> &findings, int sign)
{
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            c.error += sign;
            break;
        case Severity::Warning:
            c.warning += sign;
            break;
        case Severity::Info:
            c.info += sign;
            break;
        }
    }
}

} // namespace

Validator::Validator(ChangeSet *changes, const CodeTables &codes, QObject *parent)
    : QObject(parent)
    , m_changes(changes)
    , m_codes(codes)
{
    const Overlay *o = changes->overlay();
    connect(o, &Overlay::recordChanged, this, [this](int i) { markFamily(i); });
    connect(o, &Overlay::recordInserted, this, [this](int i) { markFamily(i); });
    connect(o, &Overlay::recordAboutToBeRemoved, this, [this, o](const TreeNode &parent, int row) {
        const int gone = o->children(parent)[size_t(row)];
        if (parent.kind == TreeNode::Record)
            markDirty(parent.id);
        markDirty(gone); // its findings and duplicate key go in the next flush
    });
    connect(o, &Overlay::recordAboutToBeMoved, this, [this](const TreeNode &from, int, const TreeNode &to, int) {
        if (from.kind == TreeNode::Record)
            markDirty(from.id);
        if (to.kind == TreeNode::Record)
            markDirty(to.id);
    });
    connect(o, &Overlay::recordMoved, this, [this](int i) { markFamily(i); });
    connect(changes, &ChangeSet::changed, this, &Validator::flush);
}

QString Validator::acknowledgementKey(Level level, const QString &key, const QString &rule)
{
    return recordId(level, key) + QLatin1Char('/') + rule;
}

void Validator::setAcknowledged(const QSet<QString> &acknowledged)
{
    m_acknowledged = acknowledged;
    emit findingsChanged();
}

bool Validator::isAcknowledged(const Finding &f) const
{
    return m_acknowledged.contains(acknowledgementKey(f.level, f.entity, f.rule));
}

void Validator::markDirty(int index)
{
    if (index >= 0)
        m_dirty.insert(index);
}

// A change to a record can change findings of its parent (units present), its children and
// grandchildren (cross-validation, status and kommune of what is above them).
void Validator::markFamily(int index)
{
    const Overlay &o = *m_changes->overlay();
    markDirty(index);
    markDirty(o.parentOf(index));
    for (int child : o.childrenOf(index)) {
        markDirty(child);
        for (int grandchild : o.childrenOf(child))
            markDirty(grandchild);
    }
}

void Validator::updateDuplicateKey(int index, QSet<int> *extra)
{
    const quint64 old = m_duplicateKeyOf.value(index, 0);
    const QString nowKey = duplicateKey(*m_changes->overlay(), index);
    const quint64 now = nowKey.isEmpty() ? 0 : duplicateKeyHash(nowKey);
    if (old == now)
        return;
    if (old != 0) {
        QList<int> &group = m_duplicateGroups[old];
        group.removeAll(index);
        for (int member : group)
            extra->insert(member);
        if (group.isEmpty())
            m_duplicateGroups.remove(old);
    }
    if (now == 0) {
        m_duplicateKeyOf.remove(index);
    } else {
        QList<int> &group = m_duplicateGroups[now];
        for (int member : group)
            extra->insert(member);
        group.append(index);
        m_duplicateKeyOf.insert(index, now);
    }
}

void Validator::validateAll()
{
    const Overlay &o = *m_changes->overlay();
    m_findings.clear();
    m_duplicateGroups.clear();
    m_duplicateKeyOf.clear();
    m_dirty.clear();
    m_counts = {};
    for (int i = 0; i < o.size(); ++i) {
        const QString key = duplicateKey(o, i);
        if (!key.isEmpty()) {
            const quint64 hash = duplicateKeyHash(key);
            m_duplicateGroups[hash].append(i);
            m_duplicateKeyOf.insert(i, hash);
        }
    }
    for (int i = 0; i < o.size(); ++i)
        validateRecord(i);
    m_lastChanged.resize(o.size());
    std::iota(m_lastChanged.begin(), m_lastChanged.end(), 0);
    emit findingsChanged();
}

void Validator::flush()
{
    if (m_dirty.isEmpty())
        return;
    QSet<int> extra;
    for (int i : std::as_const(m_dirty))
        updateDuplicateKey(i, &extra);
    m_dirty.unite(extra);
    for (int i : std::as_const(m_dirty))
        validateRecord(i);
    m_lastChanged = QList<int>(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    emit findingsChanged();
}

void Validator::setFindings(int index, QList<Finding> findings)
{
    const auto shared = [this](QString &text) {
        auto known = m_texts.constFind(text);
        if (known == m_texts.cend())
            known = m_texts.insert(text);
        text = *known;
    };
    for (Finding &f : findings) {
        shared(f.rule);
        shared(f.message);
    }
    auto it = m_findings.find(index);
    if (it != m_findings.end()) {
        count(m_counts, *it, -1);
        if (findings.isEmpty()) {
            m_findings.erase(it);
            return;
        }
        *it = std::move(findings);
        count(m_counts, *it, +1);
        return;
    }
    if (findings.isEmpty())
        return;
    count(m_counts, findings, +1);
    m_findings.insert(index, std::move(findings));
}

void Validator::validateRecord(int index)
{
    const Overlay &o = *m_changes->overlay();
    // Closed records are no longer maintained; new ones that were taken away again are gone.
    if (!o.isLive(index) || !o.record(index).isActive()) {
        setFindings(index, {});
        return;
    }
    const Record &r = o.record(index);
    const RuleContext context{o, m_codes, m_duplicateGroups, Geography::bundled()};
    QList<Finding> found;
    for (const Rule &rule : validationRules()) {
        if (!rule.appliesTo(r.level()))
            continue;
        rule.check(context, index, r, [&](std::optional<Field> field, const QString &message) {
            found.append({rule.severity, QString(rule.id), r.level(), r.nummer(), field, message, index});
        });
    }
    setFindings(index, std::move(found));
}

const QList<Finding> &Validator::findingsOf(int record) const
{
    static const QList<Finding> none;
    const auto it = m_findings.constFind(record);
    return it == m_findings.cend() ? none : *it;
}

QList<Finding> Validator::allFindings() const
{
    QList<int> records = m_findings.keys();
    std::sort(records.begin(), records.end());
    QList<Finding> out;
    out.reserve(m_counts.total());
    for (int i : records)
        out.append(m_findings.value(i));
    return out;
}

int Validator::worstSeverity(int record) const
{
    int worst = -1;
    for (const Finding &f : findingsOf(record))
        if (worst < 0 || int(f.severity) < worst)
            worst = int(f.severity);
    return worst;
}

} // namespace dtr
