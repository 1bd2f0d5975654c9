// customer show: one customer with contacts, recent interactions, open follow-ups and orders.
#include "Command.h"
#include "Console.h"
#include "CustomerJson.h"
#include "TextTable.h"

#include "domain/CustomerFields.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>

namespace guanxi::cli {

namespace {

constexpr int RecentInteractions = 10;
constexpr int RecentOrders = 5;

void printJson(const QJsonDocument &document)
{
    Console::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

// "1,234,567.89 CNY": grouped for reading, computed in integers.
QString formatMoney(qint64 minor, const QString &currency)
{
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return (minor < 0 ? QStringLiteral("-") : QString()) + QLocale().toString(magnitude / 100) + QLocale().decimalPoint()
           + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')) + QLatin1Char(' ') + currency;
}

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString followUpState(const FollowUp &followUp, const QDate &today)
{
    if (followUp.isSnoozed())
        return Cli::tr("snoozed until %1").arg(followUp.snoozedUntil.toString(Qt::ISODate));
    if (followUp.dueOn < today)
        return Cli::tr("overdue");
    if (followUp.dueOn == today)
        return Cli::tr("due today");
    return Cli::tr("upcoming");
}

struct CustomerDetails {
    Customer customer;
    QList<Contact> contacts;
    QList<Interaction> interactions;  // newest first, all of them
    QList<FollowUp> openFollowUps;
    QList<Order> orders;  // newest first
};

Result<CustomerDetails> loadDetails(Workspace &workspace, const QString &id)
{
    CustomerDetails details;
    auto customer = CustomerRepository(workspace).get(id);
    if (!customer)
        return customer.error();
    details.customer = *customer;
    auto contacts = ContactRepository(workspace).listForCustomer(id);
    if (!contacts)
        return contacts.error();
    details.contacts = *contacts;
    auto interactions = InteractionRepository(workspace).listForCustomer(id);
    if (!interactions)
        return interactions.error();
    details.interactions = *interactions;
    auto followUps = FollowUpRepository(workspace).listForCustomer(id);
    if (!followUps)
        return followUps.error();
    for (const FollowUp &followUp : std::as_const(*followUps))
        if (followUp.status == FollowUpStatus::Open)
            details.openFollowUps.append(followUp);
    auto orders = OrderRepository(workspace).listForCustomer(id);
    if (!orders)
        return orders.error();
    details.orders = *orders;
    return details;
}

QMap<QString, qint64> orderTotals(const QList<Order> &orders)
{
    QMap<QString, qint64> totals;
    for (const Order &order : orders)
        totals[order.amount.currency] += order.amount.minor;
    return totals;
}

void showJson(const CustomerDetails &details)
{
    QJsonObject object = toJson(details.customer);
    QJsonArray contacts;
    for (const Contact &contact : details.contacts)
        contacts.append(toJson(contact));
    object.insert(QStringLiteral("contacts"), contacts);
    QJsonArray interactions;
    for (const Interaction &interaction : details.interactions.mid(0, RecentInteractions))
        interactions.append(toJson(interaction));
    object.insert(QStringLiteral("recentInteractions"), interactions);
    object.insert(QStringLiteral("interactionCount"), qint64(details.interactions.size()));
    QJsonArray followUps;
    for (const FollowUp &followUp : details.openFollowUps)
        followUps.append(toJson(followUp));
    object.insert(QStringLiteral("openFollowUps"), followUps);
    QJsonArray recentOrders;
    for (const Order &order : details.orders.mid(0, RecentOrders))
        recentOrders.append(toJson(order));
    QJsonObject totals;
    const QMap<QString, qint64> sums = orderTotals(details.orders);
    for (auto it = sums.begin(); it != sums.end(); ++it)
        totals.insert(it.key(), it.value());
    object.insert(QStringLiteral("orders"), QJsonObject{{QStringLiteral("count"), qint64(details.orders.size())},
                                                        {QStringLiteral("totalMinor"), totals},
                                                        {QStringLiteral("recent"), recentOrders}});
    printJson(QJsonDocument(object));
}

void showText(const CustomerDetails &details)
{
    const Customer &c = details.customer;
    const QDate today = QDate::currentDate();
    const QLocale locale;
    QString text = c.name + QLatin1Char('\n');
    TextTable profile;
    profile.addRow({Cli::tr("Id"), c.meta.id});
    for (const CustomerFields::Field &field : CustomerFields::all()) {
        if (QLatin1String(field.name) == QLatin1String("name"))
            continue;
        if (field.type == CustomerFields::Type::Boolean && !field.value(c).toBool())
            continue;  // "Do not contact: No" says nothing
        const QString value = field.displayText(c);
        if (!value.isEmpty())
            profile.addRow({CustomerFields::label(field), value});
    }
    profile.addRow({Cli::tr("Customer since"), c.meta.createdAt.toLocalTime().date().toString(Qt::ISODate)});
    text += profile.render(2);

    text += QLatin1Char('\n') + Cli::tr("Contacts (%1)").arg(details.contacts.size()) + QLatin1Char('\n');
    if (!details.contacts.isEmpty()) {
        TextTable contacts({Cli::tr("Name"), Cli::tr("Title"), Cli::tr("Role"), Cli::tr("Phone"), Cli::tr("E-mail")});
        for (const Contact &contact : details.contacts)
            contacts.addRow({contact.name + (contact.primary ? QStringLiteral(" *") : QString()), contact.title,
                             contact.role ? enumLabel(*contact.role) : QString(), contact.phone, contact.email});
        text += contacts.render(2);
    }

    const qsizetype shown = std::min<qsizetype>(details.interactions.size(), RecentInteractions);
    text += QLatin1Char('\n') + Cli::tr("Recent interactions (%1 of %2)").arg(shown).arg(details.interactions.size())
            + QLatin1Char('\n');
    if (shown > 0) {
        TextTable interactions({Cli::tr("When"), Cli::tr("Channel"), Cli::tr("By"), Cli::tr("Summary"), Cli::tr("Promised")});
        for (const Interaction &i : details.interactions.mid(0, shown))
            interactions.addRow({localTime(i.occurredAt), enumLabel(i.channel), i.staffName, i.summary, i.commitments});
        text += interactions.render(2);
    }

    text += QLatin1Char('\n') + Cli::tr("Open follow-ups (%1)").arg(details.openFollowUps.size()) + QLatin1Char('\n');
    if (!details.openFollowUps.isEmpty()) {
        TextTable followUps({Cli::tr("Due"), Cli::tr("State"), Cli::tr("To do"), Cli::tr("Owner")});
        for (const FollowUp &f : details.openFollowUps)
            followUps.addRow({f.dueOn.toString(Qt::ISODate), followUpState(f, today), f.title, f.ownerName});
        text += followUps.render(2);
    }

    text += QLatin1Char('\n') + Cli::tr("Orders (%1)").arg(details.orders.size()) + QLatin1Char('\n');
    if (!details.orders.isEmpty()) {
        QStringList totals;
        const QMap<QString, qint64> sums = orderTotals(details.orders);
        for (auto it = sums.begin(); it != sums.end(); ++it)
            totals.append(formatMoney(it.value(), it.key()));
        text += QStringLiteral("  ") + Cli::tr("Total %1; last on %2")
                                           .arg(totals.join(QStringLiteral(", ")),
                                                details.orders.first().orderedOn.toString(Qt::ISODate))
                + QLatin1Char('\n');
    }
    Console::out(text);
}

}  // namespace

int runCustomerShow(Context &context)
{
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    auto details = loadDetails(*workspace, context.arguments.positionals.value(0));
    if (!details)
        return context.fail(details.error());
    if (context.arguments.has(QStringLiteral("json")))
        showJson(*details);
    else
        showText(*details);
    return Success;
}

}  // namespace guanxi::cli
