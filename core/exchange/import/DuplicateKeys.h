#pragma once

#include "KeyTable.h"
#include "Result.h"

#include <QStringList>

#include <optional>

namespace guanxi {

// The keys a record can be found by, strongest first (for customers: credit code, phone,
// e-mail, name), over the workspace's records and the rows imported so far.
//
// A row duplicates a record when one of its keys equals the record's key of the same kind and
// no stronger key contradicts it: a key present on both sides with different values. The first
// kind (in strength order) that finds such a record decides; among several records, the oldest
// (lowest seq) wins. So two customers named 张伟 with different mobile numbers are two people,
// while "ACME Ltd" and "ACME Limited" with the same credit code are one company.
//
// Where the candidates come from depends on the size of the file against the table
// (EntityImport::hashesKeys): a large file reads every existing key into compact hash tables
// once (KeyTable, "hashed"); a small one asks the workspace's indexes per row ("queried"),
// which costs a few lookups a row instead of reading a million keys first (the measurements
// are beside EntityImport::hashesKeys). Either way each
// candidate is verified against the record, so both find the same duplicates (up to the
// approximations the entity importers document for the indexes).
class DuplicateKeys
{
public:
    // What a candidate record looks like, read back from the workspace (nullopt: gone or deleted).
    struct Candidate {
        QStringList keys;  // the same kinds, normalised the same way
        QString id;
        QString name;      // for the report
    };
    struct Found {
        qint64 seq = 0;
        int kind = 0;  // index into the keys
        QString id;
        QString name;
    };

    explicit DuplicateKeys(int kinds) : m_tables(kinds) {}

    // Hashed (the default) or queried, see above; decided before the first add().
    void setQueried(bool queried) { m_queried = queried; }
    bool isQueried() const { return m_queried; }
    void reserve(qsizetype records);
    // Empty keys are not indexed. Does nothing when queried: the rows are in the workspace.
    void add(const QStringList &keys, qint64 seq);

    // `read`: Result<std::optional<Candidate>> (qint64 seq), the record as stored.
    // `query`: Result<QList<qint64>> (int kind), the seqs the indexes give for the row's key of
    // that kind; used when queried.
    template<typename ReadCandidate, typename Query>
    Result<std::optional<Found>> find(const QStringList &keys, ReadCandidate read, Query query) const
    {
        for (int kind = 0; kind < keys.size() && kind < m_tables.size(); ++kind) {
            const QString &key = keys[kind];
            if (key.isEmpty())
                continue;
            std::optional<Found> best;
            std::optional<Error> failure;
            const auto consider = [&](qint64 seq) {
                if (failure || (best && best->seq < seq))
                    return;
                auto candidate = read(seq);
                if (!candidate) {
                    failure = candidate.error();
                    return;
                }
                if (!*candidate || (*candidate)->keys.value(kind) != key || contradicts(keys, (*candidate)->keys, kind))
                    return;
                best = Found{seq, kind, (*candidate)->id, (*candidate)->name};
            };
            if (m_queried) {
                auto seqs = query(kind);
                if (!seqs)
                    return seqs.error();
                for (qint64 seq : std::as_const(*seqs))
                    consider(seq);
            } else {
                m_tables[kind].forEach(KeyTable::hash(key), consider);
            }
            if (failure)
                return *failure;
            if (best)
                return best;
        }
        return std::optional<Found>();
    }

private:
    static bool contradicts(const QStringList &row, const QStringList &record, int matchedKind);

    QList<KeyTable> m_tables;
    bool m_queried = false;
};

}  // namespace guanxi
