#include "PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace guanxi::exchange {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

}  // namespace

Result<std::unique_ptr<PartFile>> PartFile::create(const QString &path, bool overwrite)
{
    const QFileInfo target(path);
    if (target.isDir())
        return makeError(ErrorCode::InvalidArgument, tr("“%1” is a folder; give a file name.").arg(shown(path)));
    if (target.exists() && !overwrite)
        return makeError(ErrorCode::InvalidArgument,
                         tr("“%1” already exists. Choose another name, or allow replacing it.").arg(shown(path)));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return makeError(ErrorCode::Io, tr("The folder “%1” does not exist.").arg(shown(folder.filePath())));

    std::unique_ptr<PartFile> part(new PartFile(target.absoluteFilePath(), overwrite));
    QFile file(part->m_partPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, tr("Cannot write in the folder “%1”.").arg(shown(folder.filePath())),
                         file.errorString());
    return part;
}

PartFile::~PartFile()
{
    if (!m_committed)
        QFile::remove(m_partPath);
}

Status PartFile::commit()
{
    if (m_overwrite) {
        // One atomic step on POSIX (rename(2)) and on Windows (MoveFileEx, replacing): readers
        // see the old file or the new one, never neither.
        std::error_code error;
        std::filesystem::rename(std::filesystem::path(m_partPath.toStdU16String()),
                                std::filesystem::path(m_path.toStdU16String()), error);
        if (error)
            return makeError(ErrorCode::Io, tr("Cannot save “%1”.").arg(shown(m_path)), QString::fromStdString(error.message()));
    } else if (!QFile::rename(m_partPath, m_path)) {
        // QFile::rename never replaces an existing file (where the system allows, atomically so).
        if (QFileInfo::exists(m_path))
            return makeError(ErrorCode::InvalidArgument,
                             tr("“%1” was created by someone else during the export; it was left as it is.").arg(shown(m_path)));
        return makeError(ErrorCode::Io, tr("Cannot save “%1”.").arg(shown(m_path)));
    }
    m_committed = true;
    return {};
}

}  // namespace guanxi::exchange
