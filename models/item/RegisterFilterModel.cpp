#include "RegisterFilterModel.h"

#include "RegisterTreeModel.h"

namespace dtr {

namespace {

bool containsWord(const Record &r, const QString &word)
{
    static const Field searched[] = {Field::Navn,      Field::Nummer,     Field::PNummer, Field::VejNavn,
                                     Field::HusNummer, Field::PostNummer, Field::ByNavn};
    for (Field f : searched)
        if (hasField(r.level(), f) && r.value(f).contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

RegisterFilterModel::RegisterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RegisterFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_tree = qobject_cast<RegisterTreeModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RegisterFilterModel::refilter()
{
    invalidateRowsFilter();
}

void RegisterFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void RegisterFilterModel::setLevelFilter(std::optional<Level> level)
{
    m_level = level;
    refilter();
}

void RegisterFilterModel::setTypeFilter(std::optional<int> instType3)
{
    m_type = instType3;
    refilter();
}

void RegisterFilterModel::setActiveFilter(std::optional<bool> active)
{
    m_active = active;
    refilter();
}

void RegisterFilterModel::setKommuneFilter(std::optional<int> kommuneKode)
{
    m_kommune = kommuneKode;
    refilter();
}

void RegisterFilterModel::setChangedOnly(bool changedOnly)
{
    m_changedOnly = changedOnly;
    refilter();
}

void RegisterFilterModel::setUnreviewedOnly(bool unreviewedOnly)
{
    m_unreviewedOnly = unreviewedOnly;
    refilter();
}

bool RegisterFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_level || m_type || m_active || m_kommune || m_changedOnly || m_unreviewedOnly;
}

int RegisterFilterModel::activeFilterCount() const
{
    return int(!m_words.isEmpty()) + int(m_level.has_value()) + int(m_type.has_value()) + int(m_active.has_value()) +
           int(m_kommune.has_value()) + int(m_changedOnly) + int(m_unreviewedOnly);
}

bool RegisterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tree || !isFiltering())
        return true;
    const QModelIndex index = m_tree->index(sourceRow, 0, sourceParent);
    const int recordIndex = m_tree->recordOf(index);
    if (recordIndex < 0) {
        // Group rows show only through a matching record below them, except that a kommune
        // filter alone shows its kommune row.
        if (m_kommune && m_words.isEmpty() && !m_level && !m_type && !m_active && !m_changedOnly && !m_unreviewedOnly &&
            m_tree->kindOf(index) == RegisterTreeModel::KommuneNode)
            return index.data(RegisterTreeModel::KommuneRole).toInt() == *m_kommune;
        return false;
    }
    return acceptsRecord(recordIndex);
}

bool RegisterFilterModel::acceptsRecord(int recordIndex) const
{
    if (!m_tree || !isFiltering())
        return true;
    const Overlay &reg = *m_tree->overlay();
    const Record &r = reg.record(recordIndex);
    if (m_changedOnly && m_tree->changeFlags(recordIndex) == 0)
        return false;
    if (m_unreviewedOnly && (m_tree->isReviewed(recordIndex) || !r.isActive()))
        return false;
    if (m_level && r.level() != *m_level)
        return false;
    if (m_type && (r.level() != Level::Anvisningsenhed || r.code(Field::InstType3) != m_type))
        return false;
    if (m_active && r.isActive() != *m_active)
        return false;
    if (m_kommune && reg.admKommuneOf(recordIndex) != *m_kommune)
        return false;
    for (const QString &word : m_words)
        if (!containsWord(r, word))
            return false;
    return true;
}

} // namespace dtr
