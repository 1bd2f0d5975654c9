#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace guanxi {

// The rows an import rejected, as a CSV file the user can fix and import again: the header and
// each rejected row's fields as they were read, plus a last column with the reason. UTF-8 with a
// byte order mark and CRLF line ends, so that Excel opens it with Chinese text intact. Written
// beside its final name and renamed at the end; a file that would hold no rows is not written.
class RejectsWriter
{
    Q_DECLARE_TR_FUNCTIONS(RejectsWriter)

public:
    // "dir/NAME.rejects.csv" for "dir/NAME.csv".
    static QString defaultPath(const QString &sourcePath);

    Status open(const QString &path, const QStringList &header);
    // Write errors surface in commit().
    void write(const QStringList &fields, const QString &reason);
    // Renames the file into place when rows were written; otherwise discards it.
    Status commit();
    qint64 rows() const { return m_rows; }

private:
    void writeRow(const QStringList &fields);

    QSaveFile m_file;
    qsizetype m_width = 0;
    qint64 m_rows = 0;
    bool m_open = false;
};

}  // namespace guanxi
