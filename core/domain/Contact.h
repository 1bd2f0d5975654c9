#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <optional>

namespace guanxi {

// A person at a customer. B2B relationships need several (DOMAIN.md: "many threads, not one").
struct Contact {
    RecordMeta meta;
    QString customerId;
    QString customerName;  // read-only, filled by queries that join customers
    QString name;
    QString title;  // job title
    std::optional<ContactRole> role;
    QString phone;
    QString email;
    QString wechat;
    QString notes;
    bool primary = false;

    const QString &id() const { return meta.id; }
};

}  // namespace guanxi
