// guanxi-cli end to end: the real binary (GUANXI_CLI) run with QProcess against workspace files
// in a temporary folder. Exit codes, stdout (text and JSON, checked field by field), stderr
// messages, and that refused commands leave the file byte-for-byte as it was.
#include "TestSupport.h"

#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace guanxi;
using namespace guanxi::test;

namespace {

using Run = CliRun;

const QRegularExpression uuidPattern(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

// The terminal width of text, counted as the CLI counts it: CJK characters take two columns.
int columns(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                                  || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)))
                     ? 2
                     : 1;
    return width;
}

QByteArray fileBytes(const QString &path)
{
    return readAll(path);
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

}  // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void versionAndHelp();
    void helpForEveryCommand();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void initCreatesAndKeeps();
    void initRefusesToClobber();
    void defaultWorkspaceFollowsTheDataLocation();
    void demoAndInfo();
    void infoTextIsReadable();
    void checkPassesAndFails();
    void backupMakesACopyAndNeverOverwrites();
    void customerAddPrintsTheId();
    void customerAddJson();
    void customerAddAcceptsLabelsForEnums();
    void customerAddValidationErrors();
    void customerEdit();
    void customerEditErrors();
    void customerDelete();
    void customerShow();
    void customerListFiltersAndLimits();
    void customerListAlignsChineseColumns();
    void search();
    void globalOptionsAfterTheCommand();
    void refusedFilesStayUntouched_data();
    void refusedFilesStayUntouched();
    void lockedWorkspace();
    void readOnlyOption();
    void readOnlyFile();
    void languageSwitch();
    void demoCancelLeavesWorkspaceAsBefore();

private:
    Run cli(const QStringList &arguments, const QHash<QString, QString> &environment = {});
    Run ws(const QString &path, QStringList arguments) { return cli(QStringList{QStringLiteral("--workspace"), path} + arguments); }
    QJsonDocument json(const Run &run);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshWorkspace(const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;  // a demo workspace shared by the read-only tests
};

Run TestCli::cli(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    return runCli(QStringLiteral(GUANXI_CLI), arguments, environment);
}

QJsonDocument TestCli::json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.rawOut, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.rawOut.constData());
    return document;
}

QString TestCli::freshWorkspace(const QString &name)
{
    const QString file = path(name);
    const Run run = ws(file, {QStringLiteral("init")});
    if (run.exitCode != 0)
        qWarning("init failed: %s", qPrintable(run.err));
    return file;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(GUANXI_CLI)), GUANXI_CLI);
    m_demo = path(QStringLiteral("demo.guanxi"));
    const Run demo = ws(m_demo, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300"),
                                 QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestCli::versionAndHelp()
{
    Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("guanxi-cli ") + QStringLiteral(GUANXI_VERSION)));
    QVERIFY(version.err.isEmpty());

    Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"init", "demo", "info", "check", "backup", "customer add", "customer edit",
                                "customer delete", "customer show", "customer list", "search"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    QVERIFY(help.out.contains(QStringLiteral("--workspace FILE")));
    QVERIFY(help.out.contains(QStringLiteral("--lang")));
    QCOMPARE(cli({QStringLiteral("help")}).out, help.out);
    QCOMPARE(cli({QStringLiteral("-h")}).exitCode, 0);
}

void TestCli::helpForEveryCommand()
{
    Run add = cli({QStringLiteral("help"), QStringLiteral("customer"), QStringLiteral("add")});
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.contains(QStringLiteral("Usage: guanxi-cli [--workspace FILE] customer add --name NAME")));
    for (const char *option : {"--name NAME", "--phone PHONE", "--email EMAIL", "--city CITY", "--tier CODE",
                               "--owner NAME", "--notes NOTES", "--json", "--credit-code", "--do-not-contact"})
        QVERIFY2(add.out.contains(QLatin1String(option)), option);
    QVERIFY(add.out.contains(QStringLiteral("strategic_alliance")));
    QCOMPARE(cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--help")}).out, add.out);

    Run group = cli({QStringLiteral("help"), QStringLiteral("customer")});
    QCOMPARE(group.exitCode, 0);
    QCOMPARE(group.out.count(QStringLiteral("guanxi-cli [--workspace FILE] customer ")), 5);

    for (const char *command : {"init", "demo", "info", "check", "backup", "search"}) {
        Run run = cli({QStringLiteral("help"), QLatin1String(command)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Usage: guanxi-cli")), command);
    }
    Run unknown = cli({QStringLiteral("help"), QStringLiteral("dance")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("dance")));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("usage");  // the usage line shown, or empty
    const QString ws = QStringLiteral("--workspace=") + QDir::temp().filePath(QStringLiteral("guanxi-cli-never-created.guanxi"));
    QTest::newRow("no command") << QStringList{} << "No command given" << "Usage: guanxi-cli [--workspace FILE]";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("dance")} << "Unknown command “dance”" << "";
    QTest::newRow("group without sub-command") << QStringList{QStringLiteral("customer")} << "add, edit, delete, show, list" << "";
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--colour"), QStringLiteral("info")} << "--colour" << "";
    QTest::newRow("unknown option with suggestion")
        << QStringList{ws, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--phon"), QStringLiteral("1")}
        << "Unknown option “--phon”. Did you mean --phone?" << "customer add --name NAME";
    QTest::newRow("missing value")
        << QStringList{ws, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name")}
        << "The option --name needs a value" << "customer add";
    QTest::newRow("missing required option")
        << QStringList{ws, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--city"), QStringLiteral("北京")}
        << "The option --name is required" << "customer add";
    QTest::newRow("missing id") << QStringList{ws, QStringLiteral("customer"), QStringLiteral("show")}
                                << "The argument ID is missing" << "customer show ID";
    QTest::newRow("extra argument") << QStringList{ws, QStringLiteral("info"), QStringLiteral("extra")}
                                    << "Unexpected argument “extra”" << "info";
    QTest::newRow("flag with value") << QStringList{ws, QStringLiteral("info"), QStringLiteral("--json=yes")}
                                     << "The option --json takes no value" << "info";
    QTest::newRow("bad limit") << QStringList{ws, QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"),
                                              QStringLiteral("ten")}
                               << "--limit needs a whole number" << "customer list";
    QTest::newRow("bad tier filter") << QStringList{ws, QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--tier"),
                                                    QStringLiteral("golden")}
                                     << "strategic_alliance" << "customer list";
    QTest::newRow("bad tier value")
        << QStringList{ws, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--tier"), QStringLiteral("golden")}
        << "Relationship tier: “golden” is not one of the choices" << "customer add";
    QTest::newRow("bad satisfaction")
        << QStringList{ws, QStringLiteral("customer"), QStringLiteral("edit"), QStringLiteral("some-id"),
                       QStringLiteral("--satisfaction"), QStringLiteral("9")}
        << "“9” is not a rating from 1 to 5" << "customer edit ID";
    QTest::newRow("edit without fields") << QStringList{ws, QStringLiteral("customer"), QStringLiteral("edit"), QStringLiteral("some-id")}
                                         << "Nothing to change" << "customer edit ID";
    QTest::newRow("demo without count") << QStringList{ws, QStringLiteral("demo")} << "The option --customers is required" << "demo --customers N";
    QTest::newRow("demo bad count") << QStringList{ws, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("-5")}
                                    << "--customers needs a whole number" << "demo";
    QTest::newRow("demo bad seed") << QStringList{ws, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5"),
                                                  QStringLiteral("--seed"), QStringLiteral("abc")}
                                   << "--seed needs a whole number" << "demo";
    QTest::newRow("backup without file") << QStringList{ws, QStringLiteral("backup")} << "The argument FILE is missing" << "backup FILE";
    QTest::newRow("empty search") << QStringList{ws, QStringLiteral("search"), QStringLiteral(" ")} << "The search text is empty" << "search QUERY";
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("info")}
                                      << "“fr”" << "";
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(QString, usage);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("guanxi-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Usage: ")), qPrintable(run.err));
    if (!usage.isEmpty())
        QVERIFY2(run.err.contains(usage), qPrintable(run.err));
    // A usage error never creates a workspace.
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("guanxi-cli-never-created.guanxi"))));
}

void TestCli::initCreatesAndKeeps()
{
    const QString file = path(QStringLiteral("sub/folder/new.guanxi"));
    Run init = ws(file, {QStringLiteral("init")});
    QCOMPARE(init.exitCode, 0);
    QVERIFY(init.out.contains(QStringLiteral("Created")));
    QVERIFY(QFile::exists(file));
    Run again = ws(file, {QStringLiteral("init")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("already a Guanxi workspace")));
    Run info = ws(file, {QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(json(info).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("customers")).toInt(), 0);

    // An empty file (as "touch" leaves it) becomes a workspace.
    const QString empty = path(QStringLiteral("empty.guanxi"));
    writeAll(empty, {});
    QCOMPARE(ws(empty, {QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(ws(empty, {QStringLiteral("info")}).exitCode, 0);
}

void TestCli::initRefusesToClobber()
{
    const QString notes = path(QStringLiteral("notes.txt"));
    const QByteArray text = "Shopping list: tea, rice\n";
    writeAll(notes, text);
    Run init = ws(notes, {QStringLiteral("init")});
    QCOMPARE(init.exitCode, 1);
    QVERIFY2(init.err.contains(QStringLiteral("not a database file")), qPrintable(init.err));
    QCOMPARE(fileBytes(notes), text);
    QVERIFY(!QFile::exists(notes + QStringLiteral("-wal")));
    Run demo = ws(notes, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("3")});
    QCOMPARE(demo.exitCode, 1);
    QCOMPARE(fileBytes(notes), text);
}

void TestCli::defaultWorkspaceFollowsTheDataLocation()
{
#ifndef Q_OS_LINUX
    QSKIP("XDG_DATA_HOME only moves the data location on Linux.");
#endif
    QTemporaryDir home;
    const QHash<QString, QString> env{{QStringLiteral("XDG_DATA_HOME"), home.path()}};
    const QString expected = QDir(home.path()).filePath(QStringLiteral("Guanxi/Guanxi/default.guanxi"));
    Run missing = cli({QStringLiteral("info")}, env);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(expected), qPrintable(missing.err));
    QVERIFY2(missing.err.contains(QStringLiteral("guanxi-cli init")), qPrintable(missing.err));
    QVERIFY(!QFile::exists(expected));
    QCOMPARE(cli({QStringLiteral("init")}, env).exitCode, 0);
    QVERIFY(QFile::exists(expected));
    Run help = cli({QStringLiteral("--help")}, env);
    QVERIFY(help.out.contains(expected));
    Run add = cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Default Co")}, env);
    QCOMPARE(add.exitCode, 0);
    Run info = cli({QStringLiteral("info"), QStringLiteral("--json")}, env);
    QCOMPARE(json(info).object().value(QStringLiteral("path")).toString(), expected);
    QCOMPARE(json(info).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("customers")).toInt(), 1);
}

void TestCli::demoAndInfo()
{
    const QString file = path(QStringLiteral("made-by-demo.guanxi"));
    Run demo = ws(file, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40")});
    QCOMPARE(demo.exitCode, 0);
    // "customer(s)" until the English translation has the plural forms of this message.
    QVERIFY2(QString(demo.out).replace(QStringLiteral("(s)"), QStringLiteral("s")).contains(QStringLiteral("Created 40 customers in ")),
             qPrintable(demo.out));
    QVERIFY(demo.out.contains(QStringLiteral("(seed 1)")));
    QVERIFY(demo.err.isEmpty());  // small runs print no progress

    Run info = ws(file, {QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject object = json(info).object();
    QCOMPARE(object.value(QStringLiteral("path")).toString(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(object.value(QStringLiteral("schemaVersion")).toInt(), Workspace::latestSchemaVersion());
    QCOMPARE(object.value(QStringLiteral("latestSchemaVersion")).toInt(), Workspace::latestSchemaVersion());
    QVERIFY(object.value(QStringLiteral("fileSize")).toDouble() > 10000);
    QVERIFY(uuidPattern.match(object.value(QStringLiteral("replicaId")).toString()).hasMatch());
    QCOMPARE(object.value(QStringLiteral("readOnly")).toBool(), false);
    const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("customers")).toInt(), 40);
    QVERIFY(counts.value(QStringLiteral("staff")).toInt() >= 8 && counts.value(QStringLiteral("staff")).toInt() <= 20);
    for (const char *key : {"contacts", "interactions", "orders", "followUps", "openFollowUps", "overdueFollowUps"})
        QVERIFY2(counts.contains(QLatin1String(key)), key);
    QVERIFY(counts.value(QStringLiteral("interactions")).toInt() > 40);
    QVERIFY(counts.value(QStringLiteral("openFollowUps")).toInt() <= counts.value(QStringLiteral("followUps")).toInt());

    // Same seed, same data: a second demo workspace lists the same names in the same order.
    const QString twin = path(QStringLiteral("twin.guanxi"));
    QCOMPARE(ws(twin, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40"), QStringLiteral("--seed"),
                       QStringLiteral("1")})
                 .exitCode,
             0);
    const auto names = [&](const QString &workspace) {
        QStringList list;
        const QJsonArray array = json(ws(workspace, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"),
                                                     QStringLiteral("0"), QStringLiteral("--json")}))
                                     .array();
        for (const QJsonValue &v : array)
            list.append(v.toObject().value(QStringLiteral("name")).toString() + v.toObject().value(QStringLiteral("phone")).toString());
        return list;
    };
    QCOMPARE(names(twin), names(file));
    QCOMPARE(names(file).size(), 40);

    // Demo adds to a workspace that has data.
    QCOMPARE(ws(file, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10"), QStringLiteral("--seed"),
                       QStringLiteral("2")})
                 .exitCode,
             0);
    QCOMPARE(json(ws(file, {QStringLiteral("info"), QStringLiteral("--json")}))
                 .object()
                 .value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("customers"))
                 .toInt(),
             50);
}

void TestCli::infoTextIsReadable()
{
    Run info = ws(m_demo, {QStringLiteral("info")});
    QCOMPARE(info.exitCode, 0);
    for (const char *label : {"Workspace", "Format", "File size", "Replica id", "Customers", "Contacts", "Interactions",
                              "Orders", "Follow-ups", "Team members"})
        QVERIFY2(info.out.contains(QLatin1String(label)), label);
    QVERIFY(info.out.contains(QStringLiteral("300")));
    // Values start in one column.
    QList<int> starts;
    for (const QString &line : info.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        static const QRegularExpression gap(QStringLiteral("  +\\S"));
        const auto match = gap.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        starts.append(columns(line.left(match.capturedEnd() - 1)));
    }
    QVERIFY(std::all_of(starts.begin(), starts.end(), [&](int s) { return s == starts.first(); }));
}

void TestCli::checkPassesAndFails()
{
    Run full = ws(m_demo, {QStringLiteral("check")});
    QCOMPARE(full.exitCode, 0);
    QVERIFY(full.out.contains(QStringLiteral("Integrity check passed")));
    Run quick = ws(m_demo, {QStringLiteral("check"), QStringLiteral("--quick")});
    QCOMPARE(quick.exitCode, 0);
    QVERIFY(quick.out.contains(QStringLiteral("Quick check passed")));

    // A customer added while the search index was not kept current: the full check finds it.
    const QString file = freshWorkspace(QStringLiteral("stale-index.guanxi"));
    {
        auto opened = Workspace::open(file);
        GX_VERIFY_OK(opened);
        (*opened)->setSearchAutoIndex(false);
        Customer c;
        c.name = QStringLiteral("Not indexed");
        GX_VERIFY_OK(CustomerRepository(**opened).create(c));
    }
    Run stale = ws(file, {QStringLiteral("check")});
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains(QStringLiteral("1 problem")), qPrintable(stale.err));
    QVERIFY2(stale.err.contains(QStringLiteral("search index")), qPrintable(stale.err));
    QCOMPARE(ws(file, {QStringLiteral("check"), QStringLiteral("--quick")}).exitCode, 0);
}

void TestCli::backupMakesACopyAndNeverOverwrites()
{
    const QString target = path(QStringLiteral("backups/demo-copy.guanxi"));
    const QByteArray before = fileBytes(m_demo);
    Run backup = ws(m_demo, {QStringLiteral("backup"), target});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY(backup.out.contains(QStringLiteral("demo-copy.guanxi")));
    QVERIFY(QFile::exists(target));
    QCOMPARE(fileBytes(m_demo), before);
    const auto counts = [&](const QString &file) {
        return json(ws(file, {QStringLiteral("info"), QStringLiteral("--json")})).object().value(QStringLiteral("counts")).toObject();
    };
    QCOMPARE(counts(target), counts(m_demo));
    QCOMPARE(ws(target, {QStringLiteral("check")}).exitCode, 0);

    const QByteArray copy = fileBytes(target);
    Run again = ws(m_demo, {QStringLiteral("backup"), target});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
    QCOMPARE(fileBytes(target), copy);
    QCOMPARE(ws(m_demo, {QStringLiteral("backup"), m_demo}).exitCode, 1);
}

void TestCli::customerAddPrintsTheId()
{
    const QString file = freshWorkspace(QStringLiteral("add.guanxi"));
    Run add = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme Supplies Ltd")});
    QCOMPARE(add.exitCode, 0);
    const QString id = add.out.trimmed();
    QVERIFY2(uuidPattern.match(id).hasMatch(), qPrintable(add.out));
    QCOMPARE(add.out, id + QLatin1Char('\n'));
    Run show = ws(file, {QStringLiteral("customer"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(json(show).object().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Supplies Ltd"));
}

void TestCli::customerAddJson()
{
    const QString file = freshWorkspace(QStringLiteral("add-json.guanxi"));
    Run add = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("北京长城科技有限公司"),
                        QStringLiteral("--phone"), QStringLiteral("+86 138 1234 5678"), QStringLiteral("--email"),
                        QStringLiteral("Info@ChangCheng.COM.cn"), QStringLiteral("--city"), QStringLiteral("北京"),
                        QStringLiteral("--tier"), QStringLiteral("partner"), QStringLiteral("--owner"), QStringLiteral("王伟"),
                        QStringLiteral("--notes"), QStringLiteral("春节前拜访"), QStringLiteral("--json")});
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.err.isEmpty(), qPrintable(add.err));
    QVERIFY(add.rawOut.contains(QByteArray("北京长城科技有限公司")));  // UTF-8, not \u escapes
    const QJsonObject c = json(add).object();
    QVERIFY(uuidPattern.match(c.value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("北京长城科技有限公司"));
    QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("13812345678"));
    QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("Info@changcheng.com.cn"));
    QCOMPARE(c.value(QStringLiteral("city")).toString(), QStringLiteral("北京"));
    QCOMPARE(c.value(QStringLiteral("tier")).toString(), QStringLiteral("partner"));
    QCOMPARE(c.value(QStringLiteral("owner")).toString(), QStringLiteral("王伟"));
    QVERIFY(uuidPattern.match(c.value(QStringLiteral("ownerId")).toString()).hasMatch());
    QCOMPARE(c.value(QStringLiteral("notes")).toString(), QStringLiteral("春节前拜访"));
    QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("company"));
    QCOMPARE(c.value(QStringLiteral("lifecycle")).toString(), QStringLiteral("prospect"));
    QCOMPARE(c.value(QStringLiteral("doNotContact")).toBool(), false);
    // Every key is there, unset ones as null, so scripts can rely on them.
    for (const char *key : {"segment", "source", "industry", "region", "address", "website", "creditCode", "tags",
                            "satisfaction"}) {
        QVERIFY2(c.contains(QLatin1String(key)), key);
        QVERIFY2(c.value(QLatin1String(key)).isNull(), key);
    }
    QVERIFY(!c.value(QStringLiteral("createdAt")).toString().isEmpty());

    // The owner was found, not created twice.
    Run second = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("上海浦东发展银行"),
                           QStringLiteral("--owner"), QStringLiteral("王伟"), QStringLiteral("--json")});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(json(second).object().value(QStringLiteral("ownerId")), c.value(QStringLiteral("ownerId")));
    QCOMPARE(json(ws(file, {QStringLiteral("info"), QStringLiteral("--json")}))
                 .object()
                 .value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("staff"))
                 .toInt(),
             1);
}

void TestCli::customerAddAcceptsLabelsForEnums()
{
    const QString file = freshWorkspace(QStringLiteral("labels.guanxi"));
    const QList<QPair<QString, QString>> tiers{{QStringLiteral("preferred_supplier"), QStringLiteral("preferred_supplier")},
                                               {QStringLiteral("Preferred supplier"), QStringLiteral("preferred_supplier")},
                                               {QStringLiteral("战略联盟"), QStringLiteral("strategic_alliance")},
                                               {QStringLiteral("买卖关系"), QStringLiteral("transactional")}};
    for (const auto &[text, code] : tiers) {
        Run add = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), text,
                            QStringLiteral("--tier"), text, QStringLiteral("--kind"), QStringLiteral("个人"),
                            QStringLiteral("--source"), QStringLiteral("Trade show"), QStringLiteral("--json")});
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(json(add).object().value(QStringLiteral("tier")).toString(), code);
        QCOMPARE(json(add).object().value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
        QCOMPARE(json(add).object().value(QStringLiteral("source")).toString(), QStringLiteral("trade_show"));
    }
}

void TestCli::customerAddValidationErrors()
{
    const QString file = freshWorkspace(QStringLiteral("invalid.guanxi"));
    const QByteArray before = fileBytes(file);
    Run email = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                          QStringLiteral("--email"), QStringLiteral("someone@"), QStringLiteral("--owner"), QStringLiteral("新人")});
    QCOMPARE(email.exitCode, 1);
    QVERIFY(email.out.isEmpty());
    QVERIFY2(email.err.contains(QStringLiteral("The customer was not saved")), qPrintable(email.err));
    QVERIFY2(email.err.contains(QStringLiteral("E-mail: ")), qPrintable(email.err));
    QVERIFY2(email.err.contains(QStringLiteral("someone@")), qPrintable(email.err));

    Run phone = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                          QStringLiteral("--phone"), QStringLiteral("12345")});
    QCOMPARE(phone.exitCode, 1);
    QVERIFY2(phone.err.contains(QStringLiteral("Phone: ")), qPrintable(phone.err));
    QVERIFY2(phone.err.contains(QStringLiteral("12345")), qPrintable(phone.err));

    // Several problems at once are all listed, one per line.
    Run several = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral(" "),
                            QStringLiteral("--phone"), QStringLiteral("abc"), QStringLiteral("--credit-code"), QStringLiteral("123")});
    QCOMPARE(several.exitCode, 1);
    QVERIFY2(several.err.contains(QStringLiteral("Every customer needs a name")), qPrintable(several.err));
    QVERIFY(several.err.contains(QStringLiteral("Phone: ")));
    QVERIFY(several.err.contains(QStringLiteral("Unified social credit code: ")));
    QVERIFY(several.err.count(QLatin1Char('\n')) >= 4);

    // Nothing was written: no customer and no new team member.
    const QJsonObject counts = json(ws(file, {QStringLiteral("info"), QStringLiteral("--json")})).object().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("customers")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("staff")).toInt(), 0);
    Q_UNUSED(before);
}

void TestCli::customerEdit()
{
    const QString file = freshWorkspace(QStringLiteral("edit.guanxi"));
    const QString id = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("重庆山城火锅餐饮有限公司"),
                                 QStringLiteral("--city"), QStringLiteral("重庆")})
                           .out.trimmed();
    Run edit = ws(file, {QStringLiteral("customer"), QStringLiteral("edit"), id, QStringLiteral("--phone"), QStringLiteral("023 6123 4567"),
                         QStringLiteral("--tier"), QStringLiteral("合作伙伴"), QStringLiteral("--satisfaction"), QStringLiteral("4"),
                         QStringLiteral("--tags"), QStringLiteral("VIP，火锅"), QStringLiteral("--do-not-contact"), QStringLiteral("yes"),
                         QStringLiteral("--owner"), QStringLiteral("李娜"), QStringLiteral("--lifecycle"), QStringLiteral("loyal"),
                         QStringLiteral("--segment"), QStringLiteral("价值客户"), QStringLiteral("--json")});
    QCOMPARE(edit.exitCode, 0);
    QJsonObject c = json(edit).object();
    QCOMPARE(c.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("重庆山城火锅餐饮有限公司"));
    QCOMPARE(c.value(QStringLiteral("city")).toString(), QStringLiteral("重庆"));
    QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("023-61234567"));
    QCOMPARE(c.value(QStringLiteral("tier")).toString(), QStringLiteral("partner"));
    QCOMPARE(c.value(QStringLiteral("satisfaction")).toInt(), 4);
    QCOMPARE(c.value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("VIP"), QStringLiteral("火锅")}));
    QCOMPARE(c.value(QStringLiteral("doNotContact")).toBool(), true);
    QCOMPARE(c.value(QStringLiteral("owner")).toString(), QStringLiteral("李娜"));
    QCOMPARE(c.value(QStringLiteral("lifecycle")).toString(), QStringLiteral("loyal"));
    QCOMPARE(c.value(QStringLiteral("lifecycleManual")).toBool(), true);
    QCOMPARE(c.value(QStringLiteral("segment")).toString(), QStringLiteral("value"));

    // Text output; clearing fields with an empty value; the change is saved.
    Run clear = ws(file, {QStringLiteral("customer"), QStringLiteral("edit"), id, QStringLiteral("--tags="), QStringLiteral("--owner"),
                          QString(), QStringLiteral("--satisfaction"), QString()});
    QCOMPARE(clear.exitCode, 0);
    QVERIFY(clear.out.contains(QStringLiteral("Saved “重庆山城火锅餐饮有限公司”")));
    c = json(ws(file, {QStringLiteral("customer"), QStringLiteral("show"), id, QStringLiteral("--json")})).object();
    QVERIFY(c.value(QStringLiteral("tags")).isNull());
    QVERIFY(c.value(QStringLiteral("owner")).isNull());
    QVERIFY(c.value(QStringLiteral("ownerId")).isNull());
    QVERIFY(c.value(QStringLiteral("satisfaction")).isNull());
    QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("023-61234567"));
}

void TestCli::customerEditErrors()
{
    const QString file = freshWorkspace(QStringLiteral("edit-errors.guanxi"));
    const QString id = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Northwind Trading GmbH")})
                           .out.trimmed();
    Run unknown = ws(file, {QStringLiteral("customer"), QStringLiteral("edit"), QStringLiteral("00000000-0000-4000-8000-000000000000"),
                            QStringLiteral("--city"), QStringLiteral("Hamburg")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no customer with id 00000000-0000-4000-8000-000000000000")), qPrintable(unknown.err));

    Run badEmail = ws(file, {QStringLiteral("customer"), QStringLiteral("edit"), id, QStringLiteral("--email"), QStringLiteral("info at northwind")});
    QCOMPARE(badEmail.exitCode, 1);
    QVERIFY(badEmail.err.contains(QStringLiteral("E-mail: ")));
    Run emptyName = ws(file, {QStringLiteral("customer"), QStringLiteral("edit"), id, QStringLiteral("--name"), QString()});
    QCOMPARE(emptyName.exitCode, 1);
    QVERIFY(emptyName.err.contains(QStringLiteral("Every customer needs a name")));
    const QJsonObject c = json(ws(file, {QStringLiteral("customer"), QStringLiteral("show"), id, QStringLiteral("--json")})).object();
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Northwind Trading GmbH"));
    QVERIFY(c.value(QStringLiteral("email")).isNull());
}

void TestCli::customerDelete()
{
    const QString file = freshWorkspace(QStringLiteral("delete.guanxi"));
    const QString id = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("To go")}).out.trimmed();
    Run del = ws(file, {QStringLiteral("customer"), QStringLiteral("delete"), id});
    QCOMPARE(del.exitCode, 0);
    QVERIFY(del.out.contains(QStringLiteral("Deleted “To go”")));
    Run show = ws(file, {QStringLiteral("customer"), QStringLiteral("show"), id});
    QCOMPARE(show.exitCode, 1);
    QVERIFY(show.err.contains(QStringLiteral("There is no customer with id")));
    QCOMPARE(ws(file, {QStringLiteral("customer"), QStringLiteral("delete"), id}).exitCode, 1);
    QCOMPARE(json(ws(file, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--json")})).array().size(), 0);
    QCOMPARE(json(ws(file, {QStringLiteral("search"), QStringLiteral("go"), QStringLiteral("--json")})).array().size(), 0);
}

void TestCli::customerShow()
{
    // The first demo customer with contacts, interactions and open follow-ups.
    const QJsonArray all = json(ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"),
                                            QStringLiteral("--tier"), QStringLiteral("partner"), QStringLiteral("--json")}))
                               .array();
    QVERIFY(!all.isEmpty());
    QJsonObject detail;
    for (const QJsonValue &entry : all) {
        Run show = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("show"), entry.toObject().value(QStringLiteral("id")).toString(),
                               QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        detail = json(show).object();
        if (!detail.value(QStringLiteral("contacts")).toArray().isEmpty()
            && !detail.value(QStringLiteral("openFollowUps")).toArray().isEmpty()
            && detail.value(QStringLiteral("interactionCount")).toInt() > 0)
            break;
    }
    const QJsonArray contacts = detail.value(QStringLiteral("contacts")).toArray();
    QVERIFY(!contacts.isEmpty());
    const QJsonObject contact = contacts.first().toObject();
    QVERIFY(uuidPattern.match(contact.value(QStringLiteral("id")).toString()).hasMatch());
    QVERIFY(!contact.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!contact.value(QStringLiteral("title")).toString().isEmpty());
    QCOMPARE(contact.value(QStringLiteral("primary")).toBool(), true);
    const QJsonArray interactions = detail.value(QStringLiteral("recentInteractions")).toArray();
    QVERIFY(!interactions.isEmpty() && interactions.size() <= 10);
    QCOMPARE(interactions.size(), std::min(10, detail.value(QStringLiteral("interactionCount")).toInt()));
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &v : interactions) {
        const QString when = v.toObject().value(QStringLiteral("occurredAt")).toString();
        QVERIFY(when <= previous);  // newest first
        previous = when;
        QVERIFY(!v.toObject().value(QStringLiteral("summary")).toString().isEmpty());
        QVERIFY(!v.toObject().value(QStringLiteral("channel")).toString().isEmpty());
    }
    for (const QJsonValue &v : detail.value(QStringLiteral("openFollowUps")).toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(!v.toObject().value(QStringLiteral("dueOn")).toString().isEmpty());
    }
    const QJsonObject orders = detail.value(QStringLiteral("orders")).toObject();
    QVERIFY(orders.value(QStringLiteral("count")).toInt() >= 6);  // partners order often
    QVERIFY(!orders.value(QStringLiteral("totalMinor")).toObject().isEmpty());

    Run text = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("show"), detail.value(QStringLiteral("id")).toString()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith(detail.value(QStringLiteral("name")).toString() + QLatin1Char('\n')));
    QVERIFY(text.out.contains(QStringLiteral("Relationship tier")));
    QVERIFY(text.out.contains(QStringLiteral("Partner")));
    QVERIFY(text.out.contains(QStringLiteral("Contacts (%1)").arg(contacts.size())));
    QVERIFY(text.out.contains(QStringLiteral("Recent interactions (")));
    QVERIFY(text.out.contains(QStringLiteral("Open follow-ups (")));
    QVERIFY(text.out.contains(contact.value(QStringLiteral("name")).toString()));

    Run missing = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("no-such-id")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("There is no customer with id no-such-id")));
}

void TestCli::customerListFiltersAndLimits()
{
    Run three = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(three.exitCode, 0);
    QCOMPARE(json(three).array().size(), 3);
    Run all = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    const QJsonArray everyone = json(all).array();
    QCOMPARE(everyone.size(), 300);
    QCOMPARE(json(ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--json")})).array().size(), 50);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(json(three).array().at(i).toObject().value(QStringLiteral("id")), everyone.at(i).toObject().value(QStringLiteral("id")));

    Run partners = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--tier"), QStringLiteral("合作伙伴"),
                               QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(partners.exitCode, 0);
    int expectedPartners = 0;
    for (const QJsonValue &v : everyone)
        expectedPartners += v.toObject().value(QStringLiteral("tier")).toString() == QLatin1String("partner") ? 1 : 0;
    QCOMPARE(json(partners).array().size(), expectedPartners);
    for (const QJsonValue &v : json(partners).array())
        QCOMPARE(v.toObject().value(QStringLiteral("tier")).toString(), QStringLiteral("partner"));

    const QString owner = everyone.at(0).toObject().value(QStringLiteral("owner")).toString().isEmpty()
                              ? everyone.at(1).toObject().value(QStringLiteral("owner")).toString()
                              : everyone.at(0).toObject().value(QStringLiteral("owner")).toString();
    Run owned = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--owner"), owner, QStringLiteral("--limit"),
                            QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(owned.exitCode, 0);
    int expectedOwned = 0;
    for (const QJsonValue &v : everyone)
        expectedOwned += v.toObject().value(QStringLiteral("owner")).toString() == owner ? 1 : 0;
    QCOMPARE(json(owned).array().size(), expectedOwned);

    Run nobody = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--owner"), QStringLiteral("Nobody Here")});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(nobody.err.contains(QStringLiteral("There is no team member called “Nobody Here”")));

    Run text = ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(QLatin1Char('\n')), 6);  // header and five rows
    QVERIFY2(QString(text.err).replace(QStringLiteral("(s)"), QStringLiteral("s")).contains(QStringLiteral("Showing 5 of 300 customers")),
             qPrintable(text.err));
}

void TestCli::customerListAlignsChineseColumns()
{
    const QString file = freshWorkspace(QStringLiteral("align.guanxi"));
    for (const QString &name : {QStringLiteral("北京长城科技有限公司"), QStringLiteral("Acme Supplies Ltd"), QStringLiteral("上海浦东发展银行"),
                                QStringLiteral("Müller Maschinenbau GmbH"), QStringLiteral("王伟")})
        QCOMPARE(ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), name, QStringLiteral("--city"),
                           name.startsWith(QLatin1Char('A')) ? QStringLiteral("London") : QStringLiteral("北京"), QStringLiteral("--owner"),
                           name.size() % 2 ? QStringLiteral("李娜") : QStringLiteral("Anna")})
                     .exitCode,
                 0);
    Run list = ws(file, {QStringLiteral("customer"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    // The id is the last column and always 36 characters: aligned columns put every row's end,
    // and the header's "Id", in the same terminal column.
    const int rowWidth = columns(lines.at(1));
    for (const QString &line : lines.mid(1))
        QCOMPARE(columns(line), rowWidth);
    QVERIFY(lines.first().endsWith(QStringLiteral("Id")));
    QCOMPARE(columns(lines.first()) - 2, rowWidth - 36);
}

void TestCli::search()
{
    const QString file = freshWorkspace(QStringLiteral("search.guanxi"));
    const QString great = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("北京长城科技有限公司"),
                                    QStringLiteral("--phone"), QStringLiteral("13812345678")})
                              .out.trimmed();
    const QString acme = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Acme Supplies Ltd"),
                                   QStringLiteral("--email"), QStringLiteral("sales@acme.example"), QStringLiteral("--city"), QStringLiteral("London")})
                             .out.trimmed();
    Run hit = ws(file, {QStringLiteral("search"), QStringLiteral("长城"), QStringLiteral("--json")});
    QCOMPARE(hit.exitCode, 0);
    const QJsonArray hits = json(hit).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).toObject().value(QStringLiteral("id")).toString(), great);
    QCOMPARE(hits.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("北京长城科技有限公司"));
    QCOMPARE(hits.at(0).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("13812345678"));

    QCOMPARE(hits.at(0).toObject().value(QStringLiteral("matched")).toArray(), QJsonArray{QStringLiteral("name")});
    // Pinyin as the issue spells it: initials, full syllables, a word from the middle.
    for (const QString &pinyin : {QStringLiteral("bjcc"), QStringLiteral("beijingchangcheng"), QStringLiteral("changcheng")}) {
        const QJsonArray byPinyin = json(ws(file, {QStringLiteral("search"), pinyin, QStringLiteral("--json")})).array();
        QCOMPARE(byPinyin.size(), 1);
        QCOMPARE(byPinyin.at(0).toObject().value(QStringLiteral("id")).toString(), great);
    }
    QCOMPARE(json(ws(file, {QStringLiteral("search"), QStringLiteral("13812345678"), QStringLiteral("--json")})).array().at(0).toObject().value(QStringLiteral("matched")).toArray(),
             QJsonArray{QStringLiteral("phone")});

    QCOMPARE(json(ws(file, {QStringLiteral("search"), QStringLiteral("acme"), QStringLiteral("--json")})).array().at(0).toObject().value(QStringLiteral("id")).toString(), acme);
    QCOMPARE(json(ws(file, {QStringLiteral("search"), QStringLiteral("london"), QStringLiteral("--json")})).array().size(), 1);
    QCOMPARE(json(ws(file, {QStringLiteral("search"), QStringLiteral("13812345678"), QStringLiteral("--json")})).array().size(), 1);

    Run none = ws(file, {QStringLiteral("search"), QStringLiteral("zzzz"), QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(json(none).array().size(), 0);
    Run noneText = ws(file, {QStringLiteral("search"), QStringLiteral("zzzz")});
    QCOMPARE(noneText.exitCode, 0);
    QVERIFY(noneText.err.contains(QStringLiteral("Nothing found for “zzzz”")));

    Run text = ws(file, {QStringLiteral("search"), QStringLiteral("北京")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(great));

    // On the demo workspace: a generated name is found, and --limit is respected.
    const QJsonObject first = json(ws(m_demo, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                                               QStringLiteral("--json")}))
                                  .array()
                                  .at(0)
                                  .toObject();
    const QJsonArray found = json(ws(m_demo, {QStringLiteral("search"), first.value(QStringLiteral("name")).toString(), QStringLiteral("--limit"),
                                              QStringLiteral("0"), QStringLiteral("--json")}))
                                 .array();
    QVERIFY(std::any_of(found.begin(), found.end(), [&](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("id")) == first.value(QStringLiteral("id"));
    }));
    QCOMPARE(json(ws(m_demo, {QStringLiteral("search"), QStringLiteral("有限公司"), QStringLiteral("--limit"), QStringLiteral("7"),
                              QStringLiteral("--json")}))
                 .array()
                 .size(),
             7);
}

void TestCli::globalOptionsAfterTheCommand()
{
    Run info = cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--workspace"), m_demo});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(json(info).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("customers")).toInt(), 300);
    Run readOnly = cli({QStringLiteral("info"), QStringLiteral("--workspace=") + m_demo, QStringLiteral("--read-only"), QStringLiteral("--json")});
    QCOMPARE(json(readOnly).object().value(QStringLiteral("readOnly")).toBool(), true);
}

void TestCli::refusedFilesStayUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a database") << "text" << "is not a Guanxi workspace: it is not a database file";
    QTest::newRow("random bytes") << "random" << "is not a Guanxi workspace: it is not a database file";
    QTest::newRow("other database") << "foreign" << "is a database, but not a Guanxi workspace";
    QTest::newRow("newer Guanxi") << "newer" << "newer";
}

void TestCli::refusedFilesStayUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("refused-%1.guanxi").arg(kind));
    if (kind == QLatin1String("text")) {
        writeAll(file, "name,phone\n北京长城,13812345678\n");
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919) % 251));
        writeAll(file, bytes);
    } else if (kind == QLatin1String("foreign")) {
        rawExec(file, "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('mapo tofu');");
    } else {
        QCOMPARE(ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")}).exitCode, 1);
        freshWorkspace(QFileInfo(file).fileName());
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(Workspace::latestSchemaVersion() + 1);
        rawExec(file, pragma.constData());
        rawExec(file, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray before = fileBytes(file);
    const bool walBefore = QFile::exists(file + QStringLiteral("-wal"));
    const QList<QStringList> commands{
        {QStringLiteral("info")},
        {QStringLiteral("info"), QStringLiteral("--json")},
        {QStringLiteral("check")},
        {QStringLiteral("customer"), QStringLiteral("list")},
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")},
        {QStringLiteral("search"), QStringLiteral("x")},
        {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("2")},
        {QStringLiteral("init")},
        {QStringLiteral("backup"), path(QStringLiteral("refused-backup-%1.guanxi").arg(kind))},
    };
    for (const QStringList &command : commands) {
        const Run run = ws(file, command);
        QVERIFY2(run.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(QFile::exists(file + QStringLiteral("-wal")), walBefore);
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("refused-backup-%1.guanxi").arg(kind))));
}

void TestCli::lockedWorkspace()
{
    const QString file = freshWorkspace(QStringLiteral("locked.guanxi"));
    QProcess holder;
    holder.start(QStringLiteral(GUANXI_LOCK_HOLDER), {file});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    const QByteArray before = fileBytes(file);
    Run add = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains(QStringLiteral("locked by another program")), qPrintable(add.err));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")}).exitCode, 0);
}

void TestCli::readOnlyOption()
{
    const QString file = path(QStringLiteral("read-only.guanxi"));
    QVERIFY(QFile::copy(m_demo, file));
    const QString id = json(ws(file, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                                      QStringLiteral("--json")}))
                           .array()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(ws(file, {QStringLiteral("check"), QStringLiteral("--quick")}).exitCode == 0);
    const QByteArray before = fileBytes(file);
    const QStringList ro{QStringLiteral("--read-only")};
    // Every read-only command works.
    const QList<QStringList> reads{
        {QStringLiteral("info")},
        {QStringLiteral("info"), QStringLiteral("--json")},
        {QStringLiteral("check")},
        {QStringLiteral("check"), QStringLiteral("--quick")},
        {QStringLiteral("customer"), QStringLiteral("list")},
        {QStringLiteral("customer"), QStringLiteral("show"), id},
        {QStringLiteral("search"), QStringLiteral("有限")},
        {QStringLiteral("backup"), path(QStringLiteral("read-only-backup.guanxi"))},
    };
    for (const QStringList &command : reads) {
        const Run run = ws(file, ro + command);
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    QVERIFY(QFile::exists(path(QStringLiteral("read-only-backup.guanxi"))));
    // Every command that writes fails with the workspace's message and changes nothing.
    const QList<QStringList> writes{
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")},
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--owner"), QStringLiteral("新人")},
        {QStringLiteral("customer"), QStringLiteral("edit"), id, QStringLiteral("--city"), QStringLiteral("上海")},
        {QStringLiteral("customer"), QStringLiteral("delete"), id},
        {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("3")},
    };
    for (const QStringList &command : writes) {
        const Run run = ws(file, ro + command);
        QVERIFY2(run.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
    }
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(json(ws(file, {QStringLiteral("info"), QStringLiteral("--json")})).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("customers")).toInt(), 300);
}

void TestCli::readOnlyFile()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("Running as root: file permissions do not stop root from writing (readOnlyOption covers the behaviour).");
#endif
    const QString folder = path(QStringLiteral("locked-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("ro.guanxi"));
    QVERIFY(QFile::copy(m_demo, file));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QByteArray before = fileBytes(file);
    Run info = ws(file, {QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(json(info).object().value(QStringLiteral("readOnly")).toBool(), true);
    Run add = ws(file, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(add.exitCode, 1);
    QVERIFY(add.err.contains(QStringLiteral("read-only")));
    QCOMPARE(fileBytes(file), before);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestCli::languageSwitch()
{
    // Until the lead translates, the Chinese messages may still be English; what must hold is
    // that the switch works everywhere and changes nothing else.
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("zh")}) {
        Run info = cli({QStringLiteral("--lang"), language, QStringLiteral("--workspace"), m_demo, QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(json(info).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("customers")).toInt(), 300);
        Run help = cli({QStringLiteral("--lang"), language, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("customer add")));
        Run usage = cli({QStringLiteral("--lang"), language, QStringLiteral("dance")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QStringLiteral("dance")));
        Run missing = cli({QStringLiteral("--lang"), language, QStringLiteral("--workspace"), path(QStringLiteral("nope.guanxi")), QStringLiteral("info")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope.guanxi")));
        Run list = cli({QStringLiteral("--lang"), language, QStringLiteral("--workspace"), m_demo, QStringLiteral("customer"),
                        QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), 3);
    }
    // --lang after the command works too.
    QCOMPARE(cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("info"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}).exitCode, 0);
}

void TestCli::demoCancelLeavesWorkspaceAsBefore()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends SIGTERM, which only Unix has.");
#else
    const auto interruptedDemo = [&](const QString &file) {
        QProcess process;
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(GUANXI_CLI), {QStringLiteral("--lang=en"), QStringLiteral("--workspace"), file, QStringLiteral("demo"),
                                                   QStringLiteral("--customers"), QStringLiteral("500000")});
        // Progress appears on stderr after the first thousand customers: stop it then.
        QByteArray err;
        while (!err.contains("Generating customers") && process.waitForReadyRead(60000))
            err += process.readAllStandardError();
        process.terminate();  // SIGTERM, handled like Ctrl-C
        process.waitForFinished(60000);
        err += process.readAllStandardError();
        return std::make_pair(process.exitCode(), QString::fromUtf8(err));
    };

    // A workspace that did not exist before is not left behind.
    const QString fresh = path(QStringLiteral("cancelled-fresh.guanxi"));
    auto [code, err] = interruptedDemo(fresh);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("Cancelled: nothing was saved")), qPrintable(err));
    QVERIFY(!QFile::exists(fresh));
    QVERIFY(!QFile::exists(fresh + QStringLiteral("-wal")));

    // An existing workspace keeps exactly what it had.
    const QString existing = freshWorkspace(QStringLiteral("cancelled-existing.guanxi"));
    QCOMPARE(ws(existing, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Keep me")}).exitCode, 0);
    auto [code2, err2] = interruptedDemo(existing);
    QCOMPARE(code2, 1);
    QVERIFY2(err2.contains(QStringLiteral("Cancelled")), qPrintable(err2));
    const QJsonObject counts = json(ws(existing, {QStringLiteral("info"), QStringLiteral("--json")})).object().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("customers")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("staff")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("interactions")).toInt(), 0);
    QCOMPARE(ws(existing, {QStringLiteral("check")}).exitCode, 0);
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
