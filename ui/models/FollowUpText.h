#pragma once

#include "domain/FollowUp.h"

#include <QCoreApplication>
#include <QDate>

namespace guanxi {

// How a follow-up's state reads in lists: shared by the customer's follow-ups and the agenda.
class FollowUpText
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpText)

public:
    // "Done 2024-03-01", "Snoozed until 2024-03-05", "Overdue since …", "Due today", "Open".
    static QString status(const FollowUp &followUp, const QDate &today);
    // The effective due date, short and local.
    static QString due(const FollowUp &followUp);
    static bool isOverdue(const FollowUp &followUp, const QDate &today);
};

} // namespace guanxi
