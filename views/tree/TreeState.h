#pragma once

#include <QSet>
#include <QString>

class QTreeView;

namespace dtr {

class RegisterFilterModel;
class RegisterTreeModel;

// What the register tree shows — which rows are expanded and which is current, by record
// ("level/key") and kommune — so it looks the same when its workspace is opened again (after a
// submission, or new code tables).
struct TreeState
{
    QString workspace;
    QSet<QString> expanded;
    QString current;

    static TreeState capture(const QTreeView &view, const RegisterFilterModel &filter, const RegisterTreeModel &tree,
                             const QString &workspace);
    bool isEmpty() const { return expanded.isEmpty() && current.isEmpty(); }
    // Expands what was expanded; returns the record (overlay index) that was current, or -1.
    int restore(QTreeView &view, const RegisterFilterModel &filter, const RegisterTreeModel &tree) const;
};

} // namespace dtr
