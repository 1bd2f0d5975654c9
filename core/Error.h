#pragma once

#include <QCoreApplication>
#include <QString>

namespace guanxi {

// What went wrong, as a stable code callers can branch on. The message beside it is
// already translated into the user's language and can be shown as it is.
enum class ErrorCode {
    InvalidArgument,
    Validation,
    NotFound,
    NotADatabase,     // the file is not an SQLite database at all
    NotAWorkspace,    // an SQLite database, but not one Guanxi wrote
    NewerVersion,     // written by a newer Guanxi than this one
    ReadOnly,         // the workspace was opened read-only and a write was asked for
    Locked,           // another process holds the file
    Corrupt,          // integrity or quick check failed
    Io,               // the file system refused (missing file, permissions, disk full)
    Database,         // an unexpected SQLite error
    Cancelled,
};

struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message;  // translated, for the user
    QString detail;   // untranslated technical detail (SQLite's own text), may be empty

    // "message (detail)" when there is a detail, for logs and the CLI's stderr.
    QString fullText() const;
    // The stable English name of the code ("not-found"), for --json output.
    static QString codeName(ErrorCode code);
};

}  // namespace guanxi
