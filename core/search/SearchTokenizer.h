#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace guanxi::search {

// Splits text into the terms of the search index. A Han character is a term of its own; runs of
// letters and digits are terms, case- and accent-folded ("Müller" → "muller").
//
// The sink receives (term, start byte, end byte, colocated) and returns 0 to go on or an SQLite
// error code to stop; `colocated` marks an alternative for the previous term at the same position
// (how the pinyin readings of a character are indexed).
class SearchTokenizer
{
public:
    enum class Purpose { Document, Query };
    using Sink = std::function<int(std::string_view term, int start, int end, bool colocated)>;

    static int tokenize(std::string_view utf8, Purpose purpose, const Sink &sink);

    // Case and accent folding of one word, as the index stores it.
    static std::string foldWord(std::string_view utf8);
    static bool isHan(char32_t codePoint);
};

}  // namespace guanxi::search
