#pragma once

#include "QueryMix.h"
#include "Result.h"

#include <QList>

#include <optional>

namespace guanxi::bench {

struct SearchSettings {
    int hitLimit = 20;     // what SearchRepository is asked for (guanxi-cli search's default)
    int listPage = 200;    // the customer list's first page (CustomerTableModel::DefaultPageSize)
    int rounds = 3;        // timed rounds over the mix, after one untimed round
    int likeEvery = 1;     // the LIKE reference runs every n-th query of the mix
};

struct QueryTiming {
    BenchQuery query;
    double searchMs = 0;  // SearchRepository::search, median of the rounds
    int hits = 0;
    double listMs = 0;    // CustomerRepository::page with the query as the list's search filter
    std::optional<double> likeMs;  // the LIKE reference, for the queries it ran on
    int likeHits = 0;
};

struct SearchResults {
    QList<QueryTiming> queries;
    int rounds = 0;
    int likeQueries = 0;
};

// Latency of the type-ahead search at one workspace size, through the code the product runs:
// SearchRepository::search (guanxi-cli search; the hits as the user types) and
// CustomerRepository::page with a search filter (what the customer list loads for the search
// box). Each query of the mix runs once untimed, then `rounds` times; its latency is the median
// of those. Warm: the file is in the OS cache and SQLite's page cache after the first round.
// The LIKE reference (LikeScanReference) runs once per selected query, after one untimed scan.
Result<SearchResults> runSearchBenchmark(const QString &workspacePath, const QList<BenchQuery> &queries,
                                         const SearchSettings &settings);

}  // namespace guanxi::bench
