#pragma once

#include "Result.h"
#include "storage/CustomerRepository.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace guanxi {

// Runs customer list queries (pages and counts) on a worker thread with its own read-only
// connection to the workspace, so that a search matching half a million customers never
// freezes typing. Results come back on the caller's thread through callbacks.
//
// Callers work in channels (one per model): each request carries a generation, and a request
// older than the latest one of its channel is skipped before it runs — while the user types,
// only the newest text is searched.
class CustomerQueryWorker : public QObject
{
    Q_OBJECT

public:
    explicit CustomerQueryWorker(QObject *parent = nullptr);
    ~CustomerQueryWorker() override;

    // Opens the worker's connection to `path` (empty: closes it). Requests made afterwards run
    // against that workspace.
    void setWorkspace(const QString &path);
    // Closes the worker's connection now (waiting for a query in progress). The session calls it
    // before closing its own: SQLite removes the -wal and -shm files only when the last
    // connection to close can write, and this one only reads.
    void closeConnection();
    // False when the worker could not open the workspace; callers then query themselves.
    bool isAvailable() const { return m_available.load(); }

    int newChannel();

    using PageDone = std::function<void(const Result<CustomerPage> &)>;
    using CountDone = std::function<void(const Result<qint64> &)>;
    void page(int channel, quint64 generation, const CustomerFilter &filter, const CustomerOrder &order,
              const std::optional<CustomerCursor> &after, int limit, PageDone done);
    void count(int channel, quint64 generation, const CustomerFilter &filter, CountDone done);

private:
    struct Connection;
    void post(std::function<void()> work);
    void setLatest(int channel, quint64 generation);
    bool isStale(int channel, quint64 generation);

    QThread *m_thread;
    QObject *m_context; // lives on the worker thread; runs the posted work
    std::unique_ptr<Connection> m_connection; // touched on the worker thread only
    std::atomic<bool> m_available {false};
    QMutex m_mutex;
    QHash<int, quint64> m_latest; // channel → newest generation asked for
    int m_channels = 0;
};

} // namespace guanxi
