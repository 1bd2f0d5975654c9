#pragma once

#include "DuplicateKeys.h"
#include "EntityImport.h"
#include "domain/CustomerFields.h"

namespace guanxi {

// Customers: every field of domain/CustomerFields (parsed by its setText, so enum cells take
// codes, Chinese and English labels), the id, the creation time, and a contact person's name
// that becomes the new customer's primary contact.
//
// Duplicates, strongest key first: the id; then the unified social credit code, the phone, the
// e-mail (ignoring case) and the name (HeaderMatcher-style folding: case, spaces and punctuation
// ignored), as DuplicateKeys defines it. The credit code comes first because the law gives each
// legal entity exactly one and it carries a check character; a phone can be a shared switchboard.
class CustomerImport : public EntityImport
{
public:
    explicit CustomerImport(ImportSession &session);

    Status prepare(qint64 expectedRows) override;
    Result<RowResult> importRow(const SourceRecord &record) override;

private:
    enum Key { CreditCode, Phone, Email, Name, KeyCount };
    static QStringList keysOf(const QString &creditCode, const QString &phone, const QString &email, const QString &name);
    static QString keyName(int kind);

    QStringList applyCells(Customer &customer, const SourceRecord &record) const;
    Result<RowResult> create(Customer customer, const QString &contactName, const SourceRecord &record,
                             std::optional<DuplicateMatch> duplicate);
    // Writes the row's non-empty cells over the record found.
    Result<RowResult> update(const QString &contactName, const SourceRecord &record, const DuplicateKeys::Found &found);
    // `customerIndexed`: the customer existed before the import, so its search entry is kept up
    // to date at once (through the repository, with the triggers on).
    Status addContact(const QString &customerId, const QString &name, bool customerExisted, bool primary);
    Result<std::optional<DuplicateKeys::Candidate>> candidate(qint64 seq);
    // The index lookups for the customer's key of one kind (see DuplicateKeys). Names go through
    // the sort key's pinyin part, so names that fold alike but read differently are not found
    // this way (the hashed way finds them).
    Result<QList<qint64>> query(const Customer &customer, int kind);

    QList<QPair<const CustomerFields::Field *, int>> m_fields;  // CustomerFields order → column
    int m_idColumn = -1;
    int m_createdColumn = -1;
    int m_contactColumn = -1;
    DuplicateKeys m_keys{KeyCount};
};

}  // namespace guanxi
