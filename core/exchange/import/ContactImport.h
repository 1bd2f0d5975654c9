#pragma once

#include "DuplicateKeys.h"
#include "EntityImport.h"
#include "domain/Contact.h"

namespace guanxi {

// Contacts of existing customers (by the customer's ID, or by its name when only one customer
// has it). Duplicates are looked for among the same customer's contacts: by id, then phone,
// e-mail (ignoring case) and name (folded), as DuplicateKeys defines it. Contacts are written
// with the search triggers on, as each one changes its customer's search entry.
class ContactImport : public EntityImport
{
public:
    explicit ContactImport(ImportSession &session);

    Status prepare(qint64 expectedRows) override;
    Result<RowResult> importRow(const SourceRecord &record) override;

private:
    enum Key { Phone, Email, Name, KeyCount };
    static QStringList keysOf(const QString &customerId, const QString &phone, const QString &email, const QString &name);
    static QString keyName(int kind);
    QStringList applyCells(Contact &contact, const SourceRecord &record) const;
    Result<std::optional<DuplicateKeys::Candidate>> candidate(qint64 seq);
    Result<RowResult> update(const SourceRecord &record, const DuplicateKeys::Found &found);

    int m_id, m_customerId, m_customer, m_name, m_title, m_role, m_phone, m_email, m_wechat, m_primary, m_notes, m_created;
    DuplicateKeys m_keys{KeyCount};
};

}  // namespace guanxi
