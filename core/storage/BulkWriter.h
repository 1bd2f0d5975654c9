#pragma once

#include "Result.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Order.h"
#include "domain/Staff.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>
#include <set>

struct sqlite3;
struct sqlite3_stmt;

namespace guanxi {

class Transaction;
class Workspace;

// Stops a running bulk write from another thread or from a signal handler (Ctrl-C): the next
// add() fails with ErrorCode::Cancelled, a long statement (the search re-index) is interrupted,
// and the BulkWriter rolls everything back.
class BulkCancel
{
public:
    // Safe to call from a signal handler: it sets a flag and calls sqlite3_interrupt, as the
    // sqlite3 shell does on Ctrl-C.
    void request() noexcept;
    bool isRequested() const noexcept { return m_requested.load(std::memory_order_relaxed); }

private:
    friend class BulkWriter;
    std::atomic<bool> m_requested{false};
    std::atomic<sqlite3 *> m_handle{nullptr};
};

// Writes many records in one transaction, as fast as SQLite allows: prepared statements reused
// for every row, search triggers suspended and the index rebuilt once at the end. All or
// nothing: until commit() succeeds nothing is visible, and destroying the writer (an error,
// a cancel, an exception) rolls everything back. For the demo generator and the CSV import.
//
//   auto writer = BulkWriter::begin(workspace);
//   for (Customer &c : parsed) if (Status s = (*writer)->add(c); !s) return s;   // c.meta.id is set
//   return (*writer)->commit();
//
// Every record is normalised and validated like a repository write (Validation); references
// are checked by the database (foreign keys). Ids are time-ordered UUIDs (version 7), so rows
// written together sit together in the id indexes. A record that already has an id keeps it;
// one with meta.createdAt set keeps that creation time (imports and demo data have a history);
// updatedAt, the clock stamp and the origin are always this write's.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    enum class Stage { BuildingIndexes, IndexingSearch, Saving, Compacting };
    using StageCallback = std::function<void(Stage)>;

    // How the search index follows the customers and contacts written. The search triggers are
    // off while the writer is open: indexing row by row re-reads a customer's whole entry for
    // every contact, which grows with the square of its contacts.
    enum class SearchIndexing {
        // commit() rebuilds the whole index. For new and empty workspaces.
        RebuildAll,
        // commit() indexes the customers this writer added, and the existing ones announced with
        // searchEntryChanging() before their entry changed. For imports.
        Deferred,
    };

    struct Options {
        BulkCancel *cancel = nullptr;
        // About how many rows will be written. When that is large and at least what the tables
        // already hold, their secondary indexes are dropped at the start and built again by
        // commit(): sorting every key once is many times faster than inserting keys one by one
        // into a large index. Both happen inside the transaction, so a failure changes nothing.
        qint64 expectedRows = 0;
        // The tables whose indexes may be dropped for expectedRows; empty means all of them.
        // An import that reads or changes existing rows keeps the indexes those reads need.
        QStringList deferIndexesOf;
        SearchIndexing search = SearchIndexing::RebuildAll;
        // The page cache while the transaction is open, in KiB; 0 means 512 MiB. Imports ask for
        // less to keep their memory bounded: dirty pages then spill to the log earlier, and the
        // sorts that build deferred indexes spill to temporary files instead of memory.
        qint64 cacheKiB = 0;
    };
    // Below this many expected rows the indexes are kept up to date row by row.
    static constexpr qint64 DeferIndexesFrom = 20000;

    static Result<std::unique_ptr<BulkWriter>> begin(Workspace &workspace, const Options &options);
    static Result<std::unique_ptr<BulkWriter>> begin(Workspace &workspace) { return begin(workspace, Options{}); }
    ~BulkWriter();

    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    Status add(Staff &staff);
    Status add(Customer &customer);
    Status add(Contact &contact);
    Status add(Interaction &interaction);
    Status add(FollowUp &followUp);
    Status add(Order &order);

    qint64 rowsWritten() const { return m_rows; }
    // The seq (rowid) of the row the last add() inserted.
    qint64 lastInsertedSeq() const;

    // Call before anything changes what an existing customer's search entry holds (its name,
    // phone, e-mail, place, or its contacts), however it is written. The first call takes the
    // entry out of the index while it still matches the row; commit() indexes it again. A
    // customer this writer added needs nothing. Only with SearchIndexing::Deferred.
    Status searchEntryChanging(const QString &customerId);

    // Re-indexes search, commits, and folds the write-ahead log back into the file.
    Status commit(const StageCallback &stage = {});

    // A new time-ordered UUID (RFC 9562 version 7), lower case without braces.
    static QString newId();

private:
    enum Table { StaffTable, CustomerTable, ContactTable, InteractionTable, FollowUpTable, OrderTable, TableCount };

    BulkWriter(Workspace &workspace, BulkCancel *cancel);
    Status prepare(const Options &options);
    Status deferIndexes(qint64 expectedRows, const QStringList &tables);
    Status indexSearch();
    Status indexChangedCustomers();
    Status setSearchHashSize(qint64 bytes);
    Status rebuildIndexes();
    Status checkCancelled() const;
    // Stamps the record and binds the bookkeeping columns after the `columns` already bound.
    void stampAndBindMeta(sqlite3_stmt *statement, int columns, RecordMeta &meta);
    Status step(Table table);
    void finalizeStatements();
    void restoreConnection();

    Workspace &m_workspace;
    BulkCancel *m_cancel;
    std::unique_ptr<Transaction> m_transaction;
    sqlite3_stmt *m_statements[TableCount] = {};
    QList<QByteArray> m_deferredIndexes;  // CREATE INDEX statements to run again at commit
    QByteArray m_origin;
    QDateTime m_now;       // updated_at of this write, refreshed every few thousand rows
    QByteArray m_nowText;  // m_now as stored
    qint64 m_rows = 0;
    SearchIndexing m_search = SearchIndexing::RebuildAll;
    qint64 m_firstNewCustomerSeq = 0;
    sqlite3_stmt *m_customerSeq = nullptr;       // for searchEntryChanging()
    std::set<qint64> m_changedCustomers;         // existing customers taken out of the index
    qint64 m_previousCacheSize = 0;
    bool m_connectionTuned = false;
    int m_previousTempStore = 0;
    bool m_boundedMemory = false;
    bool m_tempStoreTuned = false;
    bool m_sorterThreadsTuned = false;
    bool m_committed = false;
};

}  // namespace guanxi
