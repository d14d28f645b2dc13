#include "Validator.h"
#include "WorstSeverity.h"

#include "RuleProfile.h"
#include "Rules.h"
#include "changes/ChangeSet.h"
#include "geo/Geography.h"

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
    , m_profile(&RuleProfile::current())
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
    refreshStatus();
}

QString Validator::acknowledgementKey(Level level, const QString &key, const QString &rule)
{
    return recordId(level, key) + QLatin1Char('/') + rule;
}

void Validator::setAcknowledged(const QSet<QString> &acknowledged)
{
    m_acknowledged = acknowledged;
    emit findingsChanged({}, true);
}

QString Validator::acknowledgementRule(const Finding &f) const
{
    const Overlay &o = *m_changes->overlay();
    if (f.related < 0 || !o.isLive(f.related))
        return f.rule;
    return f.rule + QLatin1Char(':') + o.record(f.related).nummer();
}

bool Validator::isAcknowledged(const Finding &f) const
{
    if (m_acknowledged.isEmpty())
        return false;
    return !acknowledgementTarget(f, true).rule.isEmpty();
}

Finding Validator::acknowledgementTarget(const Finding &f, bool existing) const
{
    Finding target = f;
    target.rule = acknowledgementRule(f);
    if (!existing)
        return target;
    if (m_acknowledged.contains(acknowledgementKey(f.level, f.entity, target.rule)))
        return target;
    // Acknowledged before pairs were: the rule on the record, or on its partner.
    target.rule = f.rule;
    if (m_acknowledged.contains(acknowledgementKey(f.level, f.entity, f.rule)))
        return target;
    const Overlay &o = *m_changes->overlay();
    if (f.related >= 0 && o.isLive(f.related)) {
        const Record &other = o.record(f.related);
        if (m_acknowledged.contains(acknowledgementKey(other.level(), other.nummer(), f.rule))) {
            target.level = other.level();
            target.entity = other.nummer();
            target.record = f.related;
            return target;
        }
    }
    target.rule.clear();
    return target;
}

std::optional<ProposedFix> Validator::fixFor(const Finding &f) const
{
    const Rule *rule = findRule(f.rule);
    const Overlay &o = *m_changes->overlay();
    if (!rule || !rule->fix || !o.isLive(f.record))
        return std::nullopt;
    const Record &r = o.record(f.record);
    const RuleContext context{o, m_codes, m_duplicateGroups, Geography::bundled()};
    const QString after = rule->fix(context, f.record, r);
    if (after.isEmpty() || after == r.value(rule->fixField))
        return std::nullopt;
    return ProposedFix{f.record, r.level(), r.nummer(), f.rule, rule->fixField, r.value(rule->fixField), after};
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

namespace {

std::array<quint64, 2> duplicateHashes(const Overlay &o, int index)
{
    std::array<quint64, 2> out{0, 0};
    const QStringList keys = duplicateKeys(o, index);
    for (qsizetype k = 0; k < keys.size() && k < 2; ++k)
        out[size_t(k)] = duplicateKeyHash(keys[k]);
    return out;
}

} // namespace

// Moves the record between likely-duplicate groups; the members of the groups it leaves and
// joins are re-checked, as their pairs change.
void Validator::updateDuplicateKeys(int index, QSet<int> *extra)
{
    const DuplicateIndex::Keys old = m_duplicateGroups.keysOf(index);
    const DuplicateIndex::Keys now = duplicateHashes(*m_changes->overlay(), index);
    if (old == now)
        return;
    for (const DuplicateIndex::Keys &keys : {old, now})
        for (quint64 hash : keys)
            if (hash != 0)
                for (int member : m_duplicateGroups.members(hash))
                    if (member != index)
                        extra->insert(member);
    m_duplicateGroups.setKeys(index, now);
}

void Validator::refreshStatus()
{
    m_status.clear();
    for (const Rule &rule : validationRules())
        m_status.append(ruleStatus(rule, m_codes, *m_profile));
}

void Validator::validateAll()
{
    const Overlay &o = *m_changes->overlay();
    m_findings.assign(size_t(o.size()), {}); // keeps the capacity of the last validation
    m_dirty.clear();
    m_counts = {};
    refreshStatus();
    m_duplicateGroups.rebuild(o.size(), [&o](int i) { return duplicateHashes(o, i); });
    // Rules read the record and its parent's; on a large register both are cache misses, so
    // records a few places ahead are fetched meanwhile (the parent's Record first, then its values).
    const Register &base = o.base();
    constexpr int ahead = 8;
    for (int i = 0; i < o.size(); ++i) {
        if (const int next = i + ahead; next < base.size()) {
            base.record(next).prefetch();
            if (const int p = base.parentOf(next); p >= 0)
                base.record(p).prefetch();
            if (const int later = next + ahead; later < base.size())
                if (const int p = base.parentOf(later); p >= 0)
                    __builtin_prefetch(&base.record(p));
        }
        validateRecord(i);
    }
    m_lastChanged.resize(o.size());
    std::iota(m_lastChanged.begin(), m_lastChanged.end(), 0);
    m_validated = true;
    emit findingsChanged(m_lastChanged, true);
}

void Validator::flush()
{
    if (!m_validated) {
        validateAll();
        return;
    }
    if (m_dirty.isEmpty())
        return;
    QSet<int> extra;
    for (int i : std::as_const(m_dirty))
        updateDuplicateKeys(i, &extra);
    m_dirty.unite(extra);
    for (int i : std::as_const(m_dirty))
        validateRecord(i);
    m_lastChanged = QList<int>(m_dirty.cbegin(), m_dirty.cend());
    std::sort(m_lastChanged.begin(), m_lastChanged.end());
    m_dirty.clear();
    emit findingsChanged(m_lastChanged, false);
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
    if (size_t(index) >= m_findings.size()) {
        if (findings.isEmpty())
            return;
        m_findings.resize(size_t(index) + 1);
    }
    QList<Finding> &slot = m_findings[size_t(index)];
    count(m_counts, slot, -1);
    slot = std::move(findings);
    count(m_counts, slot, +1);
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
    const QList<Rule> &rules = validationRules();
    for (qsizetype k = 0; k < rules.size(); ++k) {
        const Rule &rule = rules[k];
        const RuleStatus &status = m_status[k];
        if (!status.enabled || !rule.appliesTo(r.level()))
            continue;
        rule.check(context, index, r,
                   Emit([&](std::optional<Field> field, const QString &message, int related, bool inferred) {
                       // A finding resting on a less certain fact than its rule warns at most.
                       Severity severity = status.severity;
                       Certainty certainty = status.certainty;
                       if (inferred && certainty == Certainty::Confirmed) {
                           certainty = Certainty::Inferred;
                           if (!status.overridden && severity == Severity::Error)
                               severity = Severity::Warning;
                       }
                       found.append({severity, r.level(), certainty, field, QString(rule.id), r.nummer(), message,
                                     index, related});
                   }));
    }
    setFindings(index, std::move(found));
}

const Overlay &Validator::overlay() const
{
    return *m_changes->overlay();
}

const QList<Finding> &Validator::findingsOf(int record) const
{
    static const QList<Finding> none;
    return record >= 0 && size_t(record) < m_findings.size() ? m_findings[size_t(record)] : none;
}

QList<Finding> Validator::allFindings() const
{
    QList<Finding> out;
    out.reserve(m_counts.total());
    for (const QList<Finding> &findings : m_findings)
        out.append(findings);
    return out;
}

int Validator::worstSeverity(int record) const
{
    return dtr::worstSeverity(findingsOf(record));
}

} // namespace dtr
