#pragma once

#include "Result.h"
#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace guanxi {
class Workspace;
}

namespace guanxi::cli {

struct SearchHit {
    QString id;
    QString name;
    QString city;
    QString phone;
    RelationshipTier tier = RelationshipTier::Transactional;
};

// The one place `guanxi-cli search` asks core for customers. Today through CustomerRepository's
// filter (FTS5, ordered by name); when core/storage/SearchRepository lands, this function calls
// its search(query, limit) instead. limit 0: every match.
Result<QList<SearchHit>> searchCustomers(Workspace &workspace, const QString &query, qint64 limit);

}  // namespace guanxi::cli
