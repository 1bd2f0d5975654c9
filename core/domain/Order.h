#pragma once

#include "Money.h"
#include "RecordMeta.h"

#include <QDate>

#include <optional>

namespace guanxi {

struct Order {
    RecordMeta meta;
    QString customerId;
    QString customerName;  // read-only, filled by queries that join customers
    QString orderNumber;
    QDate orderedOn;
    Money amount;
    std::optional<qint64> costMinor;  // in amount.currency; unknown when absent
    QString product;
    QString notes;

    const QString &id() const { return meta.id; }
};

}  // namespace guanxi
