#include "DuplicateIndex.h"

namespace dtr {

void DuplicateIndex::clear()
{
    m_first.clear();
    m_next.clear();
    m_keys.clear();
}

DuplicateIndex::Keys DuplicateIndex::keysOf(int record) const
{
    return record >= 0 && size_t(record) < m_keys.size() ? m_keys[size_t(record)] : Keys{0, 0};
}

bool DuplicateIndex::setKeys(int record, const Keys &keys)
{
    const Keys old = keysOf(record);
    if (old == keys)
        return false;
    if (size_t(record) >= m_keys.size()) {
        m_keys.resize(size_t(record) + 1, Keys{0, 0});
        m_next.resize(2 * (size_t(record) + 1), -1);
    }
    for (int slot = 0; slot < 2; ++slot)
        if (old[size_t(slot)] != 0)
            unlink(2 * record + slot, old[size_t(slot)]);
    for (int slot = 0; slot < 2; ++slot)
        if (keys[size_t(slot)] != 0)
            link(2 * record + slot, keys[size_t(slot)]);
    m_keys[size_t(record)] = keys;
    return true;
}

QList<int> DuplicateIndex::members(quint64 hash) const
{
    QList<int> out;
    for (int e = m_first.value(hash, -1); e >= 0; e = m_next[size_t(e)])
        out.append(e / 2);
    return out;
}

void DuplicateIndex::link(int entry, quint64 hash)
{
    const auto it = m_first.find(hash);
    if (it == m_first.end()) {
        m_next[size_t(entry)] = -1;
        m_first.insert(hash, entry);
    } else {
        m_next[size_t(entry)] = *it;
        *it = entry;
    }
}

void DuplicateIndex::unlink(int entry, quint64 hash)
{
    const auto it = m_first.find(hash);
    if (it == m_first.end())
        return;
    if (*it == entry) {
        if (m_next[size_t(entry)] < 0)
            m_first.erase(it);
        else
            *it = m_next[size_t(entry)];
    } else {
        int before = *it;
        while (m_next[size_t(before)] >= 0 && m_next[size_t(before)] != entry)
            before = m_next[size_t(before)];
        if (m_next[size_t(before)] == entry)
            m_next[size_t(before)] = m_next[size_t(entry)];
    }
    m_next[size_t(entry)] = -1;
}

} // namespace dtr
