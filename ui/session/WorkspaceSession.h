#pragma once

#include "IntegrityCheckJob.h"
#include "Result.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Staff.h"
#include "storage/Workspace.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace guanxi {

class ContactRepository;
class CustomerQueryWorker;
class CustomerRepository;
class FollowUpRepository;
class InteractionRepository;
class StaffRepository;

// The application's "document": the open workspace, its repositories and the undo stack.
// Views and models read through the repositories; every change goes through create(),
// update() or remove() here, which write through core, push an undo command and emit the
// change signals everyone subscribes to. Undo and redo emit the same signals.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Opens (or, with CreateIfMissing, creates) a workspace and replaces the current one.
    // On failure the current workspace stays open and the error says why.
    Status open(const QString &path, const Workspace::Options &options);
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    bool isReadOnly() const;
    bool canEdit() const { return isOpen() && !isReadOnly(); }
    QString path() const;
    Workspace *workspace() const { return m_workspace.get(); }

    // For reading. Writes go through create/update/remove below, so they can be undone.
    CustomerRepository &customers() const { return *m_customers; }
    ContactRepository &contacts() const { return *m_contacts; }
    InteractionRepository &interactions() const { return *m_interactions; }
    FollowUpRepository &followUps() const { return *m_followUps; }
    StaffRepository &staff() const { return *m_staff; }

    QUndoStack *undoStack() const { return m_undoStack; }
    // Customer list queries on a worker thread with its own connection (see CustomerQueryWorker).
    CustomerQueryWorker *queries() const { return m_queries; }

    // Runs an integrity check of the open workspace on a worker thread; the result arrives as
    // integrityChecked(). Quick: after opening with Options::quickCheck off. Full: on request.
    void checkInBackground(IntegrityCheckJob::Depth depth = IntegrityCheckJob::Depth::Quick);
    bool isChecking() const { return m_checksRunning > 0; }

    // Undoable edits, for Customer, Contact, Interaction, FollowUp and Staff (instantiated in
    // WorkspaceSession.cpp). Each returns what was saved (with its id), or the error; nothing
    // is pushed when it fails.
    template<typename Record> Result<Record> create(Record record);
    template<typename Record> Result<Record> update(Record record);
    template<typename Record> Status remove(const Record &record);

    // Logs an interaction and, optionally, the follow-up it calls for, in one transaction and
    // one undo step. The follow-up's interactionId is filled in.
    Result<Interaction> logInteraction(const Interaction &interaction, std::optional<FollowUp> followUp);

    // Called by the undo commands and the edit functions after a write, to tell the views.
    void notifyCustomerAdded(const QString &id) { Q_EMIT customerAdded(id); }
    void notifyCustomerChanged(const QString &id) { Q_EMIT customerChanged(id); }
    void notifyCustomerRemoved(const QString &id) { Q_EMIT customerRemoved(id); }
    void notifyContactsChanged(const QString &customerId) { Q_EMIT contactsChanged(customerId); }
    void notifyInteractionsChanged(const QString &customerId) { Q_EMIT interactionsChanged(customerId); }
    void notifyFollowUpsChanged(const QString &customerId) { Q_EMIT followUpsChanged(customerId); }
    void notifyStaffChanged() { Q_EMIT staffChanged(); }
    // An undo or redo could not be written (the file became locked or read-only, say).
    void reportFailure(const Error &error) { Q_EMIT operationFailed(error.message); }
    // After a job committed many records through its own connection (an import or the undo of
    // one): moves this connection's clock past the job's last stamp (`writerClock`), so that
    // later edits here stamp later; drops the undo history, whose commands hold records as they
    // were before; and emits staffChanged() and bulkChanged() for every view to read again.
    void notifyBulkChange(quint64 writerClock);

Q_SIGNALS:
    void workspaceReplaced();
    void customerAdded(const QString &id); // created, or brought back by undo
    void customerChanged(const QString &id);
    void customerRemoved(const QString &id); // deleted, or taken away by undo
    void contactsChanged(const QString &customerId);
    void interactionsChanged(const QString &customerId);
    void followUpsChanged(const QString &customerId);
    void staffChanged();
    void bulkChanged(); // many records at once: reload everything shown
    void operationFailed(const QString &message);
    void integrityChecked(bool ok, const QString &message, IntegrityCheckJob::Depth depth);

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<FollowUpRepository> m_followUps;
    std::unique_ptr<StaffRepository> m_staff;
    QUndoStack *m_undoStack = nullptr;
    CustomerQueryWorker *m_queries = nullptr;
    int m_checksRunning = 0;
};

} // namespace guanxi
