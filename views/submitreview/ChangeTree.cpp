#include "ChangeTree.h"

#include "codes/CodeTables.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

namespace dtr::changetree {

namespace {

constexpr int LevelRole = Qt::UserRole + 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::ChangeTree", text);
}

} // namespace

void setUp(QTreeWidget *tree, const QStringList &extraHeaders)
{
    tree->setColumnCount(3 + int(extraHeaders.size()));
    tree->setHeaderLabels(QStringList{tr("Ændring"), tr("Før"), tr("Efter")} + extraHeaders);
    tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree->setColumnWidth(0, 330);
    tree->setColumnWidth(1, 170);
    tree->setColumnWidth(2, 170);
    tree->setUniformRowHeights(true);
}

QTreeWidgetItem *levelGroup(QTreeWidget *tree, Level level)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, LevelRole) == int(level))
            return tree->topLevelItem(i);
    auto *group = new QTreeWidgetItem(tree, {levelPluralLabel(level)});
    group->setData(0, LevelRole, int(level));
    group->setFirstColumnSpanned(true);
    group->setExpanded(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    return group;
}

QTreeWidgetItem *addEntry(QTreeWidgetItem *group, const Entry &e, const CodeTables &codes)
{
    auto *item = new QTreeWidgetItem(group, {QStringLiteral("%1 · %2 %3").arg(e.what, e.key, e.name)});
    if (e.moved)
        new QTreeWidgetItem(item, {tr("Flytning"), e.parentBefore, e.parentAfter});
    if (e.statusChanged)
        new QTreeWidgetItem(item, {tr("Aktivitetsstatus"), shown(e.statusBefore), shown(e.statusAfter)});
    for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it)
        new QTreeWidgetItem(item, {fieldLabel(it.key()), shown(it.key(), it.value().first, codes),
                                   shown(it.key(), it.value().second, codes)});
    for (const auto &[name, values] : e.extras)
        new QTreeWidgetItem(item, {name, shown(values.first), shown(values.second)});
    for (int c = 1; c <= 2; ++c)
        for (int k = 0; k < item->childCount(); ++k)
            item->child(k)->setToolTip(c, item->child(k)->text(c));
    item->setExpanded(true);
    return item;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? tr("(tom)") : value;
}

QString shown(Field field, const QString &value, const CodeTables &codes)
{
    const CodeTable *table = codes.tableFor(field);
    bool ok = false;
    const int code = value.toInt(&ok);
    if (!table || !ok || !table->contains(code))
        return shown(value);
    return QStringLiteral("%1 – %2").arg(value, table->label(code));
}

} // namespace dtr::changetree
