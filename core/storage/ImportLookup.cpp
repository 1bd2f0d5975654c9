#include "ImportLookup.h"

#include "SqlSupport.h"
#include "Workspace.h"

#include <sqlite3.h>

namespace guanxi {

namespace {

QString text(sqlite3_stmt *s, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(s, column)) : QString();
}

void bind(sqlite3_stmt *s, int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// The readers below expect the columns in the order of the SELECT lists further down.
CustomerKeys readCustomer(sqlite3_stmt *s)
{
    return {sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), text(s, 3), text(s, 4), text(s, 5), sqlite3_column_int(s, 6) != 0};
}

ContactKeys readContact(sqlite3_stmt *s)
{
    return {sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), text(s, 3), text(s, 4), text(s, 5), sqlite3_column_int(s, 6) != 0};
}

OrderKeys readOrder(sqlite3_stmt *s)
{
    return {sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), text(s, 3), sql::dateFromText(text(s, 4)),
            sqlite3_column_int64(s, 5), text(s, 6), sqlite3_column_int(s, 7) != 0};
}

InteractionKeys readInteraction(sqlite3_stmt *s)
{
    return {sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), sql::utcFromText(text(s, 3)), text(s, 4), text(s, 5),
            sqlite3_column_int(s, 6) != 0};
}

#define GX_SELECT(columns, rest) "SELECT " columns " FROM " rest

}  // namespace

ImportLookup::ImportLookup(Workspace &workspace) : m_workspace(workspace) {}

ImportLookup::~ImportLookup()
{
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

Result<sqlite3_stmt *> ImportLookup::statement(const char *sql)
{
    if (sqlite3_stmt *cached = m_statements.value(sql)) {
        sqlite3_reset(cached);
        sqlite3_clear_bindings(cached);
        return cached;
    }
    sqlite3_stmt *prepared = nullptr;
    sqlite3 *db = m_workspace.handle();
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) != SQLITE_OK)
        return sql::toError(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
    m_statements.insert(sql, prepared);
    return prepared;
}

namespace {

template<typename Keys>
Status scan(Workspace &workspace, Result<sqlite3_stmt *> prepared, Keys (*read)(sqlite3_stmt *),
            const std::function<void(const Keys &)> &visit)
{
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *s = *prepared;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        visit(read(s));
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return sql::toError(rc, QString::fromUtf8(sqlite3_errmsg(workspace.handle())));
    return {};
}

template<typename Keys, typename Bind>
Result<std::optional<Keys>> one(Workspace &workspace, Result<sqlite3_stmt *> prepared, Keys (*read)(sqlite3_stmt *), Bind bindKey)
{
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *s = *prepared;
    bindKey(s);
    const int rc = sqlite3_step(s);
    std::optional<Keys> found;
    if (rc == SQLITE_ROW)
        found = read(s);
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sql::toError(rc, QString::fromUtf8(sqlite3_errmsg(workspace.handle())));
    return found;
}

}  // namespace

Status ImportLookup::forEachCustomer(const std::function<void(const CustomerKeys &)> &visit)
{
    return scan(m_workspace, statement(GX_SELECT("seq, id, name, phone, email, credit_code, deleted", "customers WHERE deleted = 0 ORDER BY seq")),
                &readCustomer, visit);
}

Status ImportLookup::forEachContact(const std::function<void(const ContactKeys &)> &visit)
{
    return scan(m_workspace, statement(GX_SELECT("seq, id, customer_id, name, phone, email, deleted", "contacts WHERE deleted = 0 ORDER BY seq")),
                &readContact, visit);
}

Status ImportLookup::forEachOrder(const std::function<void(const OrderKeys &)> &visit)
{
    return scan(m_workspace,
                statement(GX_SELECT("seq, id, customer_id, order_number, ordered_on, amount_minor, product, deleted",
                                    "orders WHERE deleted = 0 ORDER BY seq")),
                &readOrder, visit);
}

Status ImportLookup::forEachInteraction(const std::function<void(const InteractionKeys &)> &visit)
{
    return scan(m_workspace,
                statement(GX_SELECT("seq, id, customer_id, occurred_at, channel, summary, deleted",
                                    "interactions WHERE deleted = 0 ORDER BY seq")),
                &readInteraction, visit);
}

Result<std::optional<CustomerKeys>> ImportLookup::customerAt(qint64 seq)
{
    return one(m_workspace, statement(GX_SELECT("seq, id, name, phone, email, credit_code, deleted", "customers WHERE seq = ?")),
               &readCustomer, [&](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, seq); });
}

Result<std::optional<CustomerKeys>> ImportLookup::customerById(const QString &id)
{
    return one(m_workspace, statement(GX_SELECT("seq, id, name, phone, email, credit_code, deleted", "customers WHERE id = ?")),
               &readCustomer, [&](sqlite3_stmt *s) { bind(s, 1, id); });
}

Result<std::optional<ContactKeys>> ImportLookup::contactAt(qint64 seq)
{
    return one(m_workspace, statement(GX_SELECT("seq, id, customer_id, name, phone, email, deleted", "contacts WHERE seq = ?")),
               &readContact, [&](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, seq); });
}

Result<std::optional<ContactKeys>> ImportLookup::contactById(const QString &id)
{
    return one(m_workspace, statement(GX_SELECT("seq, id, customer_id, name, phone, email, deleted", "contacts WHERE id = ?")),
               &readContact, [&](sqlite3_stmt *s) { bind(s, 1, id); });
}

Result<std::optional<OrderKeys>> ImportLookup::orderAt(qint64 seq)
{
    return one(m_workspace,
               statement(GX_SELECT("seq, id, customer_id, order_number, ordered_on, amount_minor, product, deleted", "orders WHERE seq = ?")),
               &readOrder, [&](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, seq); });
}

Result<std::optional<OrderKeys>> ImportLookup::orderById(const QString &id)
{
    return one(m_workspace,
               statement(GX_SELECT("seq, id, customer_id, order_number, ordered_on, amount_minor, product, deleted", "orders WHERE id = ?")),
               &readOrder, [&](sqlite3_stmt *s) { bind(s, 1, id); });
}

Result<std::optional<InteractionKeys>> ImportLookup::interactionAt(qint64 seq)
{
    return one(m_workspace,
               statement(GX_SELECT("seq, id, customer_id, occurred_at, channel, summary, deleted", "interactions WHERE seq = ?")),
               &readInteraction, [&](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, seq); });
}

Result<std::optional<InteractionKeys>> ImportLookup::interactionById(const QString &id)
{
    return one(m_workspace,
               statement(GX_SELECT("seq, id, customer_id, occurred_at, channel, summary, deleted", "interactions WHERE id = ?")),
               &readInteraction, [&](sqlite3_stmt *s) { bind(s, 1, id); });
}

Result<QList<qint64>> ImportLookup::seqs(const char *sql, const QStringList &texts)
{
    auto prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *s = *prepared;
    for (int i = 0; i < texts.size(); ++i)
        bind(s, i + 1, texts[i]);
    QList<qint64> found;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        found.append(sqlite3_column_int64(s, 0));
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return sql::toError(rc, QString::fromUtf8(sqlite3_errmsg(m_workspace.handle())));
    return found;
}

// The "<> ''" conditions repeat the partial indexes' own, so that SQLite may use them.
Result<QList<qint64>> ImportLookup::customersWithPhone(const QString &phone)
{
    return seqs("SELECT seq FROM customers WHERE phone = ? AND phone <> '' AND deleted = 0", {phone});
}

Result<QList<qint64>> ImportLookup::customersWithEmail(const QString &email)
{
    return seqs("SELECT seq FROM customers WHERE email = ? AND email <> '' AND deleted = 0", {email});
}

Result<QList<qint64>> ImportLookup::customersWithCreditCode(const QString &creditCode)
{
    return seqs("SELECT seq FROM customers WHERE credit_code = ? AND credit_code <> '' AND deleted = 0", {creditCode});
}

Result<QList<qint64>> ImportLookup::customersWithSortKeyPrefix(const QString &prefix)
{
    // Every key with the prefix sorts between the prefix and the prefix followed by U+10FFFF.
    return seqs("SELECT seq FROM customers WHERE sort_key >= ? AND sort_key < ? AND deleted = 0",
                {prefix, prefix + QString::fromUcs4(U"\U0010FFFF")});
}

Result<QList<qint64>> ImportLookup::contactsOf(const QString &customerId)
{
    return seqs("SELECT seq FROM contacts WHERE customer_id = ? AND deleted = 0", {customerId});
}

Result<QList<qint64>> ImportLookup::ordersNumbered(const QString &customerId, const QString &orderNumber)
{
    return seqs("SELECT seq FROM orders WHERE customer_id = ? AND order_number = ? AND deleted = 0", {customerId, orderNumber});
}

Result<QList<qint64>> ImportLookup::ordersOn(const QString &customerId, const QDate &date)
{
    return seqs("SELECT seq FROM orders WHERE customer_id = ? AND ordered_on = ? AND deleted = 0", {customerId, sql::dateText(date)});
}

Result<QList<qint64>> ImportLookup::interactionsAt(const QString &customerId, const QDateTime &occurredAt)
{
    return seqs("SELECT seq FROM interactions WHERE customer_id = ? AND occurred_at = ? AND deleted = 0",
                {customerId, sql::utcText(occurredAt)});
}

Result<QString> ImportLookup::contactNamed(const QString &customerId, const QString &name)
{
    auto found = one(m_workspace,
                     statement(GX_SELECT("seq, id, customer_id, name, phone, email, deleted",
                                         "contacts WHERE customer_id = ? AND name = ? COLLATE NOCASE AND deleted = 0 ORDER BY seq LIMIT 1")),
                     &readContact, [&](sqlite3_stmt *s) {
                         bind(s, 1, customerId);
                         bind(s, 2, name);
                     });
    if (!found)
        return found.error();
    return *found ? (*found)->id : QString();
}

Result<qint64> ImportLookup::liveCount(const QString &table)
{
    static const QStringList tables{QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("orders"),
                                    QStringLiteral("interactions"), QStringLiteral("staff")};
    if (!tables.contains(table))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown table %1").arg(table));
    auto n = sql::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table));
    if (!n)
        return n.error();
    return n->toLongLong();
}

}  // namespace guanxi
