#include "DuplicateKeys.h"

namespace guanxi {

void DuplicateKeys::reserve(qsizetype records)
{
    if (m_queried)
        return;
    for (KeyTable &table : m_tables)
        table.reserve(records);
}

void DuplicateKeys::add(const QStringList &keys, qint64 seq)
{
    if (m_queried)
        return;
    for (int kind = 0; kind < keys.size() && kind < m_tables.size(); ++kind)
        if (!keys[kind].isEmpty())
            m_tables[kind].insert(KeyTable::hash(keys[kind]), seq);
}

bool DuplicateKeys::contradicts(const QStringList &row, const QStringList &record, int matchedKind)
{
    for (int stronger = 0; stronger < matchedKind; ++stronger) {
        const QString &mine = row.value(stronger);
        const QString &theirs = record.value(stronger);
        if (!mine.isEmpty() && !theirs.isEmpty() && mine != theirs)
            return true;
    }
    return false;
}

}  // namespace guanxi
