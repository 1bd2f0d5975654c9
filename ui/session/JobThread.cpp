#include "JobThread.h"

namespace guanxi {

JobThread::~JobThread()
{
    wait();
    delete m_thread;
}

void JobThread::start(std::function<void()> work, QThread::Priority priority)
{
    if (m_thread)
        return;
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(m_name);
    m_thread->start(priority);
}

void JobThread::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace guanxi
