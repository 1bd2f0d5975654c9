// guanxi-import-bench: the import benchmark of issue 3 — the same CSV of customers imported by
// guanxi-cli and by the sqlite3 shell's .import, in one run (see bench/README.md). Developer
// tooling: its output is English only, like a test log.
#include "BenchEnvironment.h"
#include "ImportBenchmark.h"
#include "Statistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>

using namespace guanxi::bench;

namespace {

// The product brief's targets: at most 5× the bare import (3× would lead the field), and a peak
// memory under 300 MB for a million customers.
constexpr double RatioTarget = 5.0;
constexpr double LeadingRatio = 3.0;
constexpr double PeakTargetMiB = 300.0;

void log(const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    std::fflush(stderr);
}

double medianOf(const QList<ImportRun> &runs, const std::function<double(const ImportRun &)> &value)
{
    QList<double> values;
    for (const ImportRun &run : runs)
        values.append(value(run));
    return Statistics::median(values);
}

struct Summary {
    double bare = 0, indexed = 0, guanxi = 0, guanxiCpu = 0, ratio = 0, cpuRatio = 0, indexedRatio = 0, peakMiB = 0;
};

Summary summarise(const ImportResults &results, bool indexedReference)
{
    Summary s;
    s.bare = medianOf(results.runs, [](const ImportRun &r) { return r.bare.wallSeconds; });
    s.guanxi = medianOf(results.runs, [](const ImportRun &r) { return r.guanxi.wallSeconds; });
    s.guanxiCpu = medianOf(results.runs, [](const ImportRun &r) { return r.guanxi.cpuSeconds; });
    // The ratio of each run (both sides timed minutes apart at most), then their median.
    s.ratio = medianOf(results.runs, [](const ImportRun &r) { return r.guanxi.wallSeconds / r.bare.wallSeconds; });
    // On a busy machine the wall times carry other programs' work; the CPU times much less so.
    s.cpuRatio = medianOf(results.runs, [](const ImportRun &r) { return r.guanxi.cpuSeconds / r.bare.cpuSeconds; });
    if (indexedReference) {
        s.indexed = medianOf(results.runs, [](const ImportRun &r) { return r.indexed.wallSeconds; });
        s.indexedRatio = medianOf(results.runs, [](const ImportRun &r) { return r.guanxi.wallSeconds / r.indexed.wallSeconds; });
    }
    s.peakMiB = medianOf(results.runs, [](const ImportRun &r) { return r.guanxi.peakKiB / 1024.0; });
    return s;
}

QString verdict(bool met) { return met ? QStringLiteral("met") : QStringLiteral("NOT met"); }

QString table(const ImportResults &results, const ImportBenchSettings &settings, const Summary &s)
{
    const QLocale c = QLocale::c();
    const double rows = double(settings.rows);
    QString out;
    out += QStringLiteral("guanxi-import-bench — %1\n").arg(benchEnvironment());
    out += QStringLiteral("CSV: %1 rows, %2 MB, %3 (median of %4 run(s))\n")
               .arg(c.toString(settings.rows))
               .arg(results.csvBytes / 1e6, 0, 'f', 1)
               .arg(QDir::toNativeSeparators(results.csvPath))
               .arg(results.runs.size());
    const auto line = [&](const QString &what, double seconds, const QString &extra) {
        out += QStringLiteral("  %1 %2 s  %3 rows/s  %4\n")
                   .arg(what, -44)
                   .arg(seconds, 7, 'f', 2)
                   .arg(c.toString(qint64(rows / seconds)), 9)
                   .arg(extra);
    };
    line(QStringLiteral("sqlite3 .import, bare table"), s.bare, QStringLiteral("(reference)"));
    if (settings.indexedReference)
        line(QStringLiteral("sqlite3 .import + 2 indexes + trigram FTS5"), s.indexed, QString());
    line(QStringLiteral("guanxi-cli import customers"), s.guanxi,
         QStringLiteral("CPU %1 s, peak RSS %2 MiB").arg(s.guanxiCpu, 0, 'f', 1).arg(s.peakMiB, 0, 'f', 0));
    out += QStringLiteral("Ratio to the bare import: %1×  (target ≤ %2×: %3; ≤ %4× would lead the field)\n")
               .arg(s.ratio, 0, 'f', 1)
               .arg(RatioTarget, 0, 'f', 0)
               .arg(verdict(s.ratio <= RatioTarget))
               .arg(LeadingRatio, 0, 'f', 0);
    out += QStringLiteral("Ratio of the CPU times: %1×\n").arg(s.cpuRatio, 0, 'f', 1);
    if (settings.indexedReference)
        out += QStringLiteral("Ratio to the indexed import: %1×\n").arg(s.indexedRatio, 0, 'f', 2);
    out += QStringLiteral("Peak RSS: %1 MiB  (target < %2 MB for a million customers: %3)\n")
               .arg(s.peakMiB, 0, 'f', 0)
               .arg(PeakTargetMiB, 0, 'f', 0)
               .arg(verdict(s.peakMiB * 1.048576 < PeakTargetMiB));
    return out;
}

QJsonObject costJson(const ProcessCost &cost)
{
    return {{QStringLiteral("wallSeconds"), cost.wallSeconds},
            {QStringLiteral("cpuSeconds"), cost.cpuSeconds},
            {QStringLiteral("peakKiB"), cost.peakKiB}};
}

QJsonObject json(const ImportResults &results, const ImportBenchSettings &settings, const Summary &s)
{
    QJsonArray runs;
    for (const ImportRun &run : results.runs) {
        QJsonObject item{{QStringLiteral("bare"), costJson(run.bare)}, {QStringLiteral("guanxi"), costJson(run.guanxi)}};
        if (settings.indexedReference)
            item.insert(QStringLiteral("indexed"), costJson(run.indexed));
        runs.append(item);
    }
    return {{QStringLiteral("environment"), benchEnvironment()},
            {QStringLiteral("rows"), settings.rows},
            {QStringLiteral("csvBytes"), results.csvBytes},
            {QStringLiteral("bareSeconds"), s.bare},
            {QStringLiteral("indexedSeconds"), s.indexed},
            {QStringLiteral("guanxiSeconds"), s.guanxi},
            {QStringLiteral("ratio"), s.ratio},
            {QStringLiteral("cpuRatio"), s.cpuRatio},
            {QStringLiteral("indexedRatio"), s.indexedRatio},
            {QStringLiteral("peakMiB"), s.peakMiB},
            {QStringLiteral("runs"), runs}};
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports the same CSV of customers with guanxi-cli and with the sqlite3 shell's .import, and prints the ratio."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Customers in the CSV (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs; the report shows medians (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("Folder for the CSV and the databases."), QStringLiteral("DIR"), QStringLiteral(GUANXI_BENCH_CACHE_DIR));
    const QCommandLineOption temporaryOption(QStringLiteral("temporary-cache"), QStringLiteral("Use a fresh folder, removed at the end."));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The guanxi-cli to measure."), QStringLiteral("PATH"), QStringLiteral(GUANXI_CLI_PATH));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: from PATH)."), QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption noIndexedOption(QStringLiteral("no-indexed-reference"), QStringLiteral("Skip the sqlite3 import with indexes."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to FILE."), QStringLiteral("FILE"));
    parser.addOptions({rowsOption, runsOption, cacheOption, temporaryOption, cliOption, sqliteOption, noIndexedOption, jsonOption});
    parser.process(app);

    ImportBenchSettings settings;
    bool rowsOk = false, runsOk = false;
    settings.rows = parser.value(rowsOption).toLongLong(&rowsOk);
    settings.runs = parser.value(runsOption).toInt(&runsOk);
    if (!rowsOk || settings.rows < 1 || !runsOk || settings.runs < 1) {
        log(QStringLiteral("guanxi-import-bench: --rows and --runs take positive whole numbers"));
        return 2;
    }
    std::unique_ptr<QTemporaryDir> temporary;
    settings.cacheFolder = parser.value(cacheOption);
    if (parser.isSet(temporaryOption)) {
        temporary = std::make_unique<QTemporaryDir>();
        settings.cacheFolder = temporary->path();
    }
    settings.workFolder = QDir(settings.cacheFolder).filePath(QStringLiteral("import-work"));
    settings.guanxiCli = parser.value(cliOption);
    settings.sqlite3 = parser.value(sqliteOption);
    settings.indexedReference = !parser.isSet(noIndexedOption);

    log(benchEnvironment());
    const ImportResults results = runImportBenchmark(settings, &log);
    if (!results.error.isEmpty()) {
        log(QStringLiteral("guanxi-import-bench: %1").arg(results.error));
        return 1;
    }
    const Summary summary = summarise(results, settings.indexedReference);
    std::fputs(qUtf8Printable(table(results, settings, summary)), stdout);
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            log(QStringLiteral("guanxi-import-bench: cannot write %1").arg(file.fileName()));
            return 1;
        }
        file.write(QJsonDocument(json(results, settings, summary)).toJson());
    }
    return 0;
}
