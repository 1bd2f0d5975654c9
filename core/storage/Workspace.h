#pragma once

#include "Migrations.h"
#include "Result.h"
#include "domain/RecordMeta.h"
#include "sync/HybridLogicalClock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct sqlite3;

namespace guanxi {

class Transaction;

// One company's data: one SQLite file (".guanxi"). Opening inspects the file read-only first,
// so every refusal (not a database, not a workspace, from a newer Guanxi, locked by another
// program, damaged) leaves the file byte-for-byte as it was. A read-only file opens read-only.
//
// A Workspace is one database connection and belongs to the thread that opened it; work on
// another thread opens its own Workspace on the same file.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class OpenMode {
        OpenExisting,    // refuse a missing file
        CreateIfMissing, // create a new workspace when the file does not exist (or is empty)
    };

    struct Options {
        OpenMode mode = OpenMode::OpenExisting;
        bool readOnly = false;          // open read-only even when the file is writable
        int busyTimeoutMs = 5000;       // how long to wait for another program's lock
        bool backupBeforeMigration = true;
        bool quickCheck = true;         // run PRAGMA quick_check on open (see Workspace::check)
        // The schema history to apply; null means the one compiled in. Tests pass their own to
        // exercise upgrades and files "from a newer Guanxi".
        const QList<Migrations::Step> *migrations = nullptr;
    };

    struct CheckReport {
        bool ok = true;
        QStringList problems;  // SQLite's own wording, one per line
    };

    static constexpr const char *FileSuffix = "guanxi";
    static constexpr int ApplicationId = 0x4755414E;  // "GUAN" in PRAGMA application_id

    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Workspace>> open(const QString &path) { return open(path, Options{}); }
    ~Workspace();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    QString replicaId() const { return m_replicaId; }
    // The path of the backup made before migrating, when this open migrated the file.
    QString migrationBackupPath() const { return m_migrationBackupPath; }
    // The newest schema this build knows.
    static int latestSchemaVersion();

    // For repositories in core/storage only.
    QSqlDatabase database() const { return m_db; }
    sqlite3 *handle() const { return m_handle; }

    // Starts a write transaction (BEGIN IMMEDIATE, or a savepoint when one is already open).
    // Fails with ReadOnly on a read-only workspace and with Locked when another program writes.
    Result<std::unique_ptr<Transaction>> beginWrite();
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Stamps for rows this replica writes; the clock is saved with the transaction.
    RecordMeta stampNew();
    void stampUpdate(RecordMeta &meta);
    HybridLogicalClock &clock() { return m_clock; }

    // Integrity check on demand: quick (PRAGMA quick_check) or full (integrity_check, foreign keys
    // and the search index). Read-only; never changes the file.
    Result<CheckReport> check(bool full);
    // A consistent copy through SQLite's online backup, safe while the workspace is in use.
    // `progress` receives (pages done, pages total); return false from it to cancel.
    Status backupTo(const QString &targetPath, const std::function<bool(int, int)> &progress = {});
    qint64 fileSize() const;

    // Turns the search index's triggers off for bulk writes on this connection; rebuildSearch()
    // re-indexes afterwards. See SqliteExtensions.
    void setSearchAutoIndex(bool on);
    Status rebuildSearch();
    // With the triggers off: adds the search entries of the live customers whose seq meets
    // `seqCondition` (SQL over the column seq, with `bindings`), or takes them out. An entry
    // must be taken out while the rows still hold the text it was indexed from.
    Status indexSearchEntries(const QString &seqCondition, const QVariantList &bindings);
    Status unindexSearchEntries(const QString &seqCondition, const QVariantList &bindings);
    // Rebuilds the search index when it was built by another tokenizer version (opening does this).
    Status rebuildSearchIfStale();

private:
    Workspace() = default;

    friend class Transaction;
    Status commitOrRelease(int depth);
    void rollbackTo(int depth);
    Status saveClock();

    static Result<std::unique_ptr<Workspace>> openConnection(const QString &path, bool readOnly, int busyTimeoutMs);
    static Error newerVersionError(const QString &shownPath, int version, int latest);
    Status inspectExisting(const Options &options, int latest, int *version, bool *empty);
    Status initializeNew(const QList<Migrations::Step> &steps);
    Status migrateFrom(const QList<Migrations::Step> &steps, int version, bool backup);
    Status loadMeta();
    Status verifyStructure();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QString m_replicaId;
    QString m_migrationBackupPath;
    HybridLogicalClock m_clock;
    quint64 m_savedClock = 0;
};

// A write transaction. Commit explicitly; destroying an uncommitted one rolls it back, so an
// early return or an error in the middle of a bulk operation leaves nothing behind.
class Transaction
{
public:
    ~Transaction();
    Status commit();

private:
    friend class Workspace;
    Transaction(Workspace &workspace, int depth) : m_workspace(workspace), m_depth(depth) {}

    Workspace &m_workspace;
    int m_depth;
    bool m_done = false;
};

}  // namespace guanxi
