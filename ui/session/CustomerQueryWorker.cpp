#include "CustomerQueryWorker.h"

#include "storage/Workspace.h"

#include <QThread>

namespace guanxi {

struct CustomerQueryWorker::Connection {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CustomerRepository> customers;

    void close()
    {
        customers.reset();
        workspace.reset();
    }
};

CustomerQueryWorker::CustomerQueryWorker(QObject *parent)
    : QObject(parent), m_thread(new QThread), m_context(new QObject), m_connection(std::make_unique<Connection>())
{
    m_thread->setObjectName(QStringLiteral("guanxi customer queries"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

CustomerQueryWorker::~CustomerQueryWorker()
{
    // The connection belongs to the worker thread: close it there, then stop the thread.
    Connection *connection = m_connection.get();
    QMetaObject::invokeMethod(
        m_context, [connection] { connection->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void CustomerQueryWorker::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void CustomerQueryWorker::setWorkspace(const QString &path)
{
    m_available = !path.isEmpty();
    Connection *connection = m_connection.get();
    post([this, connection, path] {
        connection->close();
        if (path.isEmpty())
            return;
        Workspace::Options options;
        options.readOnly = true; // this connection only reads
        options.quickCheck = false; // the session checks the file once, in the background
        auto opened = Workspace::open(path, options);
        if (!opened) {
            qWarning("Customer queries run on the UI thread: %s", qUtf8Printable(opened.error().fullText()));
            m_available = false;
            return;
        }
        connection->workspace = std::move(*opened);
        connection->customers = std::make_unique<CustomerRepository>(*connection->workspace);
    });
}

void CustomerQueryWorker::closeConnection()
{
    m_available = false;
    Connection *connection = m_connection.get();
    QMetaObject::invokeMethod(
        m_context, [connection] { connection->close(); }, Qt::BlockingQueuedConnection);
}

int CustomerQueryWorker::newChannel()
{
    QMutexLocker lock(&m_mutex);
    return ++m_channels;
}

void CustomerQueryWorker::setLatest(int channel, quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    quint64 &latest = m_latest[channel];
    latest = qMax(latest, generation);
}

bool CustomerQueryWorker::isStale(int channel, quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    return generation < m_latest.value(channel);
}

namespace {
Error unavailable()
{
    return makeError(ErrorCode::InvalidArgument,
                     CustomerQueryWorker::tr("The customer list is not connected to a workspace."));
}
} // namespace

void CustomerQueryWorker::page(int channel, quint64 generation, const CustomerFilter &filter,
                               const CustomerOrder &order, const std::optional<CustomerCursor> &after, int limit,
                               PageDone done)
{
    setLatest(channel, generation);
    Connection *connection = m_connection.get();
    post([=, this, done = std::move(done)] {
        if (isStale(channel, generation))
            return;
        Result<CustomerPage> result = connection->customers ? connection->customers->page(filter, order, after, limit)
                                                            : Result<CustomerPage>(unavailable());
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

void CustomerQueryWorker::count(int channel, quint64 generation, const CustomerFilter &filter, CountDone done)
{
    setLatest(channel, generation);
    Connection *connection = m_connection.get();
    post([=, this, done = std::move(done)] {
        if (isStale(channel, generation))
            return;
        Result<qint64> result
            = connection->customers ? connection->customers->count(filter) : Result<qint64>(unavailable());
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace guanxi
