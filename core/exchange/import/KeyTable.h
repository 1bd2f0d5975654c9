#pragma once

#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace guanxi {

// A compact hash multimap from keys (a normalised phone, e-mail, credit code, name …) to record
// seqs, for finding duplicates among a million rows in bounded memory: each key is kept as a
// 32-bit hash beside its seq, 8 bytes a slot, open addressing with linear probing, at most 3/4
// full — a million keys take 8 to 16 MB, and the strings themselves are not kept. Different keys
// can share a hash, so callers verify every hit against the record itself (ImportLookup); with
// 32 bits that happens about once in four billion lookups per stored key.
// Seqs must be between 1 and 2^32 - 1.
class KeyTable
{
public:
    static quint32 hash(QStringView key);

    void reserve(qsizetype keys);
    // False when the seq does not fit (see above); nothing is stored then.
    bool insert(quint32 hash, qint64 seq);
    // Calls visit(seq) for every seq stored under the hash, in no particular order.
    template<typename Visit>
    void forEach(quint32 hash, Visit visit) const
    {
        if (m_slots.empty())
            return;
        for (std::size_t i = home(hash);; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.seq == 0)
                return;
            if (slot.hash == hash)
                visit(qint64(slot.seq));
        }
    }
    qsizetype size() const { return m_size; }
    qsizetype bytes() const { return qsizetype(m_slots.capacity() * sizeof(Slot)); }

private:
    struct Slot {
        quint32 hash = 0;
        quint32 seq = 0;  // 0: empty
    };
    // Fibonacci hashing spreads the hash's bits over the slot index.
    std::size_t home(quint32 hash) const { return std::size_t((quint64(hash) * 0x9E3779B97F4A7C15ull) >> 32) & m_mask; }
    void grow(std::size_t capacity);

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    qsizetype m_size = 0;
};

}  // namespace guanxi
