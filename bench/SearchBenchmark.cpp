#include "SearchBenchmark.h"

#include "LikeScanReference.h"
#include "Statistics.h"

#include "storage/CustomerRepository.h"
#include "storage/SearchRepository.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>

#include <algorithm>

namespace guanxi::bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

}  // namespace

Result<SearchResults> runSearchBenchmark(const QString &workspacePath, const QList<BenchQuery> &queries,
                                         const SearchSettings &settings)
{
    // Opened as guanxi-cli opens a large workspace: read-write, without the quick check.
    Workspace::Options options;
    options.quickCheck = false;
    auto opened = Workspace::open(workspacePath, options);
    if (!opened)
        return opened.error();
    Workspace &workspace = **opened;
    SearchRepository search(workspace);
    CustomerRepository customers(workspace);
    const CustomerOrder byName;

    SearchResults results;
    results.rounds = settings.rounds;
    QList<QList<double>> searchRounds(queries.size());
    QList<QList<double>> listRounds(queries.size());
    for (int round = 0; round <= settings.rounds; ++round) {
        const bool timed = round > 0;
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const QString &text = queries.at(i).text;
            QElapsedTimer timer;
            timer.start();
            auto hits = search.search(text, settings.hitLimit);
            const double searchMs = elapsedMs(timer);
            if (!hits)
                return hits.error();

            CustomerFilter filter;
            filter.search = text;
            timer.restart();
            auto page = customers.page(filter, byName, std::nullopt, settings.listPage);
            const double listMs = elapsedMs(timer);
            if (!page)
                return page.error();

            if (timed) {
                searchRounds[i].append(searchMs);
                listRounds[i].append(listMs);
            } else {
                QueryTiming timing;
                timing.query = queries.at(i);
                timing.hits = int(hits->size());
                results.queries.append(timing);
            }
        }
    }
    for (qsizetype i = 0; i < queries.size(); ++i) {
        results.queries[i].searchMs = Statistics::median(searchRounds.at(i));
        results.queries[i].listMs = Statistics::median(listRounds.at(i));
    }

    LikeScanReference like(workspace);
    const int every = std::max(1, settings.likeEvery);
    if (!queries.isEmpty()) {
        if (auto warm = like.run(queries.first().text, settings.hitLimit); !warm)
            return warm.error();
    }
    for (qsizetype i = 0; i < queries.size(); i += every) {
        QElapsedTimer timer;
        timer.start();
        auto found = like.run(queries.at(i).text, settings.hitLimit);
        const double likeMs = elapsedMs(timer);
        if (!found)
            return found.error();
        results.queries[i].likeMs = likeMs;
        results.queries[i].likeHits = *found;
        ++results.likeQueries;
    }
    return results;
}

}  // namespace guanxi::bench
