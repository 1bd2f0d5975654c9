#include "ZipArchive.h"

#include <QFile>
#include <QFileInfo>

#include <minizip/unzip.h>

namespace guanxi {

namespace {

unzFile handleOf(void *handle)
{
    return static_cast<unzFile>(handle);
}

constexpr int CaseSensitive = 1;

}  // namespace

ZipArchive::ZipArchive(void *handle, QString displayName) : m_handle(handle), m_displayName(std::move(displayName)) {}

ZipArchive::~ZipArchive()
{
    closeEntry();
    unzClose(handleOf(m_handle));
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return makeError(ErrorCode::Io, tr("The file “%1” does not exist.").arg(name));
    if (info.isDir())
        return makeError(ErrorCode::Io, tr("“%1” is a folder, not a file.").arg(name));
    const QByteArray encoded = QFile::encodeName(path);
    unzFile handle = unzOpen64(encoded.constData());
    if (!handle) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("Cannot open “%1”: %2").arg(name, file.errorString()));
        return makeError(ErrorCode::Validation,
                         tr("The file “%1” is damaged: it starts like a ZIP archive (as an Excel workbook is), but its list of "
                            "contents cannot be read. Was it cut short while being copied or downloaded?")
                             .arg(name));
    }
    return std::unique_ptr<ZipArchive>(new ZipArchive(handle, name));
}

Error ZipArchive::damaged(const QString &detail) const
{
    return makeError(ErrorCode::Validation,
                     tr("The part “%1” of the file “%2” cannot be read: the file is damaged, or it changed while it was being read.")
                         .arg(m_entry, m_displayName),
                     detail);
}

bool ZipArchive::contains(const QString &entry) const
{
    return unzLocateFile(handleOf(m_handle), entry.toUtf8().constData(), CaseSensitive) == UNZ_OK;
}

void ZipArchive::closeEntry()
{
    if (m_entryOpen)
        unzCloseCurrentFile(handleOf(m_handle));
    m_entryOpen = false;
}

Status ZipArchive::openEntry(const QString &entry)
{
    closeEntry();
    m_entry = entry;
    m_entryEnded = false;
    m_entryBytesRead = 0;
    unzFile zip = handleOf(m_handle);
    if (unzLocateFile(zip, entry.toUtf8().constData(), CaseSensitive) != UNZ_OK)
        return makeError(ErrorCode::Validation, tr("The file “%1” has no part “%2”.").arg(m_displayName, entry));
    unz_file_info64 info{};
    if (int error = unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0); error != UNZ_OK)
        return damaged(QStringLiteral("unzGetCurrentFileInfo64: %1").arg(error));
    if (info.flag & 1)
        return makeError(ErrorCode::Validation,
                         tr("The file “%1” is encrypted: save it again without a password and import that file.").arg(m_displayName));
    if (int error = unzOpenCurrentFile(zip); error != UNZ_OK)
        return damaged(QStringLiteral("unzOpenCurrentFile: %1").arg(error));
    m_entryOpen = true;
    m_entrySize = qint64(info.uncompressed_size);
    m_entryCompressedSize = qint64(info.compressed_size);
    return {};
}

Result<QByteArray> ZipArchive::read(qsizetype maxBytes)
{
    if (!m_entryOpen || m_entryEnded)
        return QByteArray();
    QByteArray chunk(maxBytes, Qt::Uninitialized);
    const int got = unzReadCurrentFile(handleOf(m_handle), chunk.data(), unsigned(maxBytes));
    if (got < 0)
        return damaged(QStringLiteral("unzReadCurrentFile: %1").arg(got));
    if (got == 0) {
        m_entryEnded = true;
        m_entryOpen = false;
        if (int error = unzCloseCurrentFile(handleOf(m_handle)); error != UNZ_OK)
            return damaged(QStringLiteral("unzCloseCurrentFile: %1").arg(error));
        return QByteArray();
    }
    chunk.truncate(got);
    m_entryBytesRead += got;
    return chunk;
}

}  // namespace guanxi
