// The .xlsx reader (core/exchange/xlsx) on the workbooks of tests/data/xlsx, written cell by cell
// by make_fixtures.py: every kind of cell, sparse rows, the 1900 and 1904 date systems, the
// choice of a sheet, and damaged workbooks. The expected rows are written out by hand from the
// fixture's cells (Excel serial 45292 is 2024-01-01; the 1904 system counts 1,462 days less).
#include "TestSupport.h"

#include "exchange/import/OpenImportFile.h"
#include "exchange/xlsx/XlsxCellText.h"
#include "exchange/xlsx/XlsxReader.h"
#include "exchange/xlsx/XlsxStyles.h"

using namespace guanxi;
using namespace guanxi::xlsx;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Rows {
    QList<XlsxRow> rows;
    std::optional<Error> error;
};

Rows readRows(const QString &file, const QString &sheet = {})
{
    Rows result;
    auto reader = XlsxReader::open(guanxi::test::dataPath(u"xlsx/"_s + file), sheet);
    if (!reader) {
        result.error = reader.error();
        return result;
    }
    for (;;) {
        XlsxRow row;
        auto more = (*reader)->next(row);
        if (!more) {
            result.error = more.error();
            return result;
        }
        if (!*more)
            return result;
        result.rows.append(row);
    }
}

}  // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberText_data();
    void numberText();
    void serialDates_data();
    void serialDates();
    void formatCodes_data();
    void formatCodes();
    void cellReferences();
    void everyKindOfCell();
    void chosenSheet();
    void date1904();
    void damagedWorkbooks_data();
    void damagedWorkbooks();
    void hugeCellIsRefusedInBoundedMemory();
    void throughOpenImportFile();
};

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 12.0 << u"12"_s;
    QTest::newRow("decimal") << 1234.5 << u"1234.5"_s;
    QTest::newRow("0.1") << 0.1 << u"0.1"_s;
    QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) << u"0.3"_s;
    QTest::newRow("negative") << -0.5 << u"-0.5"_s;
    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("phone number") << 13800138000.0 << u"13800138000"_s;
    QTest::newRow("0.00001") << 0.00001 << u"0.00001"_s;
    QTest::newRow("10^15") << 1e15 << u"1000000000000000"_s;
    QTest::newRow("cents") << 99.99 << u"99.99"_s;
    QTest::newRow("1e30") << 1e30 << u"1e+30"_s;
}

void TestXlsxReader::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(xlsx::numberText(value), text);
}

void TestXlsxReader::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<bool>("timeOnly");
    QTest::addColumn<QString>("text");
    QTest::newRow("1900-01-01") << 1.0 << false << false << u"1900-01-01"_s;
    QTest::newRow("1900-02-28") << 59.0 << false << false << u"1900-02-28"_s;
    QTest::newRow("1900-02-29, Lotus' leap day") << 60.0 << false << false << u"1900-02-29"_s;
    QTest::newRow("1900-03-01") << 61.0 << false << false << u"1900-03-01"_s;
    QTest::newRow("2024-01-01") << 45292.0 << false << false << u"2024-01-01"_s;
    QTest::newRow("2026-11-23") << 46349.0 << false << false << u"2026-11-23"_s;
    QTest::newRow("noon") << 45292.5 << false << false << u"2024-01-01 12:00"_s;
    // 14:30:15 is 52,215 s of 86,400: stored with float noise, read to the second.
    QTest::newRow("seconds") << (45292.0 + 52215.0 / 86400.0) << false << false << u"2024-01-01 14:30:15"_s;
    QTest::newRow("23:59:59.9 rounds to the next day") << (45292.0 + 86399.9 / 86400.0) << false << false << u"2024-01-02"_s;
    QTest::newRow("time of day") << 0.75 << false << true << u"18:00"_s;
    QTest::newRow("1904 epoch") << 0.0 << true << false << u"1904-01-01"_s;
    QTest::newRow("1904: 2024-03-01") << 43890.0 << true << false << u"2024-03-01"_s;
    QTest::newRow("negative") << -1.0 << false << false << QString();
}

void TestXlsxReader::serialDates()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(bool, timeOnly);
    QFETCH(QString, text);
    QCOMPARE(serialDateText(serial, date1904, timeOnly), text);
}

void TestXlsxReader::formatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("General") << u"General"_s << int(NumberKind::Number);
    QTest::newRow("amount") << u"#,##0.00"_s << int(NumberKind::Number);
    QTest::newRow("yyyy/m/d") << u"yyyy/m/d"_s << int(NumberKind::Date);
    QTest::newRow("yyyy-mm-dd hh:mm:ss") << u"yyyy\\-mm\\-dd hh:mm:ss"_s << int(NumberKind::Date);
    QTest::newRow("Chinese date") << u"yyyy\"年\"m\"月\"d\"日\""_s << int(NumberKind::Date);
    QTest::newRow("Chinese time, DBNum") << u"[DBNum1][$-804]h\"时\"mm\"分\""_s << int(NumberKind::Time);
    QTest::newRow("h:mm") << u"h:mm"_s << int(NumberKind::Time);
    QTest::newRow("d in quotes") << u"0.0\" days\""_s << int(NumberKind::Number);
    QTest::newRow("[Red] and colour") << u"[Red]#,##0;[Blue]-#,##0"_s << int(NumberKind::Number);
    QTest::newRow("elapsed hours") << u"[h]\":\"00"_s << int(NumberKind::Number);
    QTest::newRow("scientific") << u"0.00E+00"_s << int(NumberKind::Number);
}

void TestXlsxReader::formatCodes()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(XlsxStyles::kindOfCode(code)), kind);
    QCOMPARE(XlsxStyles::kindOfBuiltIn(14), NumberKind::Date);
    QCOMPARE(XlsxStyles::kindOfBuiltIn(22), NumberKind::Date);
    QCOMPARE(XlsxStyles::kindOfBuiltIn(20), NumberKind::Time);
    QCOMPARE(XlsxStyles::kindOfBuiltIn(4), NumberKind::Number);
}

void TestXlsxReader::cellReferences()
{
    QCOMPARE(parseCellReference(u"A1")->column, 0);
    QCOMPARE(parseCellReference(u"C5")->column, 2);
    QCOMPARE(parseCellReference(u"C5")->row, qint64(5));
    QCOMPARE(parseCellReference(u"AA10")->column, 26);
    QCOMPARE(parseCellReference(u"XFD1048576")->column, 16383);
    QVERIFY(!parseCellReference(u"XFE1"));
    QVERIFY(!parseCellReference(u"5"));
    QVERIFY(!parseCellReference(u"A"));
    QVERIFY(!parseCellReference(u"A-1"));
    QCOMPARE(unescaped(u"bell_x0007_ and _x005F_x0041_"), u"bell\u0007 and _x0041_"_s);
}

void TestXlsxReader::everyKindOfCell()
{
    const Rows read = readRows(u"types.xlsx"_s);
    QVERIFY2(!read.error, read.error ? qPrintable(read.error->fullText()) : "");
    const QList<std::pair<qint64, QStringList>> expected{
        {1, {u"名称"_s, u"城市"_s, u"金额"_s, u"日期"_s, u"备注"_s}},
        {2, {u"北京长城贸易"_s, u"上海浦东 "_s, u"1234.5"_s, u"2024-03-05"_s, u"内联 文本"_s}},
        {3, {u"Müller GmbH"_s, QString(), u"0.1"_s, u"2024-01-01 12:00"_s, u"TRUE"_s}},
        {5, {u"稀疏"_s, QString(), u"12"_s}},
        {6, {u"顺序"_s, u"0.3"_s, u"名称城市"_s, u"#N/A"_s}},
        {7, {u"1234.6"_s, u"FALSE"_s, u"0.00001"_s, u"2024-03-06"_s, u"18:00"_s}},
        {9, {u"12"_s, u"13800138000"_s, u"-0.5"_s, u"3"_s, u"Tab\there_x0041_"_s}},
        {10, {u"1900-02-28"_s, u"1900-02-29"_s, u"1900-03-01"_s}},
    };
    QCOMPARE(read.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(read.rows[i].number, expected[i].first);
        QCOMPARE(read.rows[i].cells, expected[i].second);
    }
}

void TestXlsxReader::chosenSheet()
{
    const Rows other = readRows(u"types.xlsx"_s, u"other"_s);
    QVERIFY(!other.error);
    QCOMPARE(other.rows.size(), 1);
    QCOMPARE(other.rows[0].cells, QStringList{u"不应导入"_s});

    auto reader = XlsxReader::open(guanxi::test::dataPath(u"xlsx/types.xlsx"_s));
    GX_VERIFY_OK(reader);
    QCOMPARE((*reader)->sheetName(), u"客户"_s);

    const Rows missing = readRows(u"types.xlsx"_s, u"订单"_s);
    QVERIFY(missing.error);
    QCOMPARE(missing.error->message, u"The workbook “types.xlsx” has no sheet named “订单”. Its sheets: “客户”, “Other”."_s);
}

void TestXlsxReader::date1904()
{
    const Rows read = readRows(u"date1904.xlsx"_s);
    QVERIFY2(!read.error, read.error ? qPrintable(read.error->fullText()) : "");
    QCOMPARE(read.rows.size(), 4);
    QCOMPARE(read.rows[1].cells, QStringList{u"1904-01-01"_s});
    QCOMPARE(read.rows[2].cells, QStringList{u"2024-03-01"_s});
    QCOMPARE(read.rows[3].cells, QStringList{u"1904-01-02 12:00"_s});
}

void TestXlsxReader::damagedWorkbooks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << u"truncated.xlsx"_s
                               << u"The file “truncated.xlsx” is damaged: it starts like a ZIP archive (as an Excel workbook is), "
                                  "but its list of contents cannot be read. Was it cut short while being copied or downloaded?"_s;
    QTest::newRow("no workbook") << u"no_workbook.xlsx"_s
                                 << u"The file “no_workbook.xlsx” is a ZIP archive, not a CSV file or an Excel workbook."_s;
    QTest::newRow("malformed sheet")
        << u"malformed.xlsx"_s
        << u"The part “xl/worksheets/sheet1.xml” of the file “malformed.xlsx” is not valid XML at line 3: the workbook is damaged."_s;
    QTest::newRow("missing file") << u"missing.xlsx"_s << u"The file “missing.xlsx” does not exist."_s;
}

void TestXlsxReader::damagedWorkbooks()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Rows read = readRows(file);
    QVERIFY(read.error);
    QCOMPARE(read.error->message, message);
}

void TestXlsxReader::hugeCellIsRefusedInBoundedMemory()
{
    auto reader = XlsxReader::open(guanxi::test::dataPath(u"xlsx/huge_cell.xlsx"_s));
    GX_VERIFY_OK(reader);
    XlsxRow row;
    auto first = (*reader)->next(row);
    GX_VERIFY_OK(first);
    QVERIFY(*first);
    auto second = (*reader)->next(row);
    QVERIFY(!second);
    QCOMPARE(second.error().message, u"The part “xl/worksheets/sheet1.xml” of the file “huge_cell.xlsx” holds an element larger "
                                     "than 16 MB near line 4: Guanxi does not read it."_s);
    // It stopped at the limit, long before the end of the 80 MB cell.
    QVERIFY2((*reader)->bytesRead() < (*reader)->totalBytes() / 4, qPrintable(QString::number((*reader)->bytesRead())));
}

void TestXlsxReader::throughOpenImportFile()
{
    auto source = openImportFile(guanxi::test::dataPath(u"xlsx/types.xlsx"_s), {});
    GX_VERIFY_OK(source);
    QCOMPARE((*source)->totalBytes() > 0, true);
    SourceRecord record;
    QList<SourceRecord> records;
    for (;;) {
        auto more = (*source)->next(record);
        GX_VERIFY_OK(more);
        if (!*more)
            break;
        records.append(record);
    }
    QCOMPARE((*source)->bytesRead(), (*source)->totalBytes());
    QCOMPARE(records.size(), 8);
    // Every row as wide as the header, numbered as in the spreadsheet.
    QCOMPARE(records[3].line, qint64(5));
    QCOMPARE(records[3].fields, (QStringList{u"稀疏"_s, QString(), u"12"_s, QString(), QString()}));
    QCOMPARE(records[7].line, qint64(10));
    QCOMPARE(records[7].fields.size(), 5);

    SourceFormat other;
    other.sheet = u"Other"_s;
    auto second = openImportFile(guanxi::test::dataPath(u"xlsx/types.xlsx"_s), other);
    GX_VERIFY_OK(second);
    GX_VERIFY_OK((*second)->next(record));
    QCOMPARE(record.fields, QStringList{u"不应导入"_s});
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "test_xlsx_reader.moc"
