#pragma once

#include "DuplicateKeys.h"
#include "EntityImport.h"
#include "domain/Order.h"

namespace guanxi {

// Orders of existing customers. Amounts and costs are decimal yuan ("1,234.50", "¥1234.5",
// "1234", full-width digits) turned into fen by Money::parseMinorUnits; never floating point.
// Duplicates among the same customer's orders: by id, then by order number, or — for rows
// without a number — by the same date, amount and product.
class OrderImport : public EntityImport
{
public:
    explicit OrderImport(ImportSession &session);

    Status prepare(qint64 expectedRows) override;
    Result<RowResult> importRow(const SourceRecord &record) override;

private:
    enum Key { Number, Details, KeyCount };
    static QStringList keysOf(const QString &customerId, const QString &orderNumber, const QDate &date, qint64 amount,
                              const QString &product);
    static QString describeOrder(const QString &orderNumber, const QDate &date, qint64 amount);
    QStringList applyCells(Order &order, const SourceRecord &record) const;
    Result<std::optional<DuplicateKeys::Candidate>> candidate(qint64 seq);
    Result<RowResult> update(const SourceRecord &record, const DuplicateKeys::Found &found);

    int m_id, m_customerId, m_customer, m_number, m_date, m_amount, m_cost, m_currency, m_product, m_notes, m_created;
    DuplicateKeys m_keys{KeyCount};
};

}  // namespace guanxi
