// guanxi-cli export end to end: the real binary (GUANXI_CLI) run with QProcess against workspace
// files in a temporary folder. Exit codes, usage errors, the exact bytes of small CSV files in
// each encoding, spreadsheet safety and --no-excel-safe, refusal to overwrite, --json, XLSX,
// vCard and iCalendar files, and that a failed export leaves nothing behind.
#include "TestSupport.h"

#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace guanxi;
using namespace guanxi::test;

namespace {

using Run = CliRun;

QByteArray bytes(std::initializer_list<unsigned char> values)
{
    QByteArray result;
    for (unsigned char value : values)
        result.append(char(value));
    return result;
}

}  // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsExport();
    void usageErrors_data();
    void usageErrors();
    void csvBytesInEachEncoding_data();
    void csvBytesInEachEncoding();
    void chineseHeadersFollowTheLanguage();
    void excelSafeByDefault();
    void refusesToOverwriteUnlessForced();
    void jsonSummary();
    void everyEntityAndFormat();
    void xlsxOpensAsAZip();
    void failureLeavesNothing();
    void filtersForCustomersAndRecords();

private:
    Run cli(const QStringList &arguments);
    Run exportTo(const QString &workspace, const QStringList &arguments)
    {
        return cli(QStringList{QStringLiteral("--workspace"), workspace, QStringLiteral("export")} + arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;   // 300 demo customers with everything
    QString m_small;  // two customers: 北京 and 上海
};

Run TestExportCli::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(GUANXI_CLI), arguments, {{QStringLiteral("TZ"), QStringLiteral("UTC")}});
}

void TestExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(GUANXI_CLI)), GUANXI_CLI);
    m_demo = path(QStringLiteral("demo.guanxi"));
    const Run demo = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("demo"), QStringLiteral("--customers"),
                          QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

    m_small = path(QStringLiteral("small.guanxi"));
    QVERIFY(cli({QStringLiteral("--workspace"), m_small, QStringLiteral("init")}).exitCode == 0);
    for (const auto &[name, tier] : {std::pair{"上海", "transactional"}, std::pair{"北京", "合作伙伴"}}) {
        const Run add = cli({QStringLiteral("--workspace"), m_small, QStringLiteral("customer"), QStringLiteral("add"),
                             QStringLiteral("--name"), QString::fromUtf8(name), QStringLiteral("--city"),
                             QString::fromUtf8(name), QStringLiteral("--tier"), QString::fromUtf8(tier)});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }
}

void TestExportCli::helpListsExport()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("export")));
    const Run exportHelp = cli({QStringLiteral("help"), QStringLiteral("export")});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.out.contains(QStringLiteral("Usage: guanxi-cli [--workspace FILE] export ENTITY FILE")));
    for (const char *option : {"--format FORMAT", "--encoding ENCODING", "--no-excel-safe", "--force", "--json", "--columns LIST",
                               "--vcard-version", "--headers LANG", "gb18030", "utf-8-bom"})
        QVERIFY2(exportHelp.out.contains(QLatin1String(option)), option);
}

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *a : list)
            result.append(QString::fromUtf8(a));
        return result;
    };
    QTest::newRow("no file") << args({"customers"}) << "The argument FILE is missing";
    QTest::newRow("unknown entity") << args({"staff", "x.csv"}) << "Cannot export “staff”";
    QTest::newRow("unknown suffix") << args({"customers", "x.txt"}) << "Cannot tell the format from the name “x.txt”";
    QTest::newRow("unknown format") << args({"customers", "x.txt", "--format", "pdf"}) << "--format does not accept “pdf”";
    QTest::newRow("vcard of customers") << args({"customers", "x.vcf"}) << "Only contacts can be exported as vCards";
    QTest::newRow("ics of orders") << args({"orders", "x.ics"}) << "Only follow-ups and interactions can be exported as calendars";
    QTest::newRow("encoding for xlsx") << args({"orders", "x.xlsx", "--encoding", "gb18030"}) << "--encoding is for CSV files only";
    QTest::newRow("unknown encoding") << args({"orders", "x.csv", "--encoding", "latin1"}) << "--encoding does not accept “latin1”";
    QTest::newRow("unknown column") << args({"orders", "x.csv", "--columns", "amount,colour"}) << "There is no column “colour” for orders";
    QTest::newRow("columns for vcard") << args({"contacts", "x.vcf", "--columns", "name"}) << "--columns is for CSV and Excel files only";
    QTest::newRow("vcard version") << args({"contacts", "x.vcf", "--vcard-version", "2.1"}) << "--vcard-version does not accept “2.1”";
    QTest::newRow("vcard version for csv") << args({"contacts", "x.csv", "--vcard-version", "3.0"}) << "--vcard-version is for vCard files only";
    QTest::newRow("ics-as for interactions") << args({"interactions", "x.ics", "--ics-as", "event"}) << "--ics-as is for follow-ups";
    QTest::newRow("customer filter on orders") << args({"orders", "x.csv", "--tier", "partner"}) << "--tier selects customers";
    QTest::newRow("record filter on customers") << args({"customers", "x.csv", "--from", "2026-01-01"}) << "--from does not apply to customers";
    QTest::newRow("bad date") << args({"orders", "x.csv", "--from", "yesterday"}) << "--from needs a date such as 2026-11-23";
    QTest::newRow("bad tier") << args({"customers", "x.csv", "--tier", "friend"}) << "--tier does not accept “friend”";
    QTest::newRow("no-excel-safe for ics") << args({"followups", "x.ics", "--no-excel-safe"}) << "--no-excel-safe is for CSV and Excel";
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString before = QDir::currentPath();
    const Run run = exportTo(m_small, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Usage: guanxi-cli [--workspace FILE] export")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("x.csv")) && !QFile::exists(QStringLiteral("x.txt")));
}

void TestExportCli::csvBytesInEachEncoding_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("expected");
    // Name,City,Relationship tier CRLF 北京,北京,Partner CRLF 上海,上海,Transactional CRLF
    const QByteArray header("Name,City,Relationship tier\r\n");
    const QByteArray utf8 = header
                            + bytes({0xE5, 0x8C, 0x97, 0xE4, 0xBA, 0xAC, ',', 0xE5, 0x8C, 0x97, 0xE4, 0xBA, 0xAC})
                            + ",Partner\r\n"
                            + bytes({0xE4, 0xB8, 0x8A, 0xE6, 0xB5, 0xB7, ',', 0xE4, 0xB8, 0x8A, 0xE6, 0xB5, 0xB7})
                            + ",Transactional\r\n";
    QTest::newRow("default: utf-8-bom") << QString() << bytes({0xEF, 0xBB, 0xBF}) + utf8;
    QTest::newRow("utf-8") << "utf-8" << utf8;
    QTest::newRow("utf-8-bom") << "utf-8-bom" << bytes({0xEF, 0xBB, 0xBF}) + utf8;
    QTest::newRow("gb18030") << "gb18030"
                             << header + bytes({0xB1, 0xB1, 0xBE, 0xA9, ',', 0xB1, 0xB1, 0xBE, 0xA9}) + ",Partner\r\n"
                                    + bytes({0xC9, 0xCF, 0xBA, 0xA3, ',', 0xC9, 0xCF, 0xBA, 0xA3}) + ",Transactional\r\n";
}

void TestExportCli::csvBytesInEachEncoding()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, expected);
    const QString file = path(QStringLiteral("enc-%1.csv").arg(encoding.isEmpty() ? QStringLiteral("default") : encoding));
    QStringList arguments{QStringLiteral("customers"), file, QStringLiteral("--columns"), QStringLiteral("name,city,tier")};
    if (!encoding.isEmpty())
        arguments << QStringLiteral("--encoding") << encoding;
    const Run run = exportTo(m_small, arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Exported 2 customers to “%1”.\n").arg(QDir::toNativeSeparators(file)));
    QCOMPARE(readAll(file), expected);
}

void TestExportCli::chineseHeadersFollowTheLanguage()
{
    const QString file = path(QStringLiteral("zh.csv"));
    const Run run = exportTo(m_small, {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("customers"), file,
                                       QStringLiteral("--columns"), QStringLiteral("名称,关系类型"), QStringLiteral("--encoding"),
                                       QStringLiteral("utf-8")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(readAll(file)), QStringLiteral("名称,关系类型\r\n北京,合作伙伴\r\n上海,买卖关系\r\n"));

    const QString codes = path(QStringLiteral("codes.csv"));
    QCOMPARE(exportTo(m_small, {QStringLiteral("customers"), codes, QStringLiteral("--columns"), QStringLiteral("name,tier"),
                                QStringLiteral("--headers"), QStringLiteral("codes"), QStringLiteral("--encoding"),
                                QStringLiteral("utf-8")})
                 .exitCode,
             0);
    QCOMPARE(QString::fromUtf8(readAll(codes)), QStringLiteral("name,tier\r\n北京,partner\r\n上海,transactional\r\n"));
}

void TestExportCli::excelSafeByDefault()
{
    const QString ws = path(QStringLiteral("inject.guanxi"));
    QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("init")}).exitCode, 0);
    const Run add = cli({QStringLiteral("--workspace"), ws, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("=1+2"), QStringLiteral("--city"), QStringLiteral("@here"), QStringLiteral("--phone"),
                         QStringLiteral("+1 415 555 0100"), QStringLiteral("--satisfaction"), QStringLiteral("2")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const QStringList columns{QStringLiteral("--columns"), QStringLiteral("name,city,phone,satisfaction"), QStringLiteral("--encoding"),
                              QStringLiteral("utf-8")};
    const QString safe = path(QStringLiteral("safe.csv"));
    QCOMPARE(exportTo(ws, QStringList{QStringLiteral("customers"), safe} + columns).exitCode, 0);
    QCOMPARE(readAll(safe), QByteArray("Name,City,Phone,Satisfaction\r\n'=1+2,'@here,'+14155550100,2\r\n"));
    const QString raw = path(QStringLiteral("raw.csv"));
    QCOMPARE(exportTo(ws, QStringList{QStringLiteral("customers"), raw, QStringLiteral("--no-excel-safe")} + columns).exitCode, 0);
    QCOMPARE(readAll(raw), QByteArray("Name,City,Phone,Satisfaction\r\n=1+2,@here,+14155550100,2\r\n"));
}

void TestExportCli::refusesToOverwriteUnlessForced()
{
    const QString file = path(QStringLiteral("existing.csv"));
    writeAll(file, "keep me");
    const Run refused = exportTo(m_small, {QStringLiteral("customers"), file});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("already exists; add --force to replace it")), qPrintable(refused.err));
    QCOMPARE(readAll(file), QByteArray("keep me"));
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

    const Run forced = exportTo(m_small, {QStringLiteral("customers"), file, QStringLiteral("--force"), QStringLiteral("--columns"),
                                          QStringLiteral("name"), QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QCOMPARE(QString::fromUtf8(readAll(file)), QStringLiteral("Name\r\n北京\r\n上海\r\n"));
}

void TestExportCli::jsonSummary()
{
    const QString file = path(QStringLiteral("orders.csv"));
    const Run run = exportTo(m_demo, {QStringLiteral("orders"), file, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject object = QJsonDocument::fromJson(run.rawOut).object();
    QCOMPARE(object.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(file));
    QCOMPARE(object.value(QStringLiteral("entity")).toString(), QStringLiteral("orders"));
    QCOMPARE(object.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    auto workspace = Workspace::open(m_demo, Workspace::Options{Workspace::OpenMode::OpenExisting, true});
    GX_VERIFY_OK(workspace);
    auto orders = OrderRepository(**workspace).countAll({});
    GX_VERIFY_OK(orders);
    QCOMPARE(object.value(QStringLiteral("rows")).toInteger(), *orders);
    QCOMPARE(qint64(readAll(file).count("\r\n")) - 1 >= *orders, true);  // notes may hold line breaks
}

void TestExportCli::everyEntityAndFormat()
{
    const QList<QStringList> exports{
        {QStringLiteral("customers"), QStringLiteral("all-customers.csv")},
        {QStringLiteral("contacts"), QStringLiteral("all-contacts.csv")},
        {QStringLiteral("interactions"), QStringLiteral("all-interactions.csv")},
        {QStringLiteral("followups"), QStringLiteral("all-followups.xlsx")},
        {QStringLiteral("follow-ups"), QStringLiteral("all-followups-events.ics"), QStringLiteral("--ics-as"), QStringLiteral("event")},
        {QStringLiteral("followups"), QStringLiteral("all-followups.ics")},
        {QStringLiteral("interactions"), QStringLiteral("all-interactions.ics")},
        {QStringLiteral("contacts"), QStringLiteral("all-contacts.vcf")},
        {QStringLiteral("contacts"), QStringLiteral("all-contacts3.vcard"), QStringLiteral("--vcard-version"), QStringLiteral("3.0")},
        {QStringLiteral("orders"), QStringLiteral("all-orders.data"), QStringLiteral("--format"), QStringLiteral("xlsx")},
    };
    for (QStringList arguments : exports) {
        arguments[1] = path(arguments[1]);
        const Run run = exportTo(m_demo, arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
        QVERIFY(QFileInfo(arguments[1]).size() > 100);
    }
    const QByteArray ics = readAll(path(QStringLiteral("all-followups.ics")));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.contains("BEGIN:VTODO\r\n"));
    QVERIFY(readAll(path(QStringLiteral("all-followups-events.ics"))).contains("DTSTART;VALUE=DATE:"));
    QVERIFY(readAll(path(QStringLiteral("all-interactions.ics"))).contains("BEGIN:VEVENT\r\n"));
    QVERIFY(readAll(path(QStringLiteral("all-contacts3.vcard"))).contains("VERSION:3.0\r\n"));
    QVERIFY(readAll(path(QStringLiteral("all-orders.data"))).startsWith("PK"));
    const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void TestExportCli::xlsxOpensAsAZip()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed: cannot look inside the .xlsx");
    const QString file = path(QStringLiteral("small.xlsx"));
    const Run run = exportTo(m_small, {QStringLiteral("customers"), file, QStringLiteral("--columns"), QStringLiteral("name,satisfaction")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, QStringLiteral("xl/worksheets/sheet1.xml")});
    QVERIFY(unzip.waitForFinished());
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(sheet.contains(QStringLiteral("<t>北京</t>")));
    QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
}

void TestExportCli::failureLeavesNothing()
{
    // A folder that does not exist: exit 1, a message, nothing created anywhere.
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("no/such/folder/c.csv"));
    const Run run = exportTo(m_small, {QStringLiteral("customers"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    QVERIFY(QDir(out.path()).isEmpty());

    // A workspace that does not exist: no file either.
    const QString target = out.filePath(QStringLiteral("c.csv"));
    const Run missing = exportTo(out.filePath(QStringLiteral("none.guanxi")), {QStringLiteral("customers"), target});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(QDir(out.path()).isEmpty());
}

void TestExportCli::filtersForCustomersAndRecords()
{
    const QString partners = path(QStringLiteral("partners.csv"));
    const Run run = exportTo(m_small, {QStringLiteral("customers"), partners, QStringLiteral("--tier"), QStringLiteral("partner"),
                                       QStringLiteral("--columns"), QStringLiteral("name"), QStringLiteral("--encoding"),
                                       QStringLiteral("utf-8")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(readAll(partners)), QStringLiteral("Name\r\n北京\r\n"));

    const QString searched = path(QStringLiteral("searched.csv"));
    QCOMPARE(exportTo(m_small, {QStringLiteral("customers"), searched, QStringLiteral("--search"), QStringLiteral("shanghai"),
                                QStringLiteral("--columns"), QStringLiteral("name"), QStringLiteral("--encoding"), QStringLiteral("utf-8")})
                 .exitCode,
             0);
    QCOMPARE(QString::fromUtf8(readAll(searched)), QStringLiteral("Name\r\n上海\r\n"));

    const Run unknown = exportTo(m_demo, {QStringLiteral("orders"), path(QStringLiteral("unknown.csv")), QStringLiteral("--customer"),
                                          QStringLiteral("no-such-id")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no customer with id no-such-id")), qPrintable(unknown.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("unknown.csv"))));

    const QString none = path(QStringLiteral("none.csv"));
    const Run nothing = exportTo(m_demo, {QStringLiteral("orders"), none, QStringLiteral("--from"), QStringLiteral("2100-01-01"),
                                          QStringLiteral("--json")});
    QCOMPARE(nothing.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(nothing.rawOut).object().value(QStringLiteral("rows")).toInteger(), 0);
    QCOMPARE(readAll(none).count("\r\n"), 1);  // the header alone
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "test_export_cli.moc"
