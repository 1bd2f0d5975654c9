#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace guanxi {
class Workspace;
}

namespace guanxi::cli {

// The fields core/storage/SearchRepository's hits will have too.
struct SearchHit {
    QString id;
    QString name;
    QString city;
    QString phone;
};

// The one place `guanxi-cli search` asks core for customers. Today through CustomerRepository's
// filter (FTS5, ordered by name); when core/storage/SearchRepository lands, this function calls
// its search(query, limit) instead (with INT_MAX for 0). limit 0: every match.
Result<QList<SearchHit>> searchCustomers(Workspace &workspace, const QString &query, qint64 limit);

}  // namespace guanxi::cli
