#pragma once

#include "Result.h"

struct sqlite3;

namespace guanxi {

// What Guanxi adds to every SQLite connection it opens:
//  - the FTS5 tokenizer "guanxi" (search::SearchTokenizer: Han characters with every pinyin
//    reading and initial, folded Latin words, phone digits, e-mail addresses);
//  - the FTS5 function guanxi_search_info(customer_search, phrase counts): where a result row
//    matched (columns, start of the name), for ranking search hits (search::SearchInfo);
//  - guanxi_search_autoindex(): 1 unless bulk work on this connection switched the search
//    triggers off (they re-index in one statement afterwards).
// A connection without them (the sqlite3 shell, say) can read the workspace but cannot change
// customers or contacts, which keeps the search index from silently going stale.
namespace SqliteExtensions {
Status install(sqlite3 *db);
void setSearchAutoIndex(sqlite3 *db, bool on);
}  // namespace SqliteExtensions

}  // namespace guanxi
