// The import pipeline over a real workspace file: column guessing, validation with line numbers,
// strict mode, rejects files, each duplicate policy, orders' amounts in fen, undo of created and
// updated records, presets, cancel. Expectations are worked out by hand from the files.
#include "TestSupport.h"

#include "exchange/import/ColumnMapping.h"
#include "exchange/import/HeaderMatcher.h"
#include "exchange/import/ImportFields.h"
#include "exchange/import/ImportValues.h"
#include "exchange/import/Importer.h"
#include "exchange/import/KeyTable.h"
#include "exchange/import/OpenImportFile.h"
#include "exchange/import/ImportFileKind.h"
#include "exchange/import/CsvRecordSource.h"
#include "domain/CustomerFields.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ImportMappingRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StaffRepository.h"

#include <QStringEncoder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace guanxi;
using namespace guanxi::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Records from memory, for tests that need exact control over fields and lines.
class ListSource : public RecordSource
{
public:
    explicit ListSource(QList<QStringList> rows) : m_rows(std::move(rows)) {}
    Result<bool> next(SourceRecord &record) override
    {
        if (m_next >= m_rows.size())
            return false;
        record.line = m_next + 1;
        record.fields = m_rows[m_next++];
        return true;
    }
    qint64 bytesRead() const override { return m_next; }
    qint64 totalBytes() const override { return m_rows.size(); }

private:
    QList<QStringList> m_rows;
    qsizetype m_next = 0;
};

QString writeFile(const QString &dir, const QString &name, const QByteArray &utf8)
{
    const QString path = QDir(dir).filePath(name);
    writeAll(path, utf8);
    return path;
}

Result<ImportReport> importFile(Workspace &workspace, const QString &path, ImportOptions options)
{
    auto source = openImportFile(path, {});
    if (!source)
        return source.error();
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(path).fileName();
    return Importer::run(workspace, **source, options);
}

// The suite runs twice (see main): duplicates and customer names looked up in hash tables of
// all existing keys, and through the workspace's indexes row by row.
KeyLookup currentLookup = KeyLookup::Hashed;

ImportOptions optionsFor(ImportEntity entity, DuplicatePolicy policy = DuplicatePolicy::Skip)
{
    ImportOptions options;
    options.entity = entity;
    options.onDuplicate = policy;
    options.keyLookup = currentLookup;
    return options;
}

qint64 liveCount(Workspace &workspace, const QString &table)
{
    return sql::scalar(workspace.database(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table))->toLongLong();
}

QString idOfCustomer(Workspace &workspace, const QString &name)
{
    return sql::scalar(workspace.database(), QStringLiteral("SELECT id FROM customers WHERE name = ? AND deleted = 0"), {name})
        ->toString();
}

QStringList keysOfGuess(ImportEntity entity, const QStringList &header)
{
    QStringList keys;
    const auto fields = ImportFields::of(entity);
    for (int index : HeaderMatcher::guess(entity, header))
        keys.append(index < 0 ? QStringLiteral("-") : QString::fromLatin1(fields[index].key));
    return keys;
}

void verifyFullCheck(Workspace &workspace)
{
    auto report = workspace.check(true);
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
}

}  // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerGuesses_data();
    void headerGuesses();
    void spellingsAreUnambiguous();
    void customerFieldsMatchTheDomain();
    void chineseLabelsOldAndNew();
    void mappingFiles();
    void mappingErrors();
    void cellValues();
    void csvSource();
    void fileKinds_data();
    void fileKinds();
    void keyTable();

    void validationRejectsWithLineNumbers();
    void rejectsFileIsReadyToFix();
    void strictModeWritesNothing();
    void dryRunWritesNothingAndListsPairs();
    void tierLabelsAndCodes();
    void skipIsTheDefaultAndReimportCreatesNothing();
    void inFileDuplicates_data();
    void inFileDuplicates();
    void strongerKeyContradicts();
    void updateThenUndoRestoresExactValues();
    void createPolicyCreatesAnyway();
    void undoOfCreatedRows();
    void undoRefusesAfterLaterChanges();
    void undoKeepsTeamMembersInUse();
    void idColumnMakesExportsUpdate();
    void rowsWithOwnIdsAreSeparateRecords();
    void duplicateKeysInWords();
    void ordersAmountsAndCustomers();
    void contactsOfCustomers();
    void searchEntriesFollowEveryChange();
    void interactionsWithLabelsAndPeople();
    void presetsAreSaved();
    void cancelRollsBack();
    void progressIsReported();
};

void TestImport::headerGuesses_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("expected");
    const int customers = int(ImportEntity::Customers);
    QTest::newRow("Chinese") << customers
                             << QStringList{u"客户名称"_s, u"联系人"_s, u"手机"_s, u"邮箱"_s, u"城市"_s, u"关系类型"_s, u"备注"_s, u"统一社会信用代码"_s}
                             << QStringList{u"name"_s, u"contact"_s, u"phone"_s, u"email"_s, u"city"_s, u"tier"_s, u"notes"_s, u"credit-code"_s};
    QTest::newRow("English") << customers << QStringList{u"Company"_s, u"Phone"_s, u"E-mail"_s, u"City"_s, u"Tier"_s, u"Notes"_s, u"Owner"_s}
                             << QStringList{u"name"_s, u"phone"_s, u"email"_s, u"city"_s, u"tier"_s, u"notes"_s, u"owner"_s};
    QTest::newRow("case, spaces, punctuation")
        << customers << QStringList{u" COMPANY NAME "_s, u"mobile_phone"_s, u"Email Address"_s, u"credit-code"_s, u"Do Not Contact"_s}
        << QStringList{u"name"_s, u"phone"_s, u"email"_s, u"credit-code"_s, u"do-not-contact"_s};
    QTest::newRow("full-width") << customers << QStringList{u"ＮＡＭＥ"_s, u"Ｅ－ｍａｉｌ"_s, u"电话（办公）"_s}
                                << QStringList{u"name"_s, u"email"_s, u"phone"_s};
    QTest::newRow("brackets and required marks") << customers << QStringList{u"*客户名称"_s, u"电话(必填)"_s, u"邮箱【选填】"_s}
                                                  << QStringList{u"name"_s, u"phone"_s, u"email"_s};
    QTest::newRow("export, English") << customers << QStringList{u"ID"_s, u"Name"_s, u"Relationship tier"_s, u"Unified social credit code"_s, u"Created"_s, u"Last changed"_s}
                                     << QStringList{u"id"_s, u"name"_s, u"tier"_s, u"credit-code"_s, u"created"_s, u"-"_s};
    QTest::newRow("export, Chinese") << customers << QStringList{u"编号"_s, u"名称"_s, u"关系类型"_s, u"省份/地区"_s, u"请勿联系"_s, u"满意度"_s}
                                     << QStringList{u"id"_s, u"name"_s, u"tier"_s, u"region"_s, u"do-not-contact"_s, u"satisfaction"_s};
    QTest::newRow("the window's terms") << customers << QStringList{u"生命周期阶段"_s, u"手动设定生命周期阶段"_s, u"来源"_s}
                                        << QStringList{u"lifecycle"_s, u"lifecycle-manual"_s, u"source"_s};
    QTest::newRow("earlier exports' terms") << customers << QStringList{u"客户等级"_s, u"手动设定等级"_s, u"客户来源"_s}
                                            << QStringList{u"lifecycle"_s, u"lifecycle-manual"_s, u"source"_s};
    QTest::newRow("both languages in one cell") << customers << QStringList{u"名称 Name"_s, u"Phone/电话"_s, u"City（城市）"_s}
                                                << QStringList{u"name"_s, u"phone"_s, u"city"_s};
    QTest::newRow("first column wins") << customers << QStringList{u"手机"_s, u"电话"_s, u"Company"_s}
                                       << QStringList{u"phone"_s, u"-"_s, u"name"_s};
    QTest::newRow("unknown columns") << customers << QStringList{u"序号"_s, u"Name"_s, u"Colour"_s} << QStringList{u"-"_s, u"name"_s, u"-"_s};
    QTest::newRow("contacts") << int(ImportEntity::Contacts) << QStringList{u"公司"_s, u"姓名"_s, u"职务"_s, u"手机"_s, u"微信"_s, u"角色"_s}
                              << QStringList{u"customer"_s, u"name"_s, u"title"_s, u"phone"_s, u"wechat"_s, u"role"_s};
    QTest::newRow("orders") << int(ImportEntity::Orders) << QStringList{u"订单号"_s, u"客户名称"_s, u"日期"_s, u"金额（元）"_s, u"成本"_s, u"产品"_s}
                            << QStringList{u"order-number"_s, u"customer"_s, u"date"_s, u"amount"_s, u"cost"_s, u"product"_s};
    QTest::newRow("orders, English") << int(ImportEntity::Orders) << QStringList{u"Order No."_s, u"Customer"_s, u"Order Date"_s, u"Amount (CNY)"_s, u"Customer ID"_s}
                                     << QStringList{u"order-number"_s, u"customer"_s, u"date"_s, u"amount"_s, u"customer-id"_s};
    QTest::newRow("interactions") << int(ImportEntity::Interactions) << QStringList{u"客户"_s, u"时间"_s, u"方式"_s, u"联系人"_s, u"经办人"_s, u"摘要"_s, u"承诺"_s}
                                  << QStringList{u"customer"_s, u"time"_s, u"channel"_s, u"contact"_s, u"staff"_s, u"summary"_s, u"commitments"_s};
}

void TestImport::headerGuesses()
{
    QFETCH(int, entity);
    QFETCH(QStringList, header);
    QFETCH(QStringList, expected);
    QCOMPARE(keysOfGuess(ImportEntity(entity), header), expected);
}

void TestImport::spellingsAreUnambiguous()
{
    for (ImportEntity entity : ImportEntities::all()) {
        QHash<QString, QString> owner;
        for (const ImportField &field : ImportFields::of(entity)) {
            for (const QString &spelling : ImportFields::spellings(field)) {
                const QString folded = HeaderMatcher::fold(spelling);
                QVERIFY2(!folded.isEmpty(), field.key);
                const QString previous = owner.value(folded);
                QVERIFY2(previous.isEmpty() || previous == QLatin1String(field.key),
                         qPrintable(QStringLiteral("%1: “%2” names %3 and %4").arg(ImportEntities::code(entity), spelling, previous,
                                                                                  QLatin1String(field.key))));
                owner.insert(folded, QString::fromLatin1(field.key));
            }
        }
    }
}

void TestImport::customerFieldsMatchTheDomain()
{
    // Every customer field can be imported, under the same key and labels as CustomerFields.
    for (const CustomerFields::Field &field : CustomerFields::all()) {
        const ImportField *imported = ImportFields::find(ImportEntity::Customers, QString::fromLatin1(field.name));
        QVERIFY2(imported, field.name);
        QCOMPARE(QLatin1String(imported->key), QLatin1String(field.name));
        QCOMPARE(QString::fromUtf8(imported->label), QString::fromUtf8(field.label));
        QCOMPARE(QString::fromUtf8(imported->chinese), QString::fromUtf8(field.chinese));
    }
}

// Exports name the columns with the window's terms (生命周期阶段, 来源); files exported before
// used 客户等级 and 客户来源: both import the same.
void TestImport::chineseLabelsOldAndNew()
{
    for (const auto &[name, window, former] : {std::tuple{"lifecycle", "生命周期阶段", "客户等级"},
                                               std::tuple{"lifecycle-manual", "手动设定生命周期阶段", "手动设定等级"},
                                               std::tuple{"source", "来源", "客户来源"}}) {
        const CustomerFields::Field *field = CustomerFields::find(QString::fromLatin1(name));
        QVERIFY(field);
        QCOMPARE(QString::fromUtf8(field->chinese), QString::fromUtf8(window));
        QCOMPARE(CustomerFields::find(QString::fromUtf8(window)), field);
        QCOMPARE(CustomerFields::find(QString::fromUtf8(former)), field);
    }
    TempWorkspace ws;
    const QByteArray rows = "长城,Loyal,否,展会\n";
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("new.csv"), "名称,生命周期阶段,手动设定生命周期阶段,来源\n" + rows),
                             optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 1);
    auto former = importFile(*ws, writeFile(ws.dir(), QStringLiteral("old.csv"), "名称,客户等级,手动设定等级,客户来源\n" + rows),
                             optionsFor(ImportEntity::Customers, DuplicatePolicy::Create));
    GX_VERIFY_OK(former);
    QCOMPARE(former->created, 1);
    auto customers = CustomerRepository(*ws).page({}, {}, std::nullopt, 10);
    GX_VERIFY_OK(customers);
    QCOMPARE(customers->customers.size(), 2);
    for (const Customer &c : customers->customers) {
        QCOMPARE(c.lifecycle, LifecycleLevel::Loyal);
        QVERIFY(!c.lifecycleManual);
        QCOMPARE(c.source, std::optional<SourceChannel>(SourceChannel::TradeShow));
    }
}

void TestImport::mappingFiles()
{
    auto spec = MappingSpec::fromJson(R"({"entity": "customers", "columns": {"name": "公司全称", "phone": 3, "notes": null}})");
    GX_VERIFY_OK(spec);
    const QStringList header{u"公司全称"_s, u"备注"_s, u"号码"_s, u"城市"_s};
    auto mapping = ColumnMapping::resolve(ImportEntity::Customers, header, *spec);
    GX_VERIFY_OK(mapping);
    QCOMPARE(mapping->column(u"name"), 0);
    QCOMPARE(mapping->column(u"phone"), 2);
    QCOMPARE(mapping->column(u"notes"), -1);  // null: not imported although the header says 备注
    QCOMPARE(mapping->column(u"city"), 3);    // guessed
    QCOMPARE(mapping->unusedColumns(), QList<int>{1});

    // Labels name fields too, and "guess": false turns the guesses off.
    spec = MappingSpec::fromJson(R"({"guess": false, "columns": {"名称": "公司全称", "Phone": "号码"}})");
    GX_VERIFY_OK(spec);
    mapping = ColumnMapping::resolve(ImportEntity::Customers, header, *spec);
    GX_VERIFY_OK(mapping);
    QCOMPARE(mapping->column(u"city"), -1);
    QCOMPARE(mapping->column(u"phone"), 2);

    // toJson reproduces the mapping.
    auto again = MappingSpec::fromJson(mapping->toJson());
    GX_VERIFY_OK(again);
    auto same = ColumnMapping::resolve(ImportEntity::Customers, header, *again);
    GX_VERIFY_OK(same);
    QCOMPARE(same->describe(), mapping->describe());

    // Without a header, columns are numbers.
    spec = MappingSpec::fromJson(R"({"header": false, "columns": {"name": 2}})");
    GX_VERIFY_OK(spec);
    mapping = ColumnMapping::resolve(ImportEntity::Customers, {u"x"_s, u"ACME"_s}, *spec);
    GX_VERIFY_OK(mapping);
    QCOMPARE(mapping->column(u"name"), 1);
    QVERIFY(!mapping->hasHeader());
}

void TestImport::mappingErrors()
{
    QVERIFY(!MappingSpec::fromJson("not json"));
    QVERIFY(!MappingSpec::fromJson(R"({"columns": {"name": 0}})"));      // numbers start at 1
    QVERIFY(!MappingSpec::fromJson(R"({"columns": {"name": true}})"));
    QVERIFY(!MappingSpec::fromJson(R"({"entity": "planets"})"));
    QVERIFY(!MappingSpec::fromJson(R"({"colums": {}})"));
    auto notAnObject = MappingSpec::fromJson(R"(["name", "phone"])");
    QVERIFY(!notAnObject);
    QCOMPARE(notAnObject.error().message, QStringLiteral("The column mapping must be a JSON object: {\"columns\": {\"field\": \"column\", …}}."));

    const QStringList header{u"Company"_s, u"Phone"_s};
    auto unknownField = ColumnMapping::resolve(ImportEntity::Customers, header, *MappingSpec::fromJson(R"({"columns": {"colour": 1}})"));
    QVERIFY(!unknownField);
    QVERIFY(unknownField.error().message.contains(QStringLiteral("colour")));
    auto missingColumn = ColumnMapping::resolve(ImportEntity::Customers, header, *MappingSpec::fromJson(R"({"columns": {"city": "Stadt"}})"));
    QVERIFY(!missingColumn);
    QVERIFY(missingColumn.error().message.contains(QStringLiteral("“Company” (column 1)")));
    auto twice = ColumnMapping::resolve(ImportEntity::Customers, header, *MappingSpec::fromJson(R"({"columns": {"city": 2, "phone": 2}})"));
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(QStringLiteral("both")));
    auto beyond = ColumnMapping::resolve(ImportEntity::Customers, header, *MappingSpec::fromJson(R"({"columns": {"city": 3}})"));
    QVERIFY(!beyond);
    QCOMPARE(beyond.error().message, QStringLiteral("The column mapping puts City (city) in column 3, but the file has only 2 column(s)."));
    // A column the mapping gives to one field is not guessed for another.
    auto taken = ColumnMapping::resolve(ImportEntity::Customers, header, *MappingSpec::fromJson(R"({"columns": {"city": 2}})"));
    GX_VERIFY_OK(taken);
    QCOMPARE(taken->column(u"city"), 1);
    QCOMPARE(taken->column(u"phone"), -1);
    auto noName = ColumnMapping::resolve(ImportEntity::Customers, {u"Phone"_s, u"City"_s}, {});
    QVERIFY(!noName);
    QVERIFY(noName.error().message.contains(QStringLiteral("Name / 名称")));
    auto noCustomer = ColumnMapping::resolve(ImportEntity::Orders, {u"Date"_s, u"Amount"_s}, {});
    QVERIFY(!noCustomer);
    QVERIFY(noCustomer.error().message.contains(QStringLiteral("Customer ID")));
    auto wrongEntity = ColumnMapping::resolve(ImportEntity::Orders, header, *MappingSpec::fromJson(R"({"entity": "customers"})"));
    QVERIFY(!wrongEntity);
}

void TestImport::cellValues()
{
    QCOMPARE(ImportValues::cell(QStringLiteral("  '=SUM(A1)  ")), QStringLiteral("=SUM(A1)"));
    QCOMPARE(ImportValues::cell(QStringLiteral("''+86")), QStringLiteral("'+86"));
    QCOMPARE(ImportValues::cell(QStringLiteral("'quoted")), QStringLiteral("'quoted"));  // not added by the export
    QCOMPARE(ImportValues::cell(QStringLiteral("'＝1")), QStringLiteral("＝1"));

    QCOMPARE(ImportValues::parseDate(u"2024-03-05"), QDate(2024, 3, 5));
    QCOMPARE(ImportValues::parseDate(u"2024/3/5"), QDate(2024, 3, 5));
    QCOMPARE(ImportValues::parseDate(u"2024.03.05"), QDate(2024, 3, 5));
    QCOMPARE(ImportValues::parseDate(u"2024年3月5日"), QDate(2024, 3, 5));
    QCOMPARE(ImportValues::parseDate(u"20240305"), QDate(2024, 3, 5));
    QCOMPARE(ImportValues::parseDate(u"２０２４－０３－０５"), QDate(2024, 3, 5));
    QCOMPARE(ImportValues::parseDate(u"2024-03-05 14:30"), QDate(2024, 3, 5));
    QVERIFY(!ImportValues::parseDate(u"2024-02-30"));
    QVERIFY(!ImportValues::parseDate(u"05/03/2024"));
    QVERIFY(!ImportValues::parseDate(u"soon"));

    QCOMPARE(*ImportValues::parseDateTime(u"2024-03-05T06:30:00Z"), QDateTime(QDate(2024, 3, 5), QTime(6, 30), QTimeZone::utc()));
    QCOMPARE(*ImportValues::parseDateTime(u"2024-03-05 14:30:00+08:00"), QDateTime(QDate(2024, 3, 5), QTime(6, 30), QTimeZone::utc()));
    QCOMPARE(*ImportValues::parseDateTime(u"2024-03-05 14:30"), QDateTime(QDate(2024, 3, 5), QTime(14, 30)).toUTC());
    QCOMPARE(*ImportValues::parseDateTime(u"2024/3/5"), QDateTime(QDate(2024, 3, 5), QTime(0, 0)).toUTC());
    QVERIFY(!ImportValues::parseDateTime(u"2024-03-05 25:00"));

    QCOMPARE(ImportValues::parseBoolean(u"是"), std::optional<bool>(true));
    QCOMPARE(ImportValues::parseBoolean(u" No "), std::optional<bool>(false));
    QCOMPARE(ImportValues::parseBoolean(u"maybe"), std::optional<bool>());

    QCOMPARE(ImportValues::parseUuid(u"{0190A1B2-C3D4-7E5F-8a9b-0c1d2e3f4a5b}"), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    QVERIFY(!ImportValues::parseUuid(u"0190a1b2"));

    QCOMPARE(ImportValues::foldName(u"ACME, Inc."), ImportValues::foldName(u" acme inc "));
    QCOMPARE(ImportValues::foldName(u"华为（深圳）"), QStringLiteral("华为深圳"));
}

void TestImport::csvSource()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.path(), QStringLiteral("a.csv"),
                                   "\xEF\xBB\xBF" "a,b,c\r\n\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n1,,3\n\n4,5,6");
    auto source = CsvRecordSource::open(path, {});
    GX_VERIFY_OK(source);
    SourceRecord record;
    QList<QPair<qint64, QStringList>> records;
    for (;;) {
        auto more = (*source)->next(record);
        GX_VERIFY_OK(more);
        if (!*more)
            break;
        records.append({record.line, record.fields});
    }
    const QList<QPair<qint64, QStringList>> expected{{1, {u"a"_s, u"b"_s, u"c"_s}},
                                                     {3, {u"x, y"_s, u"say \"hi\""_s, u"two\r\nlines"_s}},  // line breaks in quotes stay as they are
                                                     {5, {u"1"_s, u""_s, u"3"_s}},
                                                     {7, {u"4"_s, u"5"_s, u"6"_s}}};
    QCOMPARE(records, expected);
    QCOMPARE((*source)->bytesRead(), (*source)->totalBytes());

    const QString semicolons = writeFile(dir.path(), QStringLiteral("b.csv"), "名称;电话\n华为;138");
    source = CsvRecordSource::open(semicolons, {});
    GX_VERIFY_OK(source);
    GX_VERIFY_OK((*source)->next(record));
    QCOMPARE(record.fields, QStringList({u"名称"_s, u"电话"_s}));

    QStringEncoder gb18030("GB18030");
    const QString gbk = writeFile(dir.path(), QStringLiteral("c.csv"), gb18030.encode(QStringLiteral("名称,城市\n长城,北京\n")));
    source = CsvRecordSource::open(gbk, {});
    GX_VERIFY_OK(source);
    GX_VERIFY_OK((*source)->next(record));
    GX_VERIFY_OK((*source)->next(record));
    QCOMPARE(record.fields, QStringList({u"长城"_s, u"北京"_s}));

    const QString open = writeFile(dir.path(), QStringLiteral("d.csv"), "a,b\n1,\"never closed\n2,3\n");
    // The reader parses its first 128 KiB while detecting: the quote opened on line 2 is
    // refused before the import reads a record.
    source = CsvRecordSource::open(open, {});
    QVERIFY(!source);
    QVERIFY2(source.error().message.contains(QStringLiteral("line 2")), qPrintable(source.error().message));

    // Excel's "Unicode Text": UTF-16 LE with a byte order mark, tab-delimited.
    QByteArray utf16("\xFF\xFE", 2);
    const QString text = QStringLiteral("名称\t城市\r\n长城\t北京\r\n");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    source = CsvRecordSource::open(writeFile(dir.path(), QStringLiteral("e.txt"), utf16), {});
    GX_VERIFY_OK(source);
    GX_VERIFY_OK((*source)->next(record));
    GX_VERIFY_OK((*source)->next(record));
    QCOMPARE(record.fields, QStringList({u"长城"_s, u"北京"_s}));
    QCOMPARE(record.line, 2);
}

// Which reader a file needs: by its first bytes, and by its extension where they say nothing.
void TestImport::fileKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addRow("csv") << u"a.csv"_s << QByteArray("Name,City\nAcme,Paris\n") << int(ImportFileKind::Csv);
    QTest::addRow("text without extension") << u"a"_s << QByteArray("Name\n") << int(ImportFileKind::Csv);
    QTest::addRow("vcard") << u"a.vcf"_s << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\n") << int(ImportFileKind::VCard);
    QTest::addRow("vcard as .csv, BOM and blank line")
        << u"a.csv"_s << QByteArray("\xEF\xBB\xBF\r\nbegin:vcard\nFN:x\nEND:VCARD\n") << int(ImportFileKind::VCard);
    QTest::addRow(".vcf holding CSV") << u"a.vcf"_s << QByteArray("Name,City\n") << int(ImportFileKind::VCard);
    QTest::addRow("empty .vcf") << u"a.vcf"_s << QByteArray() << int(ImportFileKind::VCard);
    QTest::addRow("zip as .csv") << u"a.csv"_s << QByteArray("PK\x03\x04rest") << int(ImportFileKind::Workbook);
    QTest::addRow("empty .xlsx") << u"a.xlsx"_s << QByteArray() << int(ImportFileKind::Workbook);
    QTest::addRow("ole") << u"a.csv"_s << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << int(ImportFileKind::LegacyWorkbook);
    QTest::addRow("empty .csv") << u"a.csv"_s << QByteArray() << int(ImportFileKind::Csv);
}

void TestImport::fileKinds()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QTemporaryDir dir;
    const QString path = writeFile(dir.path(), name, bytes);
    QCOMPARE(int(detectImportFileKind(path)), kind);
}

void TestImport::keyTable()
{
    KeyTable table;
    for (qint64 seq = 1; seq <= 5000; ++seq)
        QVERIFY(table.insert(KeyTable::hash(QString::number(seq % 1000)), seq));
    QList<qint64> found;
    table.forEach(KeyTable::hash(QStringLiteral("7")), [&](qint64 seq) { found.append(seq); });
    std::sort(found.begin(), found.end());
    QCOMPARE(found, (QList<qint64>{7, 1007, 2007, 3007, 4007}));
    QCOMPARE(table.size(), 5000);
    QVERIFY(!table.insert(1, 0));
    QVERIFY(!table.insert(1, qint64(1) << 32));
}

void TestImport::validationRejectsWithLineNumbers()
{
    TempWorkspace ws;
    auto report = importFile(*ws, dataPath(QStringLiteral("import/customers_zh.csv")), optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(report);
    QVERIFY(report->committed);
    QCOMPARE(report->read, 8);      // lines 2, 3–4, 5, 6, 7, 8, 9, 10
    QCOMPARE(report->created, 3);   // 华为 (line 2), ACME (3–4), 成都天成食品 (8)
    QCOMPARE(report->skipped, 1);   // line 10: 华为's phone again
    QCOMPARE(report->rejected, 4);
    QCOMPARE(report->rejects.size(), 4);
    QCOMPARE(report->rejects[0].line, 5);
    QCOMPARE(report->rejects[0].reason, QStringLiteral("E-mail: “not-an-email” is not an e-mail address: it has no @."));
    QCOMPARE(report->rejects[1].line, 6);
    QVERIFY2(report->rejects[1].reason.startsWith(QStringLiteral("Phone: “12345” is not a phone number")), qPrintable(report->rejects[1].reason));
    QCOMPARE(report->rejects[2].line, 7);
    QCOMPARE(report->rejects[2].reason, QStringLiteral("Name: Every customer needs a name."));
    QCOMPARE(report->rejects[3].line, 9);
    QCOMPARE(report->rejects[3].reason, QStringLiteral("The row has 3 field(s) where the header has 7 (a missing or extra delimiter or quote?)."));
    QCOMPARE(report->duplicates.size(), 1);
    QCOMPARE(report->duplicates[0].line, 10);
    QCOMPARE(report->duplicates[0].matchedBy, QStringLiteral("phone"));
    QCOMPARE(report->duplicates[0].existingLine, 2);
    QCOMPARE(report->duplicates[0].existingName, QStringLiteral("华为技术有限公司"));

    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 3);
    QCOMPARE(liveCount(*ws, QStringLiteral("contacts")), 2);  // 张三 and 赵六, as primary contacts
    auto huawei = CustomerRepository(*ws).get(idOfCustomer(*ws, QStringLiteral("华为技术有限公司")));
    GX_VERIFY_OK(huawei);
    QCOMPARE(huawei->phone, QStringLiteral("13812345678"));
    QCOMPARE(huawei->email, QStringLiteral("Info@huawei.com"));
    QCOMPARE(huawei->tier, RelationshipTier::StrategicAlliance);
    QCOMPARE(huawei->notes, QStringLiteral("大客户"));
    auto contacts = ContactRepository(*ws).listForCustomer(huawei->id());
    GX_VERIFY_OK(contacts);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().name, QStringLiteral("张三"));
    QVERIFY(contacts->first().primary);
    auto acme = CustomerRepository(*ws).get(idOfCustomer(*ws, QStringLiteral("ACME, Inc.")));
    GX_VERIFY_OK(acme);
    QCOMPARE(acme->notes, QStringLiteral("two\nlines"));
    QCOMPARE(acme->phone, QStringLiteral("+14155550100"));
    QCOMPARE(acme->tier, RelationshipTier::Partner);

    // Searchable at once, by pinyin of the contact too, and the index is exact.
    auto hits = SearchRepository(*ws).search(QStringLiteral("zhangsan"), 10);
    GX_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().name, QStringLiteral("华为技术有限公司"));
    verifyFullCheck(*ws);

    auto batches = ImportBatchRepository(*ws).list();
    GX_VERIFY_OK(batches);
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->first().id, report->batchId);
    QCOMPARE(batches->first().entity, QStringLiteral("customers"));
    QCOMPARE(batches->first().fileName, QStringLiteral("customers_zh.csv"));
    QCOMPARE(batches->first().created, 3);
    QCOMPARE(batches->first().rejected, 4);
}

void TestImport::rejectsFileIsReadyToFix()
{
    TempWorkspace ws;
    ImportOptions options = optionsFor(ImportEntity::Customers);
    options.rejectsPath = QDir(ws.dir()).filePath(QStringLiteral("customers_zh.rejects.csv"));
    auto report = importFile(*ws, dataPath(QStringLiteral("import/customers_zh.csv")), options);
    GX_VERIFY_OK(report);
    QCOMPARE(report->rejectsFile, options.rejectsPath);
    const QByteArray bytes = readAll(options.rejectsPath);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.value(0), QByteArray("客户名称,联系人,手机,邮箱,城市,关系类型,备注,Reason\r"));
    QCOMPARE(lines.value(1), QByteArray("北京长城贸易,李四,010-12345678,not-an-email,北京,买卖,,E-mail: “not-an-email” is not an e-mail address: it has no @.\r"));
    QCOMPARE(lines.value(3), QByteArray(",王五,13900000000,,上海,,,Name: Every customer needs a name.\r"));
    QVERIFY(lines.value(4).startsWith("only three,fields,here,,,,,The row has 3 field(s)"));
    QCOMPARE(lines.size(), 6);  // header, 4 rows, and the empty rest after the last line end

    // Fixed in place, the file imports: the reason column is simply not mapped.
    QByteArray fixed = bytes;
    fixed.replace("not-an-email", "sales@changcheng.cn").replace(",12345,", ",021-87654321,").replace("\r\n,王五", "\r\n王五商行,王五");
    fixed.replace("only three,fields,here,,,,,", "三木,,,,,,,");
    writeAll(options.rejectsPath, fixed);
    auto again = importFile(*ws, options.rejectsPath, optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(again);
    QCOMPARE(again->rejected, 0);
    QCOMPARE(again->created, 4);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 7);

    // No rejects, no file.
    options.rejectsPath = QDir(ws.dir()).filePath(QStringLiteral("none.csv"));
    auto clean = importFile(*ws, writeFile(ws.dir(), QStringLiteral("clean.csv"), "Name\nClean Co\n"), options);
    GX_VERIFY_OK(clean);
    QVERIFY(clean->rejectsFile.isEmpty());
    QVERIFY(!QFile::exists(options.rejectsPath));
}

void TestImport::strictModeWritesNothing()
{
    TempWorkspace ws;
    ImportOptions options = optionsFor(ImportEntity::Customers);
    options.strict = true;
    auto report = importFile(*ws, dataPath(QStringLiteral("import/customers_zh.csv")), options);
    GX_VERIFY_OK(report);
    QVERIFY(report->refusedAsStrict);
    QVERIFY(!report->committed);
    QVERIFY(report->batchId.isEmpty());
    QCOMPARE(report->rejected, 4);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 0);
    QCOMPARE(liveCount(*ws, QStringLiteral("contacts")), 0);
    QCOMPARE(ImportBatchRepository(*ws).list()->size(), 0);

    // A clean file passes strict mode.
    auto clean = importFile(*ws, writeFile(ws.dir(), QStringLiteral("ok.csv"), "Name,Phone\nA Co,13800000001\nB Co,13800000002\n"), options);
    GX_VERIFY_OK(clean);
    QVERIFY(clean->committed);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 2);
}

void TestImport::dryRunWritesNothingAndListsPairs()
{
    TempWorkspace ws;
    GX_VERIFY_OK(importFile(*ws, dataPath(QStringLiteral("import/customers_zh.csv")), optionsFor(ImportEntity::Customers)));
    const QString huaweiId = idOfCustomer(*ws, QStringLiteral("华为技术有限公司"));
    ImportOptions options = optionsFor(ImportEntity::Customers, DuplicatePolicy::Update);
    options.dryRun = true;
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("dry.csv"), "公司,电话,城市\n华为技术有限公司,13812345678,广州\nNew Co,,\n"),
                             options);
    GX_VERIFY_OK(report);
    QVERIFY(!report->committed);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->duplicates.size(), 1);
    QCOMPARE(report->duplicates[0].line, 2);
    QCOMPARE(report->duplicates[0].existingId, huaweiId);
    QCOMPARE(report->duplicates[0].matchedBy, QStringLiteral("phone"));
    QCOMPARE(report->duplicates[0].action, DuplicateMatch::Action::Updated);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 3);
    QCOMPARE(CustomerRepository(*ws).get(huaweiId)->city, QStringLiteral("深圳"));
    QCOMPARE(ImportBatchRepository(*ws).list()->size(), 1);
    verifyFullCheck(*ws);
}

void TestImport::tierLabelsAndCodes()
{
    TempWorkspace ws;
    const QString path = writeFile(ws.dir(), QStringLiteral("tiers.csv"),
                                   "名称,关系类型\nA,买卖\nB,买卖关系\nC,Partner\nD,strategic_alliance\nE,优先供应商\nF,Strategic Alliance\nG,朋友\n");
    auto report = importFile(*ws, path, optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 6);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->rejects[0].line, 8);
    QVERIFY2(report->rejects[0].reason.contains(QStringLiteral("“朋友” is not one of the choices")), qPrintable(report->rejects[0].reason));
    const QList<QPair<QString, RelationshipTier>> expected{{u"A"_s, RelationshipTier::Transactional},
                                                           {u"B"_s, RelationshipTier::Transactional},
                                                           {u"C"_s, RelationshipTier::Partner},
                                                           {u"D"_s, RelationshipTier::StrategicAlliance},
                                                           {u"E"_s, RelationshipTier::PreferredSupplier},
                                                           {u"F"_s, RelationshipTier::StrategicAlliance}};
    for (const auto &[name, tier] : expected)
        QCOMPARE(CustomerRepository(*ws).get(idOfCustomer(*ws, name))->tier, tier);
}

void TestImport::skipIsTheDefaultAndReimportCreatesNothing()
{
    TempWorkspace ws;
    const QString path = dataPath(QStringLiteral("import/customers_zh.csv"));
    GX_VERIFY_OK(importFile(*ws, path, optionsFor(ImportEntity::Customers)));
    auto again = importFile(*ws, path, optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(again);
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->skipped, 4);  // lines 2, 3, 8 and 10 all match the first import's records
    QCOMPARE(again->rejected, 4);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 3);
    QCOMPARE(liveCount(*ws, QStringLiteral("contacts")), 2);
}

void TestImport::inFileDuplicates_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("city");  // of the customer of line 2 afterwards
    QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 2 << 0 << 2 << "北京";
    QTest::newRow("update") << int(DuplicatePolicy::Update) << 2 << 1 << 1 << "上海";
    QTest::newRow("create") << int(DuplicatePolicy::Create) << 4 << 0 << 0 << "北京";
}

void TestImport::inFileDuplicates()
{
    QFETCH(int, policy);
    QFETCH(int, created);
    QFETCH(int, updated);
    QFETCH(int, skipped);
    QFETCH(QString, city);
    TempWorkspace ws;
    // Line 3 repeats line 2's e-mail (in another case) with a new city; line 5 repeats line 4
    // exactly, which changes nothing even when updating.
    const QString path = writeFile(ws.dir(), QStringLiteral("dups.csv"),
                                   "Name,E-mail,City\nLine Two,a@x.cn,北京\nLine Three,A@X.CN,上海\nLine Four,,广州\nLine Four,,广州\n");
    auto report = importFile(*ws, path, optionsFor(ImportEntity::Customers, DuplicatePolicy(policy)));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, created);
    QCOMPARE(report->updated, updated);
    QCOMPARE(report->skipped, skipped);
    QCOMPARE(report->duplicates.size(), 2);
    QCOMPARE(report->duplicates[0].line, 3);
    QCOMPARE(report->duplicates[0].existingLine, 2);
    QCOMPARE(report->duplicates[0].matchedBy, QStringLiteral("email"));
    QCOMPARE(report->duplicates[1].line, 5);
    QCOMPARE(report->duplicates[1].existingLine, 4);
    QCOMPARE(report->duplicates[1].matchedBy, QStringLiteral("name"));
    const QString firstId = report->duplicates[0].existingId;
    QCOMPARE(CustomerRepository(*ws).get(firstId)->city, city);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), created);
    verifyFullCheck(*ws);
}

void TestImport::strongerKeyContradicts()
{
    TempWorkspace ws;
    GX_VERIFY_OK(importFile(*ws, writeFile(ws.dir(), QStringLiteral("a.csv"), "姓名,手机\n张伟,13800000001\n"), optionsFor(ImportEntity::Customers)));
    // Same name, another mobile number: another person. Same name, no phone: the same one.
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("b.csv"), "姓名,手机\n张伟,13900000002\n张 伟,\n"),
                             optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->skipped, 1);
    QCOMPARE(report->duplicates.size(), 1);
    QCOMPARE(report->duplicates[0].line, 3);
    QCOMPARE(report->duplicates[0].matchedBy, QStringLiteral("name"));
    QCOMPARE(report->duplicates[0].existingLine, 0);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 2);
}

void TestImport::updateThenUndoRestoresExactValues()
{
    TempWorkspace ws;
    Customer original;
    original.name = QStringLiteral("长城贸易");
    original.phone = QStringLiteral("13800000001");
    original.city = QStringLiteral("北京");
    original.tier = RelationshipTier::Partner;
    original.notes = QStringLiteral("老朋友");
    original.tags = {QStringLiteral("vip")};
    original.satisfaction = 4;
    auto saved = CustomerRepository(*ws).create(original);
    GX_VERIFY_OK(saved);
    ImportBatchRepository batches(*ws);
    const QJsonObject before = *batches.columnValues(QStringLiteral("customers"), saved->id());
    const quint64 hlcBefore = saved->meta.hlc;

    // Empty cells leave fields alone; the others overwrite; the owner is a new team member.
    auto report = importFile(*ws,
                             writeFile(ws.dir(), QStringLiteral("u.csv"),
                                       "Company,Phone,City,Tier,Notes,Owner,Satisfaction\n"
                                       "长城贸易有限公司,138-0000-0001,天津,,新备注,王经理,\n"),
                             optionsFor(ImportEntity::Customers, DuplicatePolicy::Update));
    GX_VERIFY_OK(report);
    QCOMPARE(report->updated, 1);
    auto updated = CustomerRepository(*ws).get(saved->id());
    GX_VERIFY_OK(updated);
    QCOMPARE(updated->name, QStringLiteral("长城贸易有限公司"));
    QCOMPARE(updated->city, QStringLiteral("天津"));
    QCOMPARE(updated->tier, RelationshipTier::Partner);
    QCOMPARE(updated->notes, QStringLiteral("新备注"));
    QCOMPARE(updated->ownerName, QStringLiteral("王经理"));
    QCOMPARE(updated->satisfaction, 4);
    QVERIFY(updated->meta.hlc > hlcBefore);
    QCOMPARE(liveCount(*ws, QStringLiteral("staff")), 1);
    QCOMPARE(SearchRepository(*ws).search(QStringLiteral("tianjin"), 5)->size(), 1);

    auto undone = batches.undo(report->batchId);
    GX_VERIFY_OK(undone);
    QCOMPARE(undone->restored, 1);
    QCOMPARE(undone->removed, 0);
    QCOMPARE(*batches.columnValues(QStringLiteral("customers"), saved->id()), before);
    QCOMPARE(liveCount(*ws, QStringLiteral("staff")), 0);  // nobody names the new owner any more
    QCOMPARE(SearchRepository(*ws).search(QStringLiteral("tianjin"), 5)->size(), 0);
    QCOMPARE(SearchRepository(*ws).search(QStringLiteral("北京"), 5)->size(), 1);
    QVERIFY(batches.get(report->batchId)->isUndone());
    verifyFullCheck(*ws);

    auto twice = batches.undo(report->batchId);
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(QStringLiteral("already undone")));
}

void TestImport::createPolicyCreatesAnyway()
{
    TempWorkspace ws;
    const QString path = writeFile(ws.dir(), QStringLiteral("c.csv"), "Name,Phone\nA Co,13800000001\n");
    GX_VERIFY_OK(importFile(*ws, path, optionsFor(ImportEntity::Customers)));
    auto report = importFile(*ws, path, optionsFor(ImportEntity::Customers, DuplicatePolicy::Create));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->duplicates.size(), 1);
    QCOMPARE(report->duplicates[0].action, DuplicateMatch::Action::Created);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 2);
}

void TestImport::undoOfCreatedRows()
{
    TempWorkspace ws;
    Customer kept;
    kept.name = QStringLiteral("Kept Co");
    GX_VERIFY_OK(CustomerRepository(*ws).create(kept));
    auto report = importFile(*ws, dataPath(QStringLiteral("import/customers_zh.csv")), optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(report);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 4);
    auto ranges = ImportBatchRepository(*ws).createdRanges(report->batchId, QStringLiteral("customers"));
    GX_VERIFY_OK(ranges);
    QCOMPARE(ranges->size(), 1);
    QCOMPARE(ranges->first().size(), 3);

    ws.reopen();  // the batch survives closing the workspace
    auto undone = ImportBatchRepository(*ws).undo(report->batchId.left(13));  // a prefix will do
    GX_VERIFY_OK(undone);
    QCOMPARE(undone->removed, 5);  // 3 customers and their 2 contacts
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 1);
    QCOMPARE(liveCount(*ws, QStringLiteral("contacts")), 0);
    QCOMPARE(SearchRepository(*ws).search(QStringLiteral("huawei"), 5)->size(), 0);
    QCOMPARE(SearchRepository(*ws).search(QStringLiteral("kept"), 5)->size(), 1);
    verifyFullCheck(*ws);
    // Tombstones, not deletions: the rows are still there for sync.
    QCOMPARE(sql::scalar(ws->database(), QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 4);
}

void TestImport::undoRefusesAfterLaterChanges()
{
    TempWorkspace ws;
    auto report = importFile(*ws, dataPath(QStringLiteral("import/customers_zh.csv")), optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(report);
    CustomerRepository customers(*ws);
    auto acme = customers.get(idOfCustomer(*ws, QStringLiteral("ACME, Inc.")));
    acme->city = QStringLiteral("Oakland");
    GX_VERIFY_OK(customers.update(*acme));
    auto refused = ImportBatchRepository(*ws).undo(report->batchId);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("“ACME, Inc.”")), qPrintable(refused.error().message));
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 3);
    QVERIFY(!ImportBatchRepository(*ws).get(report->batchId)->isUndone());

    // A record added since that refers to an imported customer blocks it too.
    TempWorkspace other;
    auto second = importFile(*other, dataPath(QStringLiteral("import/customers_zh.csv")), optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(second);
    Order order;
    order.customerId = idOfCustomer(*other, QStringLiteral("成都天成食品"));
    order.orderedOn = QDate(2024, 3, 5);
    order.amount = Money::yuan(100);
    GX_VERIFY_OK(OrderRepository(*other).create(order));
    refused = ImportBatchRepository(*other).undo(second->batchId);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("\n1 order(s) added after the import refer to records it created.\n")),
             qPrintable(refused.error().message));
    QCOMPARE(liveCount(*other, QStringLiteral("customers")), 3);
}

void TestImport::undoKeepsTeamMembersInUse()
{
    TempWorkspace ws;
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("o.csv"), "Name,Owner\nA Co,李经理\n"), optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(report);
    auto manager = StaffRepository(*ws).findByName(QStringLiteral("李经理"));
    GX_VERIFY_OK(manager);
    Customer mine;
    mine.name = QStringLiteral("B Co");
    mine.ownerId = manager->id();
    GX_VERIFY_OK(CustomerRepository(*ws).create(mine));
    auto undone = ImportBatchRepository(*ws).undo(report->batchId);
    GX_VERIFY_OK(undone);
    QCOMPARE(undone->removed, 1);
    QCOMPARE(undone->keptStaff, 1);
    QCOMPARE(liveCount(*ws, QStringLiteral("staff")), 1);
    verifyFullCheck(*ws);
}

void TestImport::idColumnMakesExportsUpdate()
{
    TempWorkspace ws;
    Customer c;
    c.name = QStringLiteral("Export Co");
    c.city = QStringLiteral("Old");
    auto saved = CustomerRepository(*ws).create(c);
    GX_VERIFY_OK(saved);
    const QString newId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    const QByteArray csv = "ID,Name,City,Relationship tier,Lifecycle level,Lifecycle set by hand\n" + saved->id().toUtf8()
                           + ",Export Co (renamed),New,Partner,Regular,No\n" + newId.toUtf8() + ",Fresh Co,,,,\n";
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("export.csv"), csv), optionsFor(ImportEntity::Customers, DuplicatePolicy::Update));
    GX_VERIFY_OK(report);
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->duplicates[0].matchedBy, QStringLiteral("id"));
    auto updated = CustomerRepository(*ws).get(saved->id());
    QCOMPARE(updated->name, QStringLiteral("Export Co (renamed)"));
    QCOMPARE(updated->lifecycle, LifecycleLevel::Regular);
    QVERIFY(!updated->lifecycleManual);  // the column after the level restores the flag
    GX_VERIFY_OK(CustomerRepository(*ws).get(newId));  // a new record keeps the file's id

    // A deleted record's id is refused rather than silently revived.
    GX_VERIFY_OK(CustomerRepository(*ws).remove(newId));
    auto again = importFile(*ws, writeFile(ws.dir(), QStringLiteral("again.csv"), "ID,Name\n" + newId.toUtf8() + ",Fresh Co\n"),
                            optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(again);
    QCOMPARE(again->rejected, 1);
    QVERIFY(again->rejects[0].reason.contains(QStringLiteral("was deleted")));
}

// An export holds distinct records that may share a name or a phone (two people called 张伟):
// rows with ids of their own do not collapse into each other, but still find the records that
// were in the workspace before.
void TestImport::rowsWithOwnIdsAreSeparateRecords()
{
    TempWorkspace ws;
    Customer huawei;
    huawei.name = QStringLiteral("华为");
    huawei.phone = QStringLiteral("13800000000");
    auto existing = CustomerRepository(*ws).create(huawei);
    GX_VERIFY_OK(existing);
    const QByteArray a = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a01", b = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a02",
                     c = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a03";
    const QByteArray csv = "ID,Name,Phone\n" + a + ",华为技术,13800000000\n"  // line 2: the existing 华为, by phone
                           + b + ",张伟,\n"                                     // line 3: new
                           + c + ",张伟,\n"                                     // line 4: new, another 张伟
                           + ",张伟,\n"                                         // line 5: no id: line 3's 张伟 by name
                           + b + ",张伟,\n";                                    // line 6: line 3's 张伟 by id
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("ids.csv"), csv), optionsFor(ImportEntity::Customers));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 2);
    QCOMPARE(report->skipped, 3);
    QCOMPARE(report->duplicates.size(), 3);
    QCOMPARE(report->duplicates[0].line, 2);
    QCOMPARE(report->duplicates[0].matchedBy, QStringLiteral("phone"));
    QCOMPARE(report->duplicates[0].existingId, existing->id());
    QCOMPARE(report->duplicates[1].line, 5);
    QCOMPARE(report->duplicates[1].matchedBy, QStringLiteral("name"));
    QCOMPARE(report->duplicates[1].existingLine, 3);
    QCOMPARE(report->duplicates[2].line, 6);
    QCOMPARE(report->duplicates[2].matchedBy, QStringLiteral("id"));
    QCOMPARE(report->duplicates[2].existingId, QString::fromLatin1(b));
    GX_VERIFY_OK(CustomerRepository(*ws).get(QString::fromLatin1(b)));
    GX_VERIFY_OK(CustomerRepository(*ws).get(QString::fromLatin1(c)));
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 3);
}

// Reports keep the codes (JSON); people read the keys in words.
void TestImport::duplicateKeysInWords()
{
    QCOMPARE(duplicateKeyLabel(ImportEntity::Customers, u"credit-code"_s), u"credit code"_s);
    QCOMPARE(duplicateKeyLabel(ImportEntity::Contacts, u"email"_s), u"e-mail address"_s);
    QCOMPARE(duplicateKeyLabel(ImportEntity::Orders, u"order-number"_s), u"order number"_s);
    QCOMPARE(duplicateKeyLabel(ImportEntity::Orders, u"details"_s), u"date, amount and product"_s);
    QCOMPARE(duplicateKeyLabel(ImportEntity::Interactions, u"details"_s), u"time, channel and summary"_s);
    QCOMPARE(duplicateKeyLabel(ImportEntity::Interactions, u"id"_s), u"ID"_s);
}

void TestImport::ordersAmountsAndCustomers()
{
    TempWorkspace ws;
    GX_VERIFY_OK(importFile(*ws, writeFile(ws.dir(), QStringLiteral("c.csv"), "名称\n华为\n长城\n张伟\n张伟 \n"), optionsFor(ImportEntity::Customers, DuplicatePolicy::Create)));
    const QString greatWall = idOfCustomer(*ws, QStringLiteral("长城"));
    const QByteArray csv = "订单号,客户,日期,金额,成本,产品\n"
                           "A-1,华为,2024-03-05,\"1,234.50\",800,路由器\n"
                           "A-2,华为,2024/3/6,¥1234.5,,交换机\n"
                           "A-3," + greatWall.toUtf8() + ",2024年3月7日,1234,\"1,000.10\",\n"
                           "A-4,ＡＣＭＥ,2024-03-08,1,,\n"
                           "A-5,张伟,2024-03-08,1,,\n"
                           "A-6,长城,2024-03-09,12.345,,\n"
                           "A-7,长城,yesterday,,,\n"
                           "A-1,华为,2024-03-05,1234.50,,路由器\n"
                           ",长城,2024-03-10,99,,螺丝\n"
                           ",长城,2024-03-10,99.00,,螺丝\n";
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("orders.csv"), csv), optionsFor(ImportEntity::Orders));
    GX_VERIFY_OK(report);
    QCOMPARE(report->read, 10);
    QCOMPARE(report->created, 4);  // A-1, A-2, A-3 and the first 螺丝 order
    QCOMPARE(report->skipped, 2);  // A-1 again (by number), the second 螺丝 order (same date, amount, product)
    QCOMPARE(report->rejected, 4);
    QCOMPARE(report->rejects[0].line, 5);
    QCOMPARE(report->rejects[0].reason, QStringLiteral("There is no customer named “ＡＣＭＥ”. Import the customers first, or correct the name."));
    QCOMPARE(report->rejects[1].line, 6);
    QVERIFY2(report->rejects[1].reason.startsWith(QStringLiteral("2 customers are named “张伟”")), qPrintable(report->rejects[1].reason));
    QCOMPARE(report->rejects[2].line, 7);
    QCOMPARE(report->rejects[2].reason, QStringLiteral("Amount: “12.345” is not an amount in yuan such as 1234.50 (at most two decimals)."));
    QCOMPARE(report->rejects[3].line, 8);
    QCOMPARE(report->rejects[3].reason, QStringLiteral("Amount is missing. Date: “yesterday” is not a date such as 2024-03-05."));
    QCOMPARE(report->duplicates[0].matchedBy, QStringLiteral("order-number"));
    QCOMPARE(report->duplicates[1].matchedBy, QStringLiteral("details"));

    auto huawei = OrderRepository(*ws).listForCustomer(idOfCustomer(*ws, QStringLiteral("华为")));
    GX_VERIFY_OK(huawei);
    QCOMPARE(huawei->size(), 2);
    const Order &a2 = huawei->at(0);  // newest first
    const Order &a1 = huawei->at(1);
    QCOMPARE(a1.orderNumber, QStringLiteral("A-1"));
    QCOMPARE(a1.amount.minor, 123450);
    QCOMPARE(a1.costMinor, std::optional<qint64>(80000));
    QCOMPARE(a1.amount.currency, QStringLiteral("CNY"));
    QCOMPARE(a1.orderedOn, QDate(2024, 3, 5));
    QCOMPARE(a2.amount.minor, 123450);
    QCOMPARE(a2.costMinor, std::optional<qint64>());
    QCOMPARE(a2.orderedOn, QDate(2024, 3, 6));
    auto wall = OrderRepository(*ws).listForCustomer(greatWall);
    GX_VERIFY_OK(wall);
    QCOMPARE(wall->size(), 2);
    QCOMPARE(wall->at(1).orderNumber, QStringLiteral("A-3"));
    QCOMPARE(wall->at(1).amount.minor, 123400);
    QCOMPARE(wall->at(1).costMinor, std::optional<qint64>(100010));
    QCOMPARE(wall->at(0).amount.minor, 9900);
    verifyFullCheck(*ws);
}

void TestImport::contactsOfCustomers()
{
    TempWorkspace ws;
    GX_VERIFY_OK(importFile(*ws, writeFile(ws.dir(), QStringLiteral("c.csv"), "名称\n华为\n长城\n"), optionsFor(ImportEntity::Customers)));
    const QByteArray csv = "公司,姓名,职务,手机,邮箱,角色,主要联系人\n"
                           "华为,李雷,采购经理,13800000011,lilei@huawei.com,决策者,是\n"
                           "华为,韩梅梅,,13800000012,,Influencer,no\n"
                           "长城,李雷,,13800000011,,,\n"
                           "华为,Li Lei,,13800000011,,,\n"
                           "华为,王二,,,,boss,\n";
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("contacts.csv"), csv), optionsFor(ImportEntity::Contacts));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 3);  // 李雷 at both customers (duplicates are per customer), 韩梅梅
    QCOMPARE(report->skipped, 1);  // line 5: 华为's 13800000011 again
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->rejects[0].line, 6);
    QVERIFY(report->rejects[0].reason.startsWith(QStringLiteral("Role: “boss” is not one of the choices")));
    auto huawei = ContactRepository(*ws).listForCustomer(idOfCustomer(*ws, QStringLiteral("华为")));
    GX_VERIFY_OK(huawei);
    QCOMPARE(huawei->size(), 2);
    QCOMPARE(huawei->at(0).name, QStringLiteral("李雷"));  // primary first
    QVERIFY(huawei->at(0).primary);
    QCOMPARE(huawei->at(0).role, std::optional<ContactRole>(ContactRole::DecisionMaker));
    QCOMPARE(huawei->at(0).title, QStringLiteral("采购经理"));
    QCOMPARE(huawei->at(1).role, std::optional<ContactRole>(ContactRole::Influencer));
    // Contacts land in their customer's search entry at once.
    auto hits = SearchRepository(*ws).search(QStringLiteral("hanmeimei"), 5);
    GX_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
    verifyFullCheck(*ws);

    auto undone = ImportBatchRepository(*ws).undo(report->batchId);
    GX_VERIFY_OK(undone);
    QCOMPARE(undone->removed, 3);
    QCOMPARE(SearchRepository(*ws).search(QStringLiteral("hanmeimei"), 5)->size(), 0);
    verifyFullCheck(*ws);
}

// The search triggers are off during an import: every change to an existing customer's entry (its
// own fields, new contacts, changed contacts) must still reach the index, each customer re-indexed
// once however many of its rows the file has. The full check compares the index with the rows.
void TestImport::searchEntriesFollowEveryChange()
{
    TempWorkspace ws;
    GX_VERIFY_OK(importFile(*ws, writeFile(ws.dir(), QStringLiteral("c.csv"), "名称,城市,联系人,手机\n华为,北京,李雷,13800000011\n长城,上海,,\n"),
                            optionsFor(ImportEntity::Customers)));
    const auto hitsFor = [&](const QString &text) {
        auto hits = SearchRepository(*ws).search(text, 5);
        return hits ? hits->size() : -1;
    };
    QCOMPARE(hitsFor(QStringLiteral("lilei")), 1);

    // 200 contacts for one existing customer, one contact changed, one for the other customer.
    QByteArray contacts = "公司,姓名,手机\n华为,李雷,13900000000\n长城,韩梅梅,13700000001\n";
    for (int i = 0; i < 200; ++i)
        contacts += "华为,Person" + QByteArray::number(i) + ",136" + QByteArray::number(10000000 + i) + "\n";
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("contacts.csv"), contacts),
                             optionsFor(ImportEntity::Contacts, DuplicatePolicy::Update));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 201);
    QCOMPARE(report->updated, 1);  // 李雷 gets a phone
    QCOMPARE(hitsFor(QStringLiteral("person199")), 1);
    QCOMPARE(hitsFor(QStringLiteral("hanmeimei")), 1);
    QCOMPARE(hitsFor(QStringLiteral("13900000000")), 1);
    QCOMPARE(hitsFor(QStringLiteral("13800000011")), 1);  // the customer's own phone, from the first file
    verifyFullCheck(*ws);

    // A customer's own fields and a new contact of it in the same row.
    report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("u.csv"), "名称,城市,联系人\n长城,天津,王五\n"),
                        optionsFor(ImportEntity::Customers, DuplicatePolicy::Update));
    GX_VERIFY_OK(report);
    QCOMPARE(report->updated, 1);
    QCOMPARE(hitsFor(QStringLiteral("tianjin")), 1);
    QCOMPARE(hitsFor(QStringLiteral("shanghai")), 0);
    QCOMPARE(hitsFor(QStringLiteral("wangwu")), 1);
    QCOMPARE(hitsFor(QStringLiteral("hanmeimei")), 1);
    verifyFullCheck(*ws);

    GX_VERIFY_OK(ImportBatchRepository(*ws).undo(report->batchId));
    QCOMPARE(hitsFor(QStringLiteral("shanghai")), 1);
    QCOMPARE(hitsFor(QStringLiteral("wangwu")), 0);
    verifyFullCheck(*ws);
}

void TestImport::interactionsWithLabelsAndPeople()
{
    TempWorkspace ws;
    GX_VERIFY_OK(importFile(*ws, writeFile(ws.dir(), QStringLiteral("c.csv"), "名称,联系人\n华为,李雷\n"), optionsFor(ImportEntity::Customers)));
    const QByteArray csv = "客户,时间,方式,联系人,经办人,摘要,承诺\n"
                           "华为,2024-03-05 14:30,电话,李雷,王经理,询价,周五前报价\n"
                           "华为,2024-03-06T02:00:00Z,Visit,,王经理,拜访,\n"
                           "华为,2024-03-07,,,,发了资料,\n"
                           "华为,2024-03-05 14:30,call,,,询价,\n"
                           "华为,2024-03-08,传真,,,x,\n"
                           "华为,2024-03-08,电话,韩梅梅,,x,\n";
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("i.csv"), csv), optionsFor(ImportEntity::Interactions));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 3);
    QCOMPARE(report->skipped, 1);  // line 5: the same customer, time, channel and summary as line 2
    QCOMPARE(report->rejected, 2);
    QVERIFY(report->rejects[0].reason.startsWith(QStringLiteral("Channel: “传真” is not one of the choices")));
    QVERIFY(report->rejects[1].reason.contains(QStringLiteral("no contact named “韩梅梅”")));
    auto timeline = InteractionRepository(*ws).listForCustomer(idOfCustomer(*ws, QStringLiteral("华为")));
    GX_VERIFY_OK(timeline);
    QCOMPARE(timeline->size(), 3);
    const Interaction &call = timeline->at(2);  // oldest last
    QCOMPARE(call.channel, InteractionChannel::Call);
    QCOMPARE(call.occurredAt, QDateTime(QDate(2024, 3, 5), QTime(14, 30)).toUTC());
    QCOMPARE(call.commitments, QStringLiteral("周五前报价"));
    QCOMPARE(call.staffName, QStringLiteral("王经理"));
    QVERIFY(!call.contactId.isEmpty());
    QCOMPARE(timeline->at(1).channel, InteractionChannel::Visit);
    QCOMPARE(timeline->at(1).occurredAt, QDateTime(QDate(2024, 3, 6), QTime(2, 0), QTimeZone::utc()));
    QCOMPARE(timeline->at(0).channel, InteractionChannel::Other);
    QCOMPARE(liveCount(*ws, QStringLiteral("staff")), 1);
}

void TestImport::presetsAreSaved()
{
    TempWorkspace ws;
    ImportOptions options = optionsFor(ImportEntity::Customers);
    options.mapping = *MappingSpec::fromJson(R"({"columns": {"name": "全称", "phone": 2}})");
    options.saveMappingAs = QStringLiteral("月报");
    auto report = importFile(*ws, writeFile(ws.dir(), QStringLiteral("p.csv"), "全称,号码\nA Co,13800000001\n"), options);
    GX_VERIFY_OK(report);
    auto preset = ImportMappingRepository(*ws).find(QStringLiteral("月报"));
    GX_VERIFY_OK(preset);
    QCOMPARE(preset->entity, QStringLiteral("customers"));
    const QJsonObject columns = QJsonDocument::fromJson(preset->mapping).object().value(QStringLiteral("columns")).toObject();
    QCOMPARE(columns.value(QStringLiteral("name")).toString(), QStringLiteral("全称"));
    QCOMPARE(columns.value(QStringLiteral("phone")).toString(), QStringLiteral("号码"));

    // A dry run saves no preset.
    options.saveMappingAs = QStringLiteral("dry");
    options.dryRun = true;
    GX_VERIFY_OK(importFile(*ws, writeFile(ws.dir(), QStringLiteral("q.csv"), "全称,号码\nB Co,\n"), options));
    QCOMPARE(ImportMappingRepository(*ws).find(QStringLiteral("dry")).error().code, ErrorCode::NotFound);
}

void TestImport::cancelRollsBack()
{
    TempWorkspace ws;
    QList<QStringList> rows{{u"Name"_s}};
    for (int i = 0; i < 5000; ++i)
        rows.append({QStringLiteral("Company %1").arg(i)});
    ListSource source(rows);
    BulkCancel cancel;
    ImportOptions options = optionsFor(ImportEntity::Customers);
    options.cancel = &cancel;
    options.progress = [&](const ImportProgress &progress) {
        if (progress.rows >= 2000)
            cancel.request();
    };
    auto report = Importer::run(*ws, source, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(liveCount(*ws, QStringLiteral("customers")), 0);
    QCOMPARE(ImportBatchRepository(*ws).list()->size(), 0);
    verifyFullCheck(*ws);
}

void TestImport::progressIsReported()
{
    TempWorkspace ws;
    QList<QStringList> rows{{u"Name"_s}};
    for (int i = 0; i < 2500; ++i)
        rows.append({QStringLiteral("Company %1").arg(i)});
    ListSource source(rows);
    QList<qint64> seen;
    ImportOptions options = optionsFor(ImportEntity::Customers);
    options.progress = [&](const ImportProgress &progress) { seen.append(progress.rows); };
    auto report = Importer::run(*ws, source, options);
    GX_VERIFY_OK(report);
    QCOMPARE(seen, (QList<qint64>{1000, 2000, 2500}));
    QCOMPARE(report->created, 2500);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    for (KeyLookup lookup : {KeyLookup::Hashed, KeyLookup::Indexed}) {
        qInfo("Duplicates and names looked up %s", lookup == KeyLookup::Hashed ? "in hash tables" : "through the indexes");
        currentLookup = lookup;
        TestImport test;
        failed += QTest::qExec(&test, argc, argv);
    }
    return failed;
}
#include "test_import.moc"
