// The workspace file: creation, migrations, every refusal (which must leave the file exactly as
// it was), read-only opening, locks, transactions, backup and the integrity check.
#include "TestSupport.h"

#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace guanxi;
using namespace guanxi::test;

namespace {

Workspace::Options createOptions()
{
    Workspace::Options options;
    options.mode = Workspace::OpenMode::CreateIfMissing;
    return options;
}

// Runs SQL on a file with SQLite directly, as another program would.
void rawExec(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &message);
    const QString error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));
}

QVariant pragma(Workspace &ws, const QString &name)
{
    auto value = sql::scalar(ws.database(), QStringLiteral("PRAGMA ") + name);
    return value ? *value : QVariant();
}

// A history with one more step than the real one.
QList<Migrations::Step> historyWithExtraStep(const QByteArray &script)
{
    QList<Migrations::Step> steps = Migrations::steps();
    steps.append(Migrations::Step{int(steps.size()) + 1, QStringLiteral("9999_test.sql"), script});
    return steps;
}

Customer customerNamed(const QString &name)
{
    Customer c;
    c.name = name;
    return c;
}

// Snapshot of a workspace file and its -wal: the refusal tests compare before and after.
struct FileState {
    QByteArray main;
    QByteArray wal;
    bool walExists = false;
    static FileState of(const QString &path)
    {
        return {readAll(path), readAll(path + QStringLiteral("-wal")), QFile::exists(path + QStringLiteral("-wal"))};
    }
    bool operator==(const FileState &) const = default;
};

}  // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileHasTheLatestSchema();
    void reopenKeepsIdentityAndClock();
    void missingFileIsRefusedWithoutCreatingIt();
    void folderIsRefused();
    void emptyFileIsRefusedUnlessCreating();
    void notADatabaseLeavesFileUntouched_data();
    void notADatabaseLeavesFileUntouched();
    void foreignDatabaseLeavesFileUntouched();
    void newerWorkspaceLeavesFileUntouched();
    void damagedWorkspaceLeavesFileUntouched();
    void lockedWorkspaceIsRefusedAndUntouched();
    void readOnlyOptionOpensReadOnly();
    void readOnlyFileOpensReadOnly();
    void migrationBacksUpAndUpgrades();
    void failedMigrationLeavesOldVersion();
    void transactionRollsBackWhenNotCommitted();
    void nestedTransactionsUseSavepoints();
    void writerBlockedByAnotherWriterGetsLocked();
    void backupIsACompleteWorkspace();
    void backupRefusesToOverwrite();
    void fullCheckFindsStaleSearchIndex();
    void searchTriggersCanBeSuspendedAndRebuilt();
};

void TestStorage::freshFileHasTheLatestSchema()
{
    TempWorkspace ws;
    QVERIFY(QFile::exists(ws.path()));
    QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(pragma(*ws, QStringLiteral("user_version")).toInt(), Workspace::latestSchemaVersion());
    QCOMPARE(pragma(*ws, QStringLiteral("application_id")).toInt(), Workspace::ApplicationId);
    QCOMPARE(pragma(*ws, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(*ws, QStringLiteral("foreign_keys")).toInt(), 1);
    QVERIFY(pragma(*ws, QStringLiteral("busy_timeout")).toInt() > 0);
    QVERIFY(!ws->isReadOnly());
    QVERIFY(!QUuid::fromString(ws->replicaId()).isNull());
    auto report = ws->check(true);
    GX_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestStorage::reopenKeepsIdentityAndClock()
{
    TempWorkspace ws;
    const QString replica = ws->replicaId();
    CustomerRepository customers(*ws);
    auto created = customers.create(customerNamed(QStringLiteral("北京长城科技有限公司")));
    GX_VERIFY_OK(created);
    const quint64 stamp = created->meta.hlc;
    QCOMPARE(created->meta.origin, replica);

    ws.reopen();
    QCOMPARE(ws->replicaId(), replica);
    // The clock resumes after the last saved stamp, even if the wall clock went back.
    QVERIFY(ws->clock().last() >= stamp);
    QVERIFY(ws->stampNew().hlc > stamp);
}

void TestStorage::missingFileIsRefusedWithoutCreatingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing-here.guanxi"));
    auto opened = Workspace::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Io);
    QVERIFY(opened.error().message.contains(QStringLiteral("nothing-here.guanxi")));
    QVERIFY(!QFile::exists(path));
}

void TestStorage::folderIsRefused()
{
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.path(), createOptions());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Io);
}

void TestStorage::emptyFileIsRefusedUnlessCreating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.guanxi"));
    writeAll(path, {});
    auto refused = Workspace::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotAWorkspace);
    QCOMPARE(QFileInfo(path).size(), 0);

    auto created = Workspace::open(path, createOptions());
    GX_VERIFY_OK(created);
    QCOMPARE((*created)->schemaVersion(), Workspace::latestSchemaVersion());
}

void TestStorage::notADatabaseLeavesFileUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("客户名称,电话\n北京长城,13812345678\n");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QByteArray junk(64 * 1024, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 251);
    QTest::newRow("binary junk") << junk;
    // Right magic, nonsense after it: SQLite itself must say "not a database".
    QByteArray fakeHeader("SQLite format 3\0", 16);
    fakeHeader.append(QByteArray(4096, '\xff'));
    QTest::newRow("fake header") << fakeHeader;
}

void TestStorage::notADatabaseLeavesFileUntouched()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wrong.guanxi"));
    writeAll(path, content);
    for (auto mode : {Workspace::OpenMode::OpenExisting, Workspace::OpenMode::CreateIfMissing}) {
        Workspace::Options options;
        options.mode = mode;
        auto opened = Workspace::open(path, options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NotADatabase);
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(readAll(path), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
}

void TestStorage::foreignDatabaseLeavesFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.sqlite"));
    rawExec(path, "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places(url) VALUES ('x');");
    const QByteArray before = readAll(path);
    auto opened = Workspace::open(path, createOptions());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::NotAWorkspace);
    QCOMPARE(readAll(path), before);
}

void TestStorage::newerWorkspaceLeavesFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.guanxi"));
    const auto future = historyWithExtraStep("CREATE TABLE from_the_future(x);");
    {
        Workspace::Options options = createOptions();
        options.migrations = &future;
        auto created = Workspace::open(path, options);
        GX_VERIFY_OK(created);
        QCOMPARE((*created)->schemaVersion(), Workspace::latestSchemaVersion() + 1);
    }
    const FileState before = FileState::of(path);
    auto opened = Workspace::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::NewerVersion);
    QVERIFY(opened.error().message.contains(QString::number(Workspace::latestSchemaVersion() + 1)));
    QVERIFY(FileState::of(path) == before);
}

void TestStorage::damagedWorkspaceLeavesFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.guanxi"));
    {
        auto ws = Workspace::open(path, createOptions());
        GX_VERIFY_OK(ws);
        CustomerRepository customers(**ws);
        for (int i = 0; i < 300; ++i)
            GX_VERIFY_OK(customers.create(customerNamed(QStringLiteral("客户 %1 有限公司").arg(i))));
        GX_VERIFY_OK(sql::run((*ws)->database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // Scribble over the middle of the file, where the customers' b-tree pages are.
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 40 * 4096);
    for (int i = 0; i < 4096; ++i)
        bytes[8 * 4096 + i] = char(0x5A ^ (i & 0xFF));
    writeAll(path, bytes);

    auto opened = Workspace::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Corrupt);
    QVERIFY(opened.error().message.contains(QStringLiteral("backup")));
    QCOMPARE(readAll(path), bytes);
}

void TestStorage::lockedWorkspaceIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.guanxi"));
    {
        auto ws = Workspace::open(path, createOptions());
        GX_VERIFY_OK(ws);
    }
    const QByteArray before = readAll(path);

    QProcess holder;
    holder.start(QStringLiteral(GUANXI_LOCK_HOLDER), {path});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    Workspace::Options options;
    options.busyTimeoutMs = 200;
    auto opened = Workspace::open(path, options);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Locked);
    QVERIFY(opened.error().message.contains(QStringLiteral("another program")));

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(readAll(path), before);
    auto afterwards = Workspace::open(path);  // and once the other program is gone, it opens
    GX_VERIFY_OK(afterwards);
}

void TestStorage::readOnlyOptionOpensReadOnly()
{
    TempWorkspace ws;
    CustomerRepository(*ws).create(customerNamed(QStringLiteral("Acme GmbH"))).value();
    ws.close();
    const QByteArray before = readAll(ws.path());

    Workspace::Options options;
    options.readOnly = true;
    auto opened = Workspace::open(ws.path(), options);
    GX_VERIFY_OK(opened);
    Workspace &readOnly = **opened;
    QVERIFY(readOnly.isReadOnly());
    CustomerRepository customers(readOnly);
    auto count = customers.count({});
    GX_VERIFY_OK(count);
    QCOMPARE(*count, 1);
    auto refused = customers.create(customerNamed(QStringLiteral("Not saved")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    opened = Error{};
    QCOMPARE(readAll(ws.path()), before);
}

void TestStorage::readOnlyFileOpensReadOnly()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("Running as root: file permissions do not stop root from writing (readOnlyOptionOpensReadOnly covers the behaviour).");
#endif
    TempWorkspace ws;
    ws.close();
    QFile::setPermissions(ws.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QByteArray before = readAll(ws.path());
    auto opened = Workspace::open(ws.path());
    GX_VERIFY_OK(opened);
    QVERIFY((*opened)->isReadOnly());
    auto refused = CustomerRepository(**opened).create(customerNamed(QStringLiteral("x")));
    QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    opened = Error{};
    QCOMPARE(readAll(ws.path()), before);
    QFile::setPermissions(ws.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStorage::migrationBacksUpAndUpgrades()
{
    TempWorkspace ws;
    GX_VERIFY_OK(CustomerRepository(*ws).create(customerNamed(QStringLiteral("上海银行"))));
    ws.close();

    const auto next = historyWithExtraStep("ALTER TABLE customers ADD COLUMN loyalty_points INTEGER NOT NULL DEFAULT 0;");
    Workspace::Options options;
    options.migrations = &next;
    auto upgraded = Workspace::open(ws.path(), options);
    GX_VERIFY_OK(upgraded);
    Workspace &w = **upgraded;
    QCOMPARE(w.schemaVersion(), Workspace::latestSchemaVersion() + 1);
    QCOMPARE(pragma(w, QStringLiteral("user_version")).toInt(), Workspace::latestSchemaVersion() + 1);
    GX_VERIFY_OK(sql::run(w.database(), QStringLiteral("SELECT loyalty_points FROM customers")));

    // The backup is a complete workspace at the old version, with the data.
    const QString backupPath = w.migrationBackupPath();
    QVERIFY(QFile::exists(backupPath));
    QVERIFY(backupPath.contains(QStringLiteral(".before-format-%1.").arg(Workspace::latestSchemaVersion() + 1)));
    auto backup = Workspace::open(backupPath);
    GX_VERIFY_OK(backup);
    QCOMPARE((*backup)->schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(*CustomerRepository(**backup).count({}), 1);
}

void TestStorage::failedMigrationLeavesOldVersion()
{
    TempWorkspace ws;
    GX_VERIFY_OK(CustomerRepository(*ws).create(customerNamed(QStringLiteral("重庆火锅店"))));
    ws.close();

    // The second statement fails: the first must not survive either.
    const auto broken = historyWithExtraStep("CREATE TABLE half_done(x); SELECT * FROM no_such_table;");
    Workspace::Options options;
    options.migrations = &broken;
    auto refused = Workspace::open(ws.path(), options);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QString::number(Workspace::latestSchemaVersion() + 1)));

    auto reopened = Workspace::open(ws.path());
    GX_VERIFY_OK(reopened);
    QCOMPARE((*reopened)->schemaVersion(), Workspace::latestSchemaVersion());
    auto leftover = sql::scalar((*reopened)->database(),
                                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
    QCOMPARE(leftover->toInt(), 0);
    QCOMPARE(*CustomerRepository(**reopened).count({}), 1);
}

void TestStorage::transactionRollsBackWhenNotCommitted()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    {
        auto transaction = ws->beginWrite();
        GX_VERIFY_OK(transaction);
        GX_VERIFY_OK(customers.create(customerNamed(QStringLiteral("Lost Ltd"))));
        GX_VERIFY_OK(customers.create(customerNamed(QStringLiteral("Also Lost Ltd"))));
        // no commit: leaving the scope rolls back
    }
    QVERIFY(!ws->inTransaction());
    QCOMPARE(*customers.count({}), 0);
    ws.reopen();
    QCOMPARE(*CustomerRepository(*ws).count({}), 0);
}

void TestStorage::nestedTransactionsUseSavepoints()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    auto outer = ws->beginWrite();
    GX_VERIFY_OK(outer);
    GX_VERIFY_OK(customers.create(customerNamed(QStringLiteral("Kept"))));
    {
        auto inner = ws->beginWrite();
        GX_VERIFY_OK(inner);
        GX_VERIFY_OK(customers.create(customerNamed(QStringLiteral("Dropped"))));
    }  // inner rolled back alone
    GX_VERIFY_OK((*outer)->commit());
    auto page = customers.page({}, {}, std::nullopt, 10);
    GX_VERIFY_OK(page);
    QCOMPARE(page->customers.size(), 1);
    QCOMPARE(page->customers.first().name, QStringLiteral("Kept"));
}

void TestStorage::writerBlockedByAnotherWriterGetsLocked()
{
    TempWorkspace first;
    Workspace::Options options;
    options.busyTimeoutMs = 100;
    auto second = Workspace::open(first.path(), options);
    GX_VERIFY_OK(second);
    auto holding = first->beginWrite();
    GX_VERIFY_OK(holding);
    auto refused = CustomerRepository(**second).create(customerNamed(QStringLiteral("Waits")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Locked);
    GX_VERIFY_OK((*holding)->commit());
    GX_VERIFY_OK(CustomerRepository(**second).create(customerNamed(QStringLiteral("Now it works"))));
}

void TestStorage::backupIsACompleteWorkspace()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    for (int i = 0; i < 50; ++i)
        GX_VERIFY_OK(customers.create(customerNamed(QStringLiteral("深圳客户%1").arg(i))));
    const QString target = QDir(ws.dir()).filePath(QStringLiteral("copies/backup.guanxi"));
    int calls = 0;
    GX_VERIFY_OK(ws->backupTo(target, [&](int done, int total) {
        ++calls;
        return done <= total;
    }));
    QVERIFY(calls > 0);
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    auto copy = Workspace::open(target);
    GX_VERIFY_OK(copy);
    QCOMPARE((*copy)->replicaId(), ws->replicaId());
    QCOMPARE(*CustomerRepository(**copy).count({}), 50);
    auto report = (*copy)->check(true);
    GX_VERIFY_OK(report);
    QVERIFY(report->ok);
    CustomerFilter byPinyinFree;
    byPinyinFree.search = QStringLiteral("深圳");
    QCOMPARE(*CustomerRepository(**copy).count(byPinyinFree), 50);
}

void TestStorage::backupRefusesToOverwrite()
{
    TempWorkspace ws;
    const QString target = QDir(ws.dir()).filePath(QStringLiteral("existing.guanxi"));
    writeAll(target, "precious");
    const Status refused = ws->backupTo(target);
    QVERIFY(!refused);
    QCOMPARE(readAll(target), QByteArray("precious"));
    QVERIFY(!ws->backupTo(ws.path()));
}

void TestStorage::fullCheckFindsStaleSearchIndex()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    GX_VERIFY_OK(customers.create(customerNamed(QStringLiteral("杭州西湖茶业"))));
    GX_VERIFY_OK(sql::run(ws->database(), QStringLiteral("DELETE FROM customer_search")));
    auto report = ws->check(true);
    GX_VERIFY_OK(report);
    QVERIFY(!report->ok);
    QVERIFY(!report->problems.isEmpty());
    GX_VERIFY_OK(ws->rebuildSearch());
    report = ws->check(true);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestStorage::searchTriggersCanBeSuspendedAndRebuilt()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    ws->setSearchAutoIndex(false);
    GX_VERIFY_OK(customers.create(customerNamed(QStringLiteral("广州白云贸易"))));
    CustomerFilter filter;
    filter.search = QStringLiteral("白云");
    QCOMPARE(*customers.count(filter), 0);  // not indexed while suspended
    ws->setSearchAutoIndex(true);
    GX_VERIFY_OK(ws->rebuildSearch());
    QCOMPARE(*customers.count(filter), 1);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
