#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace guanxi::exchange {

// Bytes to a file through a buffer, with every write error kept and reported by finish().
class FileSink
{
    Q_DECLARE_TR_FUNCTIONS(FileSink)

public:
    static Result<std::unique_ptr<FileSink>> open(const QString &path);

    // The caller appends to buffer() and calls flushIfFull() now and then.
    QByteArray &buffer() { return m_buffer; }
    Status flushIfFull();
    // Writes what is left and closes the file.
    Status finish();

private:
    FileSink() = default;
    Status writeBuffer();
    Status error() const;

    QFile m_file;
    QByteArray m_buffer;
};

}  // namespace guanxi::exchange
