// The streaming CSV reader: RFC 4180 (csv-spectrum), the encodings and delimiters Excel and other
// tools write, and hostile files, each refused with a clear message that names the line.
// Fixtures: tests/data/csv (made by tests/data/csv/make_fixtures.py); expectations by hand.
#include "exchange/csv/CsvReader.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace guanxi;
using guanxi::test::dataPath;
using guanxi::test::sharedTestData;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void spectrumShared_data();
    void spectrumShared();
    void spectrumOwn_data();
    void spectrumOwn();
    void sameRecordsInAnyChunkSize_data();
    void sameRecordsInAnyChunkSize();

    void gbkAsExcelSavesIt();
    void utf8WithByteOrderMark();
    void utf16WithByteOrderMark_data();
    void utf16WithByteOrderMark();
    void utf16WithoutByteOrderMark();
    void semicolonsWithDecimalCommas();
    void explicitDelimiterIsObeyed();
    void carriageReturnLineEnds();
    void recordsCarryTheirFirstLine();
    void lenientQuotes();
    void fieldCountsAreReportedNotJudged();
    void previewIsLimited();

    void asciiSampleThenGbk();
    void asciiSampleThenOtherBytes_data();
    void asciiSampleThenOtherBytes();
    void explicitEncodingAgainstByteOrderMark();
    void explicitUtf8OnGbk();
    void explicitGb18030OnUtf8();
    void truncatedUtf8();

    void binaryJunk();
    void workbookPickedByMistake();
    void nulBytes();
    void nulBytesAfterTheSample();
    void byteOrderMarkInTheMiddle();
    void mixedEncodingsInTheSample_data();
    void mixedEncodingsInTheSample();
    void mixedEncodingsAfterTheSample_data();
    void mixedEncodingsAfterTheSample();
    void unterminatedQuote();
    void unterminatedQuoteAfterTheSample();
    void tenThousandColumns();
    void fiftyMegabyteField();
    void longRecord();
    void emptyFile_data();
    void emptyFile();
    void headerOnly();

    void missingFile();
    void directory();
    void fileTruncatedWhileReading();
    void fileRemovedWhileReading();
    void fileGrowsWhileReading();
    void deviceFailsWhileReading();
    void cancel();
    void progress();
    void codes();
};

namespace {

struct ReadOutcome {
    QList<CsvRecord> records;
    std::optional<Error> error;
};

ReadOutcome readAll(CsvReader &reader)
{
    ReadOutcome outcome;
    CsvRecord record;
    for (;;) {
        Result<bool> more = reader.next(record);
        if (!more) {
            outcome.error = more.error();
            return outcome;
        }
        if (!*more)
            return outcome;
        outcome.records.append(record);
    }
}

ReadOutcome readFile(const QString &path, const CsvOptions &options = {})
{
    CsvReader reader(path, options);
    return readAll(reader);
}

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> fields;
    for (const CsvRecord &record : records)
        fields.append(record.fields);
    return fields;
}

QList<qint64> linesOf(const QList<CsvRecord> &records)
{
    QList<qint64> lines;
    for (const CsvRecord &record : records)
        lines.append(record.line);
    return lines;
}

CsvOptions withChunks(qsizetype chunkBytes, qsizetype sampleBytes = 128 * 1024)
{
    CsvOptions options;
    options.chunkBytes = chunkBytes;
    options.sampleBytes = sampleBytes;
    return options;
}

// Empty when the CSV's records match the JSON (an array of objects keyed by the header row).
QString compareWithJson(const QString &csvPath, const QString &jsonPath, const CsvOptions &options)
{
    const ReadOutcome read = readFile(csvPath, options);
    if (read.error)
        return QStringLiteral("read failed: ") + read.error->fullText();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(guanxi::test::readAll(jsonPath), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("bad JSON: ") + parseError.errorString();
    if (!json.isArray())
        return QStringLiteral("the JSON is not an array of records");
    const QJsonArray expected = json.array();
    if (read.records.isEmpty())
        return QStringLiteral("no header row");
    const QStringList header = read.records.first().fields;
    if (read.records.size() - 1 != expected.size())
        return QStringLiteral("%1 records, JSON has %2").arg(read.records.size() - 1).arg(expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject object = expected.at(i).toObject();
        const QStringList &fields = read.records.at(i + 1).fields;
        if (fields.size() != header.size() || object.size() != header.size())
            return QStringLiteral("record %1: %2 fields, header %3, JSON %4")
                .arg(i + 1)
                .arg(fields.size())
                .arg(header.size())
                .arg(object.size());
        for (qsizetype column = 0; column < header.size(); ++column) {
            const QString want = object.value(header.at(column)).toString();
            if (fields.at(column) != want)
                return QStringLiteral("record %1, %2: read \"%3\", JSON \"%4\"")
                    .arg(i + 1)
                    .arg(header.at(column), fields.at(column), want);
        }
    }
    return {};
}

void addSpectrumRows(const QString &root)
{
    const QDir csvs(root + QStringLiteral("/csvs"));
    const QStringList names = csvs.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString base = name.chopped(4);
        QTest::newRow(qPrintable(base)) << csvs.filePath(name) << root + QStringLiteral("/json/") + base
                + QStringLiteral(".json");
    }
}

void verifyError(const std::optional<Error> &error, ErrorCode code, const QString &message)
{
    QVERIFY2(error.has_value(), "expected an error");
    QCOMPARE(Error::codeName(error->code), Error::codeName(code));
    QCOMPARE(error->message, message);
}

// A file of `rows` numbered rows ("1,name 1"), about 14 bytes each.
QString writeNumberedRows(const QTemporaryDir &dir, int rows)
{
    QByteArray bytes = "id,name\r\n";
    for (int i = 1; i <= rows; ++i)
        bytes += QByteArray::number(i) + ",name " + QByteArray::number(i) + "\r\n";
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    guanxi::test::writeAll(path, bytes);
    return path;
}

// A device whose reads fail after the first bytes, as a network share that drops does.
class FailingDevice : public QIODevice
{
public:
    FailingDevice(QByteArray bytes, qint64 failAt)
        : m_bytes(std::move(bytes))
        , m_failAt(failAt)
    {
        setObjectName(QStringLiteral("shared.csv"));
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_position >= m_failAt) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 size = std::min({maxSize, m_failAt - m_position, qint64(m_bytes.size()) - m_position});
        std::memcpy(data, m_bytes.constData() + m_position, size);
        m_position += size;
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_failAt;
    qint64 m_position = 0;
};

}  // namespace

void TestCsvReader::initTestCase()
{
    // Messages format big numbers with the locale: make them predictable.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Every csv-spectrum file in the team's shared copy parses to its JSON.
void TestCsvReader::spectrumShared_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("json");
    const QString root = sharedTestData(QStringLiteral("csv-spectrum"));
    if (root.isEmpty())
        QTest::newRow("absent") << QString() << QString();
    else
        addSpectrumRows(root);
}

void TestCsvReader::spectrumShared()
{
    QFETCH(QString, csv);
    QFETCH(QString, json);
    if (csv.isEmpty())
        QSKIP("../shared/testdata/csv-spectrum is absent (a fresh clone): spectrumOwn tests the copy in tests/data");

    // Two files of the shared copy contradict their JSON (see tests/data/csv/spectrum/SOURCE.md).
    const QByteArray bytes = guanxi::test::readAll(csv);
    const QByteArray expected = guanxi::test::readAll(json);
    if (qstrcmp(QTest::currentDataTag(), "newlines_crlf") == 0 && !bytes.contains('\r')
        && expected.contains("\\r")) {
        QEXPECT_FAIL("newlines_crlf",
                     "this copy of newlines_crlf.csv has lost its CR bytes, but its JSON expects the CRLF kept "
                     "inside the quoted field; tests/data/csv/spectrum has the CRLF file",
                     Continue);
    }
    if (qstrcmp(QTest::currentDataTag(), "location_coordinates") == 0 && !expected.trimmed().startsWith('[')) {
        QEXPECT_FAIL("location_coordinates",
                     "this csv-spectrum version's JSON is one object whose phone number is not the CSV's; "
                     "upstream fixed it later, and tests/data/csv/spectrum has the fixed pair",
                     Continue);
    }
    const QString mismatch = compareWithJson(csv, json, {});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

// The same cases from our own copy, read in chunks as small as one byte.
void TestCsvReader::spectrumOwn_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("json");
    addSpectrumRows(dataPath(QStringLiteral("csv/spectrum")));
}

void TestCsvReader::spectrumOwn()
{
    QFETCH(QString, csv);
    QFETCH(QString, json);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(64 * 1024)}) {
        for (const qsizetype sample : {qsizetype(1), qsizetype(128 * 1024)}) {
            const QString mismatch = compareWithJson(csv, json, withChunks(chunk, sample));
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(QStringLiteral("chunk %1, sample %2: ").arg(chunk).arg(sample) + mismatch));
        }
    }
}

// Multi-byte characters, UTF-16 code units and CRLF pairs split across reads change nothing.
void TestCsvReader::sameRecordsInAnyChunkSize_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"gbk_excel.csv", "utf8_bom.csv", "utf16le_tab.txt", "utf16be_tab.txt",
                             "semicolon.csv", "cr_only.csv", "line_numbers.csv", "lenient_quotes.csv"})
        QTest::newRow(file) << dataPath(QStringLiteral("csv/") + QLatin1String(file));
}

void TestCsvReader::sameRecordsInAnyChunkSize()
{
    QFETCH(QString, file);
    const ReadOutcome whole = readFile(file);
    QVERIFY2(!whole.error, qPrintable(whole.error ? whole.error->fullText() : QString()));
    for (const qsizetype chunk : {1, 2, 3, 5, 7, 16}) {
        const ReadOutcome pieces = readFile(file, withChunks(chunk));
        QVERIFY2(!pieces.error, qPrintable(pieces.error ? pieces.error->fullText() : QString()));
        QCOMPARE(fieldsOf(pieces.records), fieldsOf(whole.records));
        QCOMPARE(linesOf(pieces.records), linesOf(whole.records));
    }
}

void TestCsvReader::gbkAsExcelSavesIt()
{
    CsvReader reader(dataPath(QStringLiteral("csv/gbk_excel.csv")));
    const auto format = reader.detect();
    GX_VERIFY_OK(format);
    QCOMPARE(csvEncodingCode(format->encoding), QStringLiteral("gb18030"));
    QVERIFY(!format->byteOrderMark);
    QCOMPARE(format->encodingConfidence, CsvConfidence::High);
    QCOMPARE(csvDelimiterCode(format->delimiter), QStringLiteral("comma"));
    QCOMPARE(format->delimiterConfidence, CsvConfidence::High);
    QCOMPARE(format->preview.size(), 6);
    QVERIFY(format->previewIsComplete);

    const ReadOutcome read = readAll(reader);
    QVERIFY(!read.error);
    const QList<QStringList> expected{
        {QStringLiteral("客户名称"), QStringLiteral("联系人"), QStringLiteral("手机"), QStringLiteral("城市"),
         QStringLiteral("备注")},
        {QStringLiteral("北京长城贸易有限公司"), QStringLiteral("张喆"), QStringLiteral("13800138000"),
         QStringLiteral("北京"), QStringLiteral("老客户，每月下单")},
        {QStringLiteral("上海浦江电子科技有限公司"), QStringLiteral("李娜"), QStringLiteral("13912345678"),
         QStringLiteral("上海"), QStringLiteral("地址：浦东新区,世纪大道100号")},
        {QStringLiteral("广州白云餐饮管理有限公司"), QStringLiteral("王芳"), QString(), QStringLiteral("广州"),
         QStringLiteral("第一行\n第二行")},
        {QStringLiteral("深圳前海物流有限公司"), QStringLiteral("陈静"), QStringLiteral("13600001111"),
         QStringLiteral("深圳"), QStringLiteral("他说\"下周见\"")},
        {QStringLiteral("杭州西湖茶业有限公司"), QStringLiteral("赵磊"), QStringLiteral("13700002222"),
         QStringLiteral("杭州"), QStringLiteral("报价€100")},
    };
    QCOMPARE(fieldsOf(read.records), expected);
    QCOMPARE(linesOf(read.records), (QList<qint64>{1, 2, 3, 4, 6, 7}));
    QCOMPARE(fieldsOf(format->preview), expected);
}

void TestCsvReader::utf8WithByteOrderMark()
{
    CsvReader reader(dataPath(QStringLiteral("csv/utf8_bom.csv")));
    const auto format = reader.detect();
    GX_VERIFY_OK(format);
    QCOMPARE(csvEncodingCode(format->encoding), QStringLiteral("utf-8"));
    QVERIFY(format->byteOrderMark);
    QCOMPARE(format->encodingConfidence, CsvConfidence::Certain);
    const ReadOutcome read = readAll(reader);
    QVERIFY(!read.error);
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{
                 {QStringLiteral("客户名称"), QStringLiteral("联系人"), QStringLiteral("邮箱")},
                 {QStringLiteral("成都天府软件有限公司"), QStringLiteral("刘洋"), QStringLiteral("liu.yang@example.cn")},
                 {QStringLiteral("Müller GmbH"), QStringLiteral("Jürgen Müller"), QStringLiteral("j.mueller@example.de")},
             }));
}

namespace {
const QList<QStringList> unicodeTextRecords{
    {QStringLiteral("客户名称"), QStringLiteral("城市"), QStringLiteral("备注")},
    {QStringLiteral("武汉长江机械有限公司"), QStringLiteral("武汉"), QStringLiteral("设备, 配件")},
    {QStringLiteral("南京钟山文化传媒有限公司"), QStringLiteral("南京"), QStringLiteral("含\t制表符")},
    {QStringLiteral("𠀋字测试有限公司"), QStringLiteral("苏州"), QString()},
};
}  // namespace

void TestCsvReader::utf16WithByteOrderMark_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("little-endian") << QStringLiteral("utf16le_tab.txt") << QStringLiteral("utf-16le");
    QTest::newRow("big-endian") << QStringLiteral("utf16be_tab.txt") << QStringLiteral("utf-16be");
}

void TestCsvReader::utf16WithByteOrderMark()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    CsvReader reader(dataPath(QStringLiteral("csv/") + file));
    const auto format = reader.detect();
    GX_VERIFY_OK(format);
    QCOMPARE(csvEncodingCode(format->encoding), encoding);
    QVERIFY(format->byteOrderMark);
    QCOMPARE(format->encodingConfidence, CsvConfidence::Certain);
    QCOMPARE(csvDelimiterCode(format->delimiter), QStringLiteral("tab"));
    QCOMPARE(format->delimiterConfidence, CsvConfidence::High);
    const ReadOutcome read = readAll(reader);
    QVERIFY(!read.error);
    QCOMPARE(fieldsOf(read.records), unicodeTextRecords);
    QCOMPARE(linesOf(read.records), (QList<qint64>{1, 2, 3, 4}));

    // "utf-16" lets the byte order mark choose the byte order.
    CsvOptions options;
    options.encoding = CsvEncoding::Utf16;
    CsvReader chosen(dataPath(QStringLiteral("csv/") + file), options);
    const auto chosenFormat = chosen.detect();
    GX_VERIFY_OK(chosenFormat);
    QCOMPARE(csvEncodingCode(chosenFormat->encoding), encoding);
    QCOMPARE(fieldsOf(readAll(chosen).records), unicodeTextRecords);
}

void TestCsvReader::utf16WithoutByteOrderMark()
{
    const QString file = dataPath(QStringLiteral("csv/utf16le_no_bom.txt"));
    CsvReader reader(file);
    const auto format = reader.detect();
    GX_VERIFY_OK(format);
    QCOMPARE(csvEncodingCode(format->encoding), QStringLiteral("utf-16le"));
    QCOMPARE(format->encodingConfidence, CsvConfidence::High);
    QCOMPARE(fieldsOf(readAll(reader).records), unicodeTextRecords);

    CsvOptions options;
    options.encoding = CsvEncoding::Utf16;
    CsvReader chosen(file, options);
    QCOMPARE(fieldsOf(readAll(chosen).records), unicodeTextRecords);
}

void TestCsvReader::semicolonsWithDecimalCommas()
{
    CsvReader reader(dataPath(QStringLiteral("csv/semicolon.csv")));
    const auto format = reader.detect();
    GX_VERIFY_OK(format);
    QCOMPARE(csvDelimiterCode(format->delimiter), QStringLiteral("semicolon"));
    QCOMPARE(format->delimiterConfidence, CsvConfidence::High);
    QCOMPARE(csvEncodingCode(format->encoding), QStringLiteral("utf-8"));
    QCOMPARE(format->encodingConfidence, CsvConfidence::Low);  // four accented letters only
    const ReadOutcome read = readAll(reader);
    QVERIFY(!read.error);
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{
                 {QStringLiteral("Firma"), QStringLiteral("Umsatz"), QStringLiteral("Stadt")},
                 {QStringLiteral("Müller GmbH"), QStringLiteral("1,5"), QStringLiteral("Köln")},
                 {QStringLiteral("Dupont SA"), QStringLiteral("2,25"), QStringLiteral("Paris")},
                 {QStringLiteral("Schmidt; Söhne"), QStringLiteral("3,0"), QStringLiteral("Berlin")},
             }));
}

void TestCsvReader::explicitDelimiterIsObeyed()
{
    // Read with commas, the semicolon file splits at the decimal commas, and the quote that opens
    // line 4's first field is never closed by a quote followed by a comma or a line end.
    CsvOptions options;
    options.delimiter = CsvDelimiter::Comma;
    CsvReader reader(dataPath(QStringLiteral("csv/semicolon.csv")), options);
    const auto format = reader.detect();
    QVERIFY(!format);
    verifyError(format.error(), ErrorCode::Validation,
                QStringLiteral("The quoted field that starts on line 4 has no closing quote (\"): the rest of the "
                               "file would be read as one field."));

    options.sampleBytes = 16;  // the same error when reading, after the records before it
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/semicolon.csv")), options);
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{
                 {QStringLiteral("Firma;Umsatz;Stadt")},
                 {QStringLiteral("Müller GmbH;1"), QStringLiteral("5;Köln")},
                 {QStringLiteral("Dupont SA;2"), QStringLiteral("25;Paris")},
             }));
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("The quoted field that starts on line 4 has no closing quote (\"): the rest of the "
                               "file would be read as one field."));
}

void TestCsvReader::carriageReturnLineEnds()
{
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/cr_only.csv")));
    QVERIFY(!read.error);
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{
                 {QStringLiteral("名称"), QStringLiteral("城市")},
                 {QStringLiteral("重庆火锅店"), QStringLiteral("重庆")},
                 {QStringLiteral("多行\r备注"), QStringLiteral("成都")},
             }));
    QCOMPARE(linesOf(read.records), (QList<qint64>{1, 2, 3}));
}

void TestCsvReader::recordsCarryTheirFirstLine()
{
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/line_numbers.csv")));
    QVERIFY(!read.error);
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{
                 {QStringLiteral("a"), QStringLiteral("b")},
                 {QStringLiteral("1"), QStringLiteral("x\r\ny")},
                 {QStringLiteral("2"), QStringLiteral("p\rq\nr")},
                 {QStringLiteral("3"), QStringLiteral("z")},
             }));
    QCOMPARE(linesOf(read.records), (QList<qint64>{1, 3, 6, 9}));
}

void TestCsvReader::lenientQuotes()
{
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/lenient_quotes.csv")));
    QVERIFY(!read.error);
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{
                 {QStringLiteral("size"), QStringLiteral("name")},
                 {QStringLiteral("3'5\" wide"), QStringLiteral("5\" long")},
                 {QStringLiteral(" \"spaced\" "), QStringLiteral("a\"b")},
             }));
}

void TestCsvReader::fieldCountsAreReportedNotJudged()
{
    QByteArray bytes("a,b,c\n1,2\n3,4,5,6\n,\n\"\"\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    const ReadOutcome read = readAll(reader);
    QVERIFY(!read.error);
    QList<qsizetype> counts;
    for (const CsvRecord &record : read.records)
        counts.append(record.fieldCount());
    QCOMPARE(counts, (QList<qsizetype>{3, 2, 4, 2, 1}));
    QCOMPARE(read.records.at(3).fields, (QStringList{QString(), QString()}));
    QCOMPARE(read.records.at(4).fields, QStringList{QString()});
}

void TestCsvReader::previewIsLimited()
{
    QTemporaryDir dir;
    CsvOptions options;
    options.previewRecords = 3;
    CsvReader reader(writeNumberedRows(dir, 10), options);
    const auto format = reader.detect();
    GX_VERIFY_OK(format);
    QCOMPARE(fieldsOf(format->preview),
             (QList<QStringList>{{QStringLiteral("id"), QStringLiteral("name")},
                                 {QStringLiteral("1"), QStringLiteral("name 1")},
                                 {QStringLiteral("2"), QStringLiteral("name 2")}}));
    QVERIFY(!format->previewIsComplete);
    QCOMPARE(format->encodingConfidence, CsvConfidence::Low);  // plain ASCII fits any encoding
    // Reading starts at the first record, whatever detection looked at.
    const ReadOutcome read = readAll(reader);
    QVERIFY(!read.error);
    QCOMPARE(read.records.size(), 11);
    QCOMPARE(read.records.first().fields.first(), QStringLiteral("id"));
}

void TestCsvReader::asciiSampleThenGbk()
{
    const QString file = dataPath(QStringLiteral("csv/ascii_then_gbk.csv"));
    CsvReader reader(file, withChunks(64 * 1024, 64));
    const auto format = reader.detect();
    GX_VERIFY_OK(format);
    QCOMPARE(csvEncodingCode(format->encoding), QStringLiteral("utf-8"));
    QCOMPARE(format->encodingConfidence, CsvConfidence::Low);
    const ReadOutcome read = readAll(reader);
    QVERIFY2(!read.error, qPrintable(read.error ? read.error->fullText() : QString()));
    QCOMPARE(csvEncodingCode(reader.encoding()), QStringLiteral("gb18030"));
    QCOMPARE(read.records.size(), 23);
    QCOMPARE(read.records.at(20).fields,
             (QStringList{QStringLiteral("Customer 20"), QStringLiteral("Beijing"), QStringLiteral("13800000020")}));
    QCOMPARE(read.records.at(21).fields,
             (QStringList{QStringLiteral("北京长城贸易有限公司"), QStringLiteral("北京"), QStringLiteral("13800138000")}));
    QCOMPARE(read.records.at(21).line, 22);
    QCOMPARE(read.records.at(22).fields.first(), QStringLiteral("Last Customer"));

    for (const qsizetype chunk : {1, 2, 3, 5, 7}) {
        const ReadOutcome pieces = readFile(file, withChunks(chunk, 64));
        QVERIFY2(!pieces.error, qPrintable(pieces.error ? pieces.error->fullText() : QString()));
        QCOMPARE(fieldsOf(pieces.records), fieldsOf(read.records));
    }
}

// After a plain ASCII sample: UTF-8 stays UTF-8, and bytes that are neither stop the read.
void TestCsvReader::asciiSampleThenOtherBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("message");
    const QByteArray ascii = "name,city\nAcme,Berlin\nBeta,Paris\n";
    QTest::newRow("UTF-8") << ascii + "\xe5\xbc\xa0\xe4\xb8\x89,\xe5\x8c\x97\xe4\xba\xac\n" << QStringLiteral("utf-8") << 4
                           << QString();
    QTest::newRow("neither") << ascii + "Gamma,\xff\n" << QStringLiteral("gb18030") << 3
                             << QStringLiteral("Line 4 is not valid GB18030/GBK text (bytes FF): the file may mix "
                                               "encodings or not be a text file.");
    QTest::newRow("GBK, then UTF-8")
        << ascii + "\xd5\xc5\xc8\xfd,\xb1\xb1\xbe\xa9\n\xe5\xbc\xa0\xe4\xb8\x89,\xe5\x8c\x97\xe4\xba\xac\n"
        << QStringLiteral("gb18030") << 4
        << QStringLiteral("Line 5 is UTF-8 text in a file read as GB18030/GBK: the file mixes two encodings. Save it "
                          "again in one encoding, or choose UTF-8 if the whole file is UTF-8.");
}

void TestCsvReader::asciiSampleThenOtherBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, records);
    QFETCH(QString, message);
    for (const qsizetype chunk : {1, 3, 1024}) {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, withChunks(chunk, 16));
        const ReadOutcome read = readAll(reader);
        QCOMPARE(read.records.size(), records);
        QCOMPARE(csvEncodingCode(reader.encoding()), encoding);
        QCOMPARE(read.error ? read.error->message : QString(), message);
    }
}

void TestCsvReader::explicitEncodingAgainstByteOrderMark()
{
    CsvOptions options;
    options.encoding = CsvEncoding::Gb18030;
    CsvReader reader(dataPath(QStringLiteral("csv/utf8_bom.csv")), options);
    const auto format = reader.detect();
    QVERIFY(!format);
    verifyError(format.error(), ErrorCode::InvalidArgument,
                QStringLiteral("The file starts with the byte order mark of UTF-8, so it cannot be read as "
                               "GB18030 / GBK (Chinese Windows)."));
}

void TestCsvReader::explicitUtf8OnGbk()
{
    CsvOptions options;
    options.encoding = CsvEncoding::Utf8;
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/gbk_excel.csv")), options);
    QVERIFY(read.records.isEmpty());
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("Line 1 is not valid UTF-8 text (bytes BF): the file may mix encodings. Choose its "
                               "encoding by hand, or open it in a spreadsheet and save it again as CSV UTF-8."));
}

void TestCsvReader::explicitGb18030OnUtf8()
{
    CsvOptions options;
    options.encoding = CsvEncoding::Gb18030;
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/header_only.csv")), options);
    QVERIFY(read.records.isEmpty());
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("Line 1 is UTF-8 text in a file read as GB18030/GBK: the file mixes two encodings. "
                               "Save it again in one encoding, or choose UTF-8 if the whole file is UTF-8."));
}

void TestCsvReader::truncatedUtf8()
{
    QByteArray bytes("name,city\n\xe5\xbc\xa0\xe4\xb8\x89,\xe5\x8c");  // 张三,北 cut after its second byte
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    const ReadOutcome read = readAll(reader);
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("The file ends in the middle of a character on line 2 (bytes E5 8C): it may have "
                               "been cut off."));
}

void TestCsvReader::binaryJunk()
{
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/binary_junk.bin")));
    QVERIFY(read.records.isEmpty());
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("The file is neither UTF-8 nor GB18030/GBK text (both fail by line 1): it may not be "
                               "a text file, or use another encoding. Open it in a spreadsheet, save it as CSV UTF-8 "
                               "and try again."));
}

void TestCsvReader::workbookPickedByMistake()
{
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/workbook_renamed.csv")));
    QVERIFY(read.records.isEmpty());
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("The file is neither UTF-8 nor GB18030/GBK text (both fail by line 1): it may not be "
                               "a text file, or use another encoding. Open it in a spreadsheet, save it as CSV UTF-8 "
                               "and try again."));
}

void TestCsvReader::nulBytes()
{
    CsvReader reader(dataPath(QStringLiteral("csv/nul_bytes.csv")));
    const auto format = reader.detect();
    QVERIFY(!format);
    verifyError(format.error(), ErrorCode::Validation,
                QStringLiteral("Line 3 contains a NUL character: this does not look like a text file."));
    // The reader stays failed.
    CsvRecord record;
    const auto next = reader.next(record);
    QVERIFY(!next);
    QCOMPARE(next.error().message, format.error().message);
}

void TestCsvReader::nulBytesAfterTheSample()
{
    // Detection sees only "name,city\r\n": the records before the NUL come first, then the error.
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/nul_bytes.csv")), withChunks(4, 11));
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{{QStringLiteral("name"), QStringLiteral("city")},
                                 {QStringLiteral("A"), QStringLiteral("B")}}));
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("Line 3 contains a NUL character: this does not look like a text file."));
}

void TestCsvReader::byteOrderMarkInTheMiddle()
{
    const QString expected = QStringLiteral("Line 3 contains a byte order mark (U+FEFF) in the middle of the file: "
                                            "were two files joined together? Remove it and try again.");
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/bom_in_middle.csv")));
    QVERIFY(read.records.isEmpty());
    verifyError(read.error, ErrorCode::Validation, expected);

    const ReadOutcome late = readFile(dataPath(QStringLiteral("csv/bom_in_middle.csv")), withChunks(3, 8));
    QCOMPARE(fieldsOf(late.records),
             (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                 {QStringLiteral("1"), QStringLiteral("2")}}));
    verifyError(late.error, ErrorCode::Validation, expected);
}

void TestCsvReader::mixedEncodingsInTheSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("utf8Line");
    QTest::addColumn<int>("otherLine");
    QTest::newRow("UTF-8, then GBK") << QStringLiteral("mixed_utf8_then_gbk.csv") << 1 << 3;
    QTest::newRow("GBK, then UTF-8") << QStringLiteral("mixed_gbk_then_utf8.csv") << 4 << 1;
}

void TestCsvReader::mixedEncodingsInTheSample()
{
    QFETCH(QString, file);
    QFETCH(int, utf8Line);
    QFETCH(int, otherLine);
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/") + file));
    QVERIFY(read.records.isEmpty());
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("The file mixes two encodings: line %1 is UTF-8 text, line %2 is not (it may be "
                               "GB18030/GBK). Open it in a spreadsheet, save it again in one encoding and try again.")
                    .arg(utf8Line)
                    .arg(otherLine));
}

// Detection sees only the first bytes; the other encoding shows while reading.
void TestCsvReader::mixedEncodingsAfterTheSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("message");
    QTest::newRow("UTF-8, then GBK")
        << QStringLiteral("mixed_utf8_then_gbk.csv") << 2
        << QStringLiteral("Line 3 is not valid UTF-8 text (bytes C9): the file may mix encodings. Choose its "
                          "encoding by hand, or open it in a spreadsheet and save it again as CSV UTF-8.");
    QTest::newRow("GBK, then UTF-8")
        << QStringLiteral("mixed_gbk_then_utf8.csv") << 3
        << QStringLiteral("Line 4 is UTF-8 text in a file read as GB18030/GBK: the file mixes two encodings. "
                          "Save it again in one encoding, or choose UTF-8 if the whole file is UTF-8.");
}

void TestCsvReader::mixedEncodingsAfterTheSample()
{
    QFETCH(QString, file);
    QFETCH(int, goodRecords);
    QFETCH(QString, message);
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/") + file), withChunks(5, 6));
    QCOMPARE(read.records.size(), goodRecords);
    verifyError(read.error, ErrorCode::Validation, message);
}

void TestCsvReader::unterminatedQuote()
{
    const QString expected = QStringLiteral("The quoted field that starts on line 3 has no closing quote (\"): the "
                                            "rest of the file would be read as one field.");
    CsvReader reader(dataPath(QStringLiteral("csv/unterminated_quote.csv")));
    const auto format = reader.detect();
    QVERIFY(!format);
    verifyError(format.error(), ErrorCode::Validation, expected);
}

void TestCsvReader::unterminatedQuoteAfterTheSample()
{
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/unterminated_quote.csv")), withChunks(2, 4));
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                 {QStringLiteral("1"), QStringLiteral("2")}}));
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("The quoted field that starts on line 3 has no closing quote (\"): the rest of the "
                               "file would be read as one field."));
}

void TestCsvReader::tenThousandColumns()
{
    const QString file = dataPath(QStringLiteral("csv/columns_10000.csv"));
    const ReadOutcome refused = readFile(file);
    QVERIFY(refused.records.isEmpty());
    verifyError(refused.error, ErrorCode::Validation,
                QStringLiteral("Line 1 has more than 1,000 field(s), the most Guanxi reads in one record."));

    CsvOptions options;
    options.limits.maxFields = 10000;
    const ReadOutcome read = readFile(file, options);
    QVERIFY(!read.error);
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.records.at(0).fieldCount(), 10000);
    QCOMPARE(read.records.at(1).fieldCount(), 10000);
    QCOMPARE(read.records.at(0).fields.first(), QStringLiteral("c1"));
    QCOMPARE(read.records.at(0).fields.last(), QStringLiteral("c10000"));
    QCOMPARE(read.records.at(1).fields.at(4999), QStringLiteral("5000"));
    QCOMPARE(read.records.at(1).line, 2);
}

void TestCsvReader::fiftyMegabyteField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge_field.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,notes\r\n\xe5\xbc\xa0\xe4\xb8\x89,\"");  // 张三,"
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 50; ++i)
            QCOMPARE(file.write(block), block.size());
        file.write("\"\r\n");
    }
    CsvReader reader(path);
    const ReadOutcome read = readAll(reader);
    QCOMPARE(fieldsOf(read.records), (QList<QStringList>{{QStringLiteral("name"), QStringLiteral("notes")}}));
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("Line 2: field 2 is longer than 1,048,576 character(s), the most one field may hold."));
    // It stopped soon after the limit instead of reading (or holding) the whole field.
    QVERIFY(reader.totalBytes() > 50 * 1024 * 1024);
    QVERIFY2(reader.bytesRead() < 2 * 1024 * 1024, qPrintable(QString::number(reader.bytesRead())));
}

void TestCsvReader::longRecord()
{
    // Four fields of 1 Mi characters each are allowed, the fifth would pass 4 Mi in the record.
    QByteArray bytes;
    const QByteArray field(1024 * 1024, 'y');
    for (int i = 0; i < 5; ++i)
        bytes += field + ',';
    bytes += "end\n";
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    const ReadOutcome read = readAll(reader);
    verifyError(read.error, ErrorCode::Validation,
                QStringLiteral("Line 1: the record is longer than 4,194,304 character(s), the most one record may "
                               "hold."));
}

void TestCsvReader::emptyFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("no bytes") << QStringLiteral("empty.csv");
    QTest::newRow("blank lines") << QStringLiteral("blank_lines_only.csv");
}

void TestCsvReader::emptyFile()
{
    QFETCH(QString, file);
    const QString expected = QStringLiteral("The file “%1” is empty: it has no rows.").arg(file);
    CsvReader reader(dataPath(QStringLiteral("csv/") + file));
    const auto format = reader.detect();
    QVERIFY(!format);
    verifyError(format.error(), ErrorCode::Validation, expected);

    // Without detection, and with the blank lines beyond a tiny sample.
    const ReadOutcome read = readFile(dataPath(QStringLiteral("csv/") + file), withChunks(1, 1));
    QVERIFY(read.records.isEmpty());
    verifyError(read.error, ErrorCode::Validation, expected);
}

void TestCsvReader::headerOnly()
{
    CsvReader reader(dataPath(QStringLiteral("csv/header_only.csv")));
    const auto format = reader.detect();
    GX_VERIFY_OK(format);
    QCOMPARE(format->preview.size(), 1);
    QVERIFY(format->previewIsComplete);
    QCOMPARE(csvEncodingCode(format->encoding), QStringLiteral("utf-8"));
    QCOMPARE(format->encodingConfidence, CsvConfidence::High);
    const ReadOutcome read = readAll(reader);
    QVERIFY(!read.error);
    QCOMPARE(fieldsOf(read.records),
             (QList<QStringList>{{QStringLiteral("客户名称"), QStringLiteral("手机"), QStringLiteral("城市")}}));
    // The end stays the end.
    CsvRecord record;
    const auto again = reader.next(record);
    GX_VERIFY_OK(again);
    QVERIFY(!*again);
}

void TestCsvReader::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.csv"));
    const ReadOutcome read = readFile(path);
    verifyError(read.error, ErrorCode::Io,
                QStringLiteral("The file “%1” does not exist.").arg(QDir::toNativeSeparators(path)));
}

void TestCsvReader::directory()
{
    QTemporaryDir dir;
    const ReadOutcome read = readFile(dir.path());
    QVERIFY(read.error.has_value());
    QCOMPARE(Error::codeName(read.error->code), Error::codeName(ErrorCode::Io));
    QVERIFY2(read.error->message.startsWith(QStringLiteral("Cannot open the file ")), qPrintable(read.error->message));
}

// A real file, cut short between two reads (as a program rewriting it in place does).
void TestCsvReader::fileTruncatedWhileReading()
{
    QTemporaryDir dir;
    const QString path = writeNumberedRows(dir, 1000);
    CsvReader reader(path, withChunks(1024, 1024));
    CsvRecord record;
    QVERIFY(*reader.next(record));
    QCOMPARE(record.fields, (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    QVERIFY(QFile::resize(path, 4096));
    const ReadOutcome rest = readAll(reader);
    QVERIFY(!rest.records.isEmpty());  // those from the chunks read before the cut
    QVERIFY(rest.records.size() < 1000);
    verifyError(rest.error, ErrorCode::Io,
                QStringLiteral("The file “rows.csv” changed while it was being read: another program may be writing "
                               "it. Close that program and try again."));
}

void TestCsvReader::fileRemovedWhileReading()
{
    QTemporaryDir dir;
    const QString path = writeNumberedRows(dir, 1000);
    CsvReader reader(path, withChunks(1024, 1024));
    CsvRecord record;
    QVERIFY(*reader.next(record));
    QVERIFY(QFile::remove(path));
    const ReadOutcome rest = readAll(reader);
    QVERIFY(rest.records.size() < 1000);
    verifyError(rest.error, ErrorCode::Io, QStringLiteral("The file “rows.csv” disappeared while it was being read."));
}

void TestCsvReader::fileGrowsWhileReading()
{
    QTemporaryDir dir;
    const QString path = writeNumberedRows(dir, 1000);
    CsvReader reader(path, withChunks(1024, 1024));
    CsvRecord record;
    QVERIFY(*reader.next(record));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("1001,appended\r\n");
    }
    const ReadOutcome rest = readAll(reader);
    verifyError(rest.error, ErrorCode::Io,
                QStringLiteral("The file “rows.csv” changed while it was being read: another program may be writing "
                               "it. Close that program and try again."));
}

void TestCsvReader::deviceFailsWhileReading()
{
    QByteArray bytes = "id,name\n";
    for (int i = 1; i <= 100; ++i)
        bytes += QByteArray::number(i) + ",name\n";
    FailingDevice device(bytes, 200);
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    CsvReader reader(&device, withChunks(64, 64));
    QCOMPARE(reader.totalBytes(), qint64(-1));
    const ReadOutcome read = readAll(reader);
    QVERIFY(!read.records.isEmpty());
    QVERIFY(read.records.size() < 101);
    verifyError(read.error, ErrorCode::Io, QStringLiteral("Cannot read the file “shared.csv”: Input/output error"));
}

void TestCsvReader::cancel()
{
    QTemporaryDir dir;
    CsvReader reader(writeNumberedRows(dir, 1000), withChunks(1024, 1024));
    CsvRecord record;
    QVERIFY(*reader.next(record));
    reader.cancel();
    const auto next = reader.next(record);
    QVERIFY(!next);
    QCOMPARE(Error::codeName(next.error().code), Error::codeName(ErrorCode::Cancelled));
    QCOMPARE(next.error().message, QStringLiteral("Reading “rows.csv” was cancelled."));
}

void TestCsvReader::progress()
{
    QTemporaryDir dir;
    const QString path = writeNumberedRows(dir, 1000);
    const qint64 size = QFileInfo(path).size();
    CsvReader reader(path, withChunks(1024, 1024));
    QCOMPARE(reader.bytesRead(), 0);
    CsvRecord record;
    QVERIFY(*reader.next(record));
    QCOMPARE(reader.totalBytes(), size);
    QVERIFY(reader.bytesRead() > 0 && reader.bytesRead() < size);
    const ReadOutcome rest = readAll(reader);
    QVERIFY(!rest.error);
    QCOMPARE(rest.records.size(), 1000);
    QCOMPARE(rest.records.last().fields, (QStringList{QStringLiteral("1000"), QStringLiteral("name 1000")}));
    QCOMPARE(rest.records.last().line, 1001);
    QCOMPARE(reader.bytesRead(), size);
}

void TestCsvReader::codes()
{
    const auto encoding = [](const char *code) {
        return csvEncodingFromCode(QLatin1String(code)).value_or(CsvEncoding::Auto);
    };
    QCOMPARE(encoding("GBK"), CsvEncoding::Gb18030);
    QCOMPARE(encoding("utf-16"), CsvEncoding::Utf16);
    QCOMPARE(encoding("utf8"), CsvEncoding::Utf8);
    QVERIFY(!csvEncodingFromCode(QStringLiteral("latin-1")));
    QCOMPARE(csvDelimiterFromCode(QStringLiteral("Semicolon")).value_or(CsvDelimiter::Auto), CsvDelimiter::Semicolon);
    QCOMPARE(csvDelimiterCode(CsvDelimiter::Tab), QStringLiteral("tab"));
    QCOMPARE(csvDelimiterCharacter(CsvDelimiter::Tab), QLatin1Char('\t'));
    for (const CsvEncoding value : {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Gb18030, CsvEncoding::Utf16,
                                    CsvEncoding::Utf16Le, CsvEncoding::Utf16Be})
        QCOMPARE(csvEncodingFromCode(csvEncodingCode(value)).value_or(CsvEncoding::Auto), value);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
