#include "CustomerJson.h"

#include <QJsonArray>

namespace guanxi::cli {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

template<typename E>
QJsonValue codeOrNull(const std::optional<E> &value)
{
    return value ? QJsonValue(enumCode(*value)) : QJsonValue();
}

void addMeta(QJsonObject &object, const RecordMeta &meta)
{
    object.insert(QStringLiteral("id"), meta.id);
    object.insert(QStringLiteral("createdAt"), timeOrNull(meta.createdAt));
    object.insert(QStringLiteral("updatedAt"), timeOrNull(meta.updatedAt));
}

}  // namespace

QString jsonKey(const CustomerFields::Field &field)
{
    const QString name = QString::fromLatin1(field.name);
    QString key;
    bool upper = false;
    for (QChar c : name) {
        if (c == QLatin1Char('-')) {
            upper = true;
            continue;
        }
        key.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return key;
}

QJsonObject toJson(const Customer &customer)
{
    QJsonObject object;
    addMeta(object, customer.meta);
    for (const CustomerFields::Field &field : CustomerFields::all()) {
        const QVariant value = field.value(customer);
        object.insert(jsonKey(field), value.isValid() ? QJsonValue::fromVariant(value) : QJsonValue());
    }
    object.insert(QStringLiteral("ownerId"), textOrNull(customer.ownerId));
    return object;
}

QJsonObject toJson(const Contact &contact)
{
    QJsonObject object;
    addMeta(object, contact.meta);
    object.insert(QStringLiteral("name"), contact.name);
    object.insert(QStringLiteral("title"), textOrNull(contact.title));
    object.insert(QStringLiteral("role"), codeOrNull(contact.role));
    object.insert(QStringLiteral("phone"), textOrNull(contact.phone));
    object.insert(QStringLiteral("email"), textOrNull(contact.email));
    object.insert(QStringLiteral("wechat"), textOrNull(contact.wechat));
    object.insert(QStringLiteral("notes"), textOrNull(contact.notes));
    object.insert(QStringLiteral("primary"), contact.primary);
    return object;
}

QJsonObject toJson(const Interaction &interaction)
{
    QJsonObject object;
    addMeta(object, interaction.meta);
    object.insert(QStringLiteral("channel"), enumCode(interaction.channel));
    object.insert(QStringLiteral("occurredAt"), timeOrNull(interaction.occurredAt));
    object.insert(QStringLiteral("contactId"), textOrNull(interaction.contactId));
    object.insert(QStringLiteral("staffId"), textOrNull(interaction.staffId));
    object.insert(QStringLiteral("staff"), textOrNull(interaction.staffName));
    object.insert(QStringLiteral("summary"), interaction.summary);
    object.insert(QStringLiteral("commitments"), textOrNull(interaction.commitments));
    return object;
}

QJsonObject toJson(const FollowUp &followUp)
{
    QJsonObject object;
    addMeta(object, followUp.meta);
    object.insert(QStringLiteral("title"), followUp.title);
    object.insert(QStringLiteral("dueOn"), dateOrNull(followUp.dueOn));
    object.insert(QStringLiteral("snoozedUntil"), dateOrNull(followUp.isSnoozed() ? followUp.snoozedUntil : QDate()));
    object.insert(QStringLiteral("status"), enumCode(followUp.status));
    object.insert(QStringLiteral("doneAt"), timeOrNull(followUp.doneAt));
    object.insert(QStringLiteral("ownerId"), textOrNull(followUp.ownerId));
    object.insert(QStringLiteral("owner"), textOrNull(followUp.ownerName));
    object.insert(QStringLiteral("interactionId"), textOrNull(followUp.interactionId));
    object.insert(QStringLiteral("notes"), textOrNull(followUp.notes));
    return object;
}

QJsonObject toJson(const Order &order)
{
    QJsonObject object;
    addMeta(object, order.meta);
    object.insert(QStringLiteral("orderNumber"), textOrNull(order.orderNumber));
    object.insert(QStringLiteral("orderedOn"), dateOrNull(order.orderedOn));
    object.insert(QStringLiteral("amountMinor"), order.amount.minor);
    object.insert(QStringLiteral("amount"), order.amount.toDecimalString());
    object.insert(QStringLiteral("currency"), order.amount.currency);
    object.insert(QStringLiteral("costMinor"), order.costMinor ? QJsonValue(*order.costMinor) : QJsonValue());
    object.insert(QStringLiteral("product"), textOrNull(order.product));
    return object;
}

}  // namespace guanxi::cli
