#pragma once

#include "Enums.h"
#include "RecordMeta.h"

namespace guanxi {

// One visit, call, e-mail, chat or meeting, with what was promised (DOMAIN.md: "confirm every
// spoken agreement in writing").
struct Interaction {
    RecordMeta meta;
    QString customerId;
    QString customerName;  // read-only, filled by queries that join customers
    QString contactId;  // may be empty
    QString contactName;  // read-only, filled by queries that join contacts
    QString staffId;    // who talked to the customer; may be empty
    QString staffName;  // read-only, filled by queries that join staff
    InteractionChannel channel = InteractionChannel::Call;
    QDateTime occurredAt;  // UTC
    QString summary;
    QString commitments;  // what we promised, in the rep's words

    const QString &id() const { return meta.id; }
};

}  // namespace guanxi
