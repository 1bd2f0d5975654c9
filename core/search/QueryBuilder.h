#pragma once

#include <QString>

#include <string>
#include <vector>

namespace guanxi::search {

// What the user typed, read as index terms of the customer search (see SearchTokenizer).
//
// Whitespace separates terms; every term must match. A term matches when one of its
// alternatives does; an alternative is a phrase (terms at consecutive positions, the last one
// possibly a prefix). A Latin term is read as every plausible mix of pinyin syllables and
// initials (PinyinParser) and as a word — its beginning when few words can share it (three
// letters or more and not plain pinyin: "micr" finds Microsoft, "zh" does not list every
// zhang… address); Han characters stand for themselves (traditional folded to simplified);
// digits are matched against phone numbers from four digits on (the whole number, its
// beginning or any inner run, "+86" ignored) and words; a term with "@" or "." is also matched
// against whole e-mail addresses and domains. A query made only of digits and phone
// punctuation ("138 1234 5678", "(010) 1234-5678") is one phone number.
struct MatchPhrase {
    std::vector<std::string> terms;
    bool prefix = false;  // the last term matches every term it begins
    // When not empty, the row must also hold one of these terms (anywhere). How an unfinished
    // syllable after others is matched: the phrase ends with the pair of initials ("~dq" for
    // "dianq…") and one of the syllables it may become (qi, qian, qing …) must occur.
    std::vector<std::string> alsoOneOf;
    // 1 when the phrase leaves out the term's first unit because the pair that follows implies
    // it ("bjcc" → "~bj ~jc ~cc": ~bj sits at 京 and says 北 has initial b): the phrase then
    // starts one position after the term does.
    int skipped = 0;

    bool operator==(const MatchPhrase &) const = default;
};

struct MatchTerm {
    std::vector<MatchPhrase> alternatives;
};

struct SearchQuery {
    std::vector<MatchTerm> terms;
    bool isEmpty() const { return terms.empty(); }
};

// What guanxi_search_info(customer_search, phraseTerms(query)) reports about a matching row:
// bits 0–4 are the columns that matched (name, people, phones, emails, places), plus these.
namespace SearchInfo {
inline constexpr int ColumnMask = 0x1f;
inline constexpr int NameStart = 0x100;        // the name starts with the first term
inline constexpr int NameHasAllTerms = 0x200;  // every term matched in the name
}  // namespace SearchInfo

inline constexpr int MaxQueryTerms = 8;  // the rest of a very long query is ignored

SearchQuery parseSearchQuery(const QString &userQuery);

// The FTS5 MATCH expression for the customer_search table. Every piece of user text ends up
// inside a double-quoted string, so no input can produce FTS5 syntax. Empty for an empty query.
QString matchExpression(const SearchQuery &query);
// The term each FTS5 phrase of matchExpression(query) belongs to, in order ("0,0+1,1,-1,-1"; "+1"
// when the phrase starts one position after its term, see MatchPhrase::skipped; -1 for the
// alsoOneOf terms, which say nothing about where a term matched): the argument of
// guanxi_search_info().
QString phraseTerms(const SearchQuery &query);

// matchExpression(parseSearchQuery(userQuery)): empty when nothing searchable was typed.
QString buildMatchExpression(const QString &userQuery);

}  // namespace guanxi::search
