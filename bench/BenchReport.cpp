#include "BenchReport.h"
#include "BenchEnvironment.h"

#include "LikeScanReference.h"
#include "Statistics.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <optional>

namespace guanxi::bench {

namespace {

// The targets of issue 2, at the largest size.
constexpr double SearchP95TargetMs = 10;
constexpr double LikeRatioTarget = 50;
constexpr double OpenRatioTarget = 1.5;
constexpr double MemoryRatioTarget = 1.5;

constexpr int LabelWidth = 52;
constexpr int ValueWidth = 14;

// The figures of one size that the table, the JSON and the targets share.
struct Figures {
    std::optional<double> searchP50, searchP95, searchMax, listP50, listP95;
    int likeQueries = 0;
    std::optional<double> likeMedian, searchMedianOnLike, likeRatio, likeRatioPerQuery;
    std::optional<double> openMs, firstPageMs, shownMs, countMs, coldFirstPageMs, coldCountMs;
    std::optional<double> baselineMiB, peakMiB, rssMiB;
    std::optional<double> rows;
    int warmRuns = 0, coldRuns = 0;
    QStringList failures;
};

QList<ListRun> succeeded(const QList<ListRun> &runs, QStringList &failures)
{
    QList<ListRun> ok;
    for (const ListRun &run : runs) {
        if (run.error.isEmpty())
            ok.append(run);
        else
            failures.append(run.error);
    }
    return ok;
}

std::optional<double> medianOf(const QList<ListRun> &runs, const std::function<double(const ListRun &)> &field)
{
    if (runs.isEmpty())
        return std::nullopt;
    QList<double> values;
    for (const ListRun &run : runs)
        values.append(field(run));
    return Statistics::median(values);
}

Figures figuresOf(const SizeReport &size)
{
    Figures f;
    if (size.searched && !size.search.queries.isEmpty()) {
        QList<double> search, list, like, searchOnLike, ratios;
        for (const QueryTiming &q : size.search.queries) {
            search.append(q.searchMs);
            list.append(q.listMs);
            if (q.likeMs) {
                like.append(*q.likeMs);
                searchOnLike.append(q.searchMs);
                ratios.append(*q.likeMs / std::max(q.searchMs, 1e-3));
            }
        }
        f.searchP50 = Statistics::percentile(search, 50);
        f.searchP95 = Statistics::percentile(search, 95);
        f.searchMax = Statistics::maximum(search);
        f.listP50 = Statistics::percentile(list, 50);
        f.listP95 = Statistics::percentile(list, 95);
        f.likeQueries = int(like.size());
        if (!like.isEmpty()) {
            f.likeMedian = Statistics::median(like);
            f.searchMedianOnLike = Statistics::median(searchOnLike);
            f.likeRatio = *f.likeMedian / std::max(*f.searchMedianOnLike, 1e-3);
            f.likeRatioPerQuery = Statistics::median(ratios);
        }
    }
    if (size.listed) {
        const QList<ListRun> warm = succeeded(size.list.warm, f.failures);
        const QList<ListRun> cold = succeeded(size.list.cold, f.failures);
        f.warmRuns = int(warm.size());
        f.coldRuns = int(cold.size());
        f.openMs = medianOf(warm, [](const ListRun &r) { return r.openMs; });
        f.firstPageMs = medianOf(warm, [](const ListRun &r) { return r.firstPageMs; });
        f.shownMs = medianOf(warm, [](const ListRun &r) { return r.shownMs; });
        f.countMs = medianOf(warm, [](const ListRun &r) { return r.countMs; });
        f.coldFirstPageMs = medianOf(cold, [](const ListRun &r) { return r.firstPageMs; });
        f.coldCountMs = medianOf(cold, [](const ListRun &r) { return r.countMs; });
        f.baselineMiB = medianOf(warm, [](const ListRun &r) { return double(r.baselinePeakKiB) / 1024.0; });
        f.peakMiB = medianOf(warm, [](const ListRun &r) { return double(r.peakKiB) / 1024.0; });
        f.rssMiB = medianOf(warm, [](const ListRun &r) { return double(r.rssKiB) / 1024.0; });
        f.rows = medianOf(warm, [](const ListRun &r) { return double(r.rows); });
    }
    return f;
}

QString count(qint64 n)
{
    return QLocale::c().toString(n);
}

QString ms(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    return QString::number(*value, 'f', *value < 10 ? 2 : 1);
}

QString number(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

QString fileSize(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024)
        return QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 2) + QStringLiteral(" GiB");
    return QString::number(double(bytes) / (1024.0 * 1024), 'f', 1) + QStringLiteral(" MiB");
}

QString row(const QString &label, const QStringList &values)
{
    QString line = QStringLiteral("  ") + label.leftJustified(LabelWidth - 2);
    for (const QString &value : values)
        line += value.rightJustified(ValueWidth);
    return line + QLatin1Char('\n');
}

QString heading(const QString &text)
{
    return QLatin1Char('\n') + text + QLatin1Char('\n');
}

struct Target {
    QString name;
    QString value;
    std::optional<bool> pass;  // none: could not be measured
    QString note;
};

QList<Target> targetsOf(const BenchRun &run)
{
    QList<Target> targets;
    if (run.sizes.isEmpty())
        return targets;
    const SizeReport &large = run.sizes.last();
    const SizeReport &small = run.sizes.first();
    const Figures lf = figuresOf(large);
    const Figures sf = figuresOf(small);
    const QString largeName = count(large.workspace.customers);
    const QString smallName = count(small.workspace.customers);

    if (large.searched) {
        targets.append({QStringLiteral("%1: search p95 ≤ %2 ms").arg(largeName).arg(SearchP95TargetMs),
                        ms(lf.searchP95) + QStringLiteral(" ms"),
                        lf.searchP95 ? std::optional<bool>(*lf.searchP95 <= SearchP95TargetMs) : std::nullopt, {}});
        targets.append({QStringLiteral("%1: search ≥ %2× faster than LIKE").arg(largeName).arg(LikeRatioTarget),
                        number(lf.likeRatio, 0) + QStringLiteral("×"),
                        lf.likeRatio ? std::optional<bool>(*lf.likeRatio >= LikeRatioTarget) : std::nullopt,
                        QStringLiteral("median LIKE / median search over the same %1 queries").arg(lf.likeQueries)});
    }
    if (run.sizes.size() >= 2 && large.listed && small.listed) {
        std::optional<double> openRatio, memoryRatio;
        if (lf.firstPageMs && sf.firstPageMs)
            openRatio = *lf.firstPageMs / *sf.firstPageMs;
        if (lf.peakMiB && sf.peakMiB)
            memoryRatio = *lf.peakMiB / *sf.peakMiB;
        targets.append({QStringLiteral("open + first page ≤ %1× the %2 time").arg(OpenRatioTarget).arg(smallName),
                        number(openRatio, 2) + QStringLiteral("×"),
                        openRatio ? std::optional<bool>(*openRatio <= OpenRatioTarget) : std::nullopt,
                        QStringLiteral("%1 ms vs %2 ms, warm").arg(ms(lf.firstPageMs), ms(sf.firstPageMs))});
        targets.append({QStringLiteral("peak RSS ≤ %1× the %2 figure").arg(MemoryRatioTarget).arg(smallName),
                        number(memoryRatio, 2) + QStringLiteral("×"),
                        memoryRatio ? std::optional<bool>(*memoryRatio <= MemoryRatioTarget) : std::nullopt,
                        QStringLiteral("%1 MiB vs %2 MiB").arg(number(lf.peakMiB, 1), number(sf.peakMiB, 1))});
    }
    return targets;
}

QString verdict(const std::optional<bool> &pass)
{
    return !pass ? QStringLiteral("n/a") : *pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject runJson(const ListRun &r)
{
    QJsonObject o{{QStringLiteral("openMs"), r.openMs},
                  {QStringLiteral("firstPageMs"), r.firstPageMs},
                  {QStringLiteral("shownMs"), r.shownMs},
                  {QStringLiteral("countMs"), r.countMs},
                  {QStringLiteral("rows"), r.rows},
                  {QStringLiteral("baselinePeakKiB"), r.baselinePeakKiB},
                  {QStringLiteral("peakKiB"), r.peakKiB},
                  {QStringLiteral("rssKiB"), r.rssKiB}};
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

QString likeSubsetNote(const BenchRun &run)
{
    QStringList parts;
    for (const SizeReport &size : run.sizes) {
        if (!size.searched)
            continue;
        parts.append(size.likeEvery == 1
                         ? QStringLiteral("%1: all %2 queries").arg(count(size.workspace.customers)).arg(size.search.queries.size())
                         : QStringLiteral("%1: every %2th query, %3 of %4 (a scan of this size takes seconds)")
                               .arg(count(size.workspace.customers))
                               .arg(size.likeEvery)
                               .arg(size.search.likeQueries)
                               .arg(size.search.queries.size()));
    }
    return parts.join(QStringLiteral("; "));
}

}  // namespace

QString BenchReport::table(const BenchRun &run)
{
    QList<Figures> figures;
    QStringList sizeNames;
    for (const SizeReport &size : run.sizes) {
        figures.append(figuresOf(size));
        sizeNames.append(count(size.workspace.customers));
    }
    const auto line = [&](const QString &label, const std::function<QString(const Figures &, const SizeReport &)> &value) {
        QStringList values;
        for (qsizetype i = 0; i < run.sizes.size(); ++i)
            values.append(value(figures.at(i), run.sizes.at(i)));
        return row(label, values);
    };

    QString out;
    out += QStringLiteral("guanxi-bench — %1\n").arg(benchEnvironment());
    out += row(QStringLiteral("Customers"), sizeNames);
    out += line(QStringLiteral("Workspace file"), [](const Figures &, const SizeReport &s) -> QString { return fileSize(s.workspace.fileBytes); });
    out += line(QStringLiteral("Workspace"), [](const Figures &, const SizeReport &s) -> QString {
        return s.workspace.generated ? QStringLiteral("made, %1 s").arg(s.workspace.generateSeconds, 0, 'f', 0)
                                     : QStringLiteral("cached");
    });

    const bool anySearch = std::any_of(run.sizes.begin(), run.sizes.end(), [](const SizeReport &s) { return s.searched; });
    if (anySearch) {
        qsizetype fixed = 0;
        for (const SizeReport &size : run.sizes)
            if (size.searched) {
                fixed = std::count_if(size.search.queries.begin(), size.search.queries.end(),
                                      [](const QueryTiming &q) { return q.query.fixed; });
                break;
            }
        out += heading(QStringLiteral("Search: %1 queries (%2 fixed, the rest drawn from the data), warm; a query's time is "
                                      "the median of %3 rounds after one untimed round")
                           .arg(run.queryCount)
                           .arg(fixed)
                           .arg(run.search.rounds));
        out += line(QStringLiteral("SearchRepository, %1 hits: p50 ms").arg(run.search.hitLimit),
                    [](const Figures &f, const SizeReport &) -> QString { return ms(f.searchP50); });
        out += line(QStringLiteral("SearchRepository: p95 ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.searchP95); });
        out += line(QStringLiteral("SearchRepository: slowest ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.searchMax); });
        out += line(QStringLiteral("List search box, first %1 rows: p50 ms").arg(run.search.listPage),
                    [](const Figures &f, const SizeReport &) -> QString { return ms(f.listP50); });
        out += line(QStringLiteral("List search box: p95 ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.listP95); });
        for (const QueryKind kind : QueryMix::kinds()) {
            out += line(QStringLiteral("  %1: p50 / p95 ms").arg(QueryMix::kindName(kind)), [kind](const Figures &, const SizeReport &s) -> QString {
                QList<double> values;
                for (const QueryTiming &q : s.search.queries)
                    if (q.query.kind == kind)
                        values.append(q.searchMs);
                if (values.isEmpty())
                    return QStringLiteral("–");
                return ms(Statistics::percentile(values, 50)) + QStringLiteral(" / ") + ms(Statistics::percentile(values, 95));
            });
        }
        out += heading(QStringLiteral("LIKE reference: %1.\n  Queries: %2.")
                           .arg(LikeScanReference::description(), likeSubsetNote(run)));
        out += line(QStringLiteral("LIKE scan: median ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.likeMedian); });
        out += line(QStringLiteral("SearchRepository on the same queries: median ms"),
                    [](const Figures &f, const SizeReport &) -> QString { return ms(f.searchMedianOnLike); });
        out += line(QStringLiteral("LIKE / search, median vs median"),
                    [](const Figures &f, const SizeReport &) -> QString { return number(f.likeRatio, 0) + QStringLiteral("×"); });
        out += line(QStringLiteral("LIKE / search, median of per-query ratios"),
                    [](const Figures &f, const SizeReport &) -> QString { return number(f.likeRatioPerQuery, 0) + QStringLiteral("×"); });
    }

    const bool anyList = std::any_of(run.sizes.begin(), run.sizes.end(), [](const SizeReport &s) { return s.listed; });
    if (anyList) {
        out += heading(QStringLiteral("Customer list (CustomerListView + CustomerTableModel, 1366×768 offscreen), each run a "
                                      "fresh process, the sizes taking turns; median of %1 warm runs (file in the OS cache, "
                                      "after one untimed run) and %2 cold runs (file evicted from the OS cache first)")
                           .arg(run.list.warmRuns)
                           .arg(run.list.coldRuns));
        out += line(QStringLiteral("Warm: workspace open returned ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.openMs); });
        out += line(QStringLiteral("Warm: open + first page arrived ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.firstPageMs); });
        out += line(QStringLiteral("Warm: open + first page painted ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.shownMs); });
        out += line(QStringLiteral("Warm: customer count arrived ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.countMs); });
        out += line(QStringLiteral("Cold: open + first page arrived ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.coldFirstPageMs); });
        out += line(QStringLiteral("Cold: customer count arrived ms"), [](const Figures &f, const SizeReport &) -> QString { return ms(f.coldCountMs); });
        out += heading(QStringLiteral("Memory (peak RSS: VmHWM, or getrusage where /proc is missing; median of the warm runs)"));
        out += line(QStringLiteral("Window up, before the open: MiB"), [](const Figures &f, const SizeReport &) -> QString { return number(f.baselineMiB, 1); });
        out += line(QStringLiteral("List loaded, %1 pages scrolled, counted: MiB").arg(run.list.pages),
                    [](const Figures &f, const SizeReport &) -> QString { return number(f.peakMiB, 1); });
        out += line(QStringLiteral("  increase over the window alone: MiB"), [](const Figures &f, const SizeReport &) -> QString {
            return f.peakMiB && f.baselineMiB ? number(*f.peakMiB - *f.baselineMiB, 1) : QStringLiteral("–");
        });
        out += line(QStringLiteral("  rows loaded"), [](const Figures &f, const SizeReport &) -> QString { return number(f.rows, 0); });
        for (qsizetype i = 0; i < run.sizes.size(); ++i)
            for (const QString &failure : figures.at(i).failures)
                out += QStringLiteral("  FAILED run at %1: %2\n").arg(sizeNames.at(i), failure);
    }

    const QList<Target> targets = targetsOf(run);
    if (!targets.isEmpty()) {
        out += heading(QStringLiteral("Targets (issue 2)"));
        for (const Target &target : targets)
            out += QStringLiteral("  %1%2  %3  %4\n")
                       .arg(target.name.leftJustified(LabelWidth - 2), target.value.rightJustified(ValueWidth),
                            verdict(target.pass), target.note);
    }
    if (anySearch && !run.sizes.isEmpty() && run.sizes.last().searched) {
        const SizeReport &large = run.sizes.last();
        QList<QueryTiming> slowest = large.search.queries;
        std::sort(slowest.begin(), slowest.end(), [](const QueryTiming &a, const QueryTiming &b) { return a.searchMs > b.searchMs; });
        out += heading(QStringLiteral("Slowest searches at %1 customers (SearchRepository ms / list first page ms / hits)")
                           .arg(count(large.workspace.customers)));
        for (const QueryTiming &q : slowest.mid(0, 8))
            out += QStringLiteral("  %1 %2 / %3 / %4   (%5)\n")
                       .arg(q.query.text.leftJustified(28), ms(q.searchMs).rightJustified(8), ms(q.listMs).rightJustified(8))
                       .arg(q.hits)
                       .arg(QueryMix::kindName(q.query.kind));
    }
    return out;
}

QString BenchReport::queryTable(const SizeReport &size)
{
    QString out = QStringLiteral("\nEvery query at %1 customers: kind, query, SearchRepository ms (hits), list first page ms, "
                                 "LIKE ms (hits)\n")
                      .arg(count(size.workspace.customers));
    for (const QueryTiming &q : size.search.queries) {
        out += QStringLiteral("  %1 %2 %3 (%4) %5 %6\n")
                   .arg(QueryMix::kindName(q.query.kind).leftJustified(12), q.query.text.leftJustified(28),
                        ms(q.searchMs).rightJustified(8))
                   .arg(q.hits)
                   .arg(ms(q.listMs).rightJustified(8),
                        q.likeMs ? QStringLiteral("%1 (%2)").arg(ms(q.likeMs).rightJustified(9)).arg(q.likeHits) : QString());
    }
    return out;
}

QJsonObject BenchReport::json(const BenchRun &run)
{
    QJsonArray sizes;
    for (const SizeReport &size : run.sizes) {
        const Figures f = figuresOf(size);
        QJsonObject o{{QStringLiteral("customers"), size.workspace.customers},
                      {QStringLiteral("workspace"), size.workspace.path},
                      {QStringLiteral("fileBytes"), size.workspace.fileBytes},
                      {QStringLiteral("generated"), size.workspace.generated}};
        if (size.searched) {
            QJsonArray queries;
            for (const QueryTiming &q : size.search.queries) {
                QJsonObject query{{QStringLiteral("text"), q.query.text},
                                  {QStringLiteral("kind"), QueryMix::kindName(q.query.kind)},
                                  {QStringLiteral("fixed"), q.query.fixed},
                                  {QStringLiteral("searchMs"), q.searchMs},
                                  {QStringLiteral("hits"), q.hits},
                                  {QStringLiteral("listMs"), q.listMs}};
                if (q.likeMs) {
                    query.insert(QStringLiteral("likeMs"), *q.likeMs);
                    query.insert(QStringLiteral("likeHits"), q.likeHits);
                }
                queries.append(query);
            }
            o.insert(QStringLiteral("search"),
                     QJsonObject{{QStringLiteral("p50Ms"), jsonNumber(f.searchP50)},
                                 {QStringLiteral("p95Ms"), jsonNumber(f.searchP95)},
                                 {QStringLiteral("maxMs"), jsonNumber(f.searchMax)},
                                 {QStringLiteral("listP50Ms"), jsonNumber(f.listP50)},
                                 {QStringLiteral("listP95Ms"), jsonNumber(f.listP95)},
                                 {QStringLiteral("likeQueries"), f.likeQueries},
                                 {QStringLiteral("likeEvery"), size.likeEvery},
                                 {QStringLiteral("likeMedianMs"), jsonNumber(f.likeMedian)},
                                 {QStringLiteral("searchMedianOnLikeQueriesMs"), jsonNumber(f.searchMedianOnLike)},
                                 {QStringLiteral("likeRatio"), jsonNumber(f.likeRatio)},
                                 {QStringLiteral("likeRatioPerQueryMedian"), jsonNumber(f.likeRatioPerQuery)},
                                 {QStringLiteral("queries"), queries}});
        }
        if (size.listed) {
            QJsonArray warm, cold;
            for (const ListRun &r : size.list.warm)
                warm.append(runJson(r));
            for (const ListRun &r : size.list.cold)
                cold.append(runJson(r));
            o.insert(QStringLiteral("list"),
                     QJsonObject{{QStringLiteral("openMs"), jsonNumber(f.openMs)},
                                 {QStringLiteral("firstPageMs"), jsonNumber(f.firstPageMs)},
                                 {QStringLiteral("shownMs"), jsonNumber(f.shownMs)},
                                 {QStringLiteral("countMs"), jsonNumber(f.countMs)},
                                 {QStringLiteral("coldFirstPageMs"), jsonNumber(f.coldFirstPageMs)},
                                 {QStringLiteral("coldCountMs"), jsonNumber(f.coldCountMs)},
                                 {QStringLiteral("baselinePeakMiB"), jsonNumber(f.baselineMiB)},
                                 {QStringLiteral("peakMiB"), jsonNumber(f.peakMiB)},
                                 {QStringLiteral("rows"), jsonNumber(f.rows)},
                                 {QStringLiteral("warmRuns"), warm},
                                 {QStringLiteral("coldRuns"), cold}});
        }
        sizes.append(o);
    }
    QJsonArray targets;
    for (const Target &target : targetsOf(run))
        targets.append(QJsonObject{{QStringLiteral("target"), target.name},
                                   {QStringLiteral("value"), target.value},
                                   {QStringLiteral("result"), verdict(target.pass)},
                                   {QStringLiteral("note"), target.note}});
    return QJsonObject{{QStringLiteral("environment"), benchEnvironment()},
                       {QStringLiteral("cache"), run.cacheFolder},
                       {QStringLiteral("queries"), run.queryCount},
                       {QStringLiteral("searchRounds"), run.search.rounds},
                       {QStringLiteral("hitLimit"), run.search.hitLimit},
                       {QStringLiteral("listPage"), run.search.listPage},
                       {QStringLiteral("listWarmRuns"), run.list.warmRuns},
                       {QStringLiteral("listColdRuns"), run.list.coldRuns},
                       {QStringLiteral("listPages"), run.list.pages},
                       {QStringLiteral("sizes"), sizes},
                       {QStringLiteral("targets"), targets}};
}

}  // namespace guanxi::bench
