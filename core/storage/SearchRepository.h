#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

namespace guanxi {

class Workspace;

// Where a search hit matched (several flags when its terms matched in several places).
enum class SearchField {
    Name = 0x01,
    Contacts = 0x02,  // a contact's name
    Phone = 0x04,     // the customer's or a contact's phone
    Email = 0x08,     // the customer's or a contact's e-mail
    Place = 0x10,     // city or region
};
Q_DECLARE_FLAGS(SearchFields, SearchField)
Q_DECLARE_OPERATORS_FOR_FLAGS(SearchFields)

struct SearchHit {
    QString id;
    QString name;
    QString city;
    QString phone;
    SearchFields matched;
};

// Type-ahead search over live customers: names, contact names, phones, e-mails, city and region,
// in Chinese characters, pinyin (full, initials or mixed, every reading of a polyphonic
// character), Latin words, phone digits and e-mail addresses (see search::parseSearchQuery).
//
// Order of the hits:
//   1. customers whose name starts with the query (its first term at the start of the name),
//      shortest name first (an exact match leads), then by name (sort key);
//   2. the other customers whose name matches every term, by name;
//   3. customers found through contacts, phones, e-mails or places, by name.
// To stay fast for broad queries ("b", "北京") the index is read only for the first
// max(4 × limit, 100) matches (oldest customers first) and those are ordered as above; with fewer
// matches than that, the order holds over all of them. The full name-ordered list of every match
// is CustomerRepository::page with a search filter.
class SearchRepository
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)

public:
    explicit SearchRepository(Workspace &workspace);

    // Nothing to search for (empty, blanks or punctuation only) gives no hits; `limit` ≤ 0 too.
    Result<QList<SearchHit>> search(const QString &query, int limit);

private:
    Workspace &m_workspace;
};

}  // namespace guanxi
