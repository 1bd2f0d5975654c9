#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;

namespace guanxi::sql {

// Turns a Qt Sql error into our Error, mapping SQLite's codes (busy, read-only, corrupt, …)
// to ErrorCode with a message the user can act on. `what` says what we were doing.
Error toError(const QSqlError &error, const QString &what = {});
// The same for a raw SQLite result code from the C API.
Error toError(int sqliteCode, const QString &sqliteMessage, const QString &what = {});

// Prepares and executes a statement with positional bindings; the query is forward-only.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});
// Runs a query expected to produce one value (COUNT(*), a pragma …).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

// The sqlite3* behind a Qt connection, for what Qt Sql does not wrap (backup, FTS5 tokenizers).
sqlite3 *handle(const QSqlDatabase &db);

// Storage formats: times as ISO-8601 UTC with milliseconds, dates as YYYY-MM-DD.
QString utcText(const QDateTime &time);
QDateTime utcFromText(const QString &text);
QString dateText(const QDate &date);
QDate dateFromText(const QString &text);
// NULL (an invalid QVariant) for an empty string / invalid date, so optional columns stay NULL.
QVariant nullIfEmpty(const QString &text);
QVariant nullIfInvalid(const QDate &date);
// Qt binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '', so writes turn
// null strings into empty ones. Only an invalid QVariant (nullIfEmpty) stays NULL.
QVariantList withEmptyStrings(QVariantList values);

}  // namespace guanxi::sql
