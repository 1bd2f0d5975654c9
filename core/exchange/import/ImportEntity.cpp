#include "ImportEntity.h"

namespace guanxi {

QList<ImportEntity> ImportEntities::all()
{
    return {ImportEntity::Customers, ImportEntity::Contacts, ImportEntity::Orders, ImportEntity::Interactions};
}

QString ImportEntities::code(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers: return QStringLiteral("customers");
    case ImportEntity::Contacts: return QStringLiteral("contacts");
    case ImportEntity::Orders: return QStringLiteral("orders");
    case ImportEntity::Interactions: return QStringLiteral("interactions");
    }
    return {};
}

QString ImportEntities::label(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers: return tr("Customers");
    case ImportEntity::Contacts: return tr("Contacts");
    case ImportEntity::Orders: return tr("Orders");
    case ImportEntity::Interactions: return tr("Interactions");
    }
    return {};
}

std::optional<ImportEntity> ImportEntities::fromText(QStringView text)
{
    const QString t = text.trimmed().toString().toCaseFolded();
    static const struct {
        ImportEntity entity;
        const char *names;  // UTF-8, '|' separated
    } synonyms[] = {
        {ImportEntity::Customers, "customers|customer|客户"},
        {ImportEntity::Contacts, "contacts|contact|people|联系人"},
        {ImportEntity::Orders, "orders|order|订单"},
        {ImportEntity::Interactions, "interactions|interaction|activities|activity|沟通记录|沟通|互动"},
    };
    for (const auto &entry : synonyms)
        if (QString::fromUtf8(entry.names).split(QLatin1Char('|')).contains(t))
            return entry.entity;
    return std::nullopt;
}

QString ImportEntities::table(ImportEntity entity)
{
    return code(entity);  // the tables are named like the entities
}

}  // namespace guanxi
