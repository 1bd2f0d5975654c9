#include "OrderImport.h"

#include "ImportValues.h"
#include "storage/OrderRepository.h"

namespace guanxi {

namespace {
const QString ordersTable = QStringLiteral("orders");
}  // namespace

OrderImport::OrderImport(ImportSession &session)
    : EntityImport(session),
      m_id(column(u"id")),
      m_customerId(column(u"customer-id")),
      m_customer(column(u"customer")),
      m_number(column(u"order-number")),
      m_date(column(u"date")),
      m_amount(column(u"amount")),
      m_cost(column(u"cost")),
      m_currency(column(u"currency")),
      m_product(column(u"product")),
      m_notes(column(u"notes")),
      m_created(column(u"created"))
{
}

QStringList OrderImport::keysOf(const QString &customerId, const QString &orderNumber, const QDate &date, qint64 amount,
                                const QString &product)
{
    const QChar separator(0x1F);
    if (!orderNumber.isEmpty())
        return {customerId + separator + orderNumber, QString()};
    return {QString(), customerId + separator + date.toString(Qt::ISODate) + separator + QString::number(amount) + separator
                           + ImportValues::foldName(product)};
}

QString OrderImport::describeOrder(const QString &orderNumber, const QDate &date, qint64 amount)
{
    if (!orderNumber.isEmpty())
        return orderNumber;
    return QStringLiteral("%1 %2").arg(date.toString(Qt::ISODate), Money::yuan(amount).toDecimalString());
}

Status OrderImport::prepare(qint64 expectedRows)
{
    auto count = m_session.lookup().liveCount(ordersTable);
    if (!count)
        return count.error();
    m_keys.setQueried(!hashesKeys(expectedRows, *count));
    if (m_keys.isQueried())
        return {};
    m_keys.reserve(*count);
    return m_session.lookup().forEachOrder([this](const OrderKeys &k) {
        m_keys.add(keysOf(k.customerId, k.orderNumber, k.orderedOn, k.amountMinor, k.product), k.seq);
    });
}

Result<std::optional<DuplicateKeys::Candidate>> OrderImport::candidate(qint64 seq)
{
    auto keys = m_session.lookup().orderAt(seq);
    if (!keys)
        return keys.error();
    if (!*keys || (*keys)->deleted)
        return std::optional<DuplicateKeys::Candidate>();
    const OrderKeys &k = **keys;
    return std::optional<DuplicateKeys::Candidate>(DuplicateKeys::Candidate{
        keysOf(k.customerId, k.orderNumber, k.orderedOn, k.amountMinor, k.product), k.id, describeOrder(k.orderNumber, k.orderedOn, k.amountMinor)});
}

QStringList OrderImport::applyCells(Order &order, const SourceRecord &record) const
{
    QStringList problems;
    const auto text = [&](int column, QString &member) {
        if (const QString value = cell(record, column); !value.isEmpty())
            member = value;
    };
    text(m_number, order.orderNumber);
    text(m_product, order.product);
    text(m_notes, order.notes);
    if (const QString date = cell(record, m_date); !date.isEmpty()) {
        if (const auto parsed = ImportValues::parseDate(date))
            order.orderedOn = *parsed;
        else
            problems.append(ImportSession::tr("%1: “%2” is not a date such as 2024-03-05.").arg(fieldLabel(ImportEntity::Orders, "date"), date));
    }
    if (const QString amount = cell(record, m_amount); !amount.isEmpty()) {
        if (const auto parsed = Money::parseMinorUnits(amount))
            order.amount.minor = *parsed;
        else
            problems.append(ImportSession::tr("%1: “%2” is not an amount in yuan such as 1234.50 (at most two decimals).")
                                .arg(fieldLabel(ImportEntity::Orders, "amount"), amount));
    }
    if (const QString cost = cell(record, m_cost); !cost.isEmpty()) {
        if (const auto parsed = Money::parseMinorUnits(cost))
            order.costMinor = *parsed;
        else
            problems.append(ImportSession::tr("%1: “%2” is not an amount in yuan such as 1234.50 (at most two decimals).")
                                .arg(fieldLabel(ImportEntity::Orders, "cost"), cost));
    }
    if (const QString currency = cell(record, m_currency); !currency.isEmpty())
        order.amount.currency = currency;
    return problems;
}

Result<RowResult> OrderImport::importRow(const SourceRecord &record)
{
    QStringList problems;
    Order order;
    const QString id = parseIdCell(cell(record, m_id), problems);
    if (cell(record, m_amount).isEmpty())
        problems.append(ImportSession::tr("%1 is missing.").arg(fieldLabel(ImportEntity::Orders, "amount")));
    problems += applyCells(order, record);
    order.meta.createdAt = parseCreatedCell(cell(record, m_created), problems);
    auto customer = m_session.customer(cell(record, m_customerId), cell(record, m_customer));
    if (!customer)
        return customer.error();
    if (!customer->problem.isEmpty())
        problems.append(customer->problem);
    order.customerId = customer->id;
    FieldErrors errors = Validation::normalizeAndValidate(order);
    errors.removeIf([&](const FieldError &e) {
        // Reported above already: the customer, and a date that was there but unreadable.
        return e.field == QLatin1String("customerId") || (e.field == QLatin1String("orderedOn") && !cell(record, m_date).isEmpty());
    });
    problems += describe(ImportEntity::Orders, errors);
    if (!problems.isEmpty())
        return RowResult::rejected(problems);

    std::optional<DuplicateKeys::Found> found;
    if (!id.isEmpty()) {
        auto existing = m_session.lookup().orderById(id);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->deleted)
            return RowResult::rejected({ImportSession::tr("The order with ID %1 was deleted from the workspace; clear the ID cell "
                                                          "to import the row as a new order.")
                                            .arg(id)});
        if (*existing && (*existing)->customerId != order.customerId)
            return RowResult::rejected({ImportSession::tr("The order with ID %1 belongs to another customer.").arg(id)});
        if (*existing)
            found = DuplicateKeys::Found{(*existing)->seq, -1, (*existing)->id,
                                         describeOrder((*existing)->orderNumber, (*existing)->orderedOn, (*existing)->amountMinor)};
        else
            order.meta.id = id;
    }
    if (!found) {
        auto byKeys = m_keys.find(keysOf(order.customerId, order.orderNumber, order.orderedOn, order.amount.minor, order.product),
                                  [&](qint64 seq) {
                                      return createdFromAnotherRow(id, ordersTable, seq) ? noCandidate() : candidate(seq);
                                  },
                                  [&](int kind) {
                                      return kind == Number ? m_session.lookup().ordersNumbered(order.customerId, order.orderNumber)
                                                            : m_session.lookup().ordersOn(order.customerId, order.orderedOn);
                                  });
        if (!byKeys)
            return byKeys.error();
        found = *byKeys;
    }
    const auto matchedBy = [](int kind) {
        return kind == Number ? QStringLiteral("order-number") : kind == Details ? QStringLiteral("details") : QStringLiteral("id");
    };
    const auto create = [&](std::optional<DuplicateMatch> duplicate) -> Result<RowResult> {
        if (Status added = m_session.writer().add(order); !added)
            return added.error();
        const qint64 seq = m_session.writer().lastInsertedSeq();
        m_session.created().add(ordersTable, seq, record.line);
        m_keys.add(keysOf(order.customerId, order.orderNumber, order.orderedOn, order.amount.minor, order.product), seq);
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
        result.duplicate = match(record.line, ordersTable, matchedBy(found->kind), found->seq, found->id, found->name,
                                 DuplicateMatch::Action::Skipped);
        return result;
    }
    case DuplicatePolicy::Create:
        if (order.meta.id == found->id)
            order.meta.id.clear();
        return create(match(record.line, ordersTable, matchedBy(found->kind), found->seq, found->id, found->name,
                            DuplicateMatch::Action::Created));
    case DuplicatePolicy::Update: {
        auto result = update(record, *found);
        if (result && result->duplicate)
            result->duplicate->matchedBy = matchedBy(found->kind);
        return result;
    }
    }
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown duplicate policy"));
}

Result<RowResult> OrderImport::update(const SourceRecord &record, const DuplicateKeys::Found &found)
{
    OrderRepository repository(m_session.workspace());
    auto existing = repository.get(found.id);
    if (!existing)
        return existing.error();
    Order merged = *existing;
    QStringList problems = applyCells(merged, record);
    problems += describe(ImportEntity::Orders, Validation::normalizeAndValidate(merged));
    if (!problems.isEmpty())
        return RowResult::rejected(problems);
    const Order &e = *existing;
    const bool changed = merged.orderNumber != e.orderNumber || merged.orderedOn != e.orderedOn || merged.amount != e.amount
                         || merged.costMinor != e.costMinor || merged.product != e.product || merged.notes != e.notes;
    if (changed) {
        auto updated = m_session.writeUpdate(ordersTable, found.id, found.seq, [&] { return repository.update(merged); });
        if (!updated)
            return rejectedOrFailed(updated.error());
        m_keys.add(keysOf(updated->customerId, updated->orderNumber, updated->orderedOn, updated->amount.minor, updated->product),
                   found.seq);
    }
    RowResult result;
    result.kind = changed ? RowResult::Kind::Updated : RowResult::Kind::Skipped;
    result.duplicate = match(record.line, ordersTable, QString(), found.seq, found.id, found.name,
                             changed ? DuplicateMatch::Action::Updated : DuplicateMatch::Action::Unchanged);
    return result;
}

}  // namespace guanxi
