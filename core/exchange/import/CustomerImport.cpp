#include "CustomerImport.h"

#include "ImportValues.h"
#include "domain/Validation.h"
#include "search/SortKey.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"

namespace guanxi {

namespace {
const QString customersTable = QStringLiteral("customers");
const QString contactsTable = QStringLiteral("contacts");
}  // namespace

CustomerImport::CustomerImport(ImportSession &session) : EntityImport(session)
{
    for (const CustomerFields::Field &field : CustomerFields::all())
        if (const int c = column(QString::fromLatin1(field.name)); c >= 0)
            m_fields.append({&field, c});
    m_idColumn = column(u"id");
    m_createdColumn = column(u"created");
    m_contactColumn = column(u"contact");
}

QStringList CustomerImport::keysOf(const QString &creditCode, const QString &phone, const QString &email, const QString &name)
{
    return {creditCode, phone, email.toLower(), ImportValues::foldName(name)};
}

QString CustomerImport::keyName(int kind)
{
    switch (kind) {
    case CreditCode: return QStringLiteral("credit-code");
    case Phone: return QStringLiteral("phone");
    case Email: return QStringLiteral("email");
    case Name: return QStringLiteral("name");
    default: return QStringLiteral("id");
    }
}

Status CustomerImport::prepare(qint64 expectedRows)
{
    auto count = m_session.lookup().liveCount(customersTable);
    if (!count)
        return count.error();
    m_keys.setQueried(!hashesKeys(expectedRows, *count));
    if (m_keys.isQueried())
        return {};
    m_keys.reserve(*count);
    return m_session.lookup().forEachCustomer(
        [this](const CustomerKeys &k) { m_keys.add(keysOf(k.creditCode, k.phone, k.email, k.name), k.seq); });
}

Result<QList<qint64>> CustomerImport::query(const Customer &customer, int kind)
{
    ImportLookup &lookup = m_session.lookup();
    switch (kind) {
    case CreditCode: return lookup.customersWithCreditCode(customer.creditCode);
    case Phone: return lookup.customersWithPhone(customer.phone);
    case Email: {
        auto found = lookup.customersWithEmail(customer.email);
        if (found && customer.email.toLower() != customer.email) {
            auto lower = lookup.customersWithEmail(customer.email.toLower());
            if (!lower)
                return lower.error();
            *found += *lower;
        }
        return found;
    }
    case Name: {
        const QString key = search::sortKey(customer.name);
        const qsizetype end = key.indexOf(QChar(0x01));
        return lookup.customersWithSortKeyPrefix(end < 0 ? key : key.left(end + 1));
    }
    default: return QList<qint64>();
    }
}

Result<std::optional<DuplicateKeys::Candidate>> CustomerImport::candidate(qint64 seq)
{
    auto keys = m_session.lookup().customerAt(seq);
    if (!keys)
        return keys.error();
    if (!*keys || (*keys)->deleted)
        return std::optional<DuplicateKeys::Candidate>();
    const CustomerKeys &k = **keys;
    return std::optional<DuplicateKeys::Candidate>(DuplicateKeys::Candidate{keysOf(k.creditCode, k.phone, k.email, k.name), k.id, k.name});
}

QStringList CustomerImport::applyCells(Customer &customer, const SourceRecord &record) const
{
    QStringList problems;
    for (const auto &[field, c] : m_fields) {
        const QString text = cell(record, c);
        if (text.isEmpty())
            continue;  // an empty cell leaves the field as it is (its default for a new customer)
        if (Status set = field->setText(customer, text); !set)
            problems.append(set.error().message);
    }
    return problems;
}

Result<RowResult> CustomerImport::importRow(const SourceRecord &record)
{
    QStringList problems;
    Customer customer;
    const QString id = parseIdCell(cell(record, m_idColumn), problems);
    problems += applyCells(customer, record);
    customer.meta.createdAt = parseCreatedCell(cell(record, m_createdColumn), problems);
    const QString contactName = cell(record, m_contactColumn).simplified();
    for (const QString &line : CustomerFields::describe(Validation::normalizeAndValidate(customer)))
        if (!problems.contains(line))
            problems.append(line);
    if (contactName.size() > Validation::MaxNameLength)
        problems.append(ImportSession::tr("Contact person: the name is too long (%n character(s); at most %1).", nullptr,
                                          int(contactName.size()))
                            .arg(Validation::MaxNameLength));
    if (!problems.isEmpty())
        return RowResult::rejected(problems);

    std::optional<DuplicateKeys::Found> found;
    if (!id.isEmpty()) {
        auto existing = m_session.lookup().customerById(id);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->deleted)
            return RowResult::rejected({ImportSession::tr("The customer with ID %1 was deleted from the workspace; clear the ID "
                                                          "cell to import the row as a new customer.")
                                            .arg(id)});
        if (*existing)
            found = DuplicateKeys::Found{(*existing)->seq, -1, (*existing)->id, (*existing)->name};
        else
            customer.meta.id = id;  // a new customer keeps the id it has in the file
    }
    if (!found) {
        auto byKeys = m_keys.find(keysOf(customer.creditCode, customer.phone, customer.email, customer.name),
                                  [&](qint64 seq) {
                                      return createdFromAnotherRow(id, customersTable, seq) ? noCandidate() : candidate(seq);
                                  },
                                  [&](int kind) { return query(customer, kind); });
        if (!byKeys)
            return byKeys.error();
        found = *byKeys;
    }
    if (!found)
        return create(customer, contactName, record, std::nullopt);

    const QString matchedBy = keyName(found->kind);
    switch (m_session.options().onDuplicate) {
    case DuplicatePolicy::Skip: {
        RowResult result;
        result.kind = RowResult::Kind::Skipped;
        result.duplicate = match(record.line, customersTable, matchedBy, found->seq, found->id, found->name,
                                 DuplicateMatch::Action::Skipped);
        return result;
    }
    case DuplicatePolicy::Create:
        if (customer.meta.id == found->id)
            customer.meta.id.clear();
        return create(customer, contactName, record,
                      match(record.line, customersTable, matchedBy, found->seq, found->id, found->name, DuplicateMatch::Action::Created));
    case DuplicatePolicy::Update:
        return update(contactName, record, *found);
    }
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown duplicate policy"));
}

Result<RowResult> CustomerImport::create(Customer customer, const QString &contactName, const SourceRecord &record,
                                         std::optional<DuplicateMatch> duplicate)
{
    if (!customer.ownerName.isEmpty()) {
        auto owner = m_session.staffId(customer.ownerName);
        if (!owner)
            return owner.error();
        customer.ownerId = *owner;
    }
    if (Status added = m_session.writer().add(customer); !added)
        return added.error();
    const qint64 seq = m_session.writer().lastInsertedSeq();
    m_session.created().add(customersTable, seq, record.line);
    m_keys.add(keysOf(customer.creditCode, customer.phone, customer.email, customer.name), seq);
    if (!contactName.isEmpty())
        if (Status added = addContact(customer.id(), contactName, false, true); !added)
            return added.error();
    RowResult result;
    result.kind = RowResult::Kind::Created;
    result.duplicate = std::move(duplicate);
    return result;
}

Status CustomerImport::addContact(const QString &customerId, const QString &name, bool customerExisted, bool primary)
{
    Contact contact;
    contact.customerId = customerId;
    contact.name = name;
    contact.primary = primary;
    if (customerExisted)  // its search entry lists its contacts
        if (Status changing = m_session.writer().searchEntryChanging(customerId); !changing)
            return changing;
    if (Status added = m_session.writer().add(contact); !added)
        return added;
    m_session.created().add(contactsTable, m_session.writer().lastInsertedSeq());
    return {};
}

Result<RowResult> CustomerImport::update(const QString &contactName, const SourceRecord &record, const DuplicateKeys::Found &found)
{
    CustomerRepository repository(m_session.workspace());
    auto existing = repository.get(found.id);
    if (!existing)
        return existing.error();
    Customer merged = *existing;
    QStringList problems = applyCells(merged, record);
    if (!merged.ownerName.isEmpty() && merged.ownerId.isEmpty()) {
        auto owner = m_session.staffId(merged.ownerName);
        if (!owner)
            return owner.error();
        merged.ownerId = *owner;
    }
    for (const QString &line : CustomerFields::describe(Validation::normalizeAndValidate(merged)))
        if (!problems.contains(line))
            problems.append(line);
    if (!problems.isEmpty())
        return RowResult::rejected(problems);

    bool changed = merged.ownerId != existing->ownerId;
    for (const CustomerFields::Field &field : CustomerFields::all())
        if (field.type != CustomerFields::Type::StaffName && field.text(merged) != field.text(*existing))
            changed = true;
    const bool existedBefore = !m_session.created().contains(customersTable, found.seq);
    if (changed) {
        if (Status changing = m_session.writer().searchEntryChanging(found.id); !changing)
            return changing.error();
        auto updated = m_session.writeUpdate(customersTable, found.id, found.seq, [&] { return repository.update(merged); });
        if (!updated)
            return rejectedOrFailed(updated.error());
        m_keys.add(keysOf(updated->creditCode, updated->phone, updated->email, updated->name), found.seq);
    }
    bool contactAdded = false;
    if (!contactName.isEmpty()) {
        auto named = m_session.lookup().contactNamed(found.id, contactName);
        if (!named)
            return named.error();
        if (named->isEmpty()) {
            if (Status added = addContact(found.id, contactName, existedBefore, false); !added)
                return added.error();
            contactAdded = true;
        }
    }
    const bool wrote = changed || contactAdded;
    RowResult result;
    result.kind = wrote ? RowResult::Kind::Updated : RowResult::Kind::Skipped;
    result.duplicate = match(record.line, customersTable, keyName(found.kind), found.seq, found.id, found.name,
                             wrote ? DuplicateMatch::Action::Updated : DuplicateMatch::Action::Unchanged);
    return result;
}

}  // namespace guanxi
