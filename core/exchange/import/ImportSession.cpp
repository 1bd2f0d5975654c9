#include "ImportSession.h"

#include "ImportValues.h"
#include "search/SortKey.h"
#include "storage/StaffRepository.h"
#include "storage/Workspace.h"

namespace guanxi {

void CreatedRows::add(const QString &table, qint64 seq, qint64 line)
{
    QList<SeqRange> &ranges = m_ranges[table];
    if (!ranges.isEmpty() && ranges.last().last + 1 == seq)
        ranges.last().last = seq;
    else
        ranges.append({seq, seq});
    if (m_linesTable.isEmpty() && line > 0)
        m_linesTable = table;
    if (table == m_linesTable)
        m_lines.push_back(quint32(qBound<qint64>(0, line, 0xFFFFFFFF)));
}

bool CreatedRows::contains(const QString &table, qint64 seq) const
{
    const auto it = m_ranges.constFind(table);
    if (it == m_ranges.constEnd())
        return false;
    for (const SeqRange &range : *it)
        if (seq >= range.first && seq <= range.last)
            return true;
    return false;
}

qint64 CreatedRows::lineOf(const QString &table, qint64 seq) const
{
    if (table != m_linesTable)
        return 0;
    qint64 ordinal = 0;
    for (const SeqRange &range : m_ranges.value(table)) {
        if (seq >= range.first && seq <= range.last) {
            const qint64 index = ordinal + (seq - range.first);
            return index < qint64(m_lines.size()) ? qint64(m_lines[std::size_t(index)]) : 0;
        }
        ordinal += range.size();
    }
    return 0;
}

RowResult RowResult::rejected(const QStringList &problems)
{
    RowResult result;
    result.kind = Kind::Rejected;
    result.reason = problems.join(QLatin1Char(' '));  // each is a sentence
    return result;
}

ImportSession::ImportSession(Workspace &workspace, BulkWriter &writer, const ColumnMapping &mapping, const ImportOptions &options,
                             QString batchId)
    : m_workspace(workspace),
      m_writer(writer),
      m_lookup(workspace),
      m_batches(workspace),
      m_mapping(mapping),
      m_options(options),
      m_batchId(std::move(batchId))
{
}

QString ImportSession::cell(const SourceRecord &record, int column)
{
    if (column < 0 || column >= record.fields.size())
        return {};
    return ImportValues::cell(record.fields[column]);
}

Result<QString> ImportSession::staffId(const QString &name)
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty())
        return QString();
    if (!m_staffLoaded) {
        auto staff = StaffRepository(m_workspace).list();
        if (!staff)
            return staff.error();
        for (const Staff &member : *staff)
            if (!m_staffByName.contains(member.name.toCaseFolded()))
                m_staffByName.insert(member.name.toCaseFolded(), member.id());
        m_staffLoaded = true;
    }
    const QString key = wanted.toCaseFolded();
    if (const auto it = m_staffByName.constFind(key); it != m_staffByName.constEnd())
        return *it;
    Staff member;
    member.name = wanted;
    if (Status added = m_writer.add(member); !added)
        return added.error();
    m_created.add(QStringLiteral("staff"), m_writer.lastInsertedSeq());
    m_staffByName.insert(key, member.id());
    return member.id();
}

Status ImportSession::loadCustomerNames()
{
    auto count = m_lookup.liveCount(QStringLiteral("customers"));
    if (!count)
        return count.error();
    m_customerNames.reserve(*count);
    Status loaded = m_lookup.forEachCustomer([this](const CustomerKeys &keys) {
        m_customerNames.insert(KeyTable::hash(ImportValues::foldName(keys.name)), keys.seq);
    });
    if (!loaded)
        return loaded;
    m_customerNamesLoaded = true;
    return {};
}

Result<CustomerReference> ImportSession::customer(const QString &idCell, const QString &nameCell)
{
    CustomerReference reference;
    const auto byId = [&](const QString &text) -> Result<CustomerReference> {
        const std::optional<QString> id = ImportValues::parseUuid(text);
        if (!id) {
            reference.problem = tr("Customer ID: “%1” is not an ID (a UUID such as 0190a1b2-…).").arg(text);
            return reference;
        }
        auto found = m_lookup.customerById(*id);
        if (!found)
            return found.error();
        if (!*found || (*found)->deleted) {
            reference.problem = *found ? tr("The customer with ID %1 was deleted.").arg(*id) : tr("There is no customer with ID %1.").arg(*id);
            return reference;
        }
        reference.id = (*found)->id;
        reference.name = (*found)->name;
        return reference;
    };
    if (!idCell.isEmpty())
        return byId(idCell);
    if (nameCell.isEmpty()) {
        reference.problem = tr("The customer is missing.");
        return reference;
    }
    if (ImportValues::parseUuid(nameCell))
        return byId(nameCell);
    const QString wanted = ImportValues::foldName(nameCell);
    QList<CustomerKeys> matches;
    Status looked;
    const auto consider = [&](qint64 seq) {
        if (!looked)
            return;
        auto keys = m_lookup.customerAt(seq);
        if (!keys) {
            looked = keys.error();
            return;
        }
        if (*keys && !(*keys)->deleted && ImportValues::foldName((*keys)->name) == wanted)
            matches.append(**keys);
    };
    if (m_customerNamesIndexed) {
        const QString key = search::sortKey(nameCell.simplified());
        const qsizetype end = key.indexOf(QChar(0x01));
        auto seqs = m_lookup.customersWithSortKeyPrefix(end < 0 ? key : key.left(end + 1));
        if (!seqs)
            return seqs.error();
        for (qint64 seq : std::as_const(*seqs))
            consider(seq);
    } else {
        if (!m_customerNamesLoaded)
            if (Status loaded = loadCustomerNames(); !loaded)
                return loaded.error();
        m_customerNames.forEach(KeyTable::hash(wanted), consider);
    }
    if (!looked)
        return looked.error();
    if (matches.isEmpty()) {
        reference.problem = tr("There is no customer named “%1”. Import the customers first, or correct the name.").arg(nameCell);
        reference.missing = true;
        return reference;
    }
    if (matches.size() > 1) {
        reference.problem = tr("%n customers are named “%1”; give the customer's ID instead (column Customer ID).", nullptr,
                               int(matches.size()))
                                .arg(nameCell);
        return reference;
    }
    reference.id = matches.first().id;
    reference.name = matches.first().name;
    return reference;
}

Status ImportSession::addCustomer(Customer &customer)
{
    if (Status added = m_writer.add(customer); !added)
        return added;
    const qint64 seq = m_writer.lastInsertedSeq();
    m_created.add(QStringLiteral("customers"), seq);
    if (m_customerNamesLoaded)  // otherwise loading them later reads it from the workspace
        m_customerNames.insert(KeyTable::hash(ImportValues::foldName(customer.name)), seq);
    return {};
}

Status ImportSession::recordUpdate(const QString &table, const QString &id, const QJsonObject &before, quint64 hlc)
{
    auto after = m_batches.columnValues(table, id);
    if (!after)
        return after.error();
    QJsonObject previous;
    for (auto it = before.begin(); it != before.end(); ++it)
        if (after->value(it.key()) != it.value())
            previous.insert(it.key(), it.value());
    return m_batches.recordUpdated(m_batchId, table, id, previous, hlc);
}

Status ImportSession::recordCreatedRanges()
{
    for (auto it = m_created.ranges().constBegin(); it != m_created.ranges().constEnd(); ++it)
        for (const SeqRange &range : it.value())
            if (Status recorded = m_batches.recordCreated(m_batchId, it.key(), range); !recorded)
                return recorded;
    return {};
}

}  // namespace guanxi
