#pragma once

#include <QString>

namespace guanxi::search {

// Turns what the user typed into an FTS5 MATCH expression for the customer_search table.
// Whitespace separates terms that must all match; the last term matches as a prefix, so
// results follow the typing. Returns an empty string when nothing searchable was typed.
QString buildMatchExpression(const QString &userQuery);

}  // namespace guanxi::search
