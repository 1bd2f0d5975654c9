#include "BulkWriter.h"

#include "SqlSupport.h"
#include "Workspace.h"
#include "domain/Validation.h"
#include "search/SortKey.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

#include <sqlite3.h>

namespace guanxi {

namespace {

// The columns each add() binds, in order, followed by the bookkeeping columns. The column
// lists follow core/storage/migrations; test_demo reads bulk-written rows back through the
// repositories, so a column that drifts from the repositories' mapping fails a test.
constexpr const char *insertStatements[] = {
    "INSERT INTO staff (name, email, phone, active, id, created_at, updated_at, hlc, origin) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO customers (name, sort_key, kind, tier, lifecycle, lifecycle_manual, segment, owner_id, source, "
    "industry, city, region, address, phone, email, website, credit_code, tags, notes, do_not_contact, satisfaction, "
    "id, created_at, updated_at, hlc, origin) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO contacts (customer_id, name, title, role, phone, email, wechat, notes, is_primary, "
    "id, created_at, updated_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO interactions (customer_id, contact_id, staff_id, channel, occurred_at, summary, commitments, "
    "id, created_at, updated_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO follow_ups (customer_id, interaction_id, owner_id, title, due_on, snoozed_until, status, done_at, "
    "notes, id, created_at, updated_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO orders (customer_id, order_number, ordered_on, amount_minor, cost_minor, currency, product, notes, "
    "id, created_at, updated_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
};

// A bigger page cache while the transaction is open: the index pages of a large import stay in
// memory instead of being spilled to the log and read back. 512 MiB, in KiB as cache_size wants.
constexpr qint64 BulkCacheKiB = 512 * 1024;
constexpr qint64 BulkSearchHashSize = 16 * 1024 * 1024;
constexpr qint64 DefaultSearchHashSize = 1024 * 1024;  // FTS5's own

// Helper threads SQLite may use to sort the keys of the indexes built again at commit (PRAGMA
// threads): the sorts of a million-row index split over the cores. Each helper sorts in up to a
// cache's worth of memory, so bounded-memory writers (imports) take at most one.
int sorterThreads(bool boundedMemory)
{
    const int spareCores = QThread::idealThreadCount() - 1;
    return std::clamp(spareCores, 0, boundedMemory ? 1 : 3);
}

// Binds one row's values from the first parameter on; text is copied by SQLite.
class RowBinder
{
public:
    explicit RowBinder(sqlite3_stmt *statement) : m_statement(statement) {}

    RowBinder &text(const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    RowBinder &bytes(const QByteArray &value)
    {
        sqlite3_bind_text(m_statement, ++m_index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    // SQL NULL for an empty string: optional references and codes.
    RowBinder &textOrNull(const QString &value) { return value.isEmpty() ? null() : text(value); }
    RowBinder &integer(qint64 value)
    {
        sqlite3_bind_int64(m_statement, ++m_index, value);
        return *this;
    }
    RowBinder &null()
    {
        sqlite3_bind_null(m_statement, ++m_index);
        return *this;
    }
    int count() const { return m_index; }

private:
    sqlite3_stmt *m_statement;
    int m_index = 0;
};

template<typename E>
QString optionalCode(const std::optional<E> &value)
{
    return value ? enumCode(*value) : QString();
}

// "2026-11-23T09:07:00.000Z", the same text as sql::utcText, without QDateTime's formatter.
QByteArray utcBytes(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
                                t.hour(), t.minute(), t.second(), t.msec());
    return QByteArray(buffer, n);
}

}  // namespace

void BulkCancel::request() noexcept
{
    m_requested.store(true);
    if (sqlite3 *handle = m_handle.load())
        sqlite3_interrupt(handle);
}

QString BulkWriter::newId()
{
    // 48 bits of Unix milliseconds, version 7, 12 bits of a counter that keeps ids made in the
    // same millisecond in order, the variant, 62 random bits (RFC 9562, method 1).
    static std::atomic<quint64> lastTimeAndCounter{0};
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) << 12;
    quint64 previous = lastTimeAndCounter.load();
    quint64 next;
    do {
        next = std::max(now, previous + 1);
    } while (!lastTimeAndCounter.compare_exchange_weak(previous, next));
    const quint64 milliseconds = next >> 12;
    const quint64 counter = next & 0xFFF;
    const quint64 high = (milliseconds << 16) | (quint64(7) << 12) | counter;
    const quint64 low = (QRandomGenerator::global()->generate64() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    char text[37];
    std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", unsigned(high >> 32), unsigned((high >> 16) & 0xFFFF),
                  unsigned(high & 0xFFFF), unsigned(low >> 48), static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFull));
    return QString::fromLatin1(text, 36);
}

BulkWriter::BulkWriter(Workspace &workspace, BulkCancel *cancel) : m_workspace(workspace), m_cancel(cancel) {}

Result<std::unique_ptr<BulkWriter>> BulkWriter::begin(Workspace &workspace, const Options &options)
{
    std::unique_ptr<BulkWriter> writer(new BulkWriter(workspace, options.cancel));
    if (Status ready = writer->prepare(options); !ready)
        return ready.error();
    return writer;
}

Status BulkWriter::prepare(const Options &options)
{
    m_search = options.search;
    m_boundedMemory = options.cacheKiB > 0;
    if (m_workspace.inTransaction())
        return makeError(ErrorCode::InvalidArgument, tr("A bulk write cannot start inside another transaction."));
    // Connection settings first: SQLite reads temp_store when the transaction begins.
    sqlite3 *db = m_workspace.handle();
    if (auto cache = sql::scalar(m_workspace.database(), QStringLiteral("PRAGMA cache_size")); cache) {
        m_previousCacheSize = cache->toLongLong();
        const qint64 cacheKiB = options.cacheKiB > 0 ? options.cacheKiB : BulkCacheKiB;
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(-cacheKiB);
        sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
        m_connectionTuned = true;
    }
    if (auto store = sql::scalar(m_workspace.database(), QStringLiteral("PRAGMA temp_store")); store) {
        // Every insert fires the (suspended) search triggers and checks foreign keys, so SQLite
        // keeps a statement journal per row; in a file that is a write system call per page.
        m_previousTempStore = store->toInt();
        sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
        m_tempStoreTuned = true;
    }
    auto transaction = m_workspace.beginWrite();
    if (!transaction)
        return transaction.error();
    m_transaction = std::move(*transaction);
    m_workspace.setSearchAutoIndex(false);
    if (m_cancel)
        m_cancel->m_handle.store(db);
    if (m_search == SearchIndexing::Deferred) {
        auto next = sql::scalar(m_workspace.database(), QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM customers"));
        if (!next)
            return next.error();
        m_firstNewCustomerSeq = next->toLongLong();
    }
    if (Status deferred = deferIndexes(options.expectedRows, options.deferIndexesOf); !deferred)
        return deferred;

    for (int table = 0; table < TableCount; ++table) {
        if (sqlite3_prepare_v3(db, insertStatements[table], -1, SQLITE_PREPARE_PERSISTENT, &m_statements[table], nullptr)
            != SQLITE_OK)
            return sql::toError(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)),
                                tr("Preparing the bulk write failed"));
    }
    m_origin = m_workspace.replicaId().toUtf8();
    m_now = QDateTime::currentDateTimeUtc();
    m_nowText = utcBytes(m_now);
    return checkCancelled();
}

Status BulkWriter::deferIndexes(qint64 expectedRows, const QStringList &tables)
{
    if (expectedRows < DeferIndexesFrom)
        return {};
    auto existing = sql::scalar(m_workspace.database(),
                                QStringLiteral("SELECT (SELECT coalesce(max(seq), 0) FROM staff) + (SELECT coalesce(max(seq), 0) FROM customers)"
                                               " + (SELECT coalesce(max(seq), 0) FROM contacts) + (SELECT coalesce(max(seq), 0) FROM interactions)"
                                               " + (SELECT coalesce(max(seq), 0) FROM follow_ups) + (SELECT coalesce(max(seq), 0) FROM orders)"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > expectedRows)
        return {};  // rebuilding would cost more than it saves
    // The indexes the schema declares (not the automatic ones behind UNIQUE, which the foreign
    // keys need), read from the schema itself so that new migrations are covered.
    auto indexes = sql::run(m_workspace.database(),
                            QStringLiteral("SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                                           "tbl_name IN ('staff', 'customers', 'contacts', 'interactions', 'follow_ups', 'orders') "
                                           "ORDER BY name"));
    if (!indexes)
        return indexes.error();
    QList<QPair<QByteArray, QByteArray>> found;
    while (indexes->next()) {
        if (!tables.isEmpty() && !tables.contains(indexes->value(2).toString()))
            continue;
        found.append({indexes->value(0).toString().toUtf8(), indexes->value(1).toString().toUtf8()});
    }
    for (const auto &[name, definition] : std::as_const(found)) {
        const QByteArray drop = "DROP INDEX \"" + name + '"';
        if (sqlite3_exec(m_workspace.handle(), drop.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return sql::toError(sqlite3_errcode(m_workspace.handle()), QString::fromUtf8(sqlite3_errmsg(m_workspace.handle())),
                                tr("Preparing the bulk write failed"));
        m_deferredIndexes.append(definition);
    }
    return {};
}

Status BulkWriter::rebuildIndexes()
{
    if (m_boundedMemory && m_tempStoreTuned) {
        // CREATE INDEX sorts every key; with temp_store = MEMORY a million-row index is sorted
        // in the heap. The per-row statement journals it was set for are over by now.
        sqlite3_exec(m_workspace.handle(), "PRAGMA temp_store = FILE", nullptr, nullptr, nullptr);
    }
    if (!m_deferredIndexes.isEmpty()) {
        const QByteArray threads = "PRAGMA threads = " + QByteArray::number(sorterThreads(m_boundedMemory));
        sqlite3_exec(m_workspace.handle(), threads.constData(), nullptr, nullptr, nullptr);
        m_sorterThreadsTuned = true;
    }
    for (const QByteArray &definition : std::as_const(m_deferredIndexes)) {
        if (Status cancelled = checkCancelled(); !cancelled)
            return cancelled;
        if (sqlite3_exec(m_workspace.handle(), definition.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            if (Status cancelled = checkCancelled(); !cancelled)
                return cancelled;
            return sql::toError(sqlite3_errcode(m_workspace.handle()), QString::fromUtf8(sqlite3_errmsg(m_workspace.handle())),
                                tr("Building the indexes failed"));
        }
    }
    m_deferredIndexes.clear();
    return {};
}

BulkWriter::~BulkWriter()
{
    finalizeStatements();
    m_transaction.reset();  // rolls back unless committed
    restoreConnection();
}

void BulkWriter::finalizeStatements()
{
    for (sqlite3_stmt *&statement : m_statements) {
        sqlite3_finalize(statement);
        statement = nullptr;
    }
    sqlite3_finalize(m_customerSeq);
    m_customerSeq = nullptr;
}

void BulkWriter::restoreConnection()
{
    if (m_cancel)
        m_cancel->m_handle.store(nullptr);
    m_workspace.setSearchAutoIndex(true);
    if (m_connectionTuned) {
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(m_previousCacheSize);
        sqlite3_exec(m_workspace.handle(), pragma.constData(), nullptr, nullptr, nullptr);
        m_connectionTuned = false;
    }
    if (m_tempStoreTuned) {
        const QByteArray pragma = "PRAGMA temp_store = " + QByteArray::number(m_previousTempStore);
        sqlite3_exec(m_workspace.handle(), pragma.constData(), nullptr, nullptr, nullptr);
        m_tempStoreTuned = false;
    }
    if (m_sorterThreadsTuned) {
        sqlite3_exec(m_workspace.handle(), "PRAGMA threads = 0", nullptr, nullptr, nullptr);
        m_sorterThreadsTuned = false;
    }
}

Status BulkWriter::checkCancelled() const
{
    if (m_cancel && m_cancel->isRequested())
        return makeError(ErrorCode::Cancelled, tr("Cancelled: nothing was saved."));
    return {};
}

void BulkWriter::stampAndBindMeta(sqlite3_stmt *statement, int columns, RecordMeta &meta)
{
    if ((m_rows & 0xFFF) == 0) {
        m_now = QDateTime::currentDateTimeUtc();
        m_nowText = utcBytes(m_now);
    }
    if (meta.id.isEmpty())
        meta.id = newId();
    const bool backdated = meta.createdAt.isValid();
    if (!backdated)
        meta.createdAt = m_now;
    meta.updatedAt = m_now;
    meta.hlc = m_workspace.clock().tick();
    meta.origin = m_workspace.replicaId();
    meta.deleted = false;

    const QByteArray id = meta.id.toLatin1();
    int i = columns;
    sqlite3_bind_text(statement, ++i, id.constData(), int(id.size()), SQLITE_TRANSIENT);
    if (backdated) {
        const QByteArray created = utcBytes(meta.createdAt);
        sqlite3_bind_text(statement, ++i, created.constData(), int(created.size()), SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_text(statement, ++i, m_nowText.constData(), int(m_nowText.size()), SQLITE_TRANSIENT);
    }
    sqlite3_bind_text(statement, ++i, m_nowText.constData(), int(m_nowText.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(statement, ++i, qint64(meta.hlc));
    sqlite3_bind_text(statement, ++i, m_origin.constData(), int(m_origin.size()), SQLITE_STATIC);
}

Status BulkWriter::step(Table table)
{
    sqlite3_stmt *statement = m_statements[table];
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE) {
        if (Status cancelled = checkCancelled(); !cancelled)
            return cancelled;
        sqlite3 *db = m_workspace.handle();
        const int code = sqlite3_extended_errcode(db);
        if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
            return makeError(ErrorCode::NotFound, tr("A record refers to another one that does not exist."),
                             QString::fromUtf8(sqlite3_errmsg(db)));
        return sql::toError(rc, QString::fromUtf8(sqlite3_errmsg(db)), tr("Saving the records failed"));
    }
    ++m_rows;
    return {};
}

qint64 BulkWriter::lastInsertedSeq() const
{
    return sqlite3_last_insert_rowid(m_workspace.handle());
}

Status BulkWriter::searchEntryChanging(const QString &customerId)
{
    if (m_search != SearchIndexing::Deferred)
        return {};
    sqlite3 *db = m_workspace.handle();
    if (!m_customerSeq
        && sqlite3_prepare_v3(db, "SELECT seq FROM customers WHERE id = ?", -1, SQLITE_PREPARE_PERSISTENT, &m_customerSeq, nullptr)
               != SQLITE_OK)
        return sql::toError(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), tr("Preparing the bulk write failed"));
    const QByteArray id = customerId.toUtf8();
    sqlite3_bind_text(m_customerSeq, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_customerSeq);
    const qint64 seq = rc == SQLITE_ROW ? sqlite3_column_int64(m_customerSeq, 0) : 0;
    sqlite3_reset(m_customerSeq);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sql::toError(rc, QString::fromUtf8(sqlite3_errmsg(db)), tr("Writing the records failed"));
    if (seq == 0 || seq >= m_firstNewCustomerSeq || m_changedCustomers.count(seq))
        return {};
    if (Status removed = m_workspace.unindexSearchEntries(QStringLiteral("seq = ?"), {seq}); !removed)
        return removed;
    m_changedCustomers.insert(seq);
    return {};
}

Status BulkWriter::indexSearch()
{
    switch (m_search) {
    case SearchIndexing::RebuildAll:
        return m_workspace.rebuildSearch();
    case SearchIndexing::Deferred: {
        // The new customers have no index entries yet.
        if (Status sized = setSearchHashSize(BulkSearchHashSize); !sized)
            return sized;
        if (Status indexed = m_workspace.indexSearchEntries(QStringLiteral("seq >= ?"), {m_firstNewCustomerSeq}); !indexed)
            return indexed;
        if (Status changed = indexChangedCustomers(); !changed)
            return changed;
        return setSearchHashSize(DefaultSearchHashSize);
    }
    }
    return {};
}

// FTS5 collects new terms in memory and writes them out as a segment whenever they exceed its
// hash size (1 MiB by default); many small segments must then be merged again. A larger hash
// while indexing hundreds of thousands of customers saves about a sixth of the indexing time
// for about 20 MiB more memory. The setting is stored in the index, so it is put back after.
Status BulkWriter::setSearchHashSize(qint64 bytes)
{
    auto set = sql::run(m_workspace.database(),
                        QStringLiteral("INSERT INTO customer_search(customer_search, rank) VALUES ('hashsize', ?)"), {bytes});
    return set ? Status() : Status(set.error());
}

Status BulkWriter::indexChangedCustomers()
{
    // A few hundred per statement: one statement per customer would be prepared a million times
    // for a large contacts import.
    constexpr qsizetype PerStatement = 500;
    QVariantList seqs;
    const auto flush = [&]() -> Status {
        if (seqs.isEmpty())
            return {};
        QStringList marks(seqs.size(), QStringLiteral("?"));
        Status indexed = m_workspace.indexSearchEntries(QStringLiteral("seq IN (%1)").arg(marks.join(QLatin1Char(','))), seqs);
        seqs.clear();
        if (!indexed)
            return indexed;
        return checkCancelled();
    };
    for (const qint64 seq : m_changedCustomers) {
        seqs.append(seq);
        if (seqs.size() == PerStatement)
            if (Status done = flush(); !done)
                return done;
    }
    return flush();
}

Status BulkWriter::add(Staff &s)
{
    if (Status cancelled = checkCancelled(); !cancelled)
        return cancelled;
    if (const FieldErrors errors = Validation::normalizeAndValidate(s); !errors.isEmpty())
        return Validation::toError(errors);
    RowBinder row(m_statements[StaffTable]);
    row.text(s.name).text(s.email).text(s.phone).integer(s.active ? 1 : 0);
    stampAndBindMeta(m_statements[StaffTable], row.count(), s.meta);
    return step(StaffTable);
}

Status BulkWriter::add(Customer &c)
{
    if (Status cancelled = checkCancelled(); !cancelled)
        return cancelled;
    if (const FieldErrors errors = Validation::normalizeAndValidate(c); !errors.isEmpty())
        return Validation::toError(errors);
    RowBinder row(m_statements[CustomerTable]);
    row.text(c.name)
        .text(search::sortKey(c.name))
        .text(enumCode(c.kind))
        .text(enumCode(c.tier))
        .text(enumCode(c.lifecycle))
        .integer(c.lifecycleManual ? 1 : 0)
        .textOrNull(optionalCode(c.segment))
        .textOrNull(c.ownerId)
        .textOrNull(optionalCode(c.source))
        .text(c.industry)
        .text(c.city)
        .text(c.region)
        .text(c.address)
        .text(c.phone)
        .text(c.email)
        .text(c.website)
        .text(c.creditCode)
        .text(c.tags.join(QLatin1Char(',')))
        .text(c.notes)
        .integer(c.doNotContact ? 1 : 0);
    if (c.satisfaction > 0)
        row.integer(c.satisfaction);
    else
        row.null();
    stampAndBindMeta(m_statements[CustomerTable], row.count(), c.meta);
    return step(CustomerTable);
}

Status BulkWriter::add(Contact &c)
{
    if (Status cancelled = checkCancelled(); !cancelled)
        return cancelled;
    if (const FieldErrors errors = Validation::normalizeAndValidate(c); !errors.isEmpty())
        return Validation::toError(errors);
    RowBinder row(m_statements[ContactTable]);
    row.text(c.customerId)
        .text(c.name)
        .text(c.title)
        .textOrNull(optionalCode(c.role))
        .text(c.phone)
        .text(c.email)
        .text(c.wechat)
        .text(c.notes)
        .integer(c.primary ? 1 : 0);
    stampAndBindMeta(m_statements[ContactTable], row.count(), c.meta);
    return step(ContactTable);
}

Status BulkWriter::add(Interaction &i)
{
    if (Status cancelled = checkCancelled(); !cancelled)
        return cancelled;
    if (const FieldErrors errors = Validation::normalizeAndValidate(i); !errors.isEmpty())
        return Validation::toError(errors);
    RowBinder row(m_statements[InteractionTable]);
    row.text(i.customerId)
        .textOrNull(i.contactId)
        .textOrNull(i.staffId)
        .text(enumCode(i.channel))
        .bytes(utcBytes(i.occurredAt))
        .text(i.summary)
        .text(i.commitments);
    stampAndBindMeta(m_statements[InteractionTable], row.count(), i.meta);
    return step(InteractionTable);
}

Status BulkWriter::add(FollowUp &f)
{
    if (Status cancelled = checkCancelled(); !cancelled)
        return cancelled;
    if (const FieldErrors errors = Validation::normalizeAndValidate(f); !errors.isEmpty())
        return Validation::toError(errors);
    if (f.status == FollowUpStatus::Done && !f.doneAt.isValid())
        f.doneAt = QDateTime::currentDateTimeUtc();
    if (f.status != FollowUpStatus::Done)
        f.doneAt = QDateTime();
    if (!(f.snoozedUntil > f.dueOn))
        f.snoozedUntil = QDate();
    RowBinder row(m_statements[FollowUpTable]);
    row.text(f.customerId)
        .textOrNull(f.interactionId)
        .textOrNull(f.ownerId)
        .text(f.title)
        .text(sql::dateText(f.dueOn))
        .textOrNull(sql::dateText(f.snoozedUntil))
        .text(enumCode(f.status));
    if (f.doneAt.isValid())
        row.bytes(utcBytes(f.doneAt));
    else
        row.null();
    row.text(f.notes);
    stampAndBindMeta(m_statements[FollowUpTable], row.count(), f.meta);
    return step(FollowUpTable);
}

Status BulkWriter::add(Order &o)
{
    if (Status cancelled = checkCancelled(); !cancelled)
        return cancelled;
    if (const FieldErrors errors = Validation::normalizeAndValidate(o); !errors.isEmpty())
        return Validation::toError(errors);
    RowBinder row(m_statements[OrderTable]);
    row.text(o.customerId).text(o.orderNumber).text(sql::dateText(o.orderedOn)).integer(o.amount.minor);
    if (o.costMinor)
        row.integer(*o.costMinor);
    else
        row.null();
    row.text(o.amount.currency).text(o.product).text(o.notes);
    stampAndBindMeta(m_statements[OrderTable], row.count(), o.meta);
    return step(OrderTable);
}

Status BulkWriter::commit(const StageCallback &stage)
{
    if (m_committed || !m_transaction)
        return makeError(ErrorCode::InvalidArgument, tr("This bulk write has already ended."));
    const auto interrupted = [this](const Error &error) -> Error {
        if (m_cancel && m_cancel->isRequested())
            return makeError(ErrorCode::Cancelled, tr("Cancelled: nothing was saved."));
        return error;
    };
    if (Status cancelled = checkCancelled(); !cancelled)
        return cancelled;
    finalizeStatements();
    if (!m_deferredIndexes.isEmpty()) {
        if (stage)
            stage(Stage::BuildingIndexes);
        if (Status built = rebuildIndexes(); !built)
            return built;
    }
    if (stage)
        stage(Stage::IndexingSearch);
    if (Status indexed = indexSearch(); !indexed)
        return interrupted(indexed.error());
    if (Status cancelled = checkCancelled(); !cancelled)
        return cancelled;
    if (stage)
        stage(Stage::Saving);
    m_workspace.setSearchAutoIndex(true);
    if (Status saved = m_transaction->commit(); !saved)
        return interrupted(saved.error());
    m_committed = true;
    m_transaction.reset();
    if (m_cancel)
        m_cancel->m_handle.store(nullptr);  // too late to cancel: everything is saved
    if (stage)
        stage(Stage::Compacting);
    // The log of a large write can be bigger than the file itself; copying it into the file now
    // keeps the -wal small. A reader elsewhere may prevent that; then SQLite does it later.
    sqlite3_exec(m_workspace.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    restoreConnection();
    return {};
}

}  // namespace guanxi
