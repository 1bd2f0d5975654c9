#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace guanxi {

// Which rows of a table that belongs to customers (contacts, orders, interactions, follow-ups) a
// whole-table read returns. Unset fields do not narrow. Rows of deleted customers never appear.
struct CustomerRecordFilter {
    QString customerId;  // only this customer's rows
    // Inclusive days on the table's own date: orders ordered_on, interactions occurred_at (in
    // local time), follow-ups due_on. Contacts have no date and ignore them.
    QDate from;
    QDate to;
    // Follow-ups only (the other tables ignore them), to export what the follow-ups view lists:
    // open ones only, and one owner's (an empty string: the unassigned ones).
    bool openOnly = false;
    std::optional<QString> ownerId;
    // Follow-ups only: due — or snoozed to — on or before this day, the follow-ups view's window
    // (the same expression as FollowUpRepository::listDue).
    QDate dueUntil;

    bool operator==(const CustomerRecordFilter &) const = default;
};

// One page of a whole-table read in storage order. Keyset paging on the row number: the
// thousandth page costs what the first costs, and a reader holds one page at a time.
template<typename Record>
struct TablePage {
    QList<Record> records;
    std::optional<qint64> next;  // `after` for the next call; absent on the last page
};

namespace detail {

// "alias.deleted = 0 AND c.deleted = 0 AND alias.seq > ? …" for a page of `alias` joined to its
// customer `c`. `dateColumn` is empty for tables without a date; `utcTimes` says it holds UTC
// times (compared against the local day's bounds) rather than YYYY-MM-DD days.
struct TablePageQuery {
    QStringList conditions;
    QVariantList bindings;
};
TablePageQuery tablePageConditions(const CustomerRecordFilter &filter, const QString &alias, const QString &dateColumn,
                                   bool utcTimes);

}  // namespace detail

}  // namespace guanxi
