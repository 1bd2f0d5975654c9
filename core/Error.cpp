#include "Error.h"

namespace guanxi {

QString Error::fullText() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::Validation: return QStringLiteral("validation");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::NotADatabase: return QStringLiteral("not-a-database");
    case ErrorCode::NotAWorkspace: return QStringLiteral("not-a-workspace");
    case ErrorCode::NewerVersion: return QStringLiteral("newer-version");
    case ErrorCode::ReadOnly: return QStringLiteral("read-only");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

}  // namespace guanxi
