#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace guanxi::search {

// Splits text into the terms of the customer search index (the FTS5 tokenizer "guanxi").
//
// Documents:
//  - a Han character is one position holding the character itself (folded to simplified: 長 → 长)
//    and, colocated, "_" + each pinyin reading and "_" + each initial ("_chang", "_zhang", "_c",
//    "_ch", "_z", "_zh" for 长), so that a phrase over consecutive positions matches any mix of
//    characters, full syllables and initials; each position that follows another one with
//    initials also holds the pairs of the two initials ("~bj" at 京 in 北京) and of the two
//    readings ("=bei'jing"): single initials and common syllables (_g, _ke, _you) are in so many
//    documents that phrases of them are matched through these much rarer pairs instead;
//  - a run of letters and digits is one folded word ("Müller" → "muller", full width → ASCII),
//    with its initial colocated ("_m"; a word that is a pinyin syllable gets the syllable's
//    tokens, so the Latin "Zhang Wei" answers to "zw" like 张伟);
//  - a phone number (five or more digits, groups joined by "-") becomes its overlapping runs of
//    four digits at consecutive positions ("#1381", "#3812", …): the whole number, its beginning,
//    its last four digits or any inner run of four or more is a phrase of those;
//  - an e-mail address gives "&" + the whole address, the words of the local part (and, when there
//    are several, them joined), "@" + the domain, and the domain's words without the generic suffix
//    ("zhang.wei@huawei.com.cn" → "&zhang.wei@huawei.com.cn", "zhang", "wei", "zhangwei",
//    "@huawei.com.cn", "huawei"). The marker keeps whole addresses out of word prefixes: without
//    it "info"* merged the lists of every info@… address (tens of thousands of terms at 1M).
// Queries come from search::buildMatchExpression already made of these terms, so a query string
// is split at spaces and passed through unchanged.
//
// The sink receives (term, start byte, end byte, colocated) and returns 0 to go on or an SQLite
// error code to stop; `colocated` marks an alternative for the previous term at the same position.
class SearchTokenizer
{
public:
    enum class Purpose { Document, Query };
    using Sink = std::function<int(std::string_view term, int start, int end, bool colocated)>;

    // Bump whenever the terms produced for the same text change (also for a new readings table):
    // a workspace indexed by another version must re-index (Workspace::rebuildSearch).
    static constexpr int Version = 4;

    static constexpr char PinyinMarker = '_';
    static constexpr char InitialPairMarker = '~';
    static constexpr char SyllablePairMarker = '=';
    static constexpr char SyllablePairSeparator = '\'';
    static constexpr char PhoneMarker = '#';
    static constexpr char DomainMarker = '@';
    static constexpr char AddressMarker = '&';
    static constexpr int PhoneGram = 4;  // digits per phone term
    static constexpr int MinPhoneDigits = 5;

    static int tokenize(std::string_view utf8, Purpose purpose, const Sink &sink);

    // Case and accent folding of one word, as the index stores it.
    static std::string foldWord(std::string_view utf8);
    // Appends the folded form of one code point (lower case, compatibility-decomposed, no accents).
    static void appendFolded(std::string &out, char32_t c);
    static bool isHan(char32_t codePoint);
    static bool isWordCharacter(char32_t codePoint);
    // The character a Han character is indexed as (its simplified form), as UTF-8.
    static std::string hanTerm(char32_t c);
    // Generic last labels of e-mail domains that are not worth indexing as words ("com", "cn").
    static bool isGenericDomainLabel(std::string_view label);
};

}  // namespace guanxi::search
