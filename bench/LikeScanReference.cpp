// The only SQL outside core/storage, on purpose.
//
// Product code never writes SQL outside core/storage (DESIGN.md, "Layers"). This file is not
// product code: it is the yardstick of the search benchmark. A LIKE scan is exactly what the
// product must NOT do, so it has no place in a repository; keeping it here, in one file, keeps
// core free of a query nobody should call, and keeps the yardstick next to the benchmark that
// explains it. It runs on the workspace's own connection (Workspace::database()), so it reads the
// same file through the same page cache and pragmas as SearchRepository.
//
// Same data as the search index (the view customer_search_source in 0001_initial.sql): the
// customer's name, phone, e-mail, city and region, and the names, phones and e-mails of its live
// contacts. Plus customers.sort_key, the pinyin of the name ("BeiJingChangCheng…"), which is the
// closest a LIKE can come to pinyin search, so that pinyin queries scan as much as Chinese ones.
// Every matching customer is found (two full scans, customers and contacts, their union) and the
// first `limit` by name are returned: the whole result a search must rank, with nothing to stop
// the scan early.
#include "LikeScanReference.h"

#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace guanxi::bench {

namespace {

const char *const LikeScanSql = R"(
SELECT c.id, c.name FROM customers c
WHERE c.seq IN (
    SELECT seq FROM customers
    WHERE deleted = 0
      AND (name LIKE ? ESCAPE '\' OR sort_key LIKE ? ESCAPE '\' OR phone LIKE ? ESCAPE '\'
           OR email LIKE ? ESCAPE '\' OR city LIKE ? ESCAPE '\' OR region LIKE ? ESCAPE '\')
    UNION
    SELECT k.seq FROM contacts p JOIN customers k ON k.id = p.customer_id
    WHERE p.deleted = 0 AND k.deleted = 0
      AND (p.name LIKE ? ESCAPE '\' OR p.phone LIKE ? ESCAPE '\' OR p.email LIKE ? ESCAPE '\'))
ORDER BY c.sort_key, c.seq
LIMIT ?)";

constexpr int LikeColumns = 9;  // the placeholders of the pattern above

// '%' and '_' in the query stand for themselves.
QString containsPattern(const QString &query)
{
    QString escaped = query.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

}  // namespace

LikeScanReference::LikeScanReference(Workspace &workspace) : m_workspace(workspace) {}

QString LikeScanReference::description()
{
    return QStringLiteral("LIKE '%q%' over customers (name, pinyin sort key, phone, e-mail, city, region) "
                          "and contacts (name, phone, e-mail), every match, first 20 by name");
}

Result<int> LikeScanReference::run(const QString &query, int limit)
{
    QSqlQuery scan(m_workspace.database());
    scan.setForwardOnly(true);
    if (!scan.prepare(QString::fromLatin1(LikeScanSql)))
        return makeError(ErrorCode::Database, QStringLiteral("The LIKE reference cannot be prepared."),
                         scan.lastError().text());
    const QString pattern = containsPattern(query);
    for (int column = 0; column < LikeColumns; ++column)
        scan.addBindValue(pattern);
    scan.addBindValue(limit);
    if (!scan.exec())
        return makeError(ErrorCode::Database, QStringLiteral("The LIKE reference failed."), scan.lastError().text());
    int found = 0;
    while (scan.next())
        ++found;
    return found;
}

}  // namespace guanxi::bench
