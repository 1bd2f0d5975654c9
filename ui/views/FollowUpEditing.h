#pragma once

#include "domain/FollowUp.h"

#include <QCoreApplication>

class QWidget;

namespace guanxi {

class WorkspaceSession;

// The follow-up actions the customer's panel and the follow-ups view share. Every change goes
// through the session (undoable); refusals are shown in a message box over `parent`.
class FollowUpEditing
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpEditing)

public:
    static void create(WorkspaceSession *session, QWidget *parent, const QString &customerId, const QString &ownerId);
    static void edit(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp);
    static bool markDone(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp);
    static bool reopen(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp);
    static bool snooze(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp, const QDate &until);
    // Asks first.
    static bool remove(WorkspaceSession *session, QWidget *parent, const FollowUp &followUp);

private:
    static bool save(WorkspaceSession *session, QWidget *parent, const FollowUp &changed);
};

} // namespace guanxi
