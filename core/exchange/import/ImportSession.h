#pragma once

#include "ColumnMapping.h"
#include "ImportOptions.h"
#include "ImportReport.h"
#include "KeyTable.h"
#include "RecordSource.h"
#include "storage/BulkWriter.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ImportLookup.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <vector>

namespace guanxi {

class Workspace;

// The rows one import created, per table, as ranges of consecutive seqs (what
// ImportBatchRepository records), and the file line each row of the imported table came from.
class CreatedRows
{
public:
    void add(const QString &table, qint64 seq, qint64 line = 0);
    bool contains(const QString &table, qint64 seq) const;
    // The file line the record with this seq of `table` was created from, or 0.
    qint64 lineOf(const QString &table, qint64 seq) const;
    const QHash<QString, QList<SeqRange>> &ranges() const { return m_ranges; }

private:
    QHash<QString, QList<SeqRange>> m_ranges;
    QString m_linesTable;            // the first table given lines: the entity's own
    std::vector<quint32> m_lines;    // in creation order, for m_linesTable
};

// What one row came to.
struct RowResult {
    enum class Kind { Created, Updated, Skipped, Rejected };
    Kind kind = Kind::Created;
    QString reason;  // Rejected: translated sentences, one per problem
    std::optional<DuplicateMatch> duplicate;

    static RowResult rejected(const QStringList &problems);
};

// A customer named or identified by a cell of a contacts, orders or interactions file.
struct CustomerReference {
    QString id;
    QString name;
    QString problem;       // why the row must be rejected; empty when found
    bool missing = false;  // no customer has the name (the problem says so)
};

// Everything the per-entity importers share while one import runs: the open bulk write, the
// lookups, the batch being recorded, the mapping, and the references they resolve.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    ImportSession(Workspace &workspace, BulkWriter &writer, const ColumnMapping &mapping, const ImportOptions &options,
                  QString batchId);

    Workspace &workspace() { return m_workspace; }
    BulkWriter &writer() { return m_writer; }
    ImportLookup &lookup() { return m_lookup; }
    ImportBatchRepository &batches() { return m_batches; }
    const ColumnMapping &mapping() const { return m_mapping; }
    const ImportOptions &options() const { return m_options; }
    const QString &batchId() const { return m_batchId; }
    CreatedRows &created() { return m_created; }
    const CreatedRows &created() const { return m_created; }

    // The cell of `column` (a ColumnMapping column, -1 when unmapped) as ImportValues::cell reads it.
    static QString cell(const SourceRecord &record, int column);

    // A team member by name (ignoring case), created when there is none.
    Result<QString> staffId(const QString &name);
    // The customer a row refers to, by the customer-id cell or the customer cell (a name, or an
    // id). Loads the customers' names on first use, or asks the index of sort keys row by row
    // (setCustomerNamesIndexed) when the file is small against the customers.
    Result<CustomerReference> customer(const QString &idCell, const QString &nameCell);
    // Writes a customer the import creates (ImportOptions::createMissingCustomers), records it
    // for undo, and lets customer() find it from now on.
    Status addCustomer(Customer &customer);

    void setCustomerNamesIndexed(bool indexed) { m_customerNamesIndexed = indexed; }

    // Writes an update through `write` (a repository's update, returning Result<Record>) and, for
    // a record that was there before this import, records the values it overwrote so that undo
    // restores them. A record an earlier row created needs no history: undo removes it anyway.
    template<typename Write>
    auto writeUpdate(const QString &table, const QString &id, qint64 seq, Write write) -> decltype(write())
    {
        const bool existedBefore = !m_created.contains(table, seq);
        QJsonObject before;
        if (existedBefore) {
            auto values = m_batches.columnValues(table, id);
            if (!values)
                return values.error();
            before = *values;
        }
        auto updated = write();
        if (updated && existedBefore)
            if (Status recorded = recordUpdate(table, id, before, updated->meta.hlc); !recorded)
                return recorded.error();
        return updated;
    }

    // Writes the created ranges to the batch.
    Status recordCreatedRanges();

private:
    // Records an update of an existing record for undo: `before` is columnValues() before it.
    Status recordUpdate(const QString &table, const QString &id, const QJsonObject &before, quint64 hlc);
    Status loadCustomerNames();

    Workspace &m_workspace;
    BulkWriter &m_writer;
    ImportLookup m_lookup;
    ImportBatchRepository m_batches;
    const ColumnMapping &m_mapping;
    const ImportOptions &m_options;
    QString m_batchId;
    CreatedRows m_created;

    bool m_staffLoaded = false;
    QHash<QString, QString> m_staffByName;  // case-folded name → id
    bool m_customerNamesLoaded = false;
    bool m_customerNamesIndexed = false;
    KeyTable m_customerNames;  // folded name → seq
};

}  // namespace guanxi
