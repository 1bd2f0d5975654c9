#include "BenchOptions.h"

#include "ListChild.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

namespace guanxi::bench {

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "guanxi-bench: %s\n", qUtf8Printable(text));
}

std::optional<int> positive(const QCommandLineParser &parser, const QString &name, int minimum, QString *error)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        *error = QStringLiteral("--%1 needs a whole number of at least %2, not “%3”.").arg(name).arg(minimum).arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::optional<BenchOptions> parseBenchOptions(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures Guanxi at 1,000 and 1,000,000 customers: search latency against a LIKE scan, opening the "
                       "customer list, and peak memory. Demo workspaces are generated once and cached."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sizes"), QStringLiteral("Workspace sizes in customers, comma-separated (default 1000,1000000)."),
         QStringLiteral("N,N…"), QStringLiteral("1000,1000000")},
        {QStringLiteral("cache"), QStringLiteral("Folder of the cached demo workspaces (default %1).").arg(QStringLiteral(GUANXI_BENCH_CACHE_DIR)),
         QStringLiteral("DIR"), QStringLiteral(GUANXI_BENCH_CACHE_DIR)},
        {QStringLiteral("temporary-cache"), QStringLiteral("Generate into a temporary folder removed at the end.")},
        {QStringLiteral("seed"), QStringLiteral("Demo generator seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("queries"), QStringLiteral("Search queries in the mix (default 200)."), QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("rounds"), QStringLiteral("Timed search rounds; a query's time is their median (default 3)."),
         QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("like-every"),
         QStringLiteral("Run the LIKE reference on every n-th query (default: 1 up to 100,000 customers, else 10)."),
         QStringLiteral("N")},
        {QStringLiteral("runs"), QStringLiteral("Warm customer-list runs per size, each a fresh process (default 5)."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("cold-runs"), QStringLiteral("Cold customer-list runs per size (default 3; 0 for none)."),
         QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("pages"), QStringLiteral("Pages scrolled after the first one before memory is read (default 10)."),
         QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("only"), QStringLiteral("Measure only “search” or only “list”."), QStringLiteral("PART")},
        {QStringLiteral("show-queries"), QStringLiteral("Also print every query's timings.")},
        {QStringLiteral("json"), QStringLiteral("Also write the results as JSON to FILE (“-”: stdout, the table then goes to stderr)."),
         QStringLiteral("FILE")},
    });
    QCommandLineOption child(QString::fromLatin1(ListChild::Option), QStringLiteral("internal"), QStringLiteral("FILE"));
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption childPages(QString::fromLatin1(ListChild::PagesOption), QStringLiteral("internal"), QStringLiteral("N"),
                                  QStringLiteral("10"));
    childPages.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(child);
    parser.addOption(childPages);

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument “%1”.").arg(parser.positionalArguments().first()));
        *exitCode = 2;
        return std::nullopt;
    }

    BenchOptions options;
    QString error;
    const auto fail = [&] {
        printError(error);
        *exitCode = 2;
        return std::nullopt;
    };
    if (parser.isSet(child)) {
        options.childWorkspace = parser.value(child);
        bool ok = false;
        options.childPages = parser.value(childPages).toInt(&ok);
        if (!ok || options.childPages < 0) {
            error = QStringLiteral("bad --%1").arg(QLatin1String(ListChild::PagesOption));
            return fail();
        }
        return options;
    }

    options.sizes.clear();
    for (const QString &part : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 size = part.trimmed().remove(QLatin1Char('_')).toLongLong(&ok);
        if (!ok || size < 1) {
            error = QStringLiteral("--sizes needs positive whole numbers, not “%1”.").arg(part);
            return fail();
        }
        if (!options.sizes.contains(size))
            options.sizes.append(size);
    }
    if (options.sizes.isEmpty()) {
        error = QStringLiteral("--sizes needs at least one size.");
        return fail();
    }
    std::sort(options.sizes.begin(), options.sizes.end());
    options.temporaryCache = parser.isSet(QStringLiteral("temporary-cache"));
    options.cacheFolder = parser.value(QStringLiteral("cache"));
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        error = QStringLiteral("--seed needs a whole number.");
        return fail();
    }
    const auto queries = positive(parser, QStringLiteral("queries"), 1, &error);
    const auto rounds = queries ? positive(parser, QStringLiteral("rounds"), 1, &error) : std::nullopt;
    const auto runs = rounds ? positive(parser, QStringLiteral("runs"), 1, &error) : std::nullopt;
    const auto coldRuns = runs ? positive(parser, QStringLiteral("cold-runs"), 0, &error) : std::nullopt;
    const auto pages = coldRuns ? positive(parser, QStringLiteral("pages"), 0, &error) : std::nullopt;
    if (!pages)
        return fail();
    options.queries = *queries;
    options.rounds = *rounds;
    options.warmRuns = *runs;
    options.coldRuns = *coldRuns;
    options.pages = *pages;
    if (parser.isSet(QStringLiteral("like-every"))) {
        options.likeEvery = positive(parser, QStringLiteral("like-every"), 1, &error);
        if (!options.likeEvery)
            return fail();
    }
    if (parser.isSet(QStringLiteral("only"))) {
        const QString only = parser.value(QStringLiteral("only"));
        if (only != QLatin1String("search") && only != QLatin1String("list")) {
            error = QStringLiteral("--only takes “search” or “list”, not “%1”.").arg(only);
            return fail();
        }
        options.search = only == QLatin1String("search");
        options.list = only == QLatin1String("list");
    }
    options.showQueries = parser.isSet(QStringLiteral("show-queries"));
    options.jsonPath = parser.value(QStringLiteral("json"));
    return options;
}

}  // namespace guanxi::bench
