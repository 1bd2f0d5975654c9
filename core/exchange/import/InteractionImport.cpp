#include "InteractionImport.h"

#include "ImportValues.h"
#include "storage/InteractionRepository.h"

namespace guanxi {

namespace {
const QString interactionsTable = QStringLiteral("interactions");

QString shortSummary(const QString &summary)
{
    return summary.size() > 40 ? summary.left(40) + QStringLiteral("…") : summary;
}
}  // namespace

InteractionImport::InteractionImport(ImportSession &session)
    : EntityImport(session),
      m_id(column(u"id")),
      m_customerId(column(u"customer-id")),
      m_customer(column(u"customer")),
      m_time(column(u"time")),
      m_channel(column(u"channel")),
      m_contactId(column(u"contact-id")),
      m_contact(column(u"contact")),
      m_staff(column(u"staff")),
      m_summary(column(u"summary")),
      m_commitments(column(u"commitments")),
      m_created(column(u"created"))
{
}

QStringList InteractionImport::keysOf(const QString &customerId, const QDateTime &occurredAt, const QString &channel,
                                      const QString &summary)
{
    const QChar separator(0x1F);
    return {customerId + separator + QString::number(occurredAt.toMSecsSinceEpoch()) + separator + channel + separator
            + ImportValues::foldName(summary)};
}

Status InteractionImport::prepare(qint64 expectedRows)
{
    auto count = m_session.lookup().liveCount(interactionsTable);
    if (!count)
        return count.error();
    m_keys.setQueried(!hashesKeys(expectedRows, *count));
    if (m_keys.isQueried())
        return {};
    m_keys.reserve(*count);
    return m_session.lookup().forEachInteraction(
        [this](const InteractionKeys &k) { m_keys.add(keysOf(k.customerId, k.occurredAt, k.channel, k.summary), k.seq); });
}

Result<std::optional<DuplicateKeys::Candidate>> InteractionImport::candidate(qint64 seq)
{
    auto keys = m_session.lookup().interactionAt(seq);
    if (!keys)
        return keys.error();
    if (!*keys || (*keys)->deleted)
        return std::optional<DuplicateKeys::Candidate>();
    const InteractionKeys &k = **keys;
    return std::optional<DuplicateKeys::Candidate>(
        DuplicateKeys::Candidate{keysOf(k.customerId, k.occurredAt, k.channel, k.summary), k.id, shortSummary(k.summary)});
}

QStringList InteractionImport::applyCells(Interaction &interaction, const SourceRecord &record) const
{
    QStringList problems;
    if (const QString time = cell(record, m_time); !time.isEmpty()) {
        if (const auto parsed = ImportValues::parseDateTime(time))
            interaction.occurredAt = *parsed;
        else
            problems.append(ImportSession::tr("%1: “%2” is not a date and time such as 2024-03-05 14:30.")
                                .arg(fieldLabel(ImportEntity::Interactions, "time"), time));
    }
    if (const QString channel = cell(record, m_channel); !channel.isEmpty()) {
        if (const auto parsed = enumFromText<InteractionChannel>(channel))
            interaction.channel = *parsed;
        else
            problems.append(unknownChoice<InteractionChannel>(ImportEntity::Interactions, "channel", channel));
    }
    if (const QString summary = cell(record, m_summary); !summary.isEmpty())
        interaction.summary = summary;
    if (const QString commitments = cell(record, m_commitments); !commitments.isEmpty())
        interaction.commitments = commitments;
    return problems;
}

Result<QStringList> InteractionImport::resolvePeople(Interaction &interaction, const SourceRecord &record)
{
    QStringList problems;
    const QString contactId = cell(record, m_contactId);
    const QString contactName = cell(record, m_contact);
    if (!contactId.isEmpty()) {
        const std::optional<QString> id = ImportValues::parseUuid(contactId);
        auto contact = id ? m_session.lookup().contactById(*id) : Result<std::optional<ContactKeys>>(std::nullopt);
        if (!contact)
            return contact.error();
        if (!*contact || (*contact)->deleted || (*contact)->customerId != interaction.customerId)
            problems.append(ImportSession::tr("%1: the customer has no contact with ID “%2”.")
                                .arg(fieldLabel(ImportEntity::Interactions, "contact-id"), contactId));
        else
            interaction.contactId = (*contact)->id;
    } else if (!contactName.isEmpty() && !interaction.customerId.isEmpty()) {
        auto contact = m_session.lookup().contactNamed(interaction.customerId, contactName.simplified());
        if (!contact)
            return contact.error();
        if (contact->isEmpty())
            problems.append(ImportSession::tr("%1: the customer has no contact named “%2”. Import the contacts first, or leave "
                                              "the cell empty.")
                                .arg(fieldLabel(ImportEntity::Interactions, "contact"), contactName));
        else
            interaction.contactId = *contact;
    }
    if (const QString staff = cell(record, m_staff); !staff.isEmpty() && problems.isEmpty()) {
        auto id = m_session.staffId(staff);
        if (!id)
            return id.error();
        interaction.staffId = *id;
    }
    return problems;
}

Result<RowResult> InteractionImport::importRow(const SourceRecord &record)
{
    QStringList problems;
    Interaction interaction;
    interaction.channel = InteractionChannel::Other;
    const QString id = parseIdCell(cell(record, m_id), problems);
    problems += applyCells(interaction, record);
    interaction.meta.createdAt = parseCreatedCell(cell(record, m_created), problems);
    auto customer = m_session.customer(cell(record, m_customerId), cell(record, m_customer));
    if (!customer)
        return customer.error();
    if (!customer->problem.isEmpty())
        problems.append(customer->problem);
    interaction.customerId = customer->id;
    FieldErrors errors = Validation::normalizeAndValidate(interaction);
    errors.removeIf([&](const FieldError &e) {
        return e.field == QLatin1String("customerId") || (e.field == QLatin1String("occurredAt") && !cell(record, m_time).isEmpty());
    });
    problems += describe(ImportEntity::Interactions, errors);
    if (problems.isEmpty()) {
        // Only rows that are otherwise fine may create a team member.
        auto people = resolvePeople(interaction, record);
        if (!people)
            return people.error();
        problems += *people;
    }
    if (!problems.isEmpty())
        return RowResult::rejected(problems);

    std::optional<DuplicateKeys::Found> found;
    if (!id.isEmpty()) {
        auto existing = m_session.lookup().interactionById(id);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->deleted)
            return RowResult::rejected({ImportSession::tr("The interaction with ID %1 was deleted from the workspace; clear the ID "
                                                          "cell to import the row as a new interaction.")
                                            .arg(id)});
        if (*existing && (*existing)->customerId != interaction.customerId)
            return RowResult::rejected({ImportSession::tr("The interaction with ID %1 belongs to another customer.").arg(id)});
        if (*existing)
            found = DuplicateKeys::Found{(*existing)->seq, -1, (*existing)->id, shortSummary((*existing)->summary)};
        else
            interaction.meta.id = id;
    }
    if (!found) {
        auto byKeys = m_keys.find(keysOf(interaction.customerId, interaction.occurredAt, enumCode(interaction.channel), interaction.summary),
                                  [&](qint64 seq) {
                                      return createdFromAnotherRow(id, interactionsTable, seq) ? noCandidate() : candidate(seq);
                                  },
                                  [&](int) { return m_session.lookup().interactionsAt(interaction.customerId, interaction.occurredAt); });
        if (!byKeys)
            return byKeys.error();
        found = *byKeys;
    }
    const QString matchedBy = found && found->kind < 0 ? QStringLiteral("id") : QStringLiteral("details");
    const auto create = [&](std::optional<DuplicateMatch> duplicate) -> Result<RowResult> {
        if (Status added = m_session.writer().add(interaction); !added)
            return added.error();
        const qint64 seq = m_session.writer().lastInsertedSeq();
        m_session.created().add(interactionsTable, seq, record.line);
        m_keys.add(keysOf(interaction.customerId, interaction.occurredAt, enumCode(interaction.channel), interaction.summary), seq);
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
        result.duplicate = match(record.line, interactionsTable, matchedBy, found->seq, found->id, found->name,
                                 DuplicateMatch::Action::Skipped);
        return result;
    }
    case DuplicatePolicy::Create:
        if (interaction.meta.id == found->id)
            interaction.meta.id.clear();
        return create(match(record.line, interactionsTable, matchedBy, found->seq, found->id, found->name,
                            DuplicateMatch::Action::Created));
    case DuplicatePolicy::Update: {
        auto result = update(record, *found);
        if (result && result->duplicate)
            result->duplicate->matchedBy = matchedBy;
        return result;
    }
    }
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown duplicate policy"));
}

Result<RowResult> InteractionImport::update(const SourceRecord &record, const DuplicateKeys::Found &found)
{
    InteractionRepository repository(m_session.workspace());
    auto existing = repository.get(found.id);
    if (!existing)
        return existing.error();
    Interaction merged = *existing;
    QStringList problems = applyCells(merged, record);
    if (problems.isEmpty()) {
        auto people = resolvePeople(merged, record);
        if (!people)
            return people.error();
        problems += *people;
    }
    problems += describe(ImportEntity::Interactions, Validation::normalizeAndValidate(merged));
    if (!problems.isEmpty())
        return RowResult::rejected(problems);
    const Interaction &e = *existing;
    const bool changed = merged.occurredAt != e.occurredAt || merged.channel != e.channel || merged.summary != e.summary
                         || merged.commitments != e.commitments || merged.contactId != e.contactId || merged.staffId != e.staffId;
    if (changed) {
        auto updated = m_session.writeUpdate(interactionsTable, found.id, found.seq, [&] { return repository.update(merged); });
        if (!updated)
            return rejectedOrFailed(updated.error());
        m_keys.add(keysOf(updated->customerId, updated->occurredAt, enumCode(updated->channel), updated->summary), found.seq);
    }
    RowResult result;
    result.kind = changed ? RowResult::Kind::Updated : RowResult::Kind::Skipped;
    result.duplicate = match(record.line, interactionsTable, QString(), found.seq, found.id, found.name,
                             changed ? DuplicateMatch::Action::Updated : DuplicateMatch::Action::Unchanged);
    return result;
}

}  // namespace guanxi
