#include "ImportBenchmark.h"

#include "CustomerCsvFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace guanxi::bench {

namespace {

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString describeFailure(const QString &what, const ProcessCost &cost)
{
    return QStringLiteral("%1 failed (exit %2): %3")
        .arg(what)
        .arg(cost.exitCode)
        .arg(QString::fromLocal8Bit(cost.errors.right(2000)).trimmed());
}

// The reference the product brief quotes: the bare table, then an index on the name and on the
// phone and a trigram FTS5 index over the searchable columns.
QStringList indexedImportScript(const QString &csv)
{
    return {QStringLiteral(".mode csv"), QStringLiteral(".import '%1' t").arg(csv),
            QStringLiteral("CREATE INDEX t_by_name ON t(\"客户名称\")"),
            QStringLiteral("CREATE INDEX t_by_phone ON t(\"手机\")"),
            QStringLiteral("CREATE VIRTUAL TABLE t_search USING fts5(name, person, phone, email, city, tokenize='trigram')"),
            QStringLiteral("INSERT INTO t_search SELECT \"客户名称\", \"联系人\", \"手机\", \"邮箱\", \"城市\" FROM t")};
}

}  // namespace

ImportResults runImportBenchmark(const ImportBenchSettings &settings, void (*log)(const QString &))
{
    ImportResults results;
    QDir().mkpath(settings.cacheFolder);
    QDir().mkpath(settings.workFolder);
    results.csvPath = QDir(settings.cacheFolder).filePath(QStringLiteral("customers-%1.csv").arg(settings.rows));
    log(QStringLiteral("CSV of %1 customers: %2").arg(settings.rows).arg(results.csvPath));
    if (const QString problem = CustomerCsvFixture::ensure(results.csvPath, settings.rows); !problem.isEmpty()) {
        results.error = QStringLiteral("cannot write %1: %2").arg(results.csvPath, problem);
        return results;
    }
    results.csvBytes = QFileInfo(results.csvPath).size();

    const QString bareDb = QDir(settings.workFolder).filePath(QStringLiteral("bare.db"));
    const QString workspace = QDir(settings.workFolder).filePath(QStringLiteral("import.guanxi"));
    for (int index = 0; index < settings.runs; ++index) {
        ImportRun run;
        log(QStringLiteral("run %1/%2: sqlite3 .import").arg(index + 1).arg(settings.runs));
        removeDatabase(bareDb);
        run.bare = runTimed(settings.sqlite3, {bareDb, QStringLiteral(".mode csv"),
                                               QStringLiteral(".import '%1' t").arg(results.csvPath)});
        if (run.bare.exitCode != 0) {
            results.error = describeFailure(QStringLiteral("sqlite3 .import"), run.bare);
            return results;
        }
        if (settings.indexedReference) {
            log(QStringLiteral("run %1/%2: sqlite3 .import with indexes").arg(index + 1).arg(settings.runs));
            removeDatabase(bareDb);
            run.indexed = runTimed(settings.sqlite3, QStringList{bareDb} + indexedImportScript(results.csvPath));
            if (run.indexed.exitCode != 0) {
                results.error = describeFailure(QStringLiteral("sqlite3 .import with indexes"), run.indexed);
                return results;
            }
        }
        removeDatabase(bareDb);

        log(QStringLiteral("run %1/%2: guanxi-cli import customers").arg(index + 1).arg(settings.runs));
        removeDatabase(workspace);
        const ProcessCost init = runTimed(settings.guanxiCli, {QStringLiteral("--workspace"), workspace, QStringLiteral("init")});
        if (init.exitCode != 0) {
            results.error = describeFailure(QStringLiteral("guanxi-cli init"), init);
            return results;
        }
        run.guanxi = runTimed(settings.guanxiCli, {QStringLiteral("--lang=en"), QStringLiteral("--workspace"), workspace,
                                                   QStringLiteral("import"), QStringLiteral("customers"),
                                                   results.csvPath, QStringLiteral("--json")});
        removeDatabase(workspace);
        if (run.guanxi.exitCode != 0) {
            results.error = describeFailure(QStringLiteral("guanxi-cli import"), run.guanxi);
            return results;
        }
        run.created = QJsonDocument::fromJson(run.guanxi.output).object().value(QStringLiteral("created")).toInteger(-1);
        if (run.created != settings.rows) {
            results.error = QStringLiteral("guanxi-cli import created %1 customers instead of %2").arg(run.created).arg(settings.rows);
            return results;
        }
        results.runs.append(run);
    }
    return results;
}

}  // namespace guanxi::bench
