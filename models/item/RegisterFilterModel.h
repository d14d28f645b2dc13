#pragma once

#include "register/Field.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace dtr {

class RegisterTreeModel;

// Search-as-you-type and filters over the register tree. A record is shown when it meets
// every active criterion; its ancestors are shown to keep it reachable (recursive filtering).
class RegisterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegisterFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Words separated by spaces; every word must occur (case-insensitively) in the record's
    // name, number, address or P-nummer.
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    void setLevelFilter(std::optional<Level> level);
    void setTypeFilter(std::optional<int> instType3);
    // true: only active, false: only closed (Nedlagt), nullopt: both.
    void setActiveFilter(std::optional<bool> active);
    void setKommuneFilter(std::optional<int> kommuneKode);
    // Only records with pending changes ("kun ændrede").
    void setChangedOnly(bool changedOnly);
    bool changedOnly() const { return m_changedOnly; }
    // Only records not yet marked as reviewed ("ikke gennemgåede").
    void setUnreviewedOnly(bool unreviewedOnly);
    bool unreviewedOnly() const { return m_unreviewedOnly; }

    bool isFiltering() const;
    // How many criteria are active (the search counts as one).
    int activeFilterCount() const;
    // Whether the record itself meets every active criterion (not only through a descendant, as
    // the tree shows ancestors). The map shows exactly these.
    bool acceptsRecord(int recordIndex) const;
    // The status filter: true only active, false only closed, nullopt both.
    std::optional<bool> activeFilter() const { return m_active; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    RegisterTreeModel *m_tree = nullptr;
    QStringList m_words;
    std::optional<Level> m_level;
    std::optional<int> m_type;
    std::optional<bool> m_active;
    std::optional<int> m_kommune;
    bool m_changedOnly = false;
    bool m_unreviewedOnly = false;
};

} // namespace dtr
