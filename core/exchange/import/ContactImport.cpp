#include "ContactImport.h"

#include "ImportValues.h"
#include "domain/CustomerFields.h"
#include "storage/ContactRepository.h"

namespace guanxi {

namespace {
const QString contactsTable = QStringLiteral("contacts");
const QString customersTable = QStringLiteral("customers");
}  // namespace

ContactImport::ContactImport(ImportSession &session)
    : EntityImport(session),
      m_id(column(u"id")),
      m_customerId(column(u"customer-id")),
      m_customer(column(u"customer")),
      m_name(column(u"name")),
      m_title(column(u"title")),
      m_role(column(u"role")),
      m_phone(column(u"phone")),
      m_email(column(u"email")),
      m_wechat(column(u"wechat")),
      m_primary(column(u"primary")),
      m_notes(column(u"notes")),
      m_created(column(u"created")),
      m_customerCity(column(u"customer-city")),
      m_customerRegion(column(u"customer-region")),
      m_customerAddress(column(u"customer-address"))
{
}

QStringList ContactImport::keysOf(const QString &customerId, const QString &phone, const QString &email, const QString &name)
{
    const auto scoped = [&](const QString &value) { return value.isEmpty() ? QString() : customerId + QChar(0x1F) + value; };
    return {scoped(phone), scoped(email.toLower()), scoped(ImportValues::foldName(name))};
}

QString ContactImport::keyName(int kind)
{
    switch (kind) {
    case Phone: return QStringLiteral("phone");
    case Email: return QStringLiteral("email");
    case Name: return QStringLiteral("name");
    default: return QStringLiteral("id");
    }
}

Status ContactImport::prepare(qint64 expectedRows)
{
    auto count = m_session.lookup().liveCount(contactsTable);
    if (!count)
        return count.error();
    m_keys.setQueried(!hashesKeys(expectedRows, *count));
    if (m_keys.isQueried())
        return {};
    m_keys.reserve(*count);
    return m_session.lookup().forEachContact(
        [this](const ContactKeys &k) { m_keys.add(keysOf(k.customerId, k.phone, k.email, k.name), k.seq); });
}

Result<std::optional<DuplicateKeys::Candidate>> ContactImport::candidate(qint64 seq)
{
    auto keys = m_session.lookup().contactAt(seq);
    if (!keys)
        return keys.error();
    if (!*keys || (*keys)->deleted)
        return std::optional<DuplicateKeys::Candidate>();
    const ContactKeys &k = **keys;
    return std::optional<DuplicateKeys::Candidate>(DuplicateKeys::Candidate{keysOf(k.customerId, k.phone, k.email, k.name), k.id, k.name});
}

QStringList ContactImport::applyCells(Contact &contact, const SourceRecord &record) const
{
    QStringList problems;
    const auto text = [&](int column, QString &member) {
        if (const QString value = cell(record, column); !value.isEmpty())
            member = value;
    };
    text(m_name, contact.name);
    text(m_title, contact.title);
    text(m_phone, contact.phone);
    text(m_email, contact.email);
    text(m_wechat, contact.wechat);
    text(m_notes, contact.notes);
    if (const QString role = cell(record, m_role); !role.isEmpty()) {
        if (const auto parsed = enumFromText<ContactRole>(role))
            contact.role = *parsed;
        else
            problems.append(unknownChoice<ContactRole>(ImportEntity::Contacts, "role", role));
    }
    if (const QString primary = cell(record, m_primary); !primary.isEmpty()) {
        if (const auto parsed = ImportValues::parseBoolean(primary))
            contact.primary = *parsed;
        else
            problems.append(ImportSession::tr("%1: “%2” is neither yes nor no.").arg(fieldLabel(ImportEntity::Contacts, "primary"), primary));
    }
    return problems;
}

Customer ContactImport::newCustomer(const SourceRecord &record, const QString &name, CustomerKind kind) const
{
    Customer customer;
    customer.name = name;
    customer.kind = kind;
    customer.city = cell(record, m_customerCity);
    customer.region = cell(record, m_customerRegion);
    customer.address = cell(record, m_customerAddress);
    return customer;
}

QStringList ContactImport::customerProblems(Customer &customer)
{
    QStringList problems;
    for (const QString &line : CustomerFields::describe(Validation::normalizeAndValidate(customer)))
        problems.append(ImportSession::tr("Customer: %1").arg(line));
    return problems;
}

// A row that names a customer and no person: the customer is found, or created with the row's
// phone and e-mail (a company's own card gives its switchboard).
Result<RowResult> ContactImport::importCustomerOnly(const SourceRecord &record, QStringList problems)
{
    const QString name = cell(record, m_customer);
    auto existing = m_session.customer(QString(), name);
    if (!existing)
        return existing.error();
    const bool create = existing->missing || m_session.options().onDuplicate == DuplicatePolicy::Create;
    Customer customer = newCustomer(record, name, CustomerKind::Company);
    customer.phone = cell(record, m_phone);
    customer.email = cell(record, m_email);
    if (!existing->missing && !existing->problem.isEmpty())
        problems.append(existing->problem);
    else if (create)
        problems += customerProblems(customer);
    if (!problems.isEmpty())
        return RowResult::rejected(problems);
    RowResult result;
    if (!existing->missing)
        result.duplicate = match(record.line, customersTable, QStringLiteral("name"), 0, existing->id, existing->name,
                                 create ? DuplicateMatch::Action::Created : DuplicateMatch::Action::Skipped);
    if (!create) {
        result.kind = RowResult::Kind::Skipped;
        return result;
    }
    if (Status added = m_session.addCustomer(customer); !added)
        return added.error();
    result.kind = RowResult::Kind::Created;
    return result;
}

Result<RowResult> ContactImport::importRow(const SourceRecord &record)
{
    QStringList problems;
    Contact contact;
    const QString id = parseIdCell(cell(record, m_id), problems);
    problems += applyCells(contact, record);
    contact.meta.createdAt = parseCreatedCell(cell(record, m_created), problems);
    const bool createsCustomers = m_session.options().createMissingCustomers;
    const QString customerIdCell = cell(record, m_customerId);
    QString customerCell = cell(record, m_customer);
    if (createsCustomers && customerIdCell.isEmpty()) {
        if (contact.name.isEmpty() && !customerCell.isEmpty())
            return importCustomerOnly(record, problems);
        if (customerCell.isEmpty())
            customerCell = contact.name;  // the person is their own customer
    }
    auto customer = m_session.customer(customerIdCell, customerCell);
    if (!customer)
        return customer.error();
    std::optional<Customer> created;
    if (createsCustomers && customer->missing) {
        created = newCustomer(record, customerCell,
                              cell(record, m_customer).isEmpty() ? CustomerKind::Person : CustomerKind::Company);
        problems += customerProblems(*created);
    } else if (!customer->problem.isEmpty()) {
        problems.append(customer->problem);
    }
    contact.customerId = customer->id;
    FieldErrors errors = Validation::normalizeAndValidate(contact);
    errors.removeIf([](const FieldError &e) { return e.field == QLatin1String("customerId"); });  // reported above
    problems += describe(ImportEntity::Contacts, errors);
    if (!problems.isEmpty())
        return RowResult::rejected(problems);

    std::optional<DuplicateKeys::Found> found;
    if (!id.isEmpty()) {
        auto existing = m_session.lookup().contactById(id);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->deleted)
            return RowResult::rejected({ImportSession::tr("The contact with ID %1 was deleted from the workspace; clear the ID "
                                                          "cell to import the row as a new contact.")
                                            .arg(id)});
        if (*existing && (*existing)->customerId != contact.customerId)
            return RowResult::rejected({ImportSession::tr("The contact with ID %1 belongs to another customer.").arg(id)});
        if (*existing)
            found = DuplicateKeys::Found{(*existing)->seq, -1, (*existing)->id, (*existing)->name};
        else
            contact.meta.id = id;
    }
    if (created) {
        // A new customer has no contacts to duplicate: this one is its first.
        if (Status added = m_session.addCustomer(*created); !added)
            return added.error();
        contact.customerId = created->id();
        contact.primary = true;
    } else if (!found) {
        auto byKeys = m_keys.find(keysOf(contact.customerId, contact.phone, contact.email, contact.name),
                                  [&](qint64 seq) {
                                      return createdFromAnotherRow(id, contactsTable, seq) ? noCandidate() : candidate(seq);
                                  },
                                  [&](int) { return m_session.lookup().contactsOf(contact.customerId); });
        if (!byKeys)
            return byKeys.error();
        found = *byKeys;
    }

    const auto create = [&](std::optional<DuplicateMatch> duplicate) -> Result<RowResult> {
        if (!created)  // an existing customer's search entry lists its contacts
            if (Status changing = m_session.writer().searchEntryChanging(contact.customerId); !changing)
                return changing.error();
        if (Status added = m_session.writer().add(contact); !added)
            return added.error();
        const qint64 seq = m_session.writer().lastInsertedSeq();
        m_session.created().add(contactsTable, seq, record.line);
        m_keys.add(keysOf(contact.customerId, contact.phone, contact.email, contact.name), seq);
        RowResult result;
        result.kind = RowResult::Kind::Created;
        result.duplicate = std::move(duplicate);
        return result;
    };
    if (!found)
        return create(std::nullopt);
    switch (m_session.options().onDuplicate) {
    case DuplicatePolicy::Skip: {
        RowResult result;
        result.kind = RowResult::Kind::Skipped;
        result.duplicate = match(record.line, contactsTable, keyName(found->kind), found->seq, found->id, found->name,
                                 DuplicateMatch::Action::Skipped);
        return result;
    }
    case DuplicatePolicy::Create:
        if (contact.meta.id == found->id)
            contact.meta.id.clear();
        return create(match(record.line, contactsTable, keyName(found->kind), found->seq, found->id, found->name,
                            DuplicateMatch::Action::Created));
    case DuplicatePolicy::Update:
        return update(record, *found);
    }
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown duplicate policy"));
}

Result<RowResult> ContactImport::update(const SourceRecord &record, const DuplicateKeys::Found &found)
{
    ContactRepository repository(m_session.workspace());
    auto existing = repository.get(found.id);
    if (!existing)
        return existing.error();
    Contact merged = *existing;
    QStringList problems = applyCells(merged, record);
    problems += describe(ImportEntity::Contacts, Validation::normalizeAndValidate(merged));
    if (!problems.isEmpty())
        return RowResult::rejected(problems);
    const Contact &e = *existing;
    const bool changed = merged.name != e.name || merged.title != e.title || merged.role != e.role || merged.phone != e.phone
                         || merged.email != e.email || merged.wechat != e.wechat || merged.notes != e.notes
                         || merged.primary != e.primary;
    if (changed) {
        if (Status changing = m_session.writer().searchEntryChanging(merged.customerId); !changing)
            return changing.error();
        auto updated = m_session.writeUpdate(contactsTable, found.id, found.seq, [&] { return repository.update(merged); });
        if (!updated)
            return rejectedOrFailed(updated.error());
        m_keys.add(keysOf(updated->customerId, updated->phone, updated->email, updated->name), found.seq);
    }
    RowResult result;
    result.kind = changed ? RowResult::Kind::Updated : RowResult::Kind::Skipped;
    result.duplicate = match(record.line, contactsTable, keyName(found.kind), found.seq, found.id, found.name,
                             changed ? DuplicateMatch::Action::Updated : DuplicateMatch::Action::Unchanged);
    return result;
}

}  // namespace guanxi
