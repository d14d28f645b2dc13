#include "TreeState.h"

#include "changes/Overlay.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"

#include <QTreeView>

#include <functional>

namespace dtr {

namespace {

QString kommuneId(const QModelIndex &source)
{
    return QStringLiteral("kommune/") + source.data(RegisterTreeModel::KommuneRole).toString();
}

QString idOf(const Overlay &o, int record)
{
    return recordId(o.record(record).level(), o.record(record).nummer());
}

} // namespace

TreeState TreeState::capture(const QTreeView &view, const RegisterFilterModel &filter, const RegisterTreeModel &tree,
                             const QString &workspace)
{
    TreeState state;
    state.workspace = workspace;
    const Overlay *o = tree.overlay();
    if (!o)
        return state;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < filter.rowCount(parent); ++row) {
            const QModelIndex index = filter.index(row, 0, parent);
            if (!view.isExpanded(index))
                continue;
            const QModelIndex source = filter.mapToSource(index);
            const int record = tree.recordOf(source);
            state.expanded.insert(record >= 0 ? idOf(*o, record) : kommuneId(source));
            walk(index);
        }
    };
    walk({});
    const int current = tree.recordOf(filter.mapToSource(view.currentIndex()));
    if (current >= 0 && o->isLive(current))
        state.current = idOf(*o, current);
    return state;
}

int TreeState::restore(QTreeView &view, const RegisterFilterModel &filter, const RegisterTreeModel &tree) const
{
    const Overlay *o = tree.overlay();
    if (!o)
        return -1;
    for (int row = 0; row < filter.rowCount(); ++row)
        if (expanded.contains(kommuneId(filter.mapToSource(filter.index(row, 0)))))
            view.expand(filter.index(row, 0));
    int current = -1;
    for (int i = 0; i < o->size(); ++i) {
        if (!o->isLive(i))
            continue;
        const QString id = idOf(*o, i);
        if (expanded.contains(id))
            view.expand(filter.mapFromSource(tree.indexOfRecord(i)));
        if (id == this->current)
            current = i;
    }
    return current;
}

} // namespace dtr
