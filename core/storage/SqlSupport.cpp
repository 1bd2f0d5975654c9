#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace guanxi::sql {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
}  // namespace

Error toError(int sqliteCode, const QString &sqliteMessage, const QString &what)
{
    const auto about = [&what](const QString &message) {
        return what.isEmpty() ? message : Tr::tr("%1: %2").arg(what, message);
    };
    switch (sqliteCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Locked,
                         about(Tr::tr("Another program is using this workspace. Close it or wait a moment, then try again.")),
                         sqliteMessage);
    case SQLITE_READONLY:
        return makeError(ErrorCode::ReadOnly, about(Tr::tr("The workspace file cannot be written (it is read-only).")),
                         sqliteMessage);
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Corrupt,
                         about(Tr::tr("The workspace file is damaged. Restore it from a backup.")), sqliteMessage);
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotADatabase, about(Tr::tr("The file is not a Guanxi workspace.")), sqliteMessage);
    case SQLITE_FULL:
        return makeError(ErrorCode::Io, about(Tr::tr("The disk is full.")), sqliteMessage);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io, about(Tr::tr("The file could not be read or written.")), sqliteMessage);
    default:
        return makeError(ErrorCode::Database, about(Tr::tr("The database reported an error.")), sqliteMessage);
    }
}

Error toError(const QSqlError &error, const QString &what)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return toError(ok ? code : SQLITE_ERROR, text, what);
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return toError(query.lastError());
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return toError(query.lastError());
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = run(db, sql, bindings);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return toError(query->lastError());
        return QVariant();
    }
    return query->value(0);
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime utcFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromText(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullIfInvalid(const QDate &date)
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant();
}

QVariantList withEmptyStrings(QVariantList values)
{
    for (QVariant &value : values)
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            value = QStringLiteral("");
    return values;
}

}  // namespace guanxi::sql
