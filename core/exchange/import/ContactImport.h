#pragma once

#include "DuplicateKeys.h"
#include "EntityImport.h"
#include "domain/Contact.h"

namespace guanxi {

// Contacts of existing customers (by the customer's ID, or by its name when only one customer
// has it). Duplicates are looked for among the same customer's contacts: by id, then phone,
// e-mail (ignoring case) and name (folded), as DuplicateKeys defines it. Contacts are written
// with the search triggers on, as each one changes its customer's search entry.
//
// With ImportOptions::createMissingCustomers (vCards), a customer named by no existing one is
// created: a company with the row's customer-city, -region and -address, whose first contact the
// row's person becomes (primary). A row without a customer makes the person a customer of kind
// person, named after them, found again by that name on the next import. A row with a customer
// but no contact name (a card for a company) only finds or creates that customer, with the row's
// phone and e-mail.
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
    Customer newCustomer(const SourceRecord &record, const QString &name, CustomerKind kind) const;
    static QStringList customerProblems(Customer &customer);
    Result<RowResult> importCustomerOnly(const SourceRecord &record, QStringList problems);
    Result<std::optional<DuplicateKeys::Candidate>> candidate(qint64 seq);
    Result<RowResult> update(const SourceRecord &record, const DuplicateKeys::Found &found);

    int m_id, m_customerId, m_customer, m_name, m_title, m_role, m_phone, m_email, m_wechat, m_primary, m_notes, m_created;
    int m_customerCity, m_customerRegion, m_customerAddress;
    DuplicateKeys m_keys{KeyCount};
};

}  // namespace guanxi
