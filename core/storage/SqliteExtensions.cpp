#include "SqliteExtensions.h"

#include "SqlSupport.h"
#include "search/QueryBuilder.h"
#include "search/SearchTokenizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace guanxi {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Per-connection switch read by guanxi_search_autoindex(): the function's user data points to
// it (read without locking, per row, inside triggers); the map only serves the setter.
QMutex stateMutex;
QHash<sqlite3 *, bool *> autoIndexByConnection;

void autoIndexFunction(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_int(context, *static_cast<const bool *>(sqlite3_user_data(context)) ? 1 : 0);
}

void forgetConnection(void *flag)
{
    QMutexLocker lock(&stateMutex);
    for (auto it = autoIndexByConnection.begin(); it != autoIndexByConnection.end(); ++it) {
        if (it.value() == flag) {
            autoIndexByConnection.erase(it);
            break;
        }
    }
    delete static_cast<bool *>(flag);
}

// --- FTS5 tokenizer glue: adapts search::SearchTokenizer to the fts5_tokenizer C interface.

struct TokenizerInstance {
    search::SearchTokenizer::Purpose purpose = search::SearchTokenizer::Purpose::Document;
};

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new TokenizerInstance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<TokenizerInstance *>(tokenizer);
}

int tokenize(Fts5Tokenizer *, void *ftsContext, int flags, const char *text, int length,
             int (*emit)(void *, int, const char *, int, int, int))
{
    // FTS5 tokenises documents when indexing and the query's own strings when matching; query
    // strings come from search::buildMatchExpression already made of index terms.
    const auto purpose = (flags & FTS5_TOKENIZE_QUERY) ? search::SearchTokenizer::Purpose::Query
                                                       : search::SearchTokenizer::Purpose::Document;
    return search::SearchTokenizer::tokenize(std::string_view(text, size_t(std::max(length, 0))), purpose,
                                             [&](std::string_view token, int start, int end, bool colocated) {
                                                 return emit(ftsContext, colocated ? FTS5_TOKEN_COLOCATED : 0,
                                                             token.data(), int(token.size()), start, end);
                                             });
}

// guanxi_search_info(customer_search, 'T0,T1,…'): where the current row matched, from the phrase
// instances FTS5 found (positions only, never the text). The argument gives the query term of
// each phrase in order ("+1" when the phrase starts a position after its term), -1 for phrases
// that only filter (search::phraseTerms). Result bits: 0–4
// the columns that matched (name, people, phones, emails, places), then search::SearchInfo's
// NameStart (a phrase of the first term starts the name) and NameHasAllTerms.
void searchInfoFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                        sqlite3_value **argv)
{
    std::vector<int> termOfPhrase;
    std::vector<int> lateness;  // positions the phrase starts after its term
    if (argc > 0) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        for (const char *p = text ? text : ""; *p;) {
            termOfPhrase.push_back(std::atoi(p));
            lateness.push_back(0);
            while (*p && *p != ',') {
                if (*p == '+')
                    lateness.back() = std::atoi(p + 1);
                ++p;
            }
            if (*p == ',')
                ++p;
        }
    }
    const int terms = termOfPhrase.empty() ? 0 : *std::max_element(termOfPhrase.begin(), termOfPhrase.end()) + 1;
    std::vector<bool> inName(size_t(terms), false);
    int count = 0;
    int info = 0;
    if (api->xInstCount(fts, &count) == SQLITE_OK) {
        for (int i = 0; i < count; ++i) {
            int phrase = 0;
            int column = 0;
            int offset = 0;
            if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK || column < 0 || column > 4)
                continue;
            const int term = phrase >= 0 && size_t(phrase) < termOfPhrase.size() ? termOfPhrase[size_t(phrase)] : -1;
            if (term < 0)
                continue;
            info |= 1 << column;
            if (column == 0) {
                inName[size_t(term)] = true;
                if (term == 0 && offset == lateness[size_t(phrase)])
                    info |= search::SearchInfo::NameStart;
            }
        }
    }
    if (terms > 0 && std::all_of(inName.begin(), inName.end(), [](bool b) { return b; }))
        info |= search::SearchInfo::NameHasAllTerms;
    sqlite3_result_int(context, info);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

}  // namespace

Status SqliteExtensions::install(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return makeError(ErrorCode::Database,
                         Tr::tr("This SQLite library has no full-text search (FTS5); Guanxi needs SQLite built with FTS5."));
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    int rc = api->xCreateTokenizer(api, "guanxi", nullptr, &tokenizer, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, "guanxi_search_info", nullptr, searchInfoFunction, nullptr);
    if (rc == SQLITE_OK) {
        bool *flag = new bool(true);
        {
            QMutexLocker lock(&stateMutex);
            autoIndexByConnection.insert(db, flag);
        }
        // On failure SQLite calls forgetConnection itself, which frees the flag.
        rc = sqlite3_create_function_v2(db, "guanxi_search_autoindex", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, flag,
                                        autoIndexFunction, nullptr, nullptr, forgetConnection);
    }
    if (rc != SQLITE_OK)
        return sql::toError(rc, QString::fromUtf8(sqlite3_errmsg(db)), Tr::tr("Preparing the database connection failed"));
    return {};
}

void SqliteExtensions::setSearchAutoIndex(sqlite3 *db, bool on)
{
    QMutexLocker lock(&stateMutex);
    if (bool *flag = autoIndexByConnection.value(db))
        *flag = on;
}

}  // namespace guanxi
