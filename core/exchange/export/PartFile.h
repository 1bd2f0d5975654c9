#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace guanxi::exchange {

// An export's file is written as FILE.part beside FILE and renamed to FILE only when complete:
// a failure or a cancel at any moment leaves neither half a FILE nor the .part, and an existing
// FILE is either kept (no overwrite: the rename refuses to replace it) or replaced in one step.
class PartFile
{
    Q_DECLARE_TR_FUNCTIONS(PartFile)

public:
    // Checks that FILE can be written (its folder exists and is writable; FILE is not a folder;
    // without `overwrite`, FILE does not exist) and creates an empty FILE.part (a stale one from
    // an export that was killed is replaced).
    static Result<std::unique_ptr<PartFile>> create(const QString &path, bool overwrite);
    ~PartFile();  // removes FILE.part unless committed

    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    QString path() const { return m_path; }
    QString partPath() const { return m_partPath; }
    // Renames FILE.part to FILE.
    Status commit();

    static QString partPathFor(const QString &path) { return path + QStringLiteral(".part"); }

private:
    PartFile(QString path, bool overwrite)
        : m_path(std::move(path)), m_partPath(partPathFor(m_path)), m_overwrite(overwrite)
    {
    }

    QString m_path;
    QString m_partPath;
    bool m_overwrite;
    bool m_committed = false;
};

}  // namespace guanxi::exchange
