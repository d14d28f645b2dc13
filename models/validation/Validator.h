#pragma once

#include "DuplicateIndex.h"
#include "Finding.h"
#include "Rules.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <array>
#include <optional>

namespace dtr {

class ChangeSet;
class Overlay;
class CodeTables;
class RuleProfile;

// A mechanical fix a rule offers for one finding: the field's value before and after.
struct ProposedFix
{
    int record = -1;
    Level level = Level::Daginstitution;
    QString entity;
    QString rule;
    Field field = Field::Navn;
    QString before;
    QString after;
};

// Runs every rule over the register with its pending changes, and keeps the findings current:
// after each change it re-checks only the records the change can affect (the record, its parent,
// children and grandchildren, and likely-duplicate partners). Rules run as the rule profile
// says (on/off, severity); a finding carries its rule's certainty.
class Validator : public QObject
{
    Q_OBJECT

public:
    Validator(ChangeSet *changes, const CodeTables &codes, QObject *parent = nullptr);

    // The profile to validate with (RuleProfile::current() unless set); takes effect at the next
    // validateAll().
    void setProfile(const RuleProfile *profile) { m_profile = profile; }
    const RuleProfile &profile() const { return *m_profile; }

    void validateAll();
    // Whether validateAll() has run: until it has, there are no findings and flush() runs it.
    bool isValidated() const { return m_validated; }

    // The records the findings are about (their `record` and `related` index into it).
    const Overlay &overlay() const;

    const QList<Finding> &findingsOf(int record) const;
    // Every finding, in record order.
    QList<Finding> allFindings() const;
    FindingCounts counts() const { return m_counts; }
    // Worst severity of a record's findings, or -1 when it has none.
    int worstSeverity(int record) const;

    // Acknowledged warnings, as "level/key/rule" (kept in the workspace). A pair finding is
    // acknowledged once per pair: on the record it is reported on, under the rule id
    // "<rule>:<the other record's number>" (an older acknowledgement of the rule on either record
    // counts too).
    void setAcknowledged(const QSet<QString> &acknowledged);
    bool isAcknowledged(const Finding &finding) const;
    static QString acknowledgementKey(Level level, const QString &key, const QString &rule);
    // The rule id an acknowledgement of the finding is stored under.
    QString acknowledgementRule(const Finding &finding) const;
    // The finding as its acknowledgement is stored: for a pair, on the reporting record with the
    // pair's rule id; when `existing`, under whichever stored key acknowledges it now.
    Finding acknowledgementTarget(const Finding &finding, bool existing = false) const;

    // The mechanical fix the finding's rule offers for it, if any.
    std::optional<ProposedFix> fixFor(const Finding &finding) const;

    // Re-checks what the changes so far affected (called on every change-set change).
    void flush();
    int lastFlushSize() const { return int(m_lastChanged.size()); }
    // The records re-checked by the last flush (all records after validateAll()).
    const QList<int> &lastChanged() const { return m_lastChanged; }

signals:
    // After findings changed: those of `records` (ascending), or of every record when `all`
    // (a whole validation, new acknowledgements).
    void findingsChanged(const QList<int> &records, bool all);

private:
    void refreshStatus();
    void markDirty(int index);
    void markFamily(int index);
    void updateDuplicateKeys(int index, QSet<int> *extra);
    void validateRecord(int index);
    void setFindings(int index, QList<Finding> findings);

    ChangeSet *m_changes;
    const CodeTables &m_codes;
    const RuleProfile *m_profile;
    QList<RuleStatus> m_status; // per validationRules() entry, as of the last validateAll()
    // Per record index (grown as records are added): a direct slot, no hash, so a whole
    // validation writes them in record order.
    std::vector<QList<Finding>> m_findings;
    // One copy of each rule id and message text: most findings repeat a few texts word for word
    // (at a hundred times the country this halves what the findings hold).
    QSet<QString> m_texts;
    DuplicateIndex m_duplicateGroups; // active records by duplicateKeyHash
    QSet<int> m_dirty;
    QSet<QString> m_acknowledged;
    FindingCounts m_counts;
    bool m_validated = false; // validateAll() has run; until then flush() runs it
    QList<int> m_lastChanged;
};

} // namespace dtr
