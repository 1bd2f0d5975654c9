#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>

namespace guanxi {

struct FollowUp {
    RecordMeta meta;
    QString customerId;
    QString customerName;  // read-only, filled by queries that join customers
    QString interactionId; // the interaction that created it; may be empty
    QString ownerId;       // staff; may be empty
    QString ownerName;     // read-only
    QString title;
    QDate dueOn;
    QDate snoozedUntil;    // invalid when not snoozed
    FollowUpStatus status = FollowUpStatus::Open;
    QDateTime doneAt;      // UTC, invalid while open
    QString notes;

    const QString &id() const { return meta.id; }
    // The day it is next due: the snooze date when snoozed, otherwise the due date.
    QDate effectiveDue() const { return snoozedUntil.isValid() && snoozedUntil > dueOn ? snoozedUntil : dueOn; }
    bool isSnoozed() const { return status == FollowUpStatus::Open && snoozedUntil.isValid() && snoozedUntil > dueOn; }
};

}  // namespace guanxi
