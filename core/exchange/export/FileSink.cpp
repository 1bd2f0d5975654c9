#include "FileSink.h"

#include <QDir>

namespace guanxi::exchange {

namespace {
constexpr qsizetype FlushAbove = 256 * 1024;
}

Result<std::unique_ptr<FileSink>> FileSink::open(const QString &path)
{
    std::unique_ptr<FileSink> sink(new FileSink);
    sink->m_file.setFileName(path);
    if (!sink->m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return sink->error().error();
    sink->m_buffer.reserve(FlushAbove + 64 * 1024);
    return sink;
}

Status FileSink::flushIfFull()
{
    return m_buffer.size() < FlushAbove ? Status() : writeBuffer();
}

Status FileSink::writeBuffer()
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        return error();
    m_buffer.clear();
    return {};
}

Status FileSink::finish()
{
    if (Status written = writeBuffer(); !written)
        return written;
    if (!m_file.flush())
        return error();
    m_file.close();
    if (m_file.error() != QFileDevice::NoError)
        return error();
    return {};
}

Status FileSink::error() const
{
    return makeError(ErrorCode::Io, tr("Cannot write the file “%1”.").arg(QDir::toNativeSeparators(m_file.fileName())),
                     m_file.errorString());
}

}  // namespace guanxi::exchange
