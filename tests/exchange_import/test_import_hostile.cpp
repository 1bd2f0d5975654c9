// Hostile files through the import pipeline: every file an import refuses (tests/data/csv and
// tests/data/xlsx, and the same faults placed after the 128 KiB the CSV reader looks at first, or
// after 4,000 rows of a workbook, when rows are already in the import's transaction) gets its message, names the line where there is one, and leaves
// the workspace as it was: the same rows, no batch, a file that passes the full check and whose
// bytes did not change. Messages are the English source texts, written out by hand (no
// translation is loaded, so plurals read "field(s)").
#include "TestSupport.h"

#include "exchange/import/Importer.h"
#include "exchange/import/OpenImportFile.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace guanxi;
using namespace guanxi::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Rows of valid data before the fault: well over the reader's 128 KiB sample, so that the
// import has written these rows into its transaction when it meets the fault.
constexpr int GoodRows = 4000;

// The tables an import writes, and the search index it feeds.
const QStringList tables{u"staff"_s,          u"customers"_s,      u"contacts"_s,       u"interactions"_s,
                         u"follow_ups"_s,     u"orders"_s,         u"import_batches"_s, u"import_created"_s,
                         u"import_updated"_s, u"import_mappings"_s};

// Every row of every table an import touches, as text: equal before and after means unchanged.
QString contents(Workspace &workspace)
{
    QString text;
    for (const QString &table : tables) {
        QSqlQuery query(workspace.database());
        if (!query.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table)))
            return u"cannot read "_s + table;
        text += table + u":\n"_s;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            text += values.join(u'|') + u'\n';
        }
    }
    text += u"search: "_s + sql::scalar(workspace.database(), u"SELECT count(*) FROM customer_search"_s)->toString();
    return text;
}

qint64 batches(Workspace &workspace)
{
    return sql::scalar(workspace.database(), u"SELECT count(*) FROM import_batches"_s)->toLongLong();
}

// A header and `rows` valid rows for the entity, in UTF-8. Contacts, orders and interactions
// belong to the customers 客户01 … 客户20 the workspace holds (spread, as each contact of a
// customer re-indexes it with all its contacts for search).
QByteArray goodRows(ImportEntity entity, int rows)
{
    QByteArray bytes;
    switch (entity) {
    case ImportEntity::Customers: bytes = "客户名称,手机,城市,备注\r\n"; break;
    case ImportEntity::Contacts: bytes = "客户名称,姓名,手机,备注\r\n"; break;
    case ImportEntity::Orders: bytes = "客户名称,订单号,日期,金额\r\n"; break;
    case ImportEntity::Interactions: bytes = "客户名称,时间,方式,摘要\r\n"; break;
    }
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray customer = "客户" + QByteArray::number(i % 20 + 1).rightJustified(2, '0');
        switch (entity) {
        case ImportEntity::Customers: bytes += "新客户" + n + ",139" + n.rightJustified(8, '0') + ",杭州,第" + n + "行\r\n"; break;
        case ImportEntity::Contacts: bytes += customer + ",联系人" + n + ",137" + n.rightJustified(8, '0') + ",第" + n + "行\r\n"; break;
        case ImportEntity::Orders: bytes += customer + ",HX-" + n + ",2024-05-01," + n + ".50\r\n"; break;
        case ImportEntity::Interactions: bytes += customer + ",2024-05-01 09:00,电话,第" + n + "次电话\r\n"; break;
        }
    }
    return bytes;
}

struct Hostile {
    QByteArray bytes;
    QString message;
    bool messageIsPrefix = false;
};

// What comes after the header and GoodRows rows (lines 2 … GoodRows + 1), and the message.
// The fault is on line GoodRows + 2.
Hostile lateFault(const QByteArray &kind, ImportEntity entity)
{
    const int line = GoodRows + 2;
    const QByteArray row = goodRows(entity, 1).split('\n').value(1);  // "…\r"
    if (kind == "NUL") {
        QByteArray bad = row;
        bad.insert(3, '\0');
        return {bad + "\n", u"Line %1 contains a NUL character: this does not look like a text file."_s.arg(line)};
    }
    if (kind == "byte order mark")
        return {"\xEF\xBB\xBF" + goodRows(entity, 1),
                u"Line %1 contains a byte order mark (U+FEFF) in the middle of the file: were two files joined together? "
                "Remove it and try again."_s.arg(line)};
    if (kind == "GBK in UTF-8") {
        QStringEncoder gbk("GB18030");
        return {QByteArray(gbk.encode(QString::fromUtf8(row))) + "\n",
                u"Line %1 is not valid UTF-8 text (bytes "_s.arg(line), true};
    }
    if (kind == "unterminated quote")
        return {"客户01,\"never closed\r\n" + row + "\n",
                u"The quoted field that starts on line %1 has no closing quote (\"): the rest of the file would be read as "
                "one field."_s.arg(line)};
    if (kind == "10,000 columns") {
        QByteArray wide;
        for (int i = 1; i <= 10000; ++i)
            wide += QByteArray::number(i) + (i < 10000 ? "," : "\r\n");
        return {wide, u"Line %1 has more than 1,000 field(s), the most Guanxi reads in one record."_s.arg(line)};
    }
    if (kind == "binary junk")
        return {readAll(dataPath(u"csv/binary_junk.bin"_s)), u"Line %1 "_s.arg(line), true};
    qFatal("unknown fault %s", kind.constData());
    return {};
}

// Seeds a workspace with one customer (with a contact and an order) and one earlier import (of
// 21 customers), so that "unchanged" has something to compare.
void seed(Workspace &workspace)
{
    Customer customer;
    customer.name = u"长城贸易"_s;
    customer.city = u"北京"_s;
    auto saved = CustomerRepository(workspace).create(customer);
    QVERIFY(saved.ok());
    Contact contact;
    contact.customerId = saved->id();
    contact.name = u"张伟"_s;
    QVERIFY(ContactRepository(workspace).create(contact).ok());
    Order order;
    order.customerId = saved->id();
    order.orderNumber = u"A-1"_s;
    order.orderedOn = QDate(2024, 3, 5);
    order.amount = Money::yuan(123450);
    QVERIFY(OrderRepository(workspace).create(order).ok());
    QTemporaryDir dir;
    const QString earlier = dir.filePath(u"earlier.csv"_s);
    QByteArray customers = "名称,城市\n华为,深圳\n";
    for (int i = 1; i <= 20; ++i)
        customers += "客户" + QByteArray::number(i).rightJustified(2, '0') + ",上海\n";
    writeAll(earlier, customers);
    auto source = openImportFile(earlier, {});
    QVERIFY(source.ok());
    ImportOptions options;
    options.fileName = u"earlier.csv"_s;
    auto report = Importer::run(workspace, **source, options);
    QVERIFY(report.ok());
    QCOMPARE(report->created, 21);
}

}  // namespace

class TestImportHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void refusedFiles_data();
    void refusedFiles();
    void oldExcelWorkbook();
    void passwordProtectedWorkbook();
    void workbookFaultAfterRowsWereWritten();
    void workbookCutShortWhileImporting();
    void faultAfterRowsWereWritten_data();
    void faultAfterRowsWereWritten();
    void fiftyMegabyteField_data();
    void fiftyMegabyteField();
    void headerOnly_data();
    void headerOnly();
    void blankFirstRows();
    void fileVanishesOrShrinksWhileImporting_data();
    void fileVanishesOrShrinksWhileImporting();
    void noRejectsFileAfterAFault();

private:
    // Runs the import of `path` into a seeded workspace and checks that it fails with `message`
    // (the whole text, or its beginning) and changes nothing, the file's bytes included.
    void verifyRefusedAndUnchanged(const QString &path, ImportEntity entity, ErrorCode code, const QString &message,
                                   bool messageIsPrefix = false, const std::function<void(ImportOptions &)> &adjust = {});

    QTemporaryDir m_dir;
    qint64 m_bytesRead = -1;  // by the last import's reader
};

void TestImportHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));  // "1,000 fields"
}

void TestImportHostile::verifyRefusedAndUnchanged(const QString &path, ImportEntity entity, ErrorCode code, const QString &message,
                                                  bool messageIsPrefix, const std::function<void(ImportOptions &)> &adjust)
{
    TempWorkspace ws;
    seed(*ws);
    if (QTest::currentTestFailed())
        return;
    const QString before = contents(*ws);
    ws.close();
    const QByteArray bytesBefore = readAll(ws.path());
    ws.reopen();

    ImportOptions options;
    options.entity = entity;
    options.fileName = QFileInfo(path).fileName();
    if (adjust)
        adjust(options);
    m_bytesRead = -1;
    Result<ImportReport> report = [&]() -> Result<ImportReport> {
        auto source = openImportFile(path, {});
        if (!source)
            return source.error();
        auto run = Importer::run(*ws, **source, options);
        m_bytesRead = (*source)->bytesRead();
        return run;
    }();
    QVERIFY2(!report, "the import succeeded");
    QCOMPARE(Error::codeName(report.error().code), Error::codeName(code));
    if (messageIsPrefix)
        QVERIFY2(report.error().message.startsWith(message), qPrintable(report.error().message));
    else
        QCOMPARE(report.error().message, message);

    QCOMPARE(contents(*ws), before);
    QCOMPARE(batches(*ws), 1);  // the earlier import only
    auto check = ws->check(true);
    GX_VERIFY_OK(check);
    QVERIFY2(check->ok, qPrintable(check->problems.join(u'\n')));
    ws.close();
    QVERIFY2(readAll(ws.path()) == bytesBefore, "the workspace file changed");
    QVERIFY(!QFileInfo::exists(ws.path() + u"-wal"_s) || QFileInfo(ws.path() + u"-wal"_s).size() == 0);
    ws.reopen();
    QCOMPARE(contents(*ws), before);
}

// The files of tests/data/csv the reader refuses outright: the import never starts.
void TestImportHostile::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("message");
    for (const RefusedFile &refused : refusedImportFiles())
        for (ImportEntity entity : ImportEntities::all())
            QTest::addRow("%s, %s", qPrintable(refused.file), qPrintable(ImportEntities::code(entity)))
                << refused.file << int(entity) << refused.message;
}

void TestImportHostile::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(int, entity);
    QFETCH(QString, message);
    verifyRefusedAndUnchanged(dataPath(file), ImportEntity(entity), ErrorCode::Validation, message);
}

// An Excel 97–2003 workbook (an OLE2 compound file) picked instead of its CSV export.
void TestImportHostile::oldExcelWorkbook()
{
    const QString path = m_dir.filePath(u"customers.xls"_s);
    writeAll(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + readAll(dataPath(u"csv/binary_junk.bin"_s)));
    verifyRefusedAndUnchanged(path, ImportEntity::Customers, ErrorCode::Validation,
                              u"The file “customers.xls” is an old Excel workbook (.xls) or another Office document, not a CSV "
                              "file. Open it in Excel or WPS, save it as “CSV UTF-8” and import that file."_s);
}

// An .xlsx saved with a password: Office wraps it, encrypted, in an OLE2 compound file whose
// directory names the stream "EncryptedPackage" in UTF-16.
void TestImportHostile::passwordProtectedWorkbook()
{
    const QString path = m_dir.filePath(u"protected.xlsx"_s);
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes += QByteArray(1016, '\0');
    for (char c : QByteArrayView("EncryptedPackage"))
        bytes.append(c).append('\0');
    bytes += QByteArray(4096, '\x5A');
    writeAll(path, bytes);
    verifyRefusedAndUnchanged(path, ImportEntity::Customers, ErrorCode::Validation,
                              u"The file “protected.xlsx” is an Excel workbook protected with a password. Open it in Excel or WPS, "
                              "save it without a password and import that file."_s);
}

// A workbook whose sheet breaks after 4,000 good rows (tests/data/xlsx/make_fixtures.py): those
// rows are already in the import's transaction when the broken XML shows, and must go.
void TestImportHostile::workbookFaultAfterRowsWereWritten()
{
    verifyRefusedAndUnchanged(dataPath(u"xlsx/malformed_late.xlsx"_s), ImportEntity::Customers, ErrorCode::Validation,
                              u"The part “xl/worksheets/sheet1.xml” of the file “malformed_late.xlsx” is not valid XML at line "
                              "4005: the workbook is damaged."_s);
}

// A workbook cut short by another program after 1,000 of its rows were imported: minizip cannot
// read on, and what was imported goes.
void TestImportHostile::workbookCutShortWhileImporting()
{
    const QString path = m_dir.filePath(u"shrinking.xlsx"_s);
    writeAll(path, readAll(dataPath(u"xlsx/malformed_late.xlsx"_s)));
    bool done = false;
    verifyRefusedAndUnchanged(path, ImportEntity::Customers, ErrorCode::Validation,
                              u"The part “xl/worksheets/sheet1.xml” of the file “shrinking.xlsx” cannot be read: the file is "
                              "damaged, or it changed while it was being read."_s,
                              false, [&](ImportOptions &options) {
                                  options.progress = [&, path](const ImportProgress &) {
                                      if (!done)
                                          done = QFile::resize(path, 4096);
                                  };
                              });
    QVERIFY(done);
}

// The same faults after GoodRows valid rows: those rows are already written when the fault
// shows, and must go.
void TestImportHostile::faultAfterRowsWereWritten_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("entity");
    for (const char *fault : {"NUL", "byte order mark", "GBK in UTF-8", "unterminated quote", "10,000 columns", "binary junk"})
        for (ImportEntity entity : ImportEntities::all())
            QTest::addRow("%s, %s", fault, qPrintable(ImportEntities::code(entity))) << QByteArray(fault) << int(entity);
}

void TestImportHostile::faultAfterRowsWereWritten()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, entity);
    const Hostile hostile = lateFault(fault, ImportEntity(entity));
    const QString path = m_dir.filePath(u"late.csv"_s);
    writeAll(path, goodRows(ImportEntity(entity), GoodRows) + hostile.bytes);
    QVERIFY(QFileInfo(path).size() > 128 * 1024);
    verifyRefusedAndUnchanged(path, ImportEntity(entity), ErrorCode::Validation, hostile.message, hostile.messageIsPrefix);
}

// A 50 MB field, generated here: refused soon after the reader's limit, in bounded memory.
void TestImportHostile::fiftyMegabyteField_data()
{
    QTest::addColumn<int>("entity");
    QTest::newRow("customers") << int(ImportEntity::Customers);
    QTest::newRow("contacts") << int(ImportEntity::Contacts);
}

void TestImportHostile::fiftyMegabyteField()
{
    QFETCH(int, entity);
    const QString path = m_dir.filePath(u"huge_field.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(goodRows(ImportEntity(entity), 1));  // header and line 2
        file.write("长城贸易,\"");                          // line 3: the field opens …
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 50; ++i)
            QCOMPARE(file.write(block), block.size());
        file.write("\",x,y\r\n");  // … and closes 50 MiB later
    }
    QVERIFY(QFileInfo(path).size() > 50 * 1024 * 1024);
    verifyRefusedAndUnchanged(path, ImportEntity(entity), ErrorCode::Validation,
                              u"Line 3: field 2 is longer than 1,048,576 character(s), the most one field may hold."_s);
    // It stopped soon after the limit instead of reading (or holding) the whole field.
    QVERIFY2(m_bytesRead > 0 && m_bytesRead < 2 * 1024 * 1024, qPrintable(QString::number(m_bytesRead)));
    QFile::remove(path);
}

// A header and no data: nothing to import, and no empty batch in the list of imports.
void TestImportHostile::headerOnly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entity");
    QTest::newRow("tests/data, customers") << dataPath(u"csv/header_only.csv"_s) << int(ImportEntity::Customers);
    for (ImportEntity entity : ImportEntities::all()) {
        const QString path = m_dir.filePath(u"header_only_%1.csv"_s.arg(ImportEntities::code(entity)));
        writeAll(path, goodRows(entity, 0) + "\r\n,,,\r\n");  // blank lines and empty cells are no data either
        QTest::addRow("%s", qPrintable(ImportEntities::code(entity))) << path << int(entity);
    }
}

void TestImportHostile::headerOnly()
{
    QFETCH(QString, file);
    QFETCH(int, entity);
    const QString message = u"The file has a header row but no rows of data below it: there is nothing to import."_s;
    verifyRefusedAndUnchanged(file, ImportEntity(entity), ErrorCode::Validation, message);
    verifyRefusedAndUnchanged(file, ImportEntity(entity), ErrorCode::Validation, message,
                              false, [](ImportOptions &options) { options.dryRun = true; });
}

// Spreadsheets saved with empty rows above the table: the first row that is not empty is the header.
void TestImportHostile::blankFirstRows()
{
    TempWorkspace ws;
    const QString path = m_dir.filePath(u"blank_first.csv"_s);
    writeAll(path, ",,\r\n,,\r\n名称,城市,备注\r\n华为,深圳,\r\n");
    auto source = openImportFile(path, {});
    GX_VERIFY_OK(source);
    ImportOptions options;
    auto report = Importer::run(*ws, **source, options);
    GX_VERIFY_OK(report);
    QCOMPARE(report->read, 1);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->mapping.column(u"city"), 1);
}

// The file removed, or cut short, while the import reads it (another program rewriting it).
void TestImportHostile::fileVanishesOrShrinksWhileImporting_data()
{
    QTest::addColumn<bool>("remove");
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("message");
    const QString changed = u"The file “moving.csv” changed while it was being read: another program may be writing it. Close "
                            "that program and try again."_s;
    const QString gone = u"The file “moving.csv” disappeared while it was being read."_s;
    for (ImportEntity entity : {ImportEntity::Customers, ImportEntity::Orders}) {
        QTest::addRow("removed, %s", qPrintable(ImportEntities::code(entity))) << true << int(entity) << gone;
        QTest::addRow("truncated, %s", qPrintable(ImportEntities::code(entity))) << false << int(entity) << changed;
    }
}

void TestImportHostile::fileVanishesOrShrinksWhileImporting()
{
    QFETCH(bool, remove);
    QFETCH(int, entity);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(u"moving.csv"_s);
    writeAll(path, goodRows(ImportEntity(entity), 3 * GoodRows));  // about 500 KB
    bool done = false;
    verifyRefusedAndUnchanged(path, ImportEntity(entity), ErrorCode::Io, message, false, [&](ImportOptions &options) {
        // The first progress report comes after 1,000 rows, from the reader's first 128 KiB.
        options.progress = [&, path](const ImportProgress &) {
            if (done)
                return;
            done = true;
            if (remove)
                QFile::remove(path);
            else
                QFile::resize(path, 4096);
        };
    });
    QVERIFY(done);
}

// Rows rejected before the fault would have gone to the rejects file: none is left behind.
void TestImportHostile::noRejectsFileAfterAFault()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.csv"_s);
    const QString rejects = dir.filePath(u"bad.rejects.csv"_s);
    QByteArray bytes = "名称,邮箱\r\n,no-name@example.com\r\n华为,not-an-email\r\n";
    for (int i = 1; i <= 2 * GoodRows; ++i)
        bytes += "客户" + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.com\r\n";
    bytes += QByteArray("华\0为,nul@example.com\r\n", 25);
    writeAll(path, bytes);
    TempWorkspace ws;
    auto source = openImportFile(path, {});
    GX_VERIFY_OK(source);
    ImportOptions options;
    options.rejectsPath = rejects;
    auto report = Importer::run(*ws, **source, options);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(u"contains a NUL character"_s), qPrintable(report.error().message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"bad.csv"_s});
    QCOMPARE(sql::scalar(ws->database(), u"SELECT count(*) FROM customers"_s)->toLongLong(), 0);
}

QTEST_GUILESS_MAIN(TestImportHostile)
#include "test_import_hostile.moc"
