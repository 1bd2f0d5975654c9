#include "KeyTable.h"

#include <QHashFunctions>

#include <bit>
#include <limits>

namespace guanxi {

quint32 KeyTable::hash(QStringView key)
{
    const size_t h = qHash(key, size_t(0x9E3779B9u));
    return quint32(h) ^ quint32(quint64(h) >> 32);
}

void KeyTable::reserve(qsizetype keys)
{
    const std::size_t wanted = std::bit_ceil(std::size_t(keys) * 4 / 3 + 1);
    if (wanted > m_slots.size())
        grow(wanted);
}

void KeyTable::grow(std::size_t capacity)
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.seq == 0)
            continue;
        std::size_t i = home(slot.hash);
        while (m_slots[i].seq != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }
}

bool KeyTable::insert(quint32 hash, qint64 seq)
{
    if (seq <= 0 || seq > qint64(std::numeric_limits<quint32>::max()))
        return false;
    if (std::size_t(m_size + 1) * 4 > m_slots.size() * 3)
        grow(m_slots.empty() ? 1024 : m_slots.size() * 2);
    std::size_t i = home(hash);
    while (m_slots[i].seq != 0)
        i = (i + 1) & m_mask;
    m_slots[i] = {hash, quint32(seq)};
    ++m_size;
    return true;
}

}  // namespace guanxi
