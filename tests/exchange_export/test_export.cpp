// The export service over a real workspace file: exact bytes of small CSV files in each encoding,
// RFC 4180 quoting, spreadsheet safety, XLSX cells read back from the zip, vCard and iCalendar
// text, the .part file on failure and cancel, overwrite refusal, a consistent snapshot, and the
// row counts of a 10,000-customer demo. Expected bytes are computed by hand (GB18030 of 北京 is
// B1 B1 BE A9).
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "domain/CustomerFields.h"
#include "domain/Validation.h"
#include "exchange/export/ContentLines.h"
#include "exchange/export/CsvTableWriter.h"
#include "exchange/export/ExportColumns.h"
#include "exchange/export/Exporter.h"
#include "exchange/export/ICalendarWriter.h"
#include "exchange/export/PersonName.h"
#include "exchange/export/SpreadsheetSafety.h"
#include "exchange/export/TextEncoder.h"
#include "exchange/export/VCardWriter.h"
#include "storage/BulkWriter.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"
#include "storage/StaffRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <unicode/ucnv.h>

using namespace guanxi;
using namespace guanxi::exchange;
using namespace guanxi::test;

namespace {

QByteArray bytes(std::initializer_list<unsigned char> values)
{
    QByteArray result;
    for (unsigned char value : values)
        result.append(char(value));
    return result;
}

Customer customer(const QString &name, const QString &city = {}, RelationshipTier tier = RelationshipTier::Transactional)
{
    Customer c;
    c.name = name;
    c.city = city;
    c.tier = tier;
    return c;
}

// A minimal RFC 4180 reader for checking what was written: records of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QString withoutBom(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8.startsWith("\xEF\xBB\xBF") ? utf8.mid(3) : utf8);
}

// One entry of a zip file (an .xlsx), through the unzip program.
QByteArray unzipEntry(const QString &zip, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

bool haveUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

ExportOptions csvOptions(ExportEntity entity = ExportEntity::Customers)
{
    ExportOptions options;
    options.entity = entity;
    options.format = ExportFormat::Csv;
    options.timeZone = QTimeZone::utc();
    return options;
}

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

}  // namespace

Q_DECLARE_METATYPE(guanxi::exchange::CsvEncoding)
Q_DECLARE_METATYPE(guanxi::exchange::ExportFormat)
Q_DECLARE_METATYPE(guanxi::exchange::ExportLanguage)

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFieldQuoting_data();
    void csvFieldQuoting();
    void csvBytesInEachEncoding_data();
    void csvBytesInEachEncoding();
    void csvQuotingAndLineEnds();
    void csvTypedValues();
    void gb18030RoundTripsAllOfUnicode();
    void spreadsheetSafety_data();
    void spreadsheetSafety();
    void injectionNeutralisedUnlessTurnedOff();
    void xlsxHasRealNumberAndDateCells();
    void xlsxInjectionAndControlCharacters();
    void xlsxContinuesOnFurtherSheets();
    void xlsxCutsOverlongCells();
    void personNames_data();
    void personNames();
    void telUris_data();
    void telUris();
    void vCard4Exact();
    void vCard3Exact();
    void vCardFoldingNeverSplitsCharacters();
    void vCardExportOfAWorkspace();
    void iCalendarFollowUpAsTodo();
    void iCalendarFollowUpDoneAndAsEvent();
    void iCalendarInteractionAsEvent();
    void iCalendarFileStructure();
    void refusesToOverwrite();
    void overwriteReplacesInOneStep();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void missingFolderLeavesNothing();
    void unsupportedCombinations();
    void columnsChosenByCodeOrHeader();
    void filters();
    void followUpFiltersOfTheFollowUpsView();
    void exportSeesOneSnapshot();
    void customerColumnsMatchCustomerFields();
    void customersRoundTripThroughCustomerFields_data();
    void customersRoundTripThroughCustomerFields();
    void demoWorkspaceRowCounts();
};

void TestExport::csvFieldQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "北京" << "北京";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("comma") << "a,b" << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("lf") << "a\nb" << "\"a\nb\"";
    QTest::newRow("cr") << "a\rb" << "\"a\rb\"";
    QTest::newRow("leading space") << " a" << "\" a\"";
    QTest::newRow("trailing space") << "a " << "\"a \"";
    QTest::newRow("semicolon stays bare") << "a;b" << "a;b";
    QTest::newRow("full-width comma stays bare") << "甲，乙" << "甲，乙";
}

void TestExport::csvFieldQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QString line;
    CsvTableWriter::appendField(line, field);
    QCOMPARE(line, written);
}

void TestExport::csvBytesInEachEncoding_data()
{
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QByteArray>("expected");
    // 名称,城市,关系类型 CRLF 北京,北京,合作伙伴 CRLF 上海,上海,买卖关系 CRLF
    const QByteArray utf8 = bytes({0xE5, 0x90, 0x8D, 0xE7, 0xA7, 0xB0, ',', 0xE5, 0x9F, 0x8E, 0xE5, 0xB8, 0x82, ',',
                                   0xE5, 0x85, 0xB3, 0xE7, 0xB3, 0xBB, 0xE7, 0xB1, 0xBB, 0xE5, 0x9E, 0x8B, '\r', '\n',
                                   0xE5, 0x8C, 0x97, 0xE4, 0xBA, 0xAC, ',', 0xE5, 0x8C, 0x97, 0xE4, 0xBA, 0xAC, ',',
                                   0xE5, 0x90, 0x88, 0xE4, 0xBD, 0x9C, 0xE4, 0xBC, 0x99, 0xE4, 0xBC, 0xB4, '\r', '\n',
                                   0xE4, 0xB8, 0x8A, 0xE6, 0xB5, 0xB7, ',', 0xE4, 0xB8, 0x8A, 0xE6, 0xB5, 0xB7, ',',
                                   0xE4, 0xB9, 0xB0, 0xE5, 0x8D, 0x96, 0xE5, 0x85, 0xB3, 0xE7, 0xB3, 0xBB, '\r', '\n'});
    QTest::newRow("utf-8") << CsvEncoding::Utf8 << utf8;
    QTest::newRow("utf-8-bom") << CsvEncoding::Utf8Bom << bytes({0xEF, 0xBB, 0xBF}) + utf8;
    QTest::newRow("gb18030") << CsvEncoding::Gb18030
                             << bytes({0xC3, 0xFB, 0xB3, 0xC6, ',', 0xB3, 0xC7, 0xCA, 0xD0, ',', 0xB9, 0xD8, 0xCF, 0xB5,
                                       0xC0, 0xE0, 0xD0, 0xCD, '\r', '\n',  //
                                       0xB1, 0xB1, 0xBE, 0xA9, ',', 0xB1, 0xB1, 0xBE, 0xA9, ',', 0xBA, 0xCF, 0xD7, 0xF7,
                                       0xBB, 0xEF, 0xB0, 0xE9, '\r', '\n',  //
                                       0xC9, 0xCF, 0xBA, 0xA3, ',', 0xC9, 0xCF, 0xBA, 0xA3, ',', 0xC2, 0xF2, 0xC2, 0xF4,
                                       0xB9, 0xD8, 0xCF, 0xB5, '\r', '\n'});
}

void TestExport::csvBytesInEachEncoding()
{
    QFETCH(CsvEncoding, encoding);
    QFETCH(QByteArray, expected);
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    GX_VERIFY_OK(customers.create(customer(QStringLiteral("上海"), QStringLiteral("上海"))));
    GX_VERIFY_OK(customers.create(customer(QStringLiteral("北京"), QStringLiteral("北京"), RelationshipTier::Partner)));

    ExportOptions options = csvOptions();
    options.encoding = encoding;
    options.language = ExportLanguage::Chinese;
    options.columns = {QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("tier")};
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("customers.csv"));
    auto summary = Exporter(*ws).run(file, options);
    GX_VERIFY_OK(summary);
    QCOMPARE(summary->rows, qint64(2));
    QCOMPARE(summary->path, QFileInfo(file).absoluteFilePath());
    QCOMPARE(readAll(file), expected);
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
}

void TestExport::csvQuotingAndLineEnds()
{
    TempWorkspace ws;
    Customer c = customer(QStringLiteral("Smith, \"Bob\""));
    c.notes = QStringLiteral("line 1\nline 2");
    c.tags = {QStringLiteral("vip"), QStringLiteral("net 30")};
    GX_VERIFY_OK(CustomerRepository(*ws).create(c));
    ExportOptions options = csvOptions();
    options.encoding = CsvEncoding::Utf8;
    options.columns = {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("tags"), QStringLiteral("kind")};
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("q.csv"));
    GX_VERIFY_OK(Exporter(*ws).run(file, options));
    QCOMPARE(readAll(file), QByteArray("Name,Notes,Tags,Kind\r\n"
                                       "\"Smith, \"\"Bob\"\"\",\"line 1\nline 2\",\"vip, net 30\",Company\r\n"));
}

void TestExport::csvTypedValues()
{
    // Amounts with two decimals and no separators, dates ISO, date-times in the chosen zone,
    // an unknown cost empty, enum labels in the chosen language.
    TempWorkspace ws;
    auto owner = CustomerRepository(*ws).create(customer(QStringLiteral("北京")));
    GX_VERIFY_OK(owner);
    Order order;
    order.customerId = owner->meta.id;
    order.orderNumber = QStringLiteral("SO-1");
    order.orderedOn = QDate(2026, 11, 23);
    order.amount = Money::yuan(123456789);
    GX_VERIFY_OK(OrderRepository(*ws).create(order));
    order.orderNumber = QStringLiteral("SO-2");
    order.amount = Money::yuan(-1230);  // a refund
    order.costMinor = 5;
    GX_VERIFY_OK(OrderRepository(*ws).create(order));
    Interaction interaction;
    interaction.customerId = owner->meta.id;
    interaction.channel = InteractionChannel::Visit;
    interaction.occurredAt = utc(2026, 11, 23, 16, 30, 5);
    interaction.summary = QStringLiteral("看样品");
    GX_VERIFY_OK(InteractionRepository(*ws).create(interaction));

    ExportOptions options = csvOptions(ExportEntity::Orders);
    options.encoding = CsvEncoding::Utf8;
    options.columns = {QStringLiteral("order-number"), QStringLiteral("date"), QStringLiteral("amount"),
                       QStringLiteral("cost"), QStringLiteral("currency"), QStringLiteral("customer")};
    const QString orders = QDir(ws.dir()).filePath(QStringLiteral("orders.csv"));
    GX_VERIFY_OK(Exporter(*ws).run(orders, options));
    QCOMPARE(QString::fromUtf8(readAll(orders)), QStringLiteral("Order number,Date,Amount,Cost,Currency,Customer\r\n"
                                                                "SO-1,2026-11-23,1234567.89,,CNY,北京\r\n"
                                                                "SO-2,2026-11-23,-12.30,0.05,CNY,北京\r\n"));

    options = csvOptions(ExportEntity::Interactions);
    options.encoding = CsvEncoding::Utf8;
    options.language = ExportLanguage::Chinese;
    options.timeZone = QTimeZone("Asia/Shanghai");
    options.columns = {QStringLiteral("time"), QStringLiteral("channel"), QStringLiteral("summary")};
    const QString interactions = QDir(ws.dir()).filePath(QStringLiteral("interactions.csv"));
    GX_VERIFY_OK(Exporter(*ws).run(interactions, options));
    QCOMPARE(QString::fromUtf8(readAll(interactions)), QStringLiteral("时间,方式,摘要\r\n2026-11-24 00:30:05,拜访,看样品\r\n"));

    options.language = ExportLanguage::Codes;
    options.overwrite = true;
    GX_VERIFY_OK(Exporter(*ws).run(interactions, options));
    QCOMPARE(QString::fromUtf8(readAll(interactions)), QStringLiteral("time,channel,summary\r\n2026-11-24 00:30:05,visit,看样品\r\n"));
}

void TestExport::gb18030RoundTripsAllOfUnicode()
{
    auto encoder = TextEncoder::create(CsvEncoding::Gb18030);
    GX_VERIFY_OK(encoder);
    QCOMPARE((*encoder)->preamble(), QByteArray());

    // Every Unicode scalar value, in chunks, encoded and decoded again by ICU.
    UErrorCode status = U_ZERO_ERROR;
    UConverter *decoder = ucnv_open("GB18030", &status);
    QVERIFY(U_SUCCESS(status));
    qint64 characters = 0;
    for (char32_t start = 0; start <= 0x10FFFF; start += 0x10000) {
        QString text;
        for (char32_t c = start; c < start + 0x10000; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            const char32_t one[] = {c};
            text += QString::fromUcs4(one, 1);
            ++characters;
        }
        QByteArray encoded;
        (*encoder)->encode(text, encoded);
        QList<char16_t> decoded(text.size() + 16);
        status = U_ZERO_ERROR;
        const int32_t length = ucnv_toUChars(decoder, reinterpret_cast<UChar *>(decoded.data()), int32_t(decoded.size()),
                                             encoded.constData(), int32_t(encoded.size()), &status);
        QVERIFY2(U_SUCCESS(status), u_errorName(status));
        const QString back = QString::fromUtf16(decoded.constData(), length);
        if (back != text) {
            qsizetype at = 0;
            while (at < text.size() && at < back.size() && text[at] == back[at])
                ++at;
            QFAIL(qPrintable(QStringLiteral("U+%1 does not round-trip").arg(text.mid(at, 2).toUcs4().value(0), 4, 16)));
        }
    }
    ucnv_close(decoder);
    QCOMPARE(characters, qint64(0x110000 - 0x800));

    QByteArray out;
    (*encoder)->encode(QStringLiteral("北京"), out);
    QCOMPARE(out, bytes({0xB1, 0xB1, 0xBE, 0xA9}));
    out.clear();
    (*encoder)->encode(QString(QString(QChar(0x20AC)) + QString::fromUcs4(U"\U00020000", 1)), out);  // € and 𠀀 (four bytes)
    QCOMPARE(out, bytes({0xA2, 0xE3, 0x95, 0x32, 0x82, 0x36}));
    out.clear();
    (*encoder)->encode(QString(QString(QChar(0xD800)) + QLatin1Char('a')), out);  // a lone surrogate is not a character
    QCOMPARE(out, bytes({0x84, 0x31, 0xA4, 0x37, 'a'}));                  // U+FFFD, as in UTF-8
}

void TestExport::spreadsheetSafety_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("formula") << "=1+1" << "'=1+1";
    QTest::newRow("plus") << "+86 10 1234" << "'+86 10 1234";
    QTest::newRow("minus") << "-2" << "'-2";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1" << "'\t=1";
    QTest::newRow("cr") << "\r=1" << "'\r=1";
    QTest::newRow("full-width equals") << "＝1+1" << "'＝1+1";
    QTest::newRow("full-width plus") << "＋1" << "'＋1";
    QTest::newRow("apostrophe then formula") << "'=1" << "''=1";
    QTest::newRow("two apostrophes then formula") << "''=1" << "'''=1";
    QTest::newRow("apostrophe then text") << "'tis" << "'tis";
    QTest::newRow("plain") << "北京" << "北京";
    QTest::newRow("formula later") << "a=1" << "a=1";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("only apostrophes") << "''" << "''";
}

void TestExport::spreadsheetSafety()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);
    QCOMPARE(SpreadsheetSafety::neutralise(text), safe);
    QCOMPARE(SpreadsheetSafety::needsNeutralising(text), safe != text);
    // The importer's inverse restores exactly what was there.
    QCOMPARE(SpreadsheetSafety::restore(safe), text);
    QCOMPARE(SpreadsheetSafety::isNeutralised(safe), safe != text);
}

void TestExport::injectionNeutralisedUnlessTurnedOff()
{
    TempWorkspace ws;
    Customer c = customer(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"));
    c.industry = QStringLiteral("+86 industry");
    c.city = QStringLiteral("-1");
    c.notes = QStringLiteral("@SUM(A1)");
    c.address = QStringLiteral("＝1+1");
    c.region = QStringLiteral("'=already");
    c.phone = QStringLiteral("+1 415 555 0100");  // normalised to +14155550100
    c.satisfaction = 3;
    auto created = CustomerRepository(*ws).create(c);
    GX_VERIFY_OK(created);
    Order refund;
    refund.customerId = created->meta.id;
    refund.orderedOn = QDate(2026, 1, 2);
    refund.amount = Money::yuan(-1230);
    refund.orderNumber = QStringLiteral("-R1");
    GX_VERIFY_OK(OrderRepository(*ws).create(refund));

    ExportOptions options = csvOptions();
    options.encoding = CsvEncoding::Utf8;
    options.columns = {QStringLiteral("name"), QStringLiteral("industry"), QStringLiteral("city"), QStringLiteral("notes"),
                       QStringLiteral("address"), QStringLiteral("region"), QStringLiteral("phone"),
                       QStringLiteral("satisfaction")};
    const QString safe = QDir(ws.dir()).filePath(QStringLiteral("safe.csv"));
    GX_VERIFY_OK(Exporter(*ws).run(safe, options));
    QCOMPARE(QString::fromUtf8(readAll(safe)).section(QStringLiteral("\r\n"), 1, 1),
             QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+86 industry,'-1,'@SUM(A1),'＝1+1,"
                            "''=already,'+14155550100,3"));

    options.spreadsheetSafe = false;
    const QString raw = QDir(ws.dir()).filePath(QStringLiteral("raw.csv"));
    GX_VERIFY_OK(Exporter(*ws).run(raw, options));
    QCOMPARE(QString::fromUtf8(readAll(raw)).section(QStringLiteral("\r\n"), 1, 1),
             QStringLiteral("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",+86 industry,-1,@SUM(A1),＝1+1,'=already,"
                            "+14155550100,3"));

    // Numbers stay numbers: a negative amount is not text, an order number is.
    ExportOptions orders = csvOptions(ExportEntity::Orders);
    orders.encoding = CsvEncoding::Utf8;
    orders.columns = {QStringLiteral("order-number"), QStringLiteral("amount")};
    const QString ordersFile = QDir(ws.dir()).filePath(QStringLiteral("orders.csv"));
    GX_VERIFY_OK(Exporter(*ws).run(ordersFile, orders));
    QCOMPARE(readAll(ordersFile), QByteArray("Order number,Amount\r\n'-R1,-12.30\r\n"));
}

void TestExport::xlsxHasRealNumberAndDateCells()
{
    if (!haveUnzip())
        QSKIP("unzip is not installed: cannot look inside the .xlsx");
    TempWorkspace ws;
    auto owner = CustomerRepository(*ws).create(customer(QStringLiteral("北京长城贸易")));
    GX_VERIFY_OK(owner);
    Order order;
    order.customerId = owner->meta.id;
    order.orderNumber = QStringLiteral("SO-1");
    order.orderedOn = QDate(2026, 11, 23);
    order.amount = Money::yuan(123450);
    order.costMinor = 99;
    GX_VERIFY_OK(OrderRepository(*ws).create(order));

    ExportOptions options = csvOptions(ExportEntity::Orders);
    options.format = ExportFormat::Xlsx;
    options.language = ExportLanguage::Chinese;
    options.columns = {QStringLiteral("customer"), QStringLiteral("order-number"), QStringLiteral("date"),
                       QStringLiteral("amount"), QStringLiteral("cost"), QStringLiteral("created")};
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("orders.xlsx"));
    auto summary = Exporter(*ws).run(file, options);
    GX_VERIFY_OK(summary);
    QCOMPARE(summary->rows, qint64(1));
    QVERIFY(readAll(file).startsWith("PK"));

    const QString sheet = QString::fromUtf8(unzipEntry(file, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(!sheet.isEmpty(), "no sheet1.xml");
    // Header: bold (style 1), Chinese, frozen, with an autofilter.
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>客户名称</t></is></c>")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"D1\" s=\"1\" t=\"inlineStr\"><is><t>金额</t></is></c>")));
    QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:F2\"/>")));
    // Text cells, then real numbers (no t="s"/"inlineStr": the default type n) and a date serial:
    // 2026-11-23 is day 46349 after Excel's 1899-12-30.
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"A2\" t=\"inlineStr\"><is><t>北京长城贸易</t></is></c>")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"B2\" t=\"inlineStr\"><is><t>SO-1</t></is></c>")));
    const QRegularExpression date(QStringLiteral("<c r=\"C2\" s=\"(\\d+)\"><v>46349</v></c>"));
    const QRegularExpression amount(QStringLiteral("<c r=\"D2\" s=\"(\\d+)\"><v>1234.5</v></c>"));
    const QRegularExpression cost(QStringLiteral("<c r=\"E2\" s=\"(\\d+)\"><v>0.99</v></c>"));
    const QRegularExpression created(QStringLiteral("<c r=\"F2\" s=\"(\\d+)\"><v>4\\d{4}\\.\\d+</v></c>"));
    for (const QRegularExpression *re : {&date, &amount, &cost, &created})
        QVERIFY2(re->match(sheet).hasMatch(), qPrintable(re->pattern()));
    QCOMPARE(amount.match(sheet).captured(1), cost.match(sheet).captured(1));
    // Widths: every column has one.
    QCOMPARE(sheet.count(QStringLiteral("<col ")), 6);

    const QString styles = QString::fromUtf8(unzipEntry(file, QStringLiteral("xl/styles.xml")));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"#,##0.00\"")));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"yyyy\\-mm\\-dd\"")) || styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    QVERIFY(styles.contains(QStringLiteral("<b/>")));
    const QString workbook = QString::fromUtf8(unzipEntry(file, QStringLiteral("xl/workbook.xml")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"订单\"")));
}

void TestExport::xlsxInjectionAndControlCharacters()
{
    if (!haveUnzip())
        QSKIP("unzip is not installed: cannot look inside the .xlsx");
    TempWorkspace ws;
    Customer c = customer(QStringLiteral("=cmd|'/c calc'!A1"));
    c.notes = QStringLiteral("bell\x07 & <tag>");
    c.satisfaction = 4;
    GX_VERIFY_OK(CustomerRepository(*ws).create(c));
    ExportOptions options = csvOptions();
    options.format = ExportFormat::Xlsx;
    options.columns = {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("satisfaction")};
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("c.xlsx"));
    GX_VERIFY_OK(Exporter(*ws).run(file, options));
    const QString sheet = QString::fromUtf8(unzipEntry(file, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(sheet.contains(QStringLiteral("<c r=\"A2\" t=\"inlineStr\"><is><t>'=cmd|'/c calc'!A1</t></is></c>")), qPrintable(sheet));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"C2\"><v>4</v></c>")));
    // A control character cannot appear in XML: libxlsxwriter writes it as _x0007_.
    QVERIFY2(!sheet.contains(QChar(0x07)), "raw control character in the sheet XML");
    QVERIFY(sheet.contains(QStringLiteral("bell_x0007_ &amp; &lt;tag&gt;")));
}

void TestExport::xlsxContinuesOnFurtherSheets()
{
    if (!haveUnzip())
        QSKIP("unzip is not installed: cannot look inside the .xlsx");
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    for (const char *name : {"a1", "a2", "a3", "a4", "a5"})
        GX_VERIFY_OK(customers.create(customer(QLatin1String(name))));
    ExportOptions options = csvOptions();
    options.format = ExportFormat::Xlsx;
    options.columns = {QStringLiteral("name")};
    options.xlsxRowsPerSheet = 2;
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("c.xlsx"));
    auto summary = Exporter(*ws).run(file, options);
    GX_VERIFY_OK(summary);
    QCOMPARE(summary->rows, qint64(5));
    const QString workbook = QString::fromUtf8(unzipEntry(file, QStringLiteral("xl/workbook.xml")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Customers\"")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Customers (2)\"")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Customers (3)\"")));
    const QString third = QString::fromUtf8(unzipEntry(file, QStringLiteral("xl/worksheets/sheet3.xml")));
    QVERIFY(third.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Name</t></is></c>")));
    QVERIFY(third.contains(QStringLiteral("<c r=\"A2\" t=\"inlineStr\"><is><t>a5</t></is></c>")));
    QVERIFY(!third.contains(QStringLiteral("r=\"A3\"")));
}

void TestExport::xlsxCutsOverlongCells()
{
    TempWorkspace ws;
    Customer c = customer(QStringLiteral("long"));
    c.notes = QString(40000, QLatin1Char('x'));
    GX_VERIFY_OK(CustomerRepository(*ws).create(c));
    ExportOptions options = csvOptions();
    options.format = ExportFormat::Xlsx;
    const QString xlsx = QDir(ws.dir()).filePath(QStringLiteral("c.xlsx"));
    auto summary = Exporter(*ws).run(xlsx, options);
    GX_VERIFY_OK(summary);
    QCOMPARE(summary->truncatedCells, qint64(1));
    if (haveUnzip()) {
        const QString sheet = QString::fromUtf8(unzipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(sheet.contains(QString(32767, QLatin1Char('x')) + QStringLiteral("</t>")));
    }
    // CSV keeps every character.
    options.format = ExportFormat::Csv;
    const QString csv = QDir(ws.dir()).filePath(QStringLiteral("c.csv"));
    auto csvSummary = Exporter(*ws).run(csv, options);
    GX_VERIFY_OK(csvSummary);
    QCOMPARE(csvSummary->truncatedCells, qint64(0));
    QVERIFY(readAll(csv).contains(QByteArray(40000, 'x')));
}

void TestExport::personNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QStringList>("additional");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("three characters") << "王小明" << "王" << "小明" << QStringList{} << "";
    QTest::newRow("two characters") << "李平" << "李" << "平" << QStringList{} << "";
    QTest::newRow("compound 欧阳") << "欧阳娜娜" << "欧阳" << "娜娜" << QStringList{} << "";
    QTest::newRow("compound 司马") << "司马光" << "司马" << "光" << QStringList{} << "";
    QTest::newRow("compound 诸葛") << "诸葛亮" << "诸葛" << "亮" << QStringList{} << "";
    QTest::newRow("traditional 歐陽") << "歐陽修" << "歐陽" << "修" << QStringList{} << "";
    QTest::newRow("compound alone") << "欧阳" << "欧阳" << "" << QStringList{} << "";
    QTest::newRow("单 is a surname of its own") << "单于洋" << "单" << "于洋" << QStringList{} << "";
    QTest::newRow("surname only") << "王" << "王" << "" << QStringList{} << "";
    QTest::newRow("form of address") << "王总" << "王" << "" << QStringList{} << "总";
    QTest::newRow("manager") << "欧阳经理" << "欧阳" << "" << QStringList{} << "经理";
    QTest::newRow("ms") << "张女士" << "张" << "" << QStringList{} << "女士";
    QTest::newRow("not an address") << "王明总" << "王" << "明总" << QStringList{} << "";
    QTest::newRow("spaces") << " 王 小明 " << "王" << "小明" << QStringList{} << "";
    QTest::newRow("transliterated") << "迈克尔·杰克逊" << "杰克逊" << "迈克尔" << QStringList{} << "";
    QTest::newRow("three parts") << "约翰·菲茨杰拉德·肯尼迪" << "肯尼迪" << "约翰" << QStringList{QStringLiteral("菲茨杰拉德")} << "";
    QTest::newRow("latin") << "Astrid Silva" << "Silva" << "Astrid" << QStringList{} << "";
    QTest::newRow("latin middle") << "John Ronald Smith" << "Smith" << "John" << QStringList{QStringLiteral("Ronald")} << "";
    QTest::newRow("latin comma") << "Smith, John" << "Smith" << "John" << QStringList{} << "";
    QTest::newRow("one word") << "Madonna" << "" << "Madonna" << QStringList{} << "";
    QTest::newRow("empty") << "" << "" << "" << QStringList{} << "";
}

void TestExport::personNames()
{
    QFETCH(QString, name);
    const PersonName parts = PersonName::split(name);
    QTEST(parts.family, "family");
    QTEST(parts.given, "given");
    QTEST(parts.additional, "additional");
    QTEST(parts.suffix, "suffix");
}

void TestExport::telUris_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("uri");
    QTest::newRow("mobile") << "13812345678" << "tel:+86-138-1234-5678";
    QTest::newRow("beijing") << "010-12345678" << "tel:+86-10-12345678";
    QTest::newRow("four-digit area") << "0755-1234567" << "tel:+86-755-1234567";
    QTest::newRow("extension") << "010-12345678 ext. 123" << "tel:+86-10-12345678;ext=123";
    QTest::newRow("400") << "400-123-4567" << "tel:+86-400-123-4567";
    QTest::newRow("international") << "+14155550100" << "tel:+14155550100";
    QTest::newRow("local without area code") << "2345678" << "";
    QTest::newRow("not normalised") << "phone me" << "";
}

void TestExport::telUris()
{
    QFETCH(QString, phone);
    QTEST(VCardWriter::telUri(phone), "uri");
}

namespace {

Contact sampleContact()
{
    Contact c;
    c.meta.id = QStringLiteral("0192f0c4-0000-7000-8000-000000000001");
    c.meta.updatedAt = utc(2026, 11, 23, 9, 7);
    c.customerName = QStringLiteral("北京长城贸易有限公司");
    c.name = QStringLiteral("王小明");
    c.title = QStringLiteral("采购经理");
    c.role = ContactRole::DecisionMaker;
    c.phone = QStringLiteral("13812345678");
    c.email = QStringLiteral("wang@example.com");
    c.wechat = QStringLiteral("wx_wang");
    c.notes = QStringLiteral("周一, 周三; 上午\\下午\n电话");
    return c;
}

const QString version = QStringLiteral(GUANXI_VERSION);

}  // namespace

void TestExport::vCard4Exact()
{
    QByteArray out;
    VCardWriter(VCardVersion::V4).append(sampleContact(), out);
    QCOMPARE(QString::fromUtf8(out), QStringLiteral("BEGIN:VCARD\r\n"
                                                    "VERSION:4.0\r\n"
                                                    "PRODID:-//Guanxi//Guanxi %1//EN\r\n"
                                                    "UID:urn:uuid:0192f0c4-0000-7000-8000-000000000001\r\n"
                                                    "FN:王小明\r\n"
                                                    "N:王;小明;;;\r\n"
                                                    "ORG:北京长城贸易有限公司\r\n"
                                                    "TITLE:采购经理\r\n"
                                                    "ROLE:Decision maker\r\n"
                                                    "TEL;VALUE=uri;TYPE=cell:tel:+86-138-1234-5678\r\n"
                                                    "EMAIL;TYPE=work:wang@example.com\r\n"
                                                    "X-WECHAT:wx_wang\r\n"
                                                    "NOTE:周一\\, 周三\\; 上午\\\\下午\\n电话\r\n"
                                                    "REV:20261123T090700Z\r\n"
                                                    "END:VCARD\r\n")
                                         .arg(version));
}

void TestExport::vCard3Exact()
{
    Contact c = sampleContact();
    c.name = QStringLiteral("欧阳经理");
    c.customerName = QStringLiteral("Acme; Sons, Ltd");
    c.phone = QStringLiteral("010-12345678");
    c.role.reset();
    c.wechat.clear();
    c.notes.clear();
    QByteArray out;
    VCardWriter(VCardVersion::V3).append(c, out);
    QCOMPARE(QString::fromUtf8(out), QStringLiteral("BEGIN:VCARD\r\n"
                                                    "VERSION:3.0\r\n"
                                                    "PRODID:-//Guanxi//Guanxi %1//EN\r\n"
                                                    "UID:0192f0c4-0000-7000-8000-000000000001\r\n"
                                                    "FN:欧阳经理\r\n"
                                                    "N:欧阳;;;;经理\r\n"
                                                    "ORG:Acme\\; Sons\\, Ltd\r\n"
                                                    "TITLE:采购经理\r\n"
                                                    "TEL;TYPE=WORK,VOICE:010-12345678\r\n"
                                                    "EMAIL;TYPE=INTERNET,WORK:wang@example.com\r\n"
                                                    "REV:2026-11-23T09:07:00Z\r\n"
                                                    "END:VCARD\r\n")
                                         .arg(version));
}

void TestExport::vCardFoldingNeverSplitsCharacters()
{
    // "NOTE:" and 30 three-octet characters: 95 octets. The first line holds "NOTE:" and 23
    // characters (74 octets: a 24th would make 77); the continuation " " and the other 7.
    const QString thirty = QStringLiteral("一二三四五六七八九十").repeated(3);
    QByteArray out;
    ContentLines::appendFolded(out, QStringLiteral("NOTE:") + thirty);
    QCOMPARE(out, (QStringLiteral("NOTE:") + thirty.left(23) + QStringLiteral("\r\n ") + thirty.mid(23) + QStringLiteral("\r\n")).toUtf8());

    // Exactly 75 octets stay on one line; 76 fold after 75.
    out.clear();
    ContentLines::appendFolded(out, QString(75, QLatin1Char('a')));
    QCOMPARE(out, QByteArray(75, 'a') + "\r\n");
    out.clear();
    ContentLines::appendFolded(out, QString(76, QLatin1Char('a')));
    QCOMPARE(out, QByteArray(75, 'a') + "\r\n a\r\n");

    // A long mixed note with four-octet characters: every physical line at most 75 octets and
    // valid UTF-8 by itself; unfolding gives the line back.
    QString note;
    for (int i = 0; i < 200; ++i)
        note += (i % 7 == 0) ? QString::fromUcs4(U"\U00020BB7", 1) : (i % 3 ? QStringLiteral("关") : QStringLiteral("a"));
    const QString line = QStringLiteral("NOTE:") + ContentLines::escapeText(note);
    out.clear();
    ContentLines::appendFolded(out, line);
    QVERIFY(out.endsWith("\r\n"));
    const QList<QByteArray> physical = out.chopped(2).split('\n');
    QVERIFY(physical.size() > 5);
    QByteArray unfolded;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray part = physical.at(i);
        if (i + 1 < physical.size()) {
            QVERIFY(part.endsWith('\r'));
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75, part.constData());
        QCOMPARE(QString::fromUtf8(part).toUtf8(), part);  // no replacement characters: whole sequences only
        if (i > 0) {
            QVERIFY(part.startsWith(' '));
            part.remove(0, 1);
        }
        unfolded += part;
    }
    QCOMPARE(QString::fromUtf8(unfolded), line);

    QCOMPARE(ContentLines::escapeText(QStringLiteral("a,b;c\\d\r\ne\rf\ng\x01h\tj")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf\\ngh\tj"));
}

void TestExport::vCardExportOfAWorkspace()
{
    TempWorkspace ws;
    auto owner = CustomerRepository(*ws).create(customer(QStringLiteral("北京长城贸易")));
    GX_VERIFY_OK(owner);
    ContactRepository contacts(*ws);
    for (const char *name : {"王小明", "司马光", "Astrid Silva"}) {
        Contact c;
        c.customerId = owner->meta.id;
        c.name = QString::fromUtf8(name);
        c.phone = QStringLiteral("13812345678");
        GX_VERIFY_OK(contacts.create(c));
    }
    ExportOptions options;
    options.entity = ExportEntity::Contacts;
    options.format = ExportFormat::VCard;
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("contacts.vcf"));
    auto summary = Exporter(*ws).run(file, options);
    GX_VERIFY_OK(summary);
    QCOMPARE(summary->rows, qint64(3));
    const QString text = QString::fromUtf8(readAll(file));
    QCOMPARE(text.count(QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\n")), 3);
    QCOMPARE(text.count(QStringLiteral("END:VCARD\r\n")), 3);
    QVERIFY(text.contains(QStringLiteral("N:司马;光;;;\r\n")));
    QVERIFY(text.contains(QStringLiteral("N:Silva;Astrid;;;\r\n")));
    QCOMPARE(text.count(QStringLiteral("ORG:北京长城贸易\r\n")), 3);
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[^\r]\n"))));

    options.vcardVersion = VCardVersion::V3;
    options.overwrite = true;
    GX_VERIFY_OK(Exporter(*ws).run(file, options));
    QCOMPARE(QString::fromUtf8(readAll(file)).count(QStringLiteral("VERSION:3.0\r\n")), 3);
}

namespace {

FollowUp sampleFollowUp()
{
    FollowUp f;
    f.meta.id = QStringLiteral("f1");
    f.meta.createdAt = utc(2026, 11, 20, 8, 0);
    f.meta.updatedAt = utc(2026, 11, 21, 10, 30);
    f.title = QStringLiteral("回访, 报价; 确认");
    f.customerName = QStringLiteral("北京长城");
    f.ownerName = QStringLiteral("陈");
    f.dueOn = QDate(2026, 12, 1);
    f.notes = QStringLiteral("带上样品");
    return f;
}

}  // namespace

void TestExport::iCalendarFollowUpAsTodo()
{
    QByteArray out;
    ICalendarWriter::appendFollowUp(sampleFollowUp(), FollowUpCalendarStyle::Todos, out);
    QCOMPARE(QString::fromUtf8(out), QStringLiteral("BEGIN:VTODO\r\n"
                                                    "UID:f1@guanxi-crm.github.io\r\n"
                                                    "DTSTAMP:20261121T103000Z\r\n"
                                                    "CREATED:20261120T080000Z\r\n"
                                                    "LAST-MODIFIED:20261121T103000Z\r\n"
                                                    "SUMMARY:回访\\, 报价\\; 确认\r\n"
                                                    "DESCRIPTION:Customer: 北京长城\\nOwner: 陈\\n\\n带上样品\r\n"
                                                    "DUE;VALUE=DATE:20261201\r\n"
                                                    "STATUS:NEEDS-ACTION\r\n"
                                                    "END:VTODO\r\n"));
}

void TestExport::iCalendarFollowUpDoneAndAsEvent()
{
    FollowUp f = sampleFollowUp();
    f.status = FollowUpStatus::Done;
    f.doneAt = utc(2026, 11, 30, 7, 15);
    f.notes.clear();
    f.ownerName.clear();
    QByteArray todo;
    ICalendarWriter::appendFollowUp(f, FollowUpCalendarStyle::Todos, todo);
    QVERIFY(todo.contains(QByteArray("\r\nDESCRIPTION:Customer: " + QStringLiteral("北京长城").toUtf8() + "\r\n")));
    QVERIFY(todo.contains("\r\nSTATUS:COMPLETED\r\nCOMPLETED:20261130T071500Z\r\nPERCENT-COMPLETE:100\r\nEND:VTODO\r\n"));

    FollowUp snoozed = sampleFollowUp();
    snoozed.snoozedUntil = QDate(2026, 12, 5);
    QByteArray event;
    ICalendarWriter::appendFollowUp(snoozed, FollowUpCalendarStyle::Events, event);
    QCOMPARE(QString::fromUtf8(event), QStringLiteral("BEGIN:VEVENT\r\n"
                                                      "UID:f1@guanxi-crm.github.io\r\n"
                                                      "DTSTAMP:20261121T103000Z\r\n"
                                                      "CREATED:20261120T080000Z\r\n"
                                                      "LAST-MODIFIED:20261121T103000Z\r\n"
                                                      "DTSTART;VALUE=DATE:20261205\r\n"
                                                      "DTEND;VALUE=DATE:20261206\r\n"
                                                      "SUMMARY:回访\\, 报价\\; 确认\r\n"
                                                      "DESCRIPTION:Customer: 北京长城\\nOwner: 陈\\nSnoozed\\; first due on 2026\r\n"
                                                      " -12-01\\n\\n带上样品\r\n"
                                                      "TRANSP:TRANSPARENT\r\n"
                                                      "END:VEVENT\r\n"));
}

void TestExport::iCalendarInteractionAsEvent()
{
    Interaction i;
    i.meta.id = QStringLiteral("i1");
    i.meta.createdAt = utc(2026, 11, 23, 9, 0);
    i.meta.updatedAt = utc(2026, 11, 23, 9, 0);
    i.customerName = QStringLiteral("北京长城");
    i.contactName = QStringLiteral("王小明");
    i.staffName = QStringLiteral("陈");
    i.channel = InteractionChannel::Visit;
    i.occurredAt = utc(2026, 11, 23, 8, 30);
    i.summary = QStringLiteral("看样品");
    i.commitments = QStringLiteral("下周报价");
    QByteArray out;
    ICalendarWriter::appendInteraction(i, out);
    QCOMPARE(QString::fromUtf8(out), QStringLiteral("BEGIN:VEVENT\r\n"
                                                    "UID:i1@guanxi-crm.github.io\r\n"
                                                    "DTSTAMP:20261123T090000Z\r\n"
                                                    "CREATED:20261123T090000Z\r\n"
                                                    "LAST-MODIFIED:20261123T090000Z\r\n"
                                                    "DTSTART:20261123T083000Z\r\n"
                                                    "SUMMARY:Visit: 北京长城\r\n"
                                                    "DESCRIPTION:Customer: 北京长城\\nContact: 王小明\\nStaff: 陈\\n\\n看\r\n"
                                                    " 样品\\n\\nCommitments: 下周报价\r\n"
                                                    "TRANSP:TRANSPARENT\r\n"
                                                    "END:VEVENT\r\n"));
}

void TestExport::iCalendarFileStructure()
{
    TempWorkspace ws;
    auto owner = CustomerRepository(*ws).create(customer(QStringLiteral("北京长城")));
    GX_VERIFY_OK(owner);
    FollowUpRepository followUps(*ws);
    for (int day = 1; day <= 3; ++day) {
        FollowUp f;
        f.customerId = owner->meta.id;
        f.title = QStringLiteral("Call back %1").arg(day);
        f.dueOn = QDate(2026, 12, day);
        f.status = day == 3 ? FollowUpStatus::Done : FollowUpStatus::Open;
        GX_VERIFY_OK(followUps.create(f));
    }
    ExportOptions options;
    options.entity = ExportEntity::FollowUps;
    options.format = ExportFormat::ICalendar;
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("f.ics"));
    auto summary = Exporter(*ws).run(file, options);
    GX_VERIFY_OK(summary);
    QCOMPARE(summary->rows, qint64(3));
    const QByteArray text = readAll(file);
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Guanxi//Guanxi "));
    QVERIFY(text.contains("\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Guanxi follow-ups\r\n"));
    QVERIFY(text.endsWith("END:VTODO\r\nEND:VCALENDAR\r\n"));
    QCOMPARE(text.count("BEGIN:VTODO\r\n"), 3);
    QCOMPARE(text.count("END:VTODO\r\n"), 3);
    QCOMPARE(text.count("STATUS:NEEDS-ACTION\r\n"), 2);
    QCOMPARE(text.count("STATUS:COMPLETED\r\n"), 1);
    QCOMPARE(text.count("DTSTAMP:"), 3);
    QCOMPARE(text.count("\n"), text.count("\r\n"));
    for (const QByteArray &line : text.split('\n'))
        QVERIFY(line.size() <= 76);  // 75 octets and the CR

    options.entity = ExportEntity::Interactions;
    const QString interactions = QDir(ws.dir()).filePath(QStringLiteral("i.ics"));
    auto none = Exporter(*ws).run(interactions, options);
    GX_VERIFY_OK(none);
    QCOMPARE(none->rows, qint64(0));
    QVERIFY(readAll(interactions).endsWith("X-WR-CALNAME:Guanxi interactions\r\nEND:VCALENDAR\r\n"));
}

void TestExport::refusesToOverwrite()
{
    TempWorkspace ws;
    GX_VERIFY_OK(CustomerRepository(*ws).create(customer(QStringLiteral("北京"))));
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("keep.csv"));
    writeAll(file, "precious");
    auto refused = Exporter(*ws).run(file, csvOptions());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(readAll(file), QByteArray("precious"));
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

    // A folder is never a target.
    auto folder = Exporter(*ws).run(ws.dir(), csvOptions());
    QVERIFY(!folder);
    QVERIFY(QFileInfo(ws.dir()).isDir());
}

void TestExport::overwriteReplacesInOneStep()
{
    TempWorkspace ws;
    GX_VERIFY_OK(CustomerRepository(*ws).create(customer(QStringLiteral("北京"))));
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("replace.csv"));
    writeAll(file, "old");
    writeAll(file + QStringLiteral(".part"), "stale part of a killed export");
    ExportOptions options = csvOptions();
    options.overwrite = true;
    options.encoding = CsvEncoding::Utf8;
    options.columns = {QStringLiteral("name")};
    GX_VERIFY_OK(Exporter(*ws).run(file, options));
    QCOMPARE(QString::fromUtf8(readAll(file)), QStringLiteral("Name\r\n北京\r\n"));
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
}

void TestExport::cancelLeavesNothing_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("existing");
    QTest::newRow("csv") << ExportFormat::Csv << false;
    QTest::newRow("csv over an existing file") << ExportFormat::Csv << true;
    QTest::newRow("xlsx") << ExportFormat::Xlsx << false;
    QTest::newRow("xlsx over an existing file") << ExportFormat::Xlsx << true;
}

void TestExport::cancelLeavesNothing()
{
    QFETCH(ExportFormat, format);
    QFETCH(bool, existing);
    TempWorkspace ws;
    {
        auto writer = BulkWriter::begin(*ws);
        GX_VERIFY_OK(writer);
        for (int i = 0; i < 2500; ++i) {
            Customer c = customer(QStringLiteral("客户%1").arg(i));
            GX_VERIFY_OK((*writer)->add(c));
        }
        GX_VERIFY_OK((*writer)->commit());
    }
    QTemporaryDir out;
    const QString file = out.filePath(format == ExportFormat::Csv ? QStringLiteral("c.csv") : QStringLiteral("c.xlsx"));
    if (existing)
        writeAll(file, "old");
    ExportOptions options = csvOptions();
    options.format = format;
    options.overwrite = existing;
    QList<qint64> seen;
    options.progress = [&](qint64 done, qint64 total) {
        seen.append(done);
        return total == 2500 && done < 2000;  // cancel after the second page
    };
    auto cancelled = Exporter(*ws).run(file, options);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(seen, (QList<qint64>{0, 1000, 2000}));
    const QStringList left = existing ? QStringList{QFileInfo(file).fileName()} : QStringList();
    QCOMPARE(folderEntries(out.path()), left);
    if (existing)
        QCOMPARE(readAll(file), QByteArray("old"));

    // Without the cancel the same export completes, page by page.
    seen.clear();
    options.progress = [&](qint64 done, qint64) {
        seen.append(done);
        return true;
    };
    auto done = Exporter(*ws).run(file, options);
    GX_VERIFY_OK(done);
    QCOMPARE(done->rows, qint64(2500));
    QCOMPARE(seen, (QList<qint64>{0, 1000, 2000, 2500}));
}

void TestExport::missingFolderLeavesNothing()
{
    TempWorkspace ws;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("missing/folder/c.csv"));
    auto failed = Exporter(*ws).run(file, csvOptions());
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QCOMPARE(folderEntries(out.path()), QStringList{});

    // A .part that cannot be created (a folder of that name is in the way) is an error too.
    const QString blocked = out.filePath(QStringLiteral("blocked.csv"));
    QVERIFY(QDir(out.path()).mkdir(QStringLiteral("blocked.csv.part")));
    auto refused = Exporter(*ws).run(blocked, csvOptions());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Io);
    QVERIFY(!QFile::exists(blocked));
}

void TestExport::unsupportedCombinations()
{
    TempWorkspace ws;
    QTemporaryDir out;
    const auto attempt = [&](ExportEntity entity, ExportFormat format, QStringList columns = {}) {
        ExportOptions options;
        options.entity = entity;
        options.format = format;
        options.columns = columns;
        auto result = Exporter(*ws).run(out.filePath(QStringLiteral("x")), options);
        return result ? QString() : result.error().message;
    };
    QVERIFY(attempt(ExportEntity::Orders, ExportFormat::VCard).contains(QStringLiteral("Only contacts")));
    QVERIFY(attempt(ExportEntity::Customers, ExportFormat::ICalendar).contains(QStringLiteral("Only follow-ups and interactions")));
    QVERIFY(attempt(ExportEntity::Contacts, ExportFormat::VCard, {QStringLiteral("name")}).contains(QStringLiteral("CSV and Excel")));
    QVERIFY(attempt(ExportEntity::Orders, ExportFormat::Csv, {QStringLiteral("colour")}).contains(QStringLiteral("amount")));
    QCOMPARE(folderEntries(out.path()), QStringList{});
    QVERIFY(Exporter::supports(ExportEntity::Interactions, ExportFormat::ICalendar));
    QVERIFY(!Exporter::supports(ExportEntity::Contacts, ExportFormat::ICalendar));
    QCOMPARE(formatFromFileName(QStringLiteral("a/b.VCF")), std::optional<ExportFormat>(ExportFormat::VCard));
    QCOMPARE(formatFromFileName(QStringLiteral("b.txt")), std::optional<ExportFormat>());
}

void TestExport::columnsChosenByCodeOrHeader()
{
    QCOMPARE(findColumn(ExportEntity::Customers, u"credit_code"), QStringLiteral("credit-code"));
    QCOMPARE(findColumn(ExportEntity::Customers, u"Unified social credit code"), QStringLiteral("credit-code"));
    QCOMPARE(findColumn(ExportEntity::Customers, u"统一社会信用代码"), QStringLiteral("credit-code"));
    QCOMPARE(findColumn(ExportEntity::Orders, u"金额"), QStringLiteral("amount"));
    QCOMPARE(findColumn(ExportEntity::Orders, u"ORDER NUMBER"), QStringLiteral("order-number"));
    QCOMPARE(findColumn(ExportEntity::Orders, u"名称"), QString());
    // Codes are unique per entity, and so are the headers in each language.
    for (ExportEntity entity : {ExportEntity::Customers, ExportEntity::Contacts, ExportEntity::Orders,
                                ExportEntity::Interactions, ExportEntity::FollowUps}) {
        QSet<QString> codes, english, chinese;
        const QList<ColumnName> names = columnNames(entity);
        QCOMPARE(names.first().code, QStringLiteral("id"));
        // Excel takes a CSV file starting with "ID" for a SYLK file and refuses it.
        QVERIFY(!names.first().english.startsWith(QLatin1String("ID")));
        for (const ColumnName &name : names) {
            codes.insert(name.code);
            english.insert(name.english);
            chinese.insert(name.chinese);
        }
        QCOMPARE(codes.size(), names.size());
        QCOMPARE(english.size(), names.size());
        QCOMPARE(chinese.size(), names.size());
    }
}

void TestExport::filters()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    auto a = customers.create(customer(QStringLiteral("甲"), {}, RelationshipTier::Partner));
    auto b = customers.create(customer(QStringLiteral("乙")));
    auto gone = customers.create(customer(QStringLiteral("丙")));
    GX_VERIFY_OK(a);
    GX_VERIFY_OK(b);
    GX_VERIFY_OK(gone);
    OrderRepository orders(*ws);
    for (const auto *owner : {&a, &b, &gone}) {
        for (int day : {1, 15, 28}) {
            Order o;
            o.customerId = (*owner)->meta.id;
            o.orderedOn = QDate(2026, 2, day);
            o.amount = Money::yuan(100 * day);
            GX_VERIFY_OK(orders.create(o));
        }
    }
    GX_VERIFY_OK(customers.remove(gone->meta.id));  // its orders are not exported any more

    const auto rows = [&](ExportOptions options) -> qint64 {
        options.overwrite = true;
        auto summary = Exporter(*ws).run(QDir(ws.dir()).filePath(QStringLiteral("f.csv")), options);
        return summary ? summary->rows : -1;
    };
    ExportOptions options = csvOptions();
    QCOMPARE(rows(options), qint64(2));
    options.customerFilter.tier = RelationshipTier::Partner;
    QCOMPARE(rows(options), qint64(1));
    // The list's sort order: 乙 (yi) before 甲 (jia) when descending by name.
    options.customerFilter = {};
    options.customerOrder = {CustomerSort::Name, Qt::DescendingOrder};
    options.columns = {QStringLiteral("name")};
    options.encoding = CsvEncoding::Utf8;
    QCOMPARE(rows(options), qint64(2));
    QCOMPARE(QString::fromUtf8(readAll(QDir(ws.dir()).filePath(QStringLiteral("f.csv")))), QStringLiteral("Name\r\n乙\r\n甲\r\n"));
    options = csvOptions(ExportEntity::Orders);
    QCOMPARE(rows(options), qint64(6));
    options.recordFilter.customerId = a->meta.id;
    QCOMPARE(rows(options), qint64(3));
    options.recordFilter.from = QDate(2026, 2, 15);
    QCOMPARE(rows(options), qint64(2));
    options.recordFilter.to = QDate(2026, 2, 15);
    QCOMPARE(rows(options), qint64(1));
}

// What the window's follow-ups view exports: open ones only, one owner's or the unassigned ones.
void TestExport::followUpFiltersOfTheFollowUpsView()
{
    TempWorkspace ws;
    auto account = CustomerRepository(*ws).create(customer(QStringLiteral("甲")));
    GX_VERIFY_OK(account);
    StaffRepository staff(*ws);
    auto wang = staff.findOrCreate(QStringLiteral("王小明"));
    auto chen = staff.findOrCreate(QStringLiteral("David Chen"));
    GX_VERIFY_OK(wang);
    GX_VERIFY_OK(chen);
    FollowUpRepository followUps(*ws);
    const auto plan = [&](const QString &owner, FollowUpStatus status) {
        FollowUp f;
        f.customerId = account->meta.id;
        f.ownerId = owner;
        f.title = QStringLiteral("Call");
        f.dueOn = QDate(2026, 3, 1);
        f.status = status;
        if (status == FollowUpStatus::Done)
            f.doneAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        return followUps.create(f).ok();
    };
    QVERIFY(plan(wang->meta.id, FollowUpStatus::Open));
    QVERIFY(plan(wang->meta.id, FollowUpStatus::Done));
    QVERIFY(plan(chen->meta.id, FollowUpStatus::Open));
    QVERIFY(plan(QString(), FollowUpStatus::Open));

    const auto rows = [&](const CustomerRecordFilter &filter) -> qint64 {
        ExportOptions options = csvOptions(ExportEntity::FollowUps);
        options.recordFilter = filter;
        options.overwrite = true;
        auto summary = Exporter(*ws).run(QDir(ws.dir()).filePath(QStringLiteral("f.csv")), options);
        return summary ? summary->rows : -1;
    };
    CustomerRecordFilter filter;
    QCOMPARE(rows(filter), qint64(4));
    filter.openOnly = true;
    QCOMPARE(rows(filter), qint64(3));
    filter.ownerId = wang->meta.id;
    QCOMPARE(rows(filter), qint64(1));
    filter.openOnly = false;
    QCOMPARE(rows(filter), qint64(2));
    filter.ownerId = QString();  // the unassigned ones
    QCOMPARE(rows(filter), qint64(1));
}

void TestExport::exportSeesOneSnapshot()
{
    // Another connection adds and renames customers while the export is between pages: the
    // file is the picture of the moment it started.
    TempWorkspace ws;
    {
        auto writer = BulkWriter::begin(*ws);
        GX_VERIFY_OK(writer);
        for (int i = 0; i < 1500; ++i) {
            Customer c = customer(QStringLiteral("c%1").arg(i, 4, 10, QLatin1Char('0')));
            GX_VERIFY_OK((*writer)->add(c));
        }
        GX_VERIFY_OK((*writer)->commit());
    }
    auto other = Workspace::open(ws.path());
    GX_VERIFY_OK(other);
    bool wrote = false;
    ExportOptions options = csvOptions();
    options.encoding = CsvEncoding::Utf8;
    options.columns = {QStringLiteral("name")};
    options.progress = [&](qint64 done, qint64) {
        if (done == 1000 && !wrote) {
            CustomerRepository theirs(**other);
            wrote = theirs.create(customer(QStringLiteral("c1499b"))).ok();
        }
        return true;
    };
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("snap.csv"));
    auto summary = Exporter(*ws).run(file, options);
    GX_VERIFY_OK(summary);
    QVERIFY(wrote);
    QCOMPARE(summary->rows, qint64(1500));
    QVERIFY(!QString::fromUtf8(readAll(file)).contains(QStringLiteral("c1499b")));
    // After the export this connection sees the new customer.
    QCOMPARE(*CustomerRepository(*ws).count({}), qint64(1501));
}

void TestExport::customerColumnsMatchCustomerFields()
{
    // The importer finds customer fields by CustomerFields' names and labels: the export's
    // codes and headers must be those.
    const auto columns = customerColumns();
    for (const CustomerFields::Field &field : CustomerFields::all()) {
        const auto it = std::find_if(columns.begin(), columns.end(),
                                     [&](const auto &column) { return qstrcmp(column.code, field.name) == 0; });
        QVERIFY2(it != columns.end(), field.name);
        QCOMPARE(QString::fromLatin1(it->english), QString::fromLatin1(field.label));
        QCOMPARE(QString::fromUtf8(it->chinese), QString::fromUtf8(field.chinese));
        QCOMPARE(CustomerFields::find(QString::fromLatin1(it->english)), &field);
        QCOMPARE(CustomerFields::find(QString::fromUtf8(it->chinese)), &field);
    }
    QCOMPARE(qsizetype(columns.size()), qsizetype(CustomerFields::all().size()) + 3);  // id, created, updated
}

void TestExport::customersRoundTripThroughCustomerFields_data()
{
    QTest::addColumn<ExportLanguage>("language");
    QTest::newRow("English") << ExportLanguage::English;
    QTest::newRow("Chinese") << ExportLanguage::Chinese;
    QTest::newRow("codes") << ExportLanguage::Codes;
}

void TestExport::customersRoundTripThroughCustomerFields()
{
    // What the importer will do: match each header with CustomerFields::find, undo the
    // spreadsheet safety, and set the text. Every field comes back as it was.
    QFETCH(ExportLanguage, language);
    TempWorkspace ws;
    auto staff = StaffRepository(*ws).findOrCreate(QStringLiteral("陈勇"));
    GX_VERIFY_OK(staff);
    Customer c = customer(QStringLiteral("=北京, \"长城\" 贸易"), QStringLiteral("北京"), RelationshipTier::StrategicAlliance);
    c.kind = CustomerKind::Person;
    c.lifecycle = LifecycleLevel::Loyal;
    c.lifecycleManual = false;
    c.segment = ValueSegment::Migrating;
    c.ownerId = staff->meta.id;
    c.source = SourceChannel::TradeShow;
    c.industry = QStringLiteral("机械");
    c.region = QStringLiteral("北京市");
    c.address = QStringLiteral("朝阳区\n建国路 1 号");
    c.phone = QStringLiteral("+44 20 7946 0000");
    c.email = QStringLiteral("a@b.cn");
    c.website = QStringLiteral("b.cn");
    const QString first17 = QStringLiteral("91350100M000100Y4");
    c.creditCode = first17 + Validation::creditCodeCheckCharacter(first17);
    c.tags = {QStringLiteral("vip"), QStringLiteral("老客户")};
    c.notes = QStringLiteral("-note; with, everything\"");
    c.doNotContact = true;
    c.satisfaction = 4;
    auto created = CustomerRepository(*ws).create(c);
    GX_VERIFY_OK(created);

    ExportOptions options = csvOptions();
    options.language = language;
    const QString file = QDir(ws.dir()).filePath(QStringLiteral("rt.csv"));
    GX_VERIFY_OK(Exporter(*ws).run(file, options));
    const QList<QStringList> records = parseCsv(withoutBom(readAll(file)));
    QCOMPARE(records.size(), 2);
    const QStringList headers = records.at(0);
    QCOMPARE(headers.first(), language == ExportLanguage::Chinese ? QStringLiteral("编号")
                              : language == ExportLanguage::English ? QStringLiteral("Id") : QStringLiteral("id"));
    QCOMPARE(records.at(1).first(), created->meta.id);

    Customer back;
    int applied = 0;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const CustomerFields::Field *field = CustomerFields::find(headers.at(i));
        if (!field)
            continue;
        GX_VERIFY_OK(field->setText(back, SpreadsheetSafety::restore(records.at(1).at(i))));
        ++applied;
    }
    QCOMPARE(applied, int(CustomerFields::all().size()));
    for (const CustomerFields::Field &field : CustomerFields::all())
        QCOMPARE(field.text(back), field.text(*created));
}

void TestExport::demoWorkspaceRowCounts()
{
    TempWorkspace ws;
    demo::DemoOptions demoOptions;
    demoOptions.customers = 10000;
    demoOptions.seed = 7;
    auto generated = demo::DemoGenerator::generate(*ws, demoOptions);
    GX_VERIFY_OK(generated);
    QCOMPARE(generated->customers, qint64(10000));

    const QList<std::pair<ExportEntity, qint64>> expected{
        {ExportEntity::Customers, generated->customers}, {ExportEntity::Contacts, generated->contacts},
        {ExportEntity::Orders, generated->orders},       {ExportEntity::Interactions, generated->interactions},
        {ExportEntity::FollowUps, generated->followUps}};
    for (const auto &[entity, count] : expected) {
        ExportOptions options = csvOptions(entity);
        const QString file = QDir(ws.dir()).filePath(entityCode(entity) + QStringLiteral(".csv"));
        auto summary = Exporter(*ws).run(file, options);
        GX_VERIFY_OK(summary);
        QCOMPARE(summary->rows, count);
        QVERIFY(count > 0);
        const QList<QStringList> records = parseCsv(withoutBom(readAll(file)));
        QCOMPARE(qint64(records.size()), count + 1);
        const qsizetype columns = records.first().size();
        QVERIFY(std::all_of(records.begin(), records.end(), [&](const QStringList &r) { return r.size() == columns; }));
    }
    ExportOptions xlsx = csvOptions();
    xlsx.format = ExportFormat::Xlsx;
    auto summary = Exporter(*ws).run(QDir(ws.dir()).filePath(QStringLiteral("customers.xlsx")), xlsx);
    GX_VERIFY_OK(summary);
    QCOMPARE(summary->rows, qint64(10000));
    ExportOptions vcf;
    vcf.entity = ExportEntity::Contacts;
    vcf.format = ExportFormat::VCard;
    auto cards = Exporter(*ws).run(QDir(ws.dir()).filePath(QStringLiteral("contacts.vcf")), vcf);
    GX_VERIFY_OK(cards);
    QCOMPARE(cards->rows, generated->contacts);
    QCOMPARE(qint64(readAll(QDir(ws.dir()).filePath(QStringLiteral("contacts.vcf"))).count("BEGIN:VCARD\r\n")), generated->contacts);
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
