#pragma once

#include "DemoCache.h"
#include "ListBenchmark.h"
#include "SearchBenchmark.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace guanxi::bench {

struct SizeReport {
    CachedWorkspace workspace;
    bool searched = false;
    SearchResults search;
    int likeEvery = 1;
    bool listed = false;
    ListResults list;
};

struct BenchRun {
    QList<SizeReport> sizes;  // smallest first
    SearchSettings search;
    ListSettings list;
    QString cacheFolder;
    int queryCount = 0;
};

// The benchmark's output: a table for people, JSON for scripts, and the targets of the product
// brief (issue 2) judged on the largest size against the smallest.
namespace BenchReport {
QString table(const BenchRun &run);
QString queryTable(const SizeReport &size);  // every query's timings, for --show-queries
QJsonObject json(const BenchRun &run);
}  // namespace BenchReport

}  // namespace guanxi::bench
