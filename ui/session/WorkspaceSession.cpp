#include "WorkspaceSession.h"

#include "CustomerQueryWorker.h"
#include "IntegrityCheckJob.h"
#include "RecordCommands.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/StaffRepository.h"

#include <QUndoStack>

namespace guanxi {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_queries(new CustomerQueryWorker(this))
{
}

WorkspaceSession::~WorkspaceSession()
{
    // The commands hold references into the repositories; drop them first.
    m_undoStack->clear();
    m_queries->closeConnection();
}

Status WorkspaceSession::open(const QString &path, const Workspace::Options &options)
{
    auto opened = Workspace::open(path, options);
    if (!opened)
        return opened.error();
    m_undoStack->clear();
    m_queries->closeConnection();
    m_customers.reset();
    m_contacts.reset();
    m_interactions.reset();
    m_followUps.reset();
    m_staff.reset();
    m_workspace = std::move(*opened);
    m_customers = std::make_unique<CustomerRepository>(*m_workspace);
    m_contacts = std::make_unique<ContactRepository>(*m_workspace);
    m_interactions = std::make_unique<InteractionRepository>(*m_workspace);
    m_followUps = std::make_unique<FollowUpRepository>(*m_workspace);
    m_staff = std::make_unique<StaffRepository>(*m_workspace);
    m_queries->setWorkspace(m_workspace->path());
    Q_EMIT workspaceReplaced();
    return {};
}

void WorkspaceSession::checkInBackground(IntegrityCheckJob::Depth depth)
{
    if (!m_workspace)
        return;
    // A check of a workspace that is no longer open reports nothing; it ends on its own.
    auto *job = new IntegrityCheckJob(m_workspace->path(), depth, this);
    const QString path = m_workspace->path();
    ++m_checksRunning;
    connect(job, &IntegrityCheckJob::finished, this, [this, job, path, depth](bool ok, const QString &message) {
        job->deleteLater();
        --m_checksRunning;
        if (path == this->path())
            Q_EMIT integrityChecked(ok, message, depth);
    });
    job->start();
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    m_undoStack->clear();
    m_customers.reset();
    m_contacts.reset();
    m_interactions.reset();
    m_followUps.reset();
    m_staff.reset();
    m_queries->closeConnection();
    m_workspace.reset();
    m_queries->setWorkspace(QString());
    Q_EMIT workspaceReplaced();
}

void WorkspaceSession::notifyBulkChange(quint64 writerClock)
{
    if (!m_workspace)
        return;
    m_workspace->clock().advanceTo(writerClock);
    m_undoStack->clear();
    Q_EMIT staffChanged(); // an import adds the owners it names to the team
    Q_EMIT bulkChanged();
}

bool WorkspaceSession::isReadOnly() const
{
    return m_workspace && m_workspace->isReadOnly();
}

QString WorkspaceSession::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

template<typename Record> Result<Record> WorkspaceSession::create(Record record)
{
    auto created = RecordOps<Record>::create(*this, record);
    if (created)
        m_undoStack->push(new CreateRecordCommand<Record>(*this, *created));
    return created;
}

template<typename Record> Result<Record> WorkspaceSession::update(Record record)
{
    auto before = RecordOps<Record>::get(*this, record.id());
    if (!before)
        return before.error();
    auto after = RecordOps<Record>::update(*this, record);
    if (after)
        m_undoStack->push(new UpdateRecordCommand<Record>(*this, *before, *after));
    return after;
}

template<typename Record> Status WorkspaceSession::remove(const Record &record)
{
    auto stored = RecordOps<Record>::get(*this, record.id());
    if (!stored)
        return stored.error();
    Status removed = RecordOps<Record>::remove(*this, *stored);
    if (removed)
        m_undoStack->push(new RemoveRecordCommand<Record>(*this, *stored));
    return removed;
}

Result<Interaction> WorkspaceSession::logInteraction(const Interaction &interaction, std::optional<FollowUp> followUp)
{
    if (!followUp)
        return create(interaction);
    if (!m_workspace)
        return makeError(ErrorCode::InvalidArgument, tr("No workspace is open."));
    auto transaction = m_workspace->beginWrite();
    if (!transaction)
        return transaction.error();
    auto logged = RecordOps<Interaction>::create(*this, interaction);
    if (!logged)
        return logged.error();
    followUp->interactionId = logged->id();
    auto planned = RecordOps<FollowUp>::create(*this, *followUp);
    Status committed = planned ? (*transaction)->commit() : Status(planned.error());
    if (!committed) {
        transaction->reset(); // rolls back both
        notifyInteractionsChanged(interaction.customerId);
        notifyFollowUpsChanged(interaction.customerId);
        return committed.error();
    }
    const InteractionChannel channel = logged->channel;
    const QString title = planned->title;
    auto *step = new GroupCommand(
        [channel, title] { return tr("Log %1 with follow-up “%2”").arg(enumLabel(channel), title); });
    new CreateRecordCommand<Interaction>(*this, *logged, step);
    new CreateRecordCommand<FollowUp>(*this, *planned, step);
    m_undoStack->push(step);
    return logged;
}

#define GUANXI_INSTANTIATE_EDITS(Record)                                                                               \
    template Result<Record> WorkspaceSession::create<Record>(Record record);                                           \
    template Result<Record> WorkspaceSession::update<Record>(Record record);                                           \
    template Status WorkspaceSession::remove<Record>(const Record &record);

GUANXI_INSTANTIATE_EDITS(Customer)
GUANXI_INSTANTIATE_EDITS(Contact)
GUANXI_INSTANTIATE_EDITS(Interaction)
GUANXI_INSTANTIATE_EDITS(FollowUp)
GUANXI_INSTANTIATE_EDITS(Staff)
#undef GUANXI_INSTANTIATE_EDITS

} // namespace guanxi
