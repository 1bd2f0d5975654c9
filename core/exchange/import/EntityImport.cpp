#include "EntityImport.h"

#include "ContactImport.h"
#include "CustomerImport.h"
#include "ImportFields.h"
#include "ImportValues.h"
#include "InteractionImport.h"
#include "OrderImport.h"

namespace guanxi {

std::unique_ptr<EntityImport> EntityImport::create(ImportEntity entity, ImportSession &session)
{
    switch (entity) {
    case ImportEntity::Customers: return std::make_unique<CustomerImport>(session);
    case ImportEntity::Contacts: return std::make_unique<ContactImport>(session);
    case ImportEntity::Orders: return std::make_unique<OrderImport>(session);
    case ImportEntity::Interactions: return std::make_unique<InteractionImport>(session);
    }
    return nullptr;
}

QString EntityImport::parseIdCell(const QString &text, QStringList &problems)
{
    if (text.isEmpty())
        return {};
    const std::optional<QString> id = ImportValues::parseUuid(text);
    if (!id)
        problems.append(ImportSession::tr("ID: “%1” is not an ID (a UUID such as 0190a1b2-…); leave the cell empty for a new record.").arg(text));
    return id.value_or(QString());
}

QDateTime EntityImport::parseCreatedCell(const QString &text, QStringList &problems)
{
    if (text.isEmpty())
        return {};
    const std::optional<QDateTime> time = ImportValues::parseDateTime(text);
    if (!time)
        problems.append(ImportSession::tr("Created: “%1” is not a date and time such as 2024-03-05 14:30.").arg(text));
    return time.value_or(QDateTime());
}

QString EntityImport::fieldLabel(ImportEntity entity, const char *key)
{
    const ImportField *field = ImportFields::find(entity, QString::fromLatin1(key));
    return field ? ImportFields::label(*field) : QString::fromLatin1(key);
}

QStringList EntityImport::describe(ImportEntity entity, const FieldErrors &errors)
{
    static const QHash<QString, const char *> members{{QStringLiteral("customerId"), "customer"},
                                                      {QStringLiteral("orderedOn"), "date"},
                                                      {QStringLiteral("occurredAt"), "time"},
                                                      {QStringLiteral("contactId"), "contact"},
                                                      {QStringLiteral("staffId"), "staff"}};
    QStringList lines;
    for (const FieldError &error : errors) {
        const QByteArray key = members.contains(error.field) ? QByteArray(members.value(error.field)) : error.field.toLatin1();
        const ImportField *field = ImportFields::find(entity, QString::fromLatin1(key));
        lines.append(field ? ImportSession::tr("%1: %2").arg(ImportFields::label(*field), error.message) : error.message);
    }
    return lines;
}

DuplicateMatch EntityImport::match(qint64 line, const QString &table, const QString &matchedBy, qint64 seq, const QString &id,
                                   const QString &name, DuplicateMatch::Action action) const
{
    DuplicateMatch m;
    m.line = line;
    m.matchedBy = matchedBy;
    m.existingId = id;
    m.existingName = name;
    m.existingLine = m_session.created().lineOf(table, seq);
    m.action = action;
    return m;
}

}  // namespace guanxi
