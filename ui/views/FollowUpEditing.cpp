#include "FollowUpEditing.h"

#include "dialogs/FollowUpDialog.h"
#include "session/WorkspaceSession.h"
#include "widgets/MessageBoxes.h"

namespace guanxi {

void FollowUpEditing::create(WorkspaceSession *session, QWidget *parent, const QString &customerId,
                             const QString &ownerId)
{
    FollowUp f;
    f.customerId = customerId;
    f.ownerId = ownerId;
    f.dueOn = QDate::currentDate().addDays(1);
    auto *dialog = new FollowUpDialog(session, f, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FollowUpEditing::edit(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp)
{
    auto *dialog = new FollowUpDialog(session, followUp, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool FollowUpEditing::save(WorkspaceSession *session, QWidget *parent, const FollowUp &changed)
{
    auto saved = session->update(changed);
    if (!saved)
        MessageBoxes::warning(parent, tr("Follow-up not changed"), saved.error().message);
    return saved.ok();
}

bool FollowUpEditing::markDone(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp)
{
    FollowUp f = followUp;
    f.status = FollowUpStatus::Done;
    f.doneAt = QDateTime::currentDateTimeUtc();
    return save(session, parent, f);
}

bool FollowUpEditing::reopen(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp)
{
    FollowUp f = followUp;
    f.status = FollowUpStatus::Open;
    f.doneAt = QDateTime();
    return save(session, parent, f);
}

bool FollowUpEditing::snooze(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp, const QDate &until)
{
    FollowUp f = followUp;
    if (until <= f.dueOn)
        f.dueOn = until; // "snoozing" to a day before the due date is a new due date
    f.snoozedUntil = until > f.dueOn ? until : QDate();
    return save(session, parent, f);
}

bool FollowUpEditing::remove(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp)
{
    if (MessageBoxes::question(
            parent, tr("Delete follow-up"),
            tr("Delete the follow-up “%1”?\nYou can undo this with Edit ▸ Undo.").arg(followUp.title))
        != QMessageBox::Yes)
        return false;
    Status removed = session->remove(followUp);
    if (!removed)
        MessageBoxes::warning(parent, tr("Follow-up not deleted"), removed.error().message);
    return removed.ok();
}

} // namespace guanxi
