#pragma once

#include "Finding.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace dtr {

class ChangeSet;
class CodeTables;

// Runs every rule over the register with its pending changes, and keeps the findings current:
// after each change it re-checks only the records the change can affect (the record, its parent,
// children and grandchildren, and likely-duplicate partners).
class Validator : public QObject
{
    Q_OBJECT

public:
    Validator(ChangeSet *changes, const CodeTables &codes, QObject *parent = nullptr);

    void validateAll();

    const QList<Finding> &findingsOf(int record) const;
    // Every finding, in record order.
    QList<Finding> allFindings() const;
    FindingCounts counts() const { return m_counts; }
    // Worst severity of a record's findings, or -1 when it has none.
    int worstSeverity(int record) const;

    // Acknowledged warnings, as "level/key/rule" (kept in the workspace).
    void setAcknowledged(const QSet<QString> &acknowledged);
    bool isAcknowledged(const Finding &finding) const;
    static QString acknowledgementKey(Level level, const QString &key, const QString &rule);

    // Re-checks what the changes so far affected (called on every change-set change).
    void flush();
    int lastFlushSize() const { return int(m_lastChanged.size()); }
    // The records re-checked by the last flush (all records after validateAll()).
    const QList<int> &lastChanged() const { return m_lastChanged; }

signals:
    void findingsChanged();

private:
    void markDirty(int index);
    void markFamily(int index);
    void updateDuplicateKey(int index, QSet<int> *extra);
    void validateRecord(int index);
    void setFindings(int index, QList<Finding> findings);

    ChangeSet *m_changes;
    const CodeTables &m_codes;
    QHash<int, QList<Finding>> m_findings;
    // One copy of each rule id and message text: most findings repeat a few texts word for word
    // (at a hundred times the country this halves what the findings hold).
    QSet<QString> m_texts;
    QHash<quint64, QList<int>> m_duplicateGroups; // by duplicateKeyHash
    QHash<int, quint64> m_duplicateKeyOf;
    QSet<int> m_dirty;
    QSet<QString> m_acknowledged;
    FindingCounts m_counts;
    QList<int> m_lastChanged;
};

} // namespace dtr
