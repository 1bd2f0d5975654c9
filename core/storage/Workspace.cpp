#include "Workspace.h"

#include "search/SearchTokenizer.h"

#include "Migrations.h"
#include "SqlSupport.h"
#include "SqliteExtensions.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <sqlite3.h>

namespace guanxi {

namespace {

QAtomicInt connectionCounter;

const QStringList &requiredTables()
{
    static const QStringList tables{QStringLiteral("meta"),         QStringLiteral("staff"),
                                    QStringLiteral("customers"),    QStringLiteral("contacts"),
                                    QStringLiteral("interactions"), QStringLiteral("follow_ups"),
                                    QStringLiteral("orders"),       QStringLiteral("customer_search")};
    return tables;
}

// The fields of SQLite's 100-byte file header Guanxi decides on (https://sqlite.org/fileformat.html).
// Reading them needs no database connection, so the common refusals touch nothing at all.
struct FileHeader {
    bool readable = false;
    bool sqlite = false;
    quint32 userVersion = 0;    // offset 60, big-endian
    quint32 applicationId = 0;  // offset 68, big-endian
};

FileHeader readHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    header.readable = file.open(QIODevice::ReadOnly);
    if (!header.readable)
        return header;
    const QByteArray bytes = file.read(100);
    header.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArray("SQLite format 3\0", 16));
    if (header.sqlite) {
        // Fields every valid database has: a power-of-two page size (1 means 65536) and the
        // fixed payload fractions 64/32/32.
        const int pageSize = quint8(bytes[16]) << 8 | quint8(bytes[17]);
        const bool pageSizeValid = pageSize == 1 || (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0);
        header.sqlite = pageSizeValid && quint8(bytes[21]) == 64 && quint8(bytes[22]) == 32 && quint8(bytes[23]) == 32;
    }
    if (header.sqlite) {
        const auto bigEndian = [&](int offset) {
            return quint32(quint8(bytes[offset])) << 24 | quint32(quint8(bytes[offset + 1])) << 16
                   | quint32(quint8(bytes[offset + 2])) << 8 | quint32(quint8(bytes[offset + 3]));
        };
        header.userVersion = bigEndian(60);
        header.applicationId = bigEndian(68);
    }
    return header;
}

// A read-only SQLite connection to a WAL file creates empty -wal and -shm files beside it. When
// Guanxi refuses a file, it removes the ones its own inspection created, so nothing is left behind.
class SideFileGuard
{
public:
    explicit SideFileGuard(const QString &path)
    {
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = path + QLatin1String(suffix);
            if (!QFile::exists(side))
                m_created.append(side);
        }
    }
    void removeCreated() const
    {
        for (const QString &side : m_created)
            if (QFileInfo(side).size() == 0 || side.endsWith(QLatin1String("-shm")))
                QFile::remove(side);
    }

private:
    QStringList m_created;
};

}  // namespace

int Workspace::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Workspace>> Workspace::openConnection(const QString &path, bool readOnly, int busyTimeoutMs)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(ErrorCode::Database,
                         tr("Qt's SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite)."));
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = path;
    ws->m_readOnly = readOnly;
    ws->m_connectionName = QStringLiteral("guanxi-workspace-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    ws->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connectionName);
    ws->m_db.setDatabaseName(path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)};
    if (readOnly)
        options.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
    ws->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!ws->m_db.open())
        return sql::toError(ws->m_db.lastError(), tr("Cannot open “%1”").arg(QDir::toNativeSeparators(path)));
    ws->m_handle = sql::handle(ws->m_db);
    if (!ws->m_handle)
        return makeError(ErrorCode::Database, tr("Qt's SQLite driver did not give access to its connection."));
    if (auto registered = SqliteExtensions::install(ws->m_handle); !registered)
        return registered.error();
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Options &options)
{
    const QList<Migrations::Step> &steps = options.migrations ? *options.migrations : Migrations::steps();
    const int latest = int(steps.size());
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (info.isDir())
        return makeError(ErrorCode::Io, tr("“%1” is a folder, not a workspace file.").arg(shown));

    const bool missing = !info.exists();
    const bool emptyFile = !missing && info.size() == 0;
    if (missing || emptyFile) {
        if (options.mode == OpenMode::OpenExisting)
            return missing ? makeError(ErrorCode::Io, tr("There is no workspace at “%1”.").arg(shown))
                           : makeError(ErrorCode::NotAWorkspace,
                                       tr("“%1” is an empty file, not a Guanxi workspace.").arg(shown));
        if (options.readOnly)
            return makeError(ErrorCode::ReadOnly, tr("A new workspace cannot be created read-only."));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorCode::Io, tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(info.absolutePath())));
        auto ws = openConnection(absolute, false, options.busyTimeoutMs);
        Status initialized = ws ? (*ws)->initializeNew(steps) : Status(ws.error());
        if (!initialized) {
            ws = Error{};  // closes the connection before the file is removed
            if (missing) {
                QFile::remove(absolute);
                QFile::remove(absolute + QStringLiteral("-wal"));
                QFile::remove(absolute + QStringLiteral("-shm"));
            } else {
                QFile::resize(absolute, 0);
            }
            return makeError(initialized.error().code,
                             tr("Cannot create a workspace at “%1”: %2").arg(shown, initialized.error().message),
                             initialized.error().detail);
        }
        return ws;
    }

    const FileHeader header = readHeader(absolute);
    if (!header.readable)
        return makeError(ErrorCode::Io, tr("“%1” cannot be read (check its permissions).").arg(shown));
    if (!header.sqlite)
        return makeError(ErrorCode::NotADatabase, tr("“%1” is not a Guanxi workspace: it is not a database file.").arg(shown));
    if (header.applicationId != 0 && header.applicationId != quint32(ApplicationId))
        return makeError(ErrorCode::NotAWorkspace, tr("“%1” is a database, but not a Guanxi workspace.").arg(shown));
    if (header.applicationId == quint32(ApplicationId) && int(header.userVersion) > latest)
        return newerVersionError(shown, int(header.userVersion), latest);

    const bool readOnly = options.readOnly || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();

    // Look before touching: everything up to here and in inspectExisting is read-only.
    const SideFileGuard sideFiles(absolute);
    auto inspector = openConnection(absolute, true, options.busyTimeoutMs);
    if (!inspector) {
        sideFiles.removeCreated();
        return inspector.error();
    }
    int version = 0;
    bool emptyDatabase = false;
    if (Status inspected = (*inspector)->inspectExisting(options, latest, &version, &emptyDatabase); !inspected) {
        inspector = Error{};
        sideFiles.removeCreated();
        return inspected.error();
    }

    if (emptyDatabase && options.mode == OpenMode::OpenExisting) {
        inspector = Error{};
        sideFiles.removeCreated();
        return makeError(ErrorCode::NotAWorkspace, tr("“%1” is an empty database, not a Guanxi workspace.").arg(shown));
    }
    if (readOnly) {
        if (emptyDatabase || version < latest) {
            inspector = Error{};
            sideFiles.removeCreated();
            return makeError(ErrorCode::ReadOnly,
                             tr("“%1” needs to be upgraded to this version of Guanxi, but the file is read-only. "
                                "Copy it to a folder you can write to and open the copy.")
                                 .arg(shown));
        }
        Workspace &ws = **inspector;
        if (Status loaded = ws.loadMeta(); !loaded)
            return loaded.error();
        if (Status structure = ws.verifyStructure(); !structure)
            return structure.error();
        ws.m_schemaVersion = version;
        return inspector;
    }
    inspector = Error{};  // close the read-only connection

    auto opened = openConnection(absolute, false, options.busyTimeoutMs);
    if (!opened)
        return opened.error();
    Workspace &ws = **opened;
    if (emptyDatabase) {
        if (Status initialized = ws.initializeNew(steps); !initialized)
            return initialized.error();
        return opened;
    }
    if (version < latest) {
        if (Status migrated = ws.migrateFrom(steps, version, options.backupBeforeMigration); !migrated)
            return migrated.error();
    }
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto r = sql::run(ws.m_db, QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    if (Status loaded = ws.loadMeta(); !loaded)
        return loaded.error();
    if (Status structure = ws.verifyStructure(); !structure)
        return structure.error();
    if (Status indexed = ws.rebuildSearchIfStale(); !indexed)
        return indexed.error();
    ws.m_schemaVersion = latest;
    return opened;
}

Error Workspace::newerVersionError(const QString &shownPath, int version, int latest)
{
    return makeError(ErrorCode::NewerVersion,
                     tr("“%1” was saved by a newer version of Guanxi (workspace format %2; this version reads "
                        "formats up to %3). Update Guanxi to open it.")
                         .arg(shownPath)
                         .arg(version)
                         .arg(latest));
}

Status Workspace::inspectExisting(const Options &options, int latest, int *version, bool *empty)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString reading = tr("Cannot read “%1”").arg(shown);
    auto appId = sql::scalar(m_db, QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        if (appId.error().code == ErrorCode::NotADatabase)
            return makeError(ErrorCode::NotADatabase,
                             tr("“%1” is not a Guanxi workspace: it is not a database file.").arg(shown),
                             appId.error().detail);
        if (appId.error().code == ErrorCode::Locked)
            return makeError(ErrorCode::Locked,
                             tr("“%1” is locked by another program. Close the other program (or wait until it "
                                "finishes) and try again.")
                                 .arg(shown),
                             appId.error().detail);
        return makeError(appId.error().code, reading + QStringLiteral(": ") + appId.error().message, appId.error().detail);
    }
    auto userVersion = sql::scalar(m_db, QStringLiteral("PRAGMA user_version"));
    auto objects = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!userVersion)
        return userVersion.error();
    if (!objects)
        return objects.error();
    *version = userVersion->toInt();
    *empty = appId->toInt() == 0 && *version == 0 && objects->toInt() == 0;
    if (*empty)
        return {};
    if (appId->toInt() != ApplicationId)
        return makeError(ErrorCode::NotAWorkspace,
                         tr("“%1” is a database, but not a Guanxi workspace.").arg(shown));
    if (*version > latest)
        return newerVersionError(shown, *version, latest);
    if (options.quickCheck) {
        auto report = check(false);
        if (!report)
            return report.error();
        if (!report->ok)
            return makeError(ErrorCode::Corrupt,
                             tr("“%1” is damaged and was not opened. Restore it from a backup. First problem found: %2")
                                 .arg(shown, report->problems.value(0)));
    }
    return {};
}

Status Workspace::initializeNew(const QList<Migrations::Step> &steps)
{
    if (auto r = sql::run(m_db, QStringLiteral("PRAGMA journal_mode = WAL")); !r)
        return r.error();
    if (auto r = sql::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r.error();
    if (auto r = sql::run(m_db, QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        return r.error();
    if (auto r = sql::run(m_db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)); !r)
        return r.error();
    if (Status migrated = migrateFrom(steps, 0, false); !migrated)
        return migrated;
    m_replicaId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = sql::utcText(QDateTime::currentDateTimeUtc());
    auto insert = sql::run(m_db,
                           QStringLiteral("INSERT INTO meta(key, value) VALUES ('replica_id', ?), ('created_at', ?), "
                                          "('created_with', ?), ('search_index_version', ?)"),
                           {m_replicaId, now, QStringLiteral(GUANXI_VERSION), QString::number(search::SearchTokenizer::Version)});
    if (!insert)
        return insert.error();
    m_schemaVersion = int(steps.size());
    return verifyStructure();
}

Status Workspace::migrateFrom(const QList<Migrations::Step> &steps, int version, bool backup)
{
    if (backup && version > 0) {
        const QFileInfo info(m_path);
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString target = info.absoluteDir().filePath(
            QStringLiteral("%1.before-format-%2.%3.%4").arg(info.completeBaseName()).arg(version + 1).arg(stamp, QLatin1String(FileSuffix)));
        if (Status copied = backupTo(target); !copied)
            return makeError(copied.error().code,
                             tr("The workspace was not upgraded because the backup copy could not be made: %1")
                                 .arg(copied.error().message),
                             copied.error().detail);
        m_migrationBackupPath = target;
    }
    for (const Migrations::Step &step : steps) {
        if (step.version <= version)
            continue;
        if (Status applied = Migrations::apply(m_handle, step); !applied)
            return applied;
    }
    return {};
}

Status Workspace::loadMeta()
{
    auto query = sql::run(m_db, QStringLiteral("SELECT key, value FROM meta WHERE key IN ('replica_id', 'hlc')"));
    if (!query)
        return query.error();
    while (query->next()) {
        const QString key = query->value(0).toString();
        if (key == QLatin1String("replica_id"))
            m_replicaId = query->value(1).toString();
        else
            m_savedClock = query->value(1).toString().toULongLong();
    }
    m_clock.advanceTo(m_savedClock);
    if (m_replicaId.isEmpty())
        return makeError(ErrorCode::Corrupt, tr("The workspace has lost its device identity (meta.replica_id)."));
    return {};
}

Status Workspace::verifyStructure()
{
    auto query = sql::run(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"));
    if (!query)
        return query.error();
    QStringList present;
    while (query->next())
        present.append(query->value(0).toString());
    for (const QString &table : requiredTables())
        if (!present.contains(table))
            return makeError(ErrorCode::Corrupt,
                             tr("“%1” is damaged: the table “%2” is missing. Restore it from a backup.")
                                 .arg(QDir::toNativeSeparators(m_path), table));
    return {};
}

Workspace::~Workspace()
{
    if (m_db.isOpen()) {
        if (m_transactionDepth > 0)
            sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Transaction>> Workspace::beginWrite()
{
    if (m_readOnly)
        return makeError(ErrorCode::ReadOnly,
                         tr("“%1” is open read-only: changes cannot be saved.").arg(QDir::toNativeSeparators(m_path)));
    const QString statement = m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                      : QStringLiteral("SAVEPOINT gx%1").arg(m_transactionDepth);
    if (auto r = sql::run(m_db, statement); !r)
        return r.error();
    ++m_transactionDepth;
    return std::unique_ptr<Transaction>(new Transaction(*this, m_transactionDepth));
}

Status Workspace::commitOrRelease(int depth)
{
    Q_ASSERT(depth == m_transactionDepth);
    if (depth > 1) {
        auto r = sql::run(m_db, QStringLiteral("RELEASE gx%1").arg(depth - 1));
        --m_transactionDepth;
        return r ? Status() : Status(r.error());
    }
    if (Status saved = saveClock(); !saved) {
        rollbackTo(depth);
        return saved;
    }
    if (auto r = sql::run(m_db, QStringLiteral("COMMIT")); !r) {
        rollbackTo(depth);
        return r.error();
    }
    m_savedClock = m_clock.last();
    --m_transactionDepth;
    return {};
}

void Workspace::rollbackTo(int depth)
{
    Q_ASSERT(depth == m_transactionDepth);
    if (depth > 1) {
        // Rolling back cannot be refused in a way the caller could act on; SQLite cleans up either way.
        const QByteArray savepoint = "gx" + QByteArray::number(depth - 1);
        sqlite3_exec(m_handle, QByteArray("ROLLBACK TO " + savepoint).constData(), nullptr, nullptr, nullptr);
        sqlite3_exec(m_handle, QByteArray("RELEASE " + savepoint).constData(), nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    --m_transactionDepth;
}

Status Workspace::saveClock()
{
    if (m_clock.last() == m_savedClock)
        return {};
    auto r = sql::run(m_db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('hlc', ?)"),
                      {QString::number(m_clock.last())});
    return r ? Status() : Status(r.error());
}

RecordMeta Workspace::stampNew()
{
    RecordMeta meta;
    meta.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.createdAt = QDateTime::currentDateTimeUtc();
    meta.updatedAt = meta.createdAt;
    meta.hlc = m_clock.tick();
    meta.origin = m_replicaId;
    return meta;
}

void Workspace::stampUpdate(RecordMeta &meta)
{
    meta.updatedAt = QDateTime::currentDateTimeUtc();
    meta.hlc = m_clock.tick();
    meta.origin = m_replicaId;
}

Result<Workspace::CheckReport> Workspace::check(bool full)
{
    CheckReport report;
    auto integrity = sql::run(m_db, full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems.append(line);
    }
    if (full) {
        auto foreignKeys = sql::run(m_db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!foreignKeys)
            return foreignKeys.error();
        while (foreignKeys->next())
            report.problems.append(tr("Row %1 of table “%2” refers to a missing row in “%3”.")
                                       .arg(foreignKeys->value(1).toString(), foreignKeys->value(0).toString(),
                                            foreignKeys->value(2).toString()));
        if (!m_readOnly && m_transactionDepth == 0) {
            // FTS5 checks its index by re-tokenising every document (rank 1: against the external
            // content, the view customer_search_source); it is issued as an INSERT, so run it in a
            // transaction that is always rolled back.
            sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr);
            const int rc = sqlite3_exec(m_handle,
                                        "INSERT INTO customer_search(customer_search, rank) VALUES ('integrity-check', 1)",
                                        nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                report.problems.append(tr("The search index does not match the customers: %1")
                                           .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
            sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
    report.ok = report.problems.isEmpty();
    return report;
}

Status Workspace::backupTo(const QString &targetPath, const std::function<bool(int, int)> &progress)
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(target);
    if (target == QFileInfo(m_path).absoluteFilePath())
        return makeError(ErrorCode::InvalidArgument, tr("A backup cannot overwrite the workspace itself."));
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::Io, tr("“%1” already exists. Choose another name for the backup.").arg(shown));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(ErrorCode::Io, tr("Cannot create the folder for “%1”.").arg(shown));
    // Write beside the target and rename at the end, so a failed or cancelled backup leaves nothing.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(partial.toUtf8().constData(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Status result;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", m_handle, "main");
        if (!backup) {
            rc = sqlite3_errcode(destination);
        } else {
            do {
                rc = sqlite3_backup_step(backup, 1024);
                if (progress && !progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                                          sqlite3_backup_pagecount(backup))) {
                    result = makeError(ErrorCode::Cancelled, tr("The backup was cancelled."));
                    break;
                }
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        if (rc == SQLITE_OK && result) {
            // The copy is a standalone file: fold its journal back in and close it.
            rc = sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        }
    }
    const QString message = destination ? QString::fromUtf8(sqlite3_errmsg(destination)) : QString();
    sqlite3_close_v2(destination);
    if (result && rc != SQLITE_OK)
        result = sql::toError(rc, message, tr("The backup to “%1” failed").arg(shown));
    if (result && !QFile::rename(partial, target))
        result = makeError(ErrorCode::Io, tr("The backup could not be saved as “%1”.").arg(shown));
    if (!result) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    }
    return result;
}

qint64 Workspace::fileSize() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

void Workspace::setSearchAutoIndex(bool on)
{
    SqliteExtensions::setSearchAutoIndex(m_handle, on);
}

Status Workspace::rebuildSearch()
{
    auto transaction = beginWrite();
    if (!transaction)
        return transaction.error();
    // The index reads its text from the view customer_search_source (external content): 'rebuild'
    // drops every index entry and re-tokenises the view, whatever state the index was in.
    if (auto r = sql::run(m_db, QStringLiteral("INSERT INTO customer_search(customer_search) VALUES ('rebuild')")); !r)
        return r.error();
    if (auto r = sql::run(m_db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index_version', ?)"),
                          {QString::number(search::SearchTokenizer::Version)});
        !r)
        return r.error();
    return (*transaction)->commit();
}

Status Workspace::indexSearchEntries(const QString &seqCondition, const QVariantList &bindings)
{
    // The same view the triggers and 'rebuild' read, so the entries are exactly what they make.
    auto indexed = sql::run(m_db,
                            QStringLiteral("INSERT INTO customer_search(rowid, name, people, phones, emails, places) "
                                           "SELECT seq, name, people, phones, emails, places FROM customer_search_source WHERE %1")
                                .arg(seqCondition),
                            bindings);
    return indexed ? Status() : Status(indexed.error());
}

Status Workspace::unindexSearchEntries(const QString &seqCondition, const QVariantList &bindings)
{
    auto removed = sql::run(m_db,
                            QStringLiteral("INSERT INTO customer_search(customer_search, rowid, name, people, phones, emails, places) "
                                           "SELECT 'delete', seq, name, people, phones, emails, places FROM customer_search_source WHERE %1")
                                .arg(seqCondition),
                            bindings);
    return removed ? Status() : Status(removed.error());
}

Status Workspace::rebuildSearchIfStale()
{
    auto built = sql::scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'search_index_version'"));
    if (!built)
        return built.error();
    if (built->toString() == QString::number(search::SearchTokenizer::Version))
        return {};
    // The index was built by a Guanxi whose tokenizer or pinyin tables differ: its terms would
    // not match what this version's queries produce.
    return rebuildSearch();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_workspace.rollbackTo(m_depth);
}

Status Transaction::commit()
{
    m_done = true;
    return m_workspace.commitOrRelease(m_depth);
}

}  // namespace guanxi
