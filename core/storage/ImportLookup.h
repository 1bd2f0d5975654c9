#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3_stmt;

namespace guanxi {

class Workspace;

// What the import pipeline needs to know about existing records to find duplicates and to
// resolve references: the identifying values of each row, read once in one pass per table
// (forEach…) or row by row (…At, …ById) through statements prepared once and reused.
// Values are as stored, that is normalised (Validation).
struct CustomerKeys {
    qint64 seq = 0;
    QString id;
    QString name;
    QString phone;
    QString email;
    QString creditCode;
    bool deleted = false;
};

struct ContactKeys {
    qint64 seq = 0;
    QString id;
    QString customerId;
    QString name;
    QString phone;
    QString email;
    bool deleted = false;
};

struct OrderKeys {
    qint64 seq = 0;
    QString id;
    QString customerId;
    QString orderNumber;
    QDate orderedOn;
    qint64 amountMinor = 0;
    QString product;
    bool deleted = false;
};

struct InteractionKeys {
    qint64 seq = 0;
    QString id;
    QString customerId;
    QDateTime occurredAt;  // UTC
    QString channel;       // code
    QString summary;
    bool deleted = false;
};

class ImportLookup
{
public:
    explicit ImportLookup(Workspace &workspace);
    ~ImportLookup();
    ImportLookup(const ImportLookup &) = delete;
    ImportLookup &operator=(const ImportLookup &) = delete;

    // Live rows only, in seq order.
    Status forEachCustomer(const std::function<void(const CustomerKeys &)> &visit);
    Status forEachContact(const std::function<void(const ContactKeys &)> &visit);
    Status forEachOrder(const std::function<void(const OrderKeys &)> &visit);
    Status forEachInteraction(const std::function<void(const InteractionKeys &)> &visit);

    // Live or deleted; nullopt when there is no such row.
    Result<std::optional<CustomerKeys>> customerAt(qint64 seq);
    Result<std::optional<CustomerKeys>> customerById(const QString &id);
    Result<std::optional<ContactKeys>> contactAt(qint64 seq);
    Result<std::optional<ContactKeys>> contactById(const QString &id);
    Result<std::optional<OrderKeys>> orderAt(qint64 seq);
    Result<std::optional<OrderKeys>> orderById(const QString &id);
    Result<std::optional<InteractionKeys>> interactionAt(qint64 seq);
    Result<std::optional<InteractionKeys>> interactionById(const QString &id);

    // The seqs of live rows that may match a key, through the indexes, for imports too small to
    // be worth reading every key first (each hit is verified like a hash hit).
    Result<QList<qint64>> customersWithPhone(const QString &phone);
    Result<QList<qint64>> customersWithEmail(const QString &email);
    Result<QList<qint64>> customersWithCreditCode(const QString &creditCode);
    // Customers whose sort key (search::sortKey) starts with `prefix`.
    Result<QList<qint64>> customersWithSortKeyPrefix(const QString &prefix);
    Result<QList<qint64>> contactsOf(const QString &customerId);
    Result<QList<qint64>> ordersNumbered(const QString &customerId, const QString &orderNumber);
    Result<QList<qint64>> ordersOn(const QString &customerId, const QDate &date);
    Result<QList<qint64>> interactionsAt(const QString &customerId, const QDateTime &occurredAt);

    // The id of the customer's live contact with this name (ignoring case), or an empty string.
    Result<QString> contactNamed(const QString &customerId, const QString &name);
    // How many live rows the table has.
    Result<qint64> liveCount(const QString &table);

private:
    Result<sqlite3_stmt *> statement(const char *sql);
    Result<QList<qint64>> seqs(const char *sql, const QStringList &texts);

    Workspace &m_workspace;
    QHash<const char *, sqlite3_stmt *> m_statements;
};

}  // namespace guanxi
