#include "TablePage.h"

#include "SqlSupport.h"

namespace guanxi::detail {

TablePageQuery tablePageConditions(const CustomerRecordFilter &filter, const QString &alias, const QString &dateColumn,
                                   bool utcTimes)
{
    TablePageQuery query;
    query.conditions << alias + QStringLiteral(".deleted = 0") << QStringLiteral("c.deleted = 0");
    if (!filter.customerId.isEmpty()) {
        query.conditions << alias + QStringLiteral(".customer_id = ?");
        query.bindings << filter.customerId;
    }
    if (!dateColumn.isEmpty()) {
        const QString column = alias + QLatin1Char('.') + dateColumn;
        if (filter.from.isValid()) {
            query.conditions << column + QStringLiteral(" >= ?");
            query.bindings << (utcTimes ? sql::utcText(filter.from.startOfDay()) : sql::dateText(filter.from));
        }
        if (filter.to.isValid()) {
            query.conditions << (utcTimes ? column + QStringLiteral(" < ?") : column + QStringLiteral(" <= ?"));
            query.bindings << (utcTimes ? sql::utcText(filter.to.addDays(1).startOfDay()) : sql::dateText(filter.to));
        }
    }
    return query;
}

}  // namespace guanxi::detail
