#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace guanxi {

// A ZIP archive opened for reading (minizip), and one of its entries read as it is inflated, in
// chunks, so that an entry of any size never has to be in memory at once.
//
//   auto zip = ZipArchive::open(path);
//   if (zip && (*zip)->contains("xl/workbook.xml") && (*zip)->openEntry("xl/workbook.xml"))
//       while (reading) { auto chunk = (*zip)->read(64 * 1024); … an empty chunk is the end }
//
// Errors are Io (the file cannot be read) or Validation (not a ZIP archive, damaged, encrypted),
// with translated messages that name the file.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    static Result<std::unique_ptr<ZipArchive>> open(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool contains(const QString &entry) const;

    // Makes `entry` the one read() reads, from its beginning.
    Status openEntry(const QString &entry);
    // The next at most `maxBytes` inflated bytes of the open entry; empty at its end, where the
    // checksum is verified.
    Result<QByteArray> read(qsizetype maxBytes);
    // The open entry's sizes, and how many inflated bytes read() gave so far.
    qint64 entrySize() const { return m_entrySize; }
    qint64 entryCompressedSize() const { return m_entryCompressedSize; }
    qint64 entryBytesRead() const { return m_entryBytesRead; }

private:
    ZipArchive(void *handle, QString displayName);
    Error damaged(const QString &detail) const;
    void closeEntry();

    void *m_handle = nullptr;  // unzFile
    QString m_displayName;
    QString m_entry;
    bool m_entryOpen = false;
    bool m_entryEnded = false;
    qint64 m_entrySize = 0;
    qint64 m_entryCompressedSize = 0;
    qint64 m_entryBytesRead = 0;
};

}  // namespace guanxi
