#include "RecordOps.h"

#include "WorkspaceSession.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/StaffRepository.h"

#include <QCoreApplication>

namespace guanxi {

namespace {

QString text(const char *sourceText, const QString &name)
{
    return QCoreApplication::translate("UndoCommand", sourceText).arg(name);
}

// Runs a repository write and, when it worked, the notification.
template<typename R, typename Notify> R notifying(R result, Notify notify)
{
    if (result.ok())
        notify();
    return result;
}

} // namespace

// Customers: deleting or restoring one also hides or shows its follow-ups in the agenda.

Result<Customer> RecordOps<Customer>::create(WorkspaceSession &s, const Customer &c)
{
    auto r = s.customers().create(c);
    if (r)
        s.notifyCustomerAdded(r->id());
    return r;
}

Result<Customer> RecordOps<Customer>::get(WorkspaceSession &s, const QString &id)
{
    return s.customers().get(id);
}

Result<Customer> RecordOps<Customer>::update(WorkspaceSession &s, const Customer &c)
{
    auto r = s.customers().update(c);
    if (r)
        s.notifyCustomerChanged(r->id());
    return r;
}

Status RecordOps<Customer>::remove(WorkspaceSession &s, const Customer &c)
{
    return notifying(s.customers().remove(c.id()), [&] {
        s.notifyCustomerRemoved(c.id());
        s.notifyFollowUpsChanged(c.id());
    });
}

Status RecordOps<Customer>::restore(WorkspaceSession &s, const Customer &c)
{
    return notifying(s.customers().restore(c.id()), [&] {
        s.notifyCustomerAdded(c.id());
        s.notifyFollowUpsChanged(c.id());
    });
}

QString RecordOps<Customer>::createText(const Customer &c)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "New customer “%1”"), c.name);
}

QString RecordOps<Customer>::updateText(const Customer &, const Customer &after)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Edit customer “%1”"), after.name);
}

QString RecordOps<Customer>::removeText(const Customer &c)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Delete customer “%1”"), c.name);
}

// Contacts

Result<Contact> RecordOps<Contact>::create(WorkspaceSession &s, const Contact &c)
{
    auto r = s.contacts().create(c);
    if (r)
        s.notifyContactsChanged(r->customerId);
    return r;
}

Result<Contact> RecordOps<Contact>::get(WorkspaceSession &s, const QString &id)
{
    return s.contacts().get(id);
}

Result<Contact> RecordOps<Contact>::update(WorkspaceSession &s, const Contact &c)
{
    auto r = s.contacts().update(c);
    if (r)
        s.notifyContactsChanged(r->customerId);
    return r;
}

Status RecordOps<Contact>::remove(WorkspaceSession &s, const Contact &c)
{
    return notifying(s.contacts().remove(c.id()), [&] { s.notifyContactsChanged(c.customerId); });
}

Status RecordOps<Contact>::restore(WorkspaceSession &s, const Contact &c)
{
    return notifying(s.contacts().restore(c.id()), [&] { s.notifyContactsChanged(c.customerId); });
}

QString RecordOps<Contact>::createText(const Contact &c)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "New contact “%1”"), c.name);
}

QString RecordOps<Contact>::updateText(const Contact &, const Contact &after)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Edit contact “%1”"), after.name);
}

QString RecordOps<Contact>::removeText(const Contact &c)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Delete contact “%1”"), c.name);
}

// Interactions

Result<Interaction> RecordOps<Interaction>::create(WorkspaceSession &s, const Interaction &i)
{
    auto r = s.interactions().create(i);
    if (r)
        s.notifyInteractionsChanged(r->customerId);
    return r;
}

Result<Interaction> RecordOps<Interaction>::get(WorkspaceSession &s, const QString &id)
{
    return s.interactions().get(id);
}

Result<Interaction> RecordOps<Interaction>::update(WorkspaceSession &s, const Interaction &i)
{
    auto r = s.interactions().update(i);
    if (r)
        s.notifyInteractionsChanged(r->customerId);
    return r;
}

Status RecordOps<Interaction>::remove(WorkspaceSession &s, const Interaction &i)
{
    return notifying(s.interactions().remove(i.id()), [&] { s.notifyInteractionsChanged(i.customerId); });
}

Status RecordOps<Interaction>::restore(WorkspaceSession &s, const Interaction &i)
{
    return notifying(s.interactions().restore(i.id()), [&] { s.notifyInteractionsChanged(i.customerId); });
}

QString RecordOps<Interaction>::createText(const Interaction &i)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Log %1"), enumLabel(i.channel));
}

QString RecordOps<Interaction>::updateText(const Interaction &, const Interaction &after)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Edit %1"), enumLabel(after.channel));
}

QString RecordOps<Interaction>::removeText(const Interaction &i)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Delete %1"), enumLabel(i.channel));
}

// Follow-ups

Result<FollowUp> RecordOps<FollowUp>::create(WorkspaceSession &s, const FollowUp &f)
{
    auto r = s.followUps().create(f);
    if (r)
        s.notifyFollowUpsChanged(r->customerId);
    return r;
}

Result<FollowUp> RecordOps<FollowUp>::get(WorkspaceSession &s, const QString &id)
{
    return s.followUps().get(id);
}

Result<FollowUp> RecordOps<FollowUp>::update(WorkspaceSession &s, const FollowUp &f)
{
    auto r = s.followUps().update(f);
    if (r)
        s.notifyFollowUpsChanged(r->customerId);
    return r;
}

Status RecordOps<FollowUp>::remove(WorkspaceSession &s, const FollowUp &f)
{
    return notifying(s.followUps().remove(f.id()), [&] { s.notifyFollowUpsChanged(f.customerId); });
}

Status RecordOps<FollowUp>::restore(WorkspaceSession &s, const FollowUp &f)
{
    return notifying(s.followUps().restore(f.id()), [&] { s.notifyFollowUpsChanged(f.customerId); });
}

QString RecordOps<FollowUp>::createText(const FollowUp &f)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "New follow-up “%1”"), f.title);
}

QString RecordOps<FollowUp>::updateText(const FollowUp &before, const FollowUp &after)
{
    if (before.status != after.status)
        return after.status == FollowUpStatus::Done
            ? text(QT_TRANSLATE_NOOP("UndoCommand", "Mark “%1” done"), after.title)
            : text(QT_TRANSLATE_NOOP("UndoCommand", "Reopen “%1”"), after.title);
    if (before.snoozedUntil != after.snoozedUntil)
        return text(QT_TRANSLATE_NOOP("UndoCommand", "Snooze “%1”"), after.title);
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Edit follow-up “%1”"), after.title);
}

QString RecordOps<FollowUp>::removeText(const FollowUp &f)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Delete follow-up “%1”"), f.title);
}

// Staff

Result<Staff> RecordOps<Staff>::create(WorkspaceSession &s, const Staff &member)
{
    auto r = s.staff().create(member);
    if (r)
        s.notifyStaffChanged();
    return r;
}

Result<Staff> RecordOps<Staff>::get(WorkspaceSession &s, const QString &id)
{
    return s.staff().get(id);
}

Result<Staff> RecordOps<Staff>::update(WorkspaceSession &s, const Staff &member)
{
    auto r = s.staff().update(member);
    if (r)
        s.notifyStaffChanged();
    return r;
}

Status RecordOps<Staff>::remove(WorkspaceSession &s, const Staff &member)
{
    return notifying(s.staff().remove(member.id()), [&] { s.notifyStaffChanged(); });
}

Status RecordOps<Staff>::restore(WorkspaceSession &s, const Staff &member)
{
    return notifying(s.staff().restore(member.id()), [&] { s.notifyStaffChanged(); });
}

QString RecordOps<Staff>::createText(const Staff &member)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "New team member “%1”"), member.name);
}

QString RecordOps<Staff>::updateText(const Staff &, const Staff &after)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Edit team member “%1”"), after.name);
}

QString RecordOps<Staff>::removeText(const Staff &member)
{
    return text(QT_TRANSLATE_NOOP("UndoCommand", "Remove team member “%1”"), member.name);
}

} // namespace guanxi
