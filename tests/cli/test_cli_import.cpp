// guanxi-cli import / undo-import / imports / import-mappings end to end: the real binary
// (GUANXI_CLI) against workspace files in a temporary folder. Exit codes, JSON checked field by
// field, and all-or-nothing: a process killed with SIGKILL in the middle of an import leaves the
// workspace as it was, and `check` passes.
#include "TestSupport.h"

#include "storage/OrderRepository.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace guanxi;
using namespace guanxi::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Run = CliRun;

const QRegularExpression uuidPattern(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);

QJsonDocument json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.rawOut, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.rawOut.constData());
    return document;
}

// New messages count with %n: until the English translation gives them their plural forms, the
// source text shows "row(s)". Tests write the plural ("rows") and accept either.
QString plurals(QString text)
{
    return text.replace(u"(s)"_s, u"s"_s);
}

QList<qint64> lines(const QJsonArray &rejects)
{
    QList<qint64> result;
    for (const QJsonValue &reject : rejects)
        result.append(reject.toObject().value(u"line"_s).toInteger());
    return result;
}

}  // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void helpAndUsageErrors();
    void importJsonUndoAndList();
    void dryRunListsDuplicatesAndSavesNothing();
    void strictExitsWithOneAndWritesNothing();
    void rejectsFileAndTextOutput();
    void mappingFileAndPreset();
    void ordersInFen();
    void vcardDryRunJsonReimportAndUndo();
    void vcardRejectsStrictBrokenAndUsage();
    void undoRefusedAfterAnEdit();
    void sigtermCancels();
    void killedMidwayLeavesNothing_data();
    void killedMidwayLeavesNothing();
    void hostileFiles_data();
    void hostileFiles();
    void fiftyMegabyteField();
    void fileVanishesOrShrinksWhileImporting_data();
    void fileVanishesOrShrinksWhileImporting();

private:
    Run cli(const QStringList &arguments);
    Run ws(const QString &path, QStringList arguments) { return cli(QStringList{u"--workspace"_s, path} + arguments); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshWorkspace(const QString &name);
    qint64 count(const QString &workspace, const QString &sql);
    QString bigFile();
    // A workspace with one customer, 长城贸易, and one earlier import (of 华为).
    QString seededWorkspace(const QString &name);
    // Imports `file` into a copy of `workspace` and checks that it fails with exit code 1 and
    // `message` on stderr, prints nothing on stdout, and leaves the workspace as it was.
    void verifyRefused(const QString &workspace, const QStringList &arguments, const QString &message);

    QTemporaryDir m_dir;
    QString m_bigFile;
};

Run TestCliImport::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(GUANXI_CLI), arguments);
}

QString TestCliImport::freshWorkspace(const QString &name)
{
    const QString file = path(name);
    const Run run = ws(file, {u"init"_s});
    if (run.exitCode != 0)
        qWarning("init failed: %s", qPrintable(run.err));
    return file;
}

qint64 TestCliImport::count(const QString &workspace, const QString &sql)
{
    auto opened = Workspace::open(workspace);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().fullText()));
        return -1;
    }
    return sql::scalar((*opened)->database(), sql)->toLongLong();
}

// 200,000 customers (about 20 MB): big enough that an import takes a few seconds, so that it
// can be killed in the middle of reading and in the middle of committing.
QString TestCliImport::bigFile()
{
    if (!m_bigFile.isEmpty())
        return m_bigFile;
    m_bigFile = path(u"big.csv"_s);
    QFile file(m_bigFile);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray chunk = "客户名称,手机,邮箱,城市,关系类型,备注\r\n";
    const char *cities[] = {"北京", "上海", "深圳", "成都"};
    for (int i = 0; i < 200000; ++i) {
        chunk += "大批量测试有限公司" + QByteArray::number(i) + ",1" + QByteArray::number(3 + i % 6) + QByteArray::number(i).rightJustified(9, '0')
                 + ",user" + QByteArray::number(i) + "@example.com," + cities[i % 4] + ",合作伙伴,备注" + QByteArray::number(i) + "\r\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return m_bigFile;
}

void TestCliImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(GUANXI_CLI)), GUANXI_CLI);
}

void TestCliImport::helpAndUsageErrors()
{
    const Run help = cli({u"help"_s, u"import"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--encoding auto|utf-8|gb18030|utf-16", "--delimiter auto|comma|semicolon|tab", "--mapping FILE|NAME",
                               "--save-mapping NAME", "--on-duplicate skip|update|create", "--strict", "--dry-run", "--rejects FILE", "--json",
                               "--sheet NAME"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    const Run general = cli({u"--help"_s});
    for (const char *command : {"import", "undo-import", "imports", "import-mappings"})
        QVERIFY2(general.out.contains(QLatin1String(command)), command);

    const QString file = freshWorkspace(u"usage.guanxi"_s);
    const QString csv = dataPath(u"import/customers_zh.csv"_s);
    Run run = ws(file, {u"import"_s, u"planets"_s, csv});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"“planets” is not one of customers, contacts, orders, interactions"_s));
    run = ws(file, {u"import"_s, u"customers"_s, csv, u"--on-duplicate"_s, u"merge"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"skip, update or create"_s));
    run = ws(file, {u"import"_s, u"customers"_s, csv, u"--encoding"_s, u"latin9"_s});
    QCOMPARE(run.exitCode, 2);
    run = ws(file, {u"import"_s, u"customers"_s, csv, u"--delimiter"_s, u"pipe"_s});
    QCOMPARE(run.exitCode, 2);
    run = ws(file, {u"import"_s, u"customers"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"FILE is missing"_s));
    run = ws(file, {u"import"_s, u"customers"_s, path(u"missing.csv"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"missing.csv"_s));
    run = ws(file, {u"undo-import"_s, u"0190a1b2"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"There is no import with the id “0190a1b2”"_s));
    // Every row has a header the importer knows nothing of: it says which columns it found.
    const QString odd = path(u"odd.csv"_s);
    writeAll(odd, "Colour,Size\nred,XL\n");
    run = ws(file, {u"import"_s, u"customers"_s, odd});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"No column was found for: Name / 名称"_s) && run.err.contains(u"“Colour” (column 1)"_s), qPrintable(run.err));
}

void TestCliImport::importJsonUndoAndList()
{
    const QString file = freshWorkspace(u"json.guanxi"_s);
    const Run run = ws(file, {u"import"_s, u"customers"_s, dataPath(u"import/customers_zh.csv"_s), u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = json(run).object();
    const QString batch = report.value(u"batch"_s).toString();
    QVERIFY2(uuidPattern.match(batch).hasMatch(), qPrintable(batch));
    QCOMPARE(report.value(u"entity"_s).toString(), u"customers"_s);
    QCOMPARE(report.value(u"committed"_s).toBool(), true);
    QCOMPARE(report.value(u"dryRun"_s).toBool(), false);
    QCOMPARE(report.value(u"read"_s).toInt(), 8);
    QCOMPARE(report.value(u"created"_s).toInt(), 3);
    QCOMPARE(report.value(u"updated"_s).toInt(), 0);
    QCOMPARE(report.value(u"skipped"_s).toInt(), 1);
    QCOMPARE(report.value(u"rejected"_s).toInt(), 4);
    QCOMPARE(lines(report.value(u"rejects"_s).toArray()), (QList<qint64>{5, 6, 7, 9}));
    QCOMPARE(report.value(u"rejects"_s).toArray().at(2).toObject().value(u"reason"_s).toString(), u"Name: Every customer needs a name."_s);
    QVERIFY(!report.contains(u"duplicates"_s));  // listed for dry runs
    QCOMPARE(report.value(u"mapping"_s).toObject().value(u"phone"_s).toString(), u"手机"_s);

    const QJsonObject info = json(ws(file, {u"info"_s, u"--json"_s})).object().value(u"counts"_s).toObject();
    QCOMPARE(info.value(u"customers"_s).toInt(), 3);
    QCOMPARE(info.value(u"contacts"_s).toInt(), 2);

    const QJsonArray imports = json(ws(file, {u"imports"_s, u"--json"_s})).array();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports[0].toObject().value(u"batch"_s).toString(), batch);
    QCOMPARE(imports[0].toObject().value(u"file"_s).toString(), u"customers_zh.csv"_s);
    QCOMPARE(imports[0].toObject().value(u"created"_s).toInt(), 3);
    QVERIFY(imports[0].toObject().value(u"undoneAt"_s).isNull());
    const Run table = ws(file, {u"imports"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(batch));
    // The column says what the import brought in, in words.
    QVERIFY2(table.out.startsWith(u"Batch"_s) && table.out.section(u'\n', 0, 0).contains(u"Records"_s), qPrintable(table.out));
    QVERIFY2(table.out.section(u'\n', 1, 1).contains(u"Customers"_s), qPrintable(table.out));

    const Run undo = ws(file, {u"undo-import"_s, batch.left(18), u"--json"_s});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
    QCOMPARE(json(undo).object().value(u"batch"_s).toString(), batch);
    QCOMPARE(json(undo).object().value(u"removed"_s).toInt(), 5);
    QCOMPARE(json(undo).object().value(u"restored"_s).toInt(), 0);
    const QJsonObject after = json(ws(file, {u"info"_s, u"--json"_s})).object().value(u"counts"_s).toObject();
    QCOMPARE(after.value(u"customers"_s).toInt(), 0);
    QCOMPARE(after.value(u"contacts"_s).toInt(), 0);
    QCOMPARE(ws(file, {u"check"_s}).exitCode, 0);
    QVERIFY(!json(ws(file, {u"imports"_s, u"--json"_s})).array()[0].toObject().value(u"undoneAt"_s).isNull());
    const Run again = ws(file, {u"undo-import"_s, batch});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"already undone"_s));
}

void TestCliImport::dryRunListsDuplicatesAndSavesNothing()
{
    const QString file = freshWorkspace(u"dry.guanxi"_s);
    QCOMPARE(ws(file, {u"customer"_s, u"add"_s, u"--name"_s, u"华为"_s, u"--phone"_s, u"13812345678"_s}).exitCode, 0);
    const Run run = ws(file, {u"import"_s, u"customers"_s, dataPath(u"import/customers_zh.csv"_s), u"--dry-run"_s, u"--json"_s,
                              u"--on-duplicate"_s, u"update"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = json(run).object();
    QVERIFY(report.value(u"batch"_s).isNull());
    QCOMPARE(report.value(u"committed"_s).toBool(), false);
    QCOMPARE(report.value(u"dryRun"_s).toBool(), true);
    QCOMPARE(report.value(u"created"_s).toInt(), 2);  // ACME and 成都天成食品
    QCOMPARE(report.value(u"updated"_s).toInt(), 2);  // line 2 updates 华为 (by phone), line 10 its notes
    QCOMPARE(report.value(u"skipped"_s).toInt(), 0);
    const QJsonArray duplicates = report.value(u"duplicates"_s).toArray();
    QCOMPARE(duplicates.size(), 2);
    const QJsonObject first = duplicates[0].toObject();
    QCOMPARE(first.value(u"line"_s).toInt(), 2);
    QCOMPARE(first.value(u"matchedBy"_s).toString(), u"phone"_s);
    QCOMPARE(first.value(u"existingName"_s).toString(), u"华为"_s);
    QCOMPARE(first.value(u"action"_s).toString(), u"updated"_s);
    QVERIFY(!first.contains(u"existingLine"_s));
    QCOMPARE(duplicates[1].toObject().value(u"line"_s).toInt(), 10);
    QCOMPARE(duplicates[1].toObject().value(u"action"_s).toString(), u"updated"_s);
    QCOMPARE(count(file, u"SELECT count(*) FROM customers"_s), 1);
    QCOMPARE(count(file, u"SELECT count(*) FROM import_batches"_s), 0);
    QCOMPARE(count(file, u"SELECT count(*) FROM customers WHERE name = '华为技术有限公司'"_s), 0);

    const Run text = ws(file, {u"import"_s, u"customers"_s, dataPath(u"import/customers_zh.csv"_s), u"--dry-run"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Dry run of"_s) && text.out.contains(u"nothing was saved"_s), qPrintable(text.out));
    // The duplicate pairs in words (the JSON above keeps the codes).
    QVERIFY2(text.out.contains(u"line 2 has the same phone number as “华为” ("_s) && text.out.contains(u"): skipped\n"_s),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(u"line 10 has the same phone number as “华为” ("_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"Name ← “客户名称” (column 1)"_s));
}

void TestCliImport::strictExitsWithOneAndWritesNothing()
{
    const QString file = freshWorkspace(u"strict.guanxi"_s);
    const Run run = ws(file, {u"import"_s, u"customers"_s, dataPath(u"import/customers_zh.csv"_s), u"--strict"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Nothing was imported: 4 rows are not valid"_s), qPrintable(run.err));
    const QJsonObject report = json(run).object();
    QCOMPARE(report.value(u"committed"_s).toBool(), false);
    QCOMPARE(report.value(u"rejected"_s).toInt(), 4);
    QCOMPARE(count(file, u"SELECT count(*) FROM customers"_s), 0);
    QCOMPARE(count(file, u"SELECT count(*) FROM import_batches"_s), 0);
}

void TestCliImport::rejectsFileAndTextOutput()
{
    const QString file = freshWorkspace(u"rejects.guanxi"_s);
    const QString rejects = path(u"customers_zh.rejects.csv"_s);
    const Run run = ws(file, {u"import"_s, u"customers"_s, dataPath(u"import/customers_zh.csv"_s), u"--rejects"_s, rejects});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Imported customers from"_s));
    QVERIFY2(plurals(run.out).contains(u"8 rows read. Created: 3, updated: 0, skipped as duplicates: 1, rejected: 4."_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"undo-import"_s));
    QVERIFY(run.out.contains(u"line 7: Name: Every customer needs a name."_s));
    QVERIFY(run.out.contains(u"customers_zh.rejects.csv"_s));
    const QByteArray bytes = readAll(rejects);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF客户名称,联系人,手机,邮箱,城市,关系类型,备注,Reason\r\n"));
    QCOMPARE(bytes.count("\r\n"), 5);

    // Undone in text: one sentence per count.
    const QString batch = QRegularExpression(u"Batch (\\S+) \\(undo with"_s).match(run.out).captured(1);
    QVERIFY2(uuidPattern.match(batch).hasMatch(), qPrintable(run.out));
    const Run undo = ws(file, {u"undo-import"_s, batch});
    QCOMPARE(undo.exitCode, 0);
    QCOMPARE(plurals(undo.out), u"Undid the import %1 of “customers_zh.csv”. 5 records removed. 0 records restored to the values before "
                                "the import.\n"_s.arg(batch));

    // Without --rejects the text says how to get them.
    const Run hint = ws(freshWorkspace(u"hint.guanxi"_s), {u"import"_s, u"customers"_s, dataPath(u"import/customers_zh.csv"_s)});
    QVERIFY(hint.out.contains(u"Add --rejects"_s));
}

void TestCliImport::mappingFileAndPreset()
{
    const QString file = freshWorkspace(u"mapping.guanxi"_s);
    const QString csv = path(u"layout.csv"_s);
    writeAll(csv, "单位全称;号码;所在地\n华东机电;13800000001;南京\n");
    const QString mapping = path(u"layout.json"_s);
    writeAll(mapping, R"({"entity": "customers", "columns": {"name": "单位全称", "phone": 2, "city": "所在地"}})");
    Run run = ws(file, {u"import"_s, u"customers"_s, csv, u"--mapping"_s, mapping, u"--save-mapping"_s, u"华东"_s,
                        u"--delimiter"_s, u"semicolon"_s, u"--encoding"_s, u"utf-8"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run).object().value(u"created"_s).toInt(), 1);
    const QJsonArray presets = json(ws(file, {u"import-mappings"_s, u"--json"_s})).array();
    QCOMPARE(presets.size(), 1);
    QCOMPARE(presets[0].toObject().value(u"name"_s).toString(), u"华东"_s);
    QCOMPARE(presets[0].toObject().value(u"mapping"_s).toObject().value(u"columns"_s).toObject().value(u"city"_s).toString(), u"所在地"_s);

    writeAll(csv, "单位全称;号码;所在地\n华南机电;13800000002;广州\n");
    run = ws(file, {u"import"_s, u"customers"_s, csv, u"--mapping"_s, u"华东"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run).object().value(u"created"_s).toInt(), 1);
    QCOMPARE(count(file, u"SELECT count(*) FROM customers WHERE city = '广州' AND phone = '13800000002'"_s), 1);

    run = ws(file, {u"import"_s, u"customers"_s, csv, u"--mapping"_s, u"nonesuch"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"neither a file nor a saved column mapping called “nonesuch”"_s));
    writeAll(mapping, "{\"columns\": ");
    run = ws(file, {u"import"_s, u"customers"_s, csv, u"--mapping"_s, mapping});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"not valid JSON"_s));
}

void TestCliImport::ordersInFen()
{
    const QString file = freshWorkspace(u"orders.guanxi"_s);
    QCOMPARE(ws(file, {u"customer"_s, u"add"_s, u"--name"_s, u"长城"_s}).exitCode, 0);
    const QString id = json(ws(file, {u"customer"_s, u"list"_s, u"--json"_s})).array()[0].toObject().value(u"id"_s).toString();
    const QString csv = path(u"orders.csv"_s);
    writeAll(csv, "Order No.,Customer,Date,Amount,Cost\nX-1,长城,2024-03-05,\"1,234.50\",\nX-2," + id.toUtf8()
                      + ",2024-03-06,¥1234.5,100\nX-3,长城,2024-03-07,1234,\n");
    const Run run = ws(file, {u"import"_s, u"orders"_s, csv, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run).object().value(u"created"_s).toInt(), 3);
    auto workspace = Workspace::open(file);
    GX_VERIFY_OK(workspace);
    auto orders = OrderRepository(**workspace).listForCustomer(id);
    GX_VERIFY_OK(orders);
    QCOMPARE(orders->size(), 3);
    QCOMPARE(orders->at(2).amount.minor, 123450);
    QCOMPARE(orders->at(1).amount.minor, 123450);
    QCOMPARE(orders->at(1).costMinor, std::optional<qint64>(10000));
    QCOMPARE(orders->at(0).amount.minor, 123400);
}

void TestCliImport::vcardDryRunJsonReimportAndUndo()
{
    const QString file = freshWorkspace(u"vcard.guanxi"_s);
    const QString vcf = dataPath(u"vcard/apple_30.vcf"_s);
    const auto counts = [&] { return json(ws(file, {u"info"_s, u"--json"_s})).object().value(u"counts"_s).toObject(); };

    const Run dry = ws(file, {u"import"_s, u"vcard"_s, vcf, u"--dry-run"_s, u"--json"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const QJsonObject dryReport = json(dry).object();
    QVERIFY(dryReport.value(u"batch"_s).isNull());
    QCOMPARE(dryReport.value(u"committed"_s).toBool(), false);
    QCOMPARE(dryReport.value(u"dryRun"_s).toBool(), true);
    QCOMPARE(dryReport.value(u"entity"_s).toString(), u"contacts"_s);
    QCOMPARE(dryReport.value(u"read"_s).toInt(), 3);
    QCOMPARE(dryReport.value(u"created"_s).toInt(), 2);
    QCOMPARE(dryReport.value(u"skipped"_s).toInt(), 1);
    const QJsonArray duplicates = dryReport.value(u"duplicates"_s).toArray();
    QCOMPARE(duplicates.size(), 1);  // the company's own card finds the customer Mei Chen's card created
    QCOMPARE(duplicates[0].toObject().value(u"line"_s).toInt(), 51);
    QCOMPARE(duplicates[0].toObject().value(u"existingName"_s).toString(), u"Acme Trading, Ltd."_s);
    QCOMPARE(counts().value(u"contacts"_s).toInt(), 0);
    QCOMPARE(counts().value(u"customers"_s).toInt(), 0);

    const Run run = ws(file, {u"import"_s, u"vcard"_s, vcf, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = json(run).object();
    const QString batch = report.value(u"batch"_s).toString();
    QVERIFY2(uuidPattern.match(batch).hasMatch(), qPrintable(batch));
    QCOMPARE(report.value(u"committed"_s).toBool(), true);
    QCOMPARE(report.value(u"read"_s).toInt(), 3);
    QCOMPARE(report.value(u"created"_s).toInt(), 2);
    QCOMPARE(report.value(u"updated"_s).toInt(), 0);
    QCOMPARE(report.value(u"skipped"_s).toInt(), 1);
    QCOMPARE(report.value(u"rejected"_s).toInt(), 0);
    QCOMPARE(report.value(u"rejects"_s).toArray().size(), 0);
    QCOMPARE(counts().value(u"contacts"_s).toInt(), 2);
    QCOMPARE(counts().value(u"customers"_s).toInt(), 2);
    const Run shown = ws(file, {u"search"_s, u"Mei Chen"_s});
    QVERIFY2(shown.out.contains(u"Acme Trading, Ltd."_s), qPrintable(shown.out));

    const Run again = ws(file, {u"import"_s, u"vcard"_s, vcf});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(plurals(again.out).contains(u"3 cards read. Created: 0, updated: 0, skipped as duplicates: 3, rejected: 0."_s), qPrintable(again.out));

    const Run undo = ws(file, {u"undo-import"_s, batch, u"--json"_s});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
    QCOMPARE(json(undo).object().value(u"removed"_s).toInt(), 4);  // two contacts, two customers
    QCOMPARE(counts().value(u"contacts"_s).toInt(), 0);
    QCOMPARE(counts().value(u"customers"_s).toInt(), 0);
    QCOMPARE(ws(file, {u"check"_s}).exitCode, 0);
}

void TestCliImport::vcardRejectsStrictBrokenAndUsage()
{
    const QString file = freshWorkspace(u"vcard-rejects.guanxi"_s);
    const QString vcf = dataPath(u"vcard/rejects.vcf"_s);
    const auto contacts = [&] { return count(file, u"SELECT count(*) FROM contacts WHERE deleted = 0"_s); };

    const Run help = cli({u"help"_s, u"import"_s});
    QVERIFY(help.out.contains(u"vcard"_s));

    Run run = ws(file, {u"import"_s, u"vcard"_s, vcf, u"--encoding"_s, u"gb18030"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"The option --encoding is for CSV files"_s), qPrintable(run.err));

    run = ws(file, {u"import"_s, u"vcard"_s, vcf, u"--strict"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(json(run).object().value(u"committed"_s).toBool(), false);
    QCOMPARE(lines(json(run).object().value(u"rejects"_s).toArray()), (QList<qint64>{6, 11}));
    QCOMPARE(contacts(), 0);

    const QString rejects = path(u"rejects.rejects.csv"_s);
    run = ws(file, {u"import"_s, u"vcard"_s, vcf, u"--rejects"_s, rejects});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(plurals(run.out).contains(u"3 cards read. Created: 1, updated: 0, skipped as duplicates: 0, rejected: 2."_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Rejected cards:\n  line 6: E-mail: “not-an-email” is not an e-mail address: it has no @.\n"
                             u"  line 11: The card has no name: neither FN nor N nor ORG gives one.\n"_s));
    QVERIFY(run.out.contains(rejects));
    QVERIFY(readAll(rejects).contains("Bad Mail"));
    QCOMPARE(contacts(), 1);

    for (const char *broken : {"broken_no_end.vcf", "binary.vcf", "empty.vcf"}) {
        run = ws(file, {u"import"_s, u"vcard"_s, dataPath(u"vcard/"_s + QLatin1String(broken))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.isEmpty(), broken);
        QCOMPARE(contacts(), 1);
    }
    QVERIFY(ws(file, {u"import"_s, u"vcard"_s, dataPath(u"vcard/broken_no_end.vcf"_s)})
                .err.contains(u"The card that begins on line 5 has no END:VCARD"_s));
}

void TestCliImport::undoRefusedAfterAnEdit()
{
    const QString file = freshWorkspace(u"edited.guanxi"_s);
    const Run run = ws(file, {u"import"_s, u"customers"_s, dataPath(u"import/customers_zh.csv"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QString batch = json(run).object().value(u"batch"_s).toString();
    const QJsonArray customers = json(ws(file, {u"customer"_s, u"list"_s, u"--json"_s})).array();
    QString acmeId;
    for (const QJsonValue &c : customers)
        if (c.toObject().value(u"name"_s).toString() == u"ACME, Inc.")
            acmeId = c.toObject().value(u"id"_s).toString();
    QVERIFY(!acmeId.isEmpty());
    QCOMPARE(ws(file, {u"customer"_s, u"edit"_s, acmeId, u"--city"_s, u"Oakland"_s}).exitCode, 0);
    const Run undo = ws(file, {u"undo-import"_s, batch});
    QCOMPARE(undo.exitCode, 1);
    QVERIFY2(undo.err.contains(u"was not undone"_s) && undo.err.contains(u"“ACME, Inc.”"_s), qPrintable(undo.err));
    QCOMPARE(count(file, u"SELECT count(*) FROM customers WHERE deleted = 0"_s), 3);
}

void TestCliImport::sigtermCancels()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends SIGTERM, which only Unix has.");
#else
    const QString file = freshWorkspace(u"sigterm.guanxi"_s);
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(GUANXI_CLI), {u"--lang=en"_s, u"--workspace"_s, file, u"import"_s, u"customers"_s, bigFile()});
    QByteArray err;
    while (!err.contains("Importing") && process.waitForReadyRead(60000))
        err += process.readAllStandardError();
    process.terminate();
    QVERIFY(process.waitForFinished(120000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("Cancelled: nothing was imported."), err.constData());
    QCOMPARE(count(file, u"SELECT count(*) FROM customers"_s), 0);
    QCOMPARE(ws(file, {u"check"_s}).exitCode, 0);
#endif
}

void TestCliImport::killedMidwayLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("killAfter");  // this text on stderr …
    QTest::addColumn<int>("times");             // … this many times
    QTest::addColumn<bool>("mayBeSaved");       // the commit may be over before the kill lands
    QTest::newRow("while reading") << QByteArray("Importing:") << 3 << false;
    QTest::newRow("while indexing for search") << QByteArray("Building the search index") << 1 << false;
    QTest::newRow("while saving") << QByteArray("Saving") << 1 << true;
}

void TestCliImport::killedMidwayLeavesNothing()
{
#ifndef Q_OS_UNIX
    QSKIP("Kills with SIGKILL, which only Unix has.");
#else
    QFETCH(QByteArray, killAfter);
    QFETCH(int, times);
    QFETCH(bool, mayBeSaved);
    const QString file = freshWorkspace(u"killed-%1.guanxi"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QCOMPARE(ws(file, {u"customer"_s, u"add"_s, u"--name"_s, u"Before the import"_s}).exitCode, 0);
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(GUANXI_CLI), {u"--lang=en"_s, u"--workspace"_s, file, u"import"_s, u"customers"_s, bigFile()});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    while (err.count(killAfter) < times && process.state() == QProcess::Running && process.waitForReadyRead(120000))
        err += process.readAllStandardError();
    if (err.count(killAfter) < times) {
        process.waitForFinished(120000);
        QSKIP(qPrintable(u"The import finished before it could be killed: "_s + QString::fromUtf8(err)));
    }
    process.kill();  // SIGKILL: no handler runs, nothing is cleaned up
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    // All or nothing: the customer from before and either none of the file's or all of them.
    const qint64 customers = count(file, u"SELECT count(*) FROM customers"_s);
    const qint64 batches = count(file, u"SELECT count(*) FROM import_batches"_s);
    if (mayBeSaved && customers != 1) {
        QCOMPARE(customers, 200001);
        QCOMPARE(batches, 1);
    } else {
        QCOMPARE(customers, 1);
        QCOMPARE(batches, 0);
        QCOMPARE(count(file, u"SELECT count(*) FROM import_created"_s), 0);
    }
    const Run check = ws(file, {u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
#endif
}

QString TestCliImport::seededWorkspace(const QString &name)
{
    const QString file = freshWorkspace(name);
    if (ws(file, {u"customer"_s, u"add"_s, u"--name"_s, u"长城贸易"_s, u"--city"_s, u"北京"_s}).exitCode != 0)
        qWarning("customer add failed");
    const QString earlier = path(u"earlier.csv"_s);
    writeAll(earlier, "名称,城市\n华为,深圳\n");
    if (ws(file, {u"import"_s, u"customers"_s, earlier}).exitCode != 0)
        qWarning("the earlier import failed");
    return file;
}

void TestCliImport::verifyRefused(const QString &workspace, const QStringList &arguments, const QString &message)
{
    const QByteArray before = readAll(workspace);
    QVERIFY(!before.isEmpty());
    for (const bool asJson : {false, true}) {
        const Run run = ws(workspace, QStringList{u"import"_s} + arguments + (asJson ? QStringList{u"--json"_s} : QStringList()));
        QCOMPARE(run.exitCode, 1);
        // The message, then perhaps a technical detail (the byte offset of a bad character).
        QVERIFY2(run.err.endsWith(u'\n'), qPrintable(run.err));
        const QStringList lines = run.err.chopped(1).split(u'\n');
        QCOMPARE(plurals(lines.first()), plurals(u"guanxi-cli: "_s + message));
        QVERIFY2(lines.size() == 1 || (lines.size() == 2 && lines[1].startsWith(u"  Details: "_s)), qPrintable(run.err));
        QCOMPARE(run.out, QString());
        QVERIFY2(readAll(workspace) == before, "the workspace file changed");
        QVERIFY(!QFileInfo::exists(workspace + u"-wal"_s) || QFileInfo(workspace + u"-wal"_s).size() == 0);
    }
    QCOMPARE(count(workspace, u"SELECT count(*) FROM customers"_s), 2);
    QCOMPARE(count(workspace, u"SELECT count(*) FROM contacts"_s), 0);
    QCOMPARE(count(workspace, u"SELECT count(*) FROM orders"_s), 0);
    QCOMPARE(count(workspace, u"SELECT count(*) FROM import_batches"_s), 1);
    QCOMPARE(json(ws(workspace, {u"imports"_s, u"--json"_s})).array().size(), 1);
    const Run check = ws(workspace, {u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

void TestCliImport::hostileFiles_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    for (const RefusedFile &refused : refusedImportFiles())
        for (const char *entity : {"customers", "orders"})
            QTest::addRow("%s, %s", qPrintable(refused.file), entity)
                << QString::fromLatin1(entity) << dataPath(refused.file) << refused.message;
    const QString headerOnly = u"The file has a header row but no rows of data below it: there is nothing to import."_s;
    QTest::newRow("header_only.csv, customers") << u"customers"_s << dataPath(u"csv/header_only.csv"_s) << headerOnly;
    const QString orderHeader = path(u"order_header_only.csv"_s);
    writeAll(orderHeader, "订单号,客户名称,日期,金额\r\n\r\n");
    QTest::newRow("header only, orders") << u"orders"_s << orderHeader << headerOnly;

    // Faults after 4,000 good rows (more than the 128 KiB the reader looks at first): the rows
    // before them were already written into the import's transaction.
    QByteArray customers = "客户名称,手机,城市\r\n";
    QByteArray orders = "客户名称,订单号,日期,金额\r\n";
    for (int i = 1; i <= 4000; ++i) {
        customers += "新客户" + QByteArray::number(i) + ",139" + QByteArray::number(i).rightJustified(8, '0') + ",杭州\r\n";
        orders += "长城贸易,HX-" + QByteArray::number(i) + ",2024-05-01," + QByteArray::number(i) + ".50\r\n";
    }
    const QString lateNul = path(u"late_nul.csv"_s);
    writeAll(lateNul, customers + QByteArray("新客\0户,13900000000,杭州\r\n", 36));
    QTest::newRow("NUL on line 4002, customers") << u"customers"_s << lateNul
                                                 << u"Line 4002 contains a NUL character: this does not look like a text file."_s;
    const QString lateQuote = path(u"late_quote.csv"_s);
    writeAll(lateQuote, orders + "长城贸易,\"HX-9,2024-05-01,1\r\n长城贸易,HX-10,2024-05-01,1\r\n");
    QTest::newRow("open quote on line 4002, orders")
        << u"orders"_s << lateQuote
        << u"The quoted field that starts on line 4002 has no closing quote (\"): the rest of the file would be read as one field."_s;
    const QString lateBom = path(u"late_bom.csv"_s);
    writeAll(lateBom, orders + "\xEF\xBB\xBF" + orders);
    QTest::newRow("byte order mark on line 4002, orders")
        << u"orders"_s << lateBom
        << u"Line 4002 contains a byte order mark (U+FEFF) in the middle of the file: were two files joined together? Remove it and "
           "try again."_s;
}

void TestCliImport::hostileFiles()
{
    QFETCH(QString, entity);
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString workspace = seededWorkspace(u"hostile-%1.guanxi"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-').replace(u',', u'-').replace(u'/', u'-'));
    verifyRefused(workspace, {entity, file}, message);
    // --rejects and --dry-run change nothing about it.
    const QString rejects = path(u"hostile.rejects.csv"_s);
    verifyRefused(workspace, {entity, file, u"--dry-run"_s, u"--rejects"_s, rejects}, message);
    QVERIFY(!QFileInfo::exists(rejects));
}

// 50 MB in one field, written here: refused at the reader's limit of a field.
void TestCliImport::fiftyMegabyteField()
{
    const QString file = path(u"huge_field.csv"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("客户名称,备注\r\n长城贸易,\"");
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 50; ++i)
            QCOMPARE(out.write(block), block.size());
        out.write("\"\r\n");
    }
    const QString workspace = seededWorkspace(u"huge-field.guanxi"_s);
    verifyRefused(workspace, {u"customers"_s, file},
                  u"Line 2: field 2 is longer than 1,048,576 characters, the most one field may hold."_s);
    QFile::remove(file);
}

void TestCliImport::fileVanishesOrShrinksWhileImporting_data()
{
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("message");
    QTest::newRow("removed") << true << u"The file “moving.csv” disappeared while it was being read."_s;
    QTest::newRow("truncated") << false
                               << u"The file “moving.csv” changed while it was being read: another program may be writing it. Close "
                                  "that program and try again."_s;
}

// The import is stopped (SIGSTOP) after its first progress report, the file removed or cut
// short, and the import let go on: it must notice, and save nothing.
void TestCliImport::fileVanishesOrShrinksWhileImporting()
{
#ifndef Q_OS_UNIX
    QSKIP("Stops the process with SIGSTOP, which only Unix has.");
#else
    QFETCH(bool, remove);
    QFETCH(QString, message);
    const QString workspace = seededWorkspace(u"moving-%1.guanxi"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QByteArray before = readAll(workspace);
    const QString file = path(u"moving.csv"_s);
    QFile::remove(file);
    QVERIFY(QFile::copy(bigFile(), file));
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(GUANXI_CLI), {u"--lang=en"_s, u"--workspace"_s, workspace, u"import"_s, u"customers"_s, file});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    while (!err.contains("Importing:") && process.state() == QProcess::Running && process.waitForReadyRead(120000))
        err += process.readAllStandardError();
    QVERIFY2(err.contains("Importing:"), err.constData());
    QCOMPARE(::kill(pid_t(process.processId()), SIGSTOP), 0);
    if (remove)
        QVERIFY(QFile::remove(file));
    else
        QVERIFY(QFile::resize(file, 1 << 20));
    QCOMPARE(::kill(pid_t(process.processId()), SIGCONT), 0);
    QVERIFY(process.waitForFinished(120000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(err).contains(u"guanxi-cli: "_s + message + u'\n'), err.constData());
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    QCOMPARE(count(workspace, u"SELECT count(*) FROM customers"_s), 2);
    QCOMPARE(count(workspace, u"SELECT count(*) FROM import_batches"_s), 1);
    const Run check = ws(workspace, {u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(readAll(workspace) == before, "the workspace file changed");
#endif
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
