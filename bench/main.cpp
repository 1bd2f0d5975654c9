// guanxi-bench: the benchmark of issue 2 (see BenchReport for what it prints, bench/README.md
// for how to run it). Developer tooling: its output is English only, like a test log.
#include "BenchEnvironment.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "DemoCache.h"
#include "ListBenchmark.h"
#include "ListChild.h"
#include "QueryMix.h"
#include "SearchBenchmark.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace guanxi;
using namespace guanxi::bench;

namespace {

// Sizes above this get the LIKE reference on every 10th query only: one scan of a million
// customers and their contacts takes seconds.
constexpr qint64 FullLikeUpTo = 100000;
constexpr int LikeEveryAbove = 10;

void log(const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    std::fflush(stderr);
}

bool isChild(int argc, char **argv)
{
    const QByteArray flag = QByteArray("--") + ListChild::Option;
    for (int i = 1; i < argc; ++i)
        if (flag == argv[i])
            return true;
    return false;
}

int runBenchmark(const BenchOptions &options)
{
    std::unique_ptr<QTemporaryDir> temporary;
    QString cacheFolder = options.cacheFolder;
    if (options.temporaryCache) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid()) {
            log(QStringLiteral("guanxi-bench: no temporary folder: %1").arg(temporary->errorString()));
            return 1;
        }
        cacheFolder = temporary->path();
    }
    log(benchEnvironment());

    BenchRun run;
    run.cacheFolder = QDir::toNativeSeparators(cacheFolder);
    run.queryCount = options.queries;
    run.search.rounds = options.rounds;
    run.list.warmRuns = options.warmRuns;
    run.list.coldRuns = options.coldRuns;
    run.list.pages = options.pages;

    DemoCache cache(cacheFolder, options.seed, &log);
    for (const qint64 size : options.sizes) {
        auto workspace = cache.ensure(size);
        if (!workspace) {
            log(QStringLiteral("guanxi-bench: %1").arg(workspace.error().fullText()));
            return 1;
        }
        SizeReport report;
        report.workspace = *workspace;
        report.likeEvery = options.likeEvery.value_or(size <= FullLikeUpTo ? 1 : LikeEveryAbove);
        run.sizes.append(report);
    }

    for (SizeReport &size : run.sizes) {
        const QString name = QLocale::c().toString(size.workspace.customers);
        if (options.search) {
            log(QStringLiteral("[%1] search: %2 queries × %3 rounds, then the LIKE reference on every %4")
                    .arg(name)
                    .arg(options.queries)
                    .arg(options.rounds + 1)
                    .arg(size.likeEvery == 1 ? QStringLiteral("query") : QStringLiteral("%1th query").arg(size.likeEvery)));
            SearchSettings settings = run.search;
            settings.likeEvery = size.likeEvery;
            const QList<BenchQuery> queries = QueryMix::build(options.seed, size.workspace.customers, options.queries);
            auto results = runSearchBenchmark(size.workspace.path, queries, settings);
            if (!results) {
                log(QStringLiteral("guanxi-bench: %1").arg(results.error().fullText()));
                return 1;
            }
            size.search = *results;
            size.searched = true;
        }
    }
    if (options.list) {
        log(QStringLiteral("customer list: %1 warm and %2 cold runs per size, each a fresh process, the sizes taking turns")
                .arg(options.warmRuns)
                .arg(options.coldRuns));
        QStringList paths;
        for (const SizeReport &size : std::as_const(run.sizes))
            paths.append(size.workspace.path);
        ListSettings settings = run.list;
        settings.log = [](const QString &text) { log(QStringLiteral("  ") + text); };
        const QList<ListResults> results = runListBenchmark(paths, settings);
        for (qsizetype i = 0; i < run.sizes.size(); ++i) {
            run.sizes[i].list = results.at(i);
            run.sizes[i].listed = true;
        }
    }

    const bool jsonToStdout = options.jsonPath == QLatin1String("-");
    QString table = BenchReport::table(run);
    if (options.showQueries)
        for (const SizeReport &size : std::as_const(run.sizes))
            if (size.searched)
                table += BenchReport::queryTable(size);
    std::fputs(qUtf8Printable(table), jsonToStdout ? stderr : stdout);
    if (!options.jsonPath.isEmpty()) {
        const QByteArray json = QJsonDocument(BenchReport::json(run)).toJson(QJsonDocument::Indented);
        if (jsonToStdout) {
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        } else {
            QFile file(options.jsonPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
                log(QStringLiteral("guanxi-bench: cannot write %1: %2").arg(options.jsonPath, file.errorString()));
                return 1;
            }
        }
    }
    for (const SizeReport &size : std::as_const(run.sizes))
        for (const ListRun &listRun : size.list.warm + size.list.cold)
            if (!listRun.error.isEmpty())
                return 1;  // a run failed: the figures are incomplete
    return 0;
}

}  // namespace

int main(int argc, char **argv)
{
    // The child shows the customer list: it needs widgets (offscreen, set by the parent). The
    // parent only needs Qt Core.
    std::unique_ptr<QCoreApplication> app;
    if (isChild(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("guanxi-bench"));

    int exitCode = 0;
    const auto options = parseBenchOptions(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    if (!options->childWorkspace.isEmpty())
        return ListChild::run(options->childWorkspace, options->childPages);
    return runBenchmark(*options);
}
