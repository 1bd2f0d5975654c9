#include "ListChild.h"

#include "PeakMemory.h"

#include "models/CustomerTableModel.h"
#include "session/WorkspaceSession.h"
#include "views/CustomerListView.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace guanxi::bench {

namespace {

constexpr int TimeoutMs = 10 * 60 * 1000;

// Runs the event loop until the model reports something that makes `done` true (or fails).
class ModelWaiter
{
public:
    explicit ModelWaiter(CustomerTableModel *model)
    {
        QObject::connect(model, &CustomerTableModel::firstPageLoaded, &m_context, [this] { wake(); });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_context, [this] { wake(); });
        QObject::connect(model, &CustomerTableModel::countingChanged, &m_context, [this] { wake(); });
        QObject::connect(model, &CustomerTableModel::loadFailed, &m_context, [this](const QString &message) {
            m_error = message;
            wake();
        });
    }

    bool waitUntil(const std::function<bool()> &done)
    {
        if (done())
            return true;
        QEventLoop loop;
        m_loop = &loop;
        m_done = done;
        QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
        return done() && m_error.isEmpty();
    }

    QString error() const { return m_error; }

private:
    void wake()
    {
        if (m_loop && (!m_error.isEmpty() || m_done()))
            m_loop->quit();
    }

    QObject m_context;
    QEventLoop *m_loop = nullptr;
    std::function<bool()> m_done;
    QString m_error;
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int finish(const ListRun &run)
{
    std::fputs(run.toJson().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return run.error.isEmpty() ? 0 : 1;
}

}  // namespace

QByteArray ListRun::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("openMs"), openMs},
                                     {QStringLiteral("firstPageMs"), firstPageMs},
                                     {QStringLiteral("shownMs"), shownMs},
                                     {QStringLiteral("countMs"), countMs},
                                     {QStringLiteral("rows"), rows},
                                     {QStringLiteral("baselinePeakKiB"), baselinePeakKiB},
                                     {QStringLiteral("peakKiB"), peakKiB},
                                     {QStringLiteral("rssKiB"), rssKiB},
                                     {QStringLiteral("error"), error}})
        .toJson(QJsonDocument::Compact);
}

ListRun ListRun::fromJson(const QByteArray &json)
{
    ListRun run;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        run.error = QStringLiteral("the child printed no result (%1)").arg(parseError.errorString());
        return run;
    }
    const QJsonObject o = document.object();
    run.openMs = o.value(QStringLiteral("openMs")).toDouble();
    run.firstPageMs = o.value(QStringLiteral("firstPageMs")).toDouble();
    run.shownMs = o.value(QStringLiteral("shownMs")).toDouble();
    run.countMs = o.value(QStringLiteral("countMs")).toDouble(-1);
    run.rows = o.value(QStringLiteral("rows")).toInt();
    run.baselinePeakKiB = qint64(o.value(QStringLiteral("baselinePeakKiB")).toDouble(-1));
    run.peakKiB = qint64(o.value(QStringLiteral("peakKiB")).toDouble(-1));
    run.rssKiB = qint64(o.value(QStringLiteral("rssKiB")).toDouble(-1));
    run.error = o.value(QStringLiteral("error")).toString();
    return run;
}

int ListChild::run(const QString &workspacePath, int pages)
{
    ListRun run;
    WorkspaceSession session;
    CustomerListView list(&session);
    list.resize(1366, 768);
    list.show();
    list.grab();  // the empty window is up and painted before the clock starts
    CustomerTableModel *model = list.model();
    ModelWaiter waiter(model);
    // Times are taken where the model announces the result, not when the wait returns: the
    // event loop may first run the layouts and paints the new rows cause.
    QElapsedTimer timer;
    bool firstPage = false;
    QObject::connect(model, &CustomerTableModel::firstPageLoaded, &list, [&] {
        if (!firstPage && timer.isValid())
            run.firstPageMs = elapsedMs(timer);
        firstPage = timer.isValid();
    });
    double countMs = -1;
    QObject::connect(model, &CustomerTableModel::countingChanged, &list, [&](bool counting) {
        if (!counting && countMs < 0 && timer.isValid())
            countMs = elapsedMs(timer);
    });
    run.baselinePeakKiB = PeakMemory::peakKiB();

    timer.start();
    Workspace::Options options;
    options.quickCheck = false;  // as WorkspaceController::open: the check runs in the background
    if (Status opened = session.open(workspacePath, options); !opened) {
        run.error = opened.error().fullText();
        return finish(run);
    }
    run.openMs = elapsedMs(timer);
    if (!waiter.waitUntil([&] { return firstPage; })) {
        run.error = QStringLiteral("no first page: %1").arg(waiter.error());
        return finish(run);
    }
    list.grab();
    run.shownMs = elapsedMs(timer);

    // Scrolling to the end makes the view ask for the next page (QAbstractItemView fetches
    // when the scroll bar reaches its maximum); ask directly when it did not.
    QTableView *view = list.view();
    for (int page = 0; page < pages && model->canFetchMore({}); ++page) {
        const int before = model->rowCount();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        if (!model->isLoading() && model->rowCount() == before && model->canFetchMore({}))
            model->fetchMore({});
        if (!waiter.waitUntil([&] { return !model->isLoading(); })) {
            run.error = QStringLiteral("a page did not arrive: %1").arg(waiter.error());
            return finish(run);
        }
        list.grab();
    }
    if (!waiter.waitUntil([&] { return !model->isCounting(); })) {
        run.error = QStringLiteral("no count: %1").arg(waiter.error());
        return finish(run);
    }
    run.countMs = countMs;
    run.rows = model->rowCount();
    run.peakKiB = PeakMemory::peakKiB();
    run.rssKiB = PeakMemory::currentKiB();
    return finish(run);
}

}  // namespace guanxi::bench
