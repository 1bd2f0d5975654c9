#pragma once

#include "DuplicateKeys.h"
#include "EntityImport.h"
#include "domain/Interaction.h"

namespace guanxi {

// Interactions (visits, calls, …) of existing customers. The channel accepts codes, Chinese and
// English labels (电话, Visit, wechat …) and is "other" when empty; the contact is one of the
// customer's contacts, by ID or name; the staff member is found by name or created.
// Duplicates: by id, or the same customer, time, channel and summary.
class InteractionImport : public EntityImport
{
public:
    explicit InteractionImport(ImportSession &session);

    Status prepare(qint64 expectedRows) override;
    Result<RowResult> importRow(const SourceRecord &record) override;

private:
    static QStringList keysOf(const QString &customerId, const QDateTime &occurredAt, const QString &channel, const QString &summary);
    QStringList applyCells(Interaction &interaction, const SourceRecord &record) const;
    // The contact and staff member the row names, into `interaction` (customer already set).
    Result<QStringList> resolvePeople(Interaction &interaction, const SourceRecord &record);
    Result<std::optional<DuplicateKeys::Candidate>> candidate(qint64 seq);
    Result<RowResult> update(const SourceRecord &record, const DuplicateKeys::Found &found);

    int m_id, m_customerId, m_customer, m_time, m_channel, m_contactId, m_contact, m_staff, m_summary, m_commitments, m_created;
    DuplicateKeys m_keys{1};
};

}  // namespace guanxi
