#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guanxi::bench {

struct BenchOptions {
    QList<qint64> sizes{1000, 1000000};
    QString cacheFolder;           // empty with temporaryCache
    bool temporaryCache = false;   // a fresh folder, removed at the end (for the smoke test)
    quint64 seed = 1;
    int queries = 200;
    int rounds = 3;
    std::optional<int> likeEvery;  // none: all queries up to 100,000 customers, every 10th above
    int warmRuns = 5;
    int coldRuns = 3;
    int pages = 10;
    bool search = true;
    bool list = true;
    bool showQueries = false;
    QString jsonPath;              // "-": stdout (the table then goes to stderr)

    // The child mode (see ListChild).
    QString childWorkspace;
    int childPages = 10;
};

// Parses the command line; on a usage error or --help prints to stderr/stdout and sets exitCode.
std::optional<BenchOptions> parseBenchOptions(const QStringList &arguments, int *exitCode);

}  // namespace guanxi::bench
