#pragma once

#include "RecordTable.h"
#include "SqlSupport.h"
#include "Workspace.h"
#include "domain/Validation.h"

#include <functional>

namespace guanxi {

// How one record type maps to its table: the columns a write sets (besides id and the
// bookkeeping) and how to convert a record to and from them.
template<typename Record>
struct TableMapping {
    QString table;
    QStringList columns;
    QVariantList (*toValues)(const Record &);
    // Reads the mapped columns, which start at query column `first`.
    void (*fromQuery)(const QSqlQuery &, int first, Record &);
};

// The write path every repository shares: validate and normalise, check references, stamp,
// save, read back. Reads select "id, columns…, bookkeeping…" so fromQuery sees the columns at 1.
template<typename Record>
class RecordStore
{
public:
    using Check = std::function<Status(const Record &)>;

    RecordStore(Workspace &workspace, const TableMapping<Record> &mapping)
        : m_workspace(workspace), m_mapping(mapping), m_table(workspace, mapping.table)
    {
    }

    // Validates, runs `check` (references that must exist), stamps and inserts. A caller-chosen
    // id is kept (undo of a deletion re-creates the same row; imports carry ids).
    Result<Record> create(Record record, const Check &check = {})
    {
        if (const FieldErrors errors = Validation::normalizeAndValidate(record); !errors.isEmpty())
            return Validation::toError(errors);
        if (check)
            if (Status ok = check(record); !ok)
                return ok.error();
        const QString requestedId = record.meta.id;
        record.meta = m_workspace.stampNew();
        if (!requestedId.isEmpty())
            record.meta.id = requestedId;
        if (Status saved = m_table.insert(m_mapping.columns, m_mapping.toValues(record), record.meta); !saved)
            return saved.error();
        return record;
    }

    Result<Record> update(Record record, const Check &check = {})
    {
        if (const FieldErrors errors = Validation::normalizeAndValidate(record); !errors.isEmpty())
            return Validation::toError(errors);
        if (check)
            if (Status ok = check(record); !ok)
                return ok.error();
        auto stored = m_table.meta(record.meta.id);
        if (!stored)
            return stored.error();
        record.meta = *stored;
        record.meta.deleted = false;
        m_workspace.stampUpdate(record.meta);
        if (Status saved = m_table.update(m_mapping.columns, m_mapping.toValues(record), record.meta); !saved)
            return saved.error();
        return record;
    }

    Status remove(const QString &id) { return m_table.setDeleted(id, true); }
    Status restore(const QString &id) { return m_table.setDeleted(id, false); }

    // "id, columns…, bookkeeping…", each prefixed with `alias.` when given (for joins).
    QString selectColumns(const QString &alias = {}) const
    {
        const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
        QStringList columns{p + QStringLiteral("id")};
        for (const QString &column : m_mapping.columns)
            columns.append(p + column);
        return columns.join(QStringLiteral(", ")) + QStringLiteral(", ") + RecordTable::metaColumns(alias);
    }
    // The query column right after those of selectColumns(), where joined extras start.
    int firstExtraColumn() const { return 1 + int(m_mapping.columns.size()) + 5; }

    // Live rows matching `where` (SQL over this table's columns), in `orderBy` order.
    Result<QList<Record>> select(const QString &where, const QVariantList &bindings, const QString &orderBy) const
    {
        auto query = sql::run(m_workspace.database(),
                              QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 AND (%3) ORDER BY %4")
                                  .arg(selectColumns(), m_mapping.table, where, orderBy),
                              bindings);
        if (!query)
            return query.error();
        QList<Record> records;
        while (query->next())
            records.append(read(*query));
        if (query->lastError().isValid())
            return sql::toError(query->lastError());
        return records;
    }

    // The live row with this id, or NotFound with `notFoundMessage`.
    Result<Record> get(const QString &id, const QString &notFoundMessage) const
    {
        auto records = select(QStringLiteral("id = ?"), {id}, QStringLiteral("seq"));
        if (!records)
            return records.error();
        if (records->isEmpty())
            return makeError(ErrorCode::NotFound, notFoundMessage);
        return records->first();
    }

    Result<qint64> countLive() { return m_table.countLive(); }

    Record read(const QSqlQuery &query) const
    {
        Record record;
        m_mapping.fromQuery(query, 1, record);
        record.meta = RecordTable::readMeta(query, 0, 1 + int(m_mapping.columns.size()));
        return record;
    }

private:
    Workspace &m_workspace;
    const TableMapping<Record> &m_mapping;
    RecordTable m_table;
};

// Status for "this row exists and is live", for Check callbacks.
Status requireLiveRow(Workspace &workspace, const QString &table, const QString &id, const QString &notFoundMessage);

}  // namespace guanxi
