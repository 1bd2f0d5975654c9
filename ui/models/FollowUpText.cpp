#include "FollowUpText.h"

#include "DateText.h"

namespace guanxi {

bool FollowUpText::isOverdue(const FollowUp &f, const QDate &today)
{
    return f.status == FollowUpStatus::Open && f.effectiveDue() < today;
}

QString FollowUpText::due(const FollowUp &f)
{
    return DateText::date(f.effectiveDue());
}

QString FollowUpText::status(const FollowUp &f, const QDate &today)
{
    if (f.status == FollowUpStatus::Done)
        return f.doneAt.isValid() ? tr("Done %1").arg(DateText::date(f.doneAt.toLocalTime().date())) : tr("Done");
    const QDate due = f.effectiveDue();
    if (due < today)
        return tr("Overdue since %1").arg(DateText::date(due));
    if (f.isSnoozed())
        return tr("Snoozed until %1").arg(DateText::date(f.snoozedUntil));
    if (due == today)
        return tr("Due today");
    return tr("Open");
}

} // namespace guanxi
