#include "VCardRecordSource.h"

#include "exchange/vcard/VCardContact.h"
#include "exchange/vcard/VCardReader.h"

namespace guanxi {

VCardRecordSource::VCardRecordSource(std::unique_ptr<VCardReader> reader, const VCard &first)
    : m_reader(std::move(reader)), m_first(recordOf(first))
{
}

VCardRecordSource::~VCardRecordSource() = default;

Result<std::unique_ptr<VCardRecordSource>> VCardRecordSource::open(const QString &path, const VCardOptions &options)
{
    auto reader = std::make_unique<VCardReader>(path, options);
    VCard first;
    auto read = reader->next(first);
    if (!read)
        return read.error();
    // The reader reports a file without cards as an error, so there is a first card.
    return std::unique_ptr<VCardRecordSource>(new VCardRecordSource(std::move(reader), first));
}

QStringList VCardRecordSource::header()
{
    return {QStringLiteral("id"),    QStringLiteral("customer"), QStringLiteral("name"),          QStringLiteral("title"),
            QStringLiteral("role"),  QStringLiteral("phone"),    QStringLiteral("email"),         QStringLiteral("wechat"),
            QStringLiteral("notes"), QStringLiteral("customer-city"), QStringLiteral("customer-region"),
            QStringLiteral("customer-address")};
}

SourceRecord VCardRecordSource::recordOf(const VCard &card)
{
    const VCardContact c = VCardContact::from(card);
    SourceRecord record;
    record.line = card.line;
    record.fields = {c.id,    c.organization, c.name, c.title,  c.role,   c.phone,
                     c.email, c.wechat,       c.notes, c.city,  c.region, c.address};
    record.problem = c.problem;
    return record;
}

ImportOptions VCardRecordSource::importOptions()
{
    ImportOptions options;
    options.entity = ImportEntity::Contacts;
    options.createMissingCustomers = true;
    options.mapping.guess = false;
    options.mapping.header = true;
    for (const QString &key : header()) {
        MappingSpec::Column column;
        column.kind = MappingSpec::Column::Kind::Header;
        column.header = key;
        options.mapping.columns.append({key, column});
    }
    return options;
}

Result<bool> VCardRecordSource::next(SourceRecord &record)
{
    if (!m_headerGiven) {
        m_headerGiven = true;
        record.line = 0;
        record.fields = header();
        record.problem.clear();
        return true;
    }
    if (m_first) {
        record = std::move(*m_first);
        m_first.reset();
        return true;
    }
    VCard card;
    auto more = m_reader->next(card);
    if (!more || !*more)
        return more;
    record = recordOf(card);
    return true;
}

qint64 VCardRecordSource::bytesRead() const
{
    return m_reader->bytesRead();
}

qint64 VCardRecordSource::totalBytes() const
{
    return m_reader->totalBytes();
}

}  // namespace guanxi
