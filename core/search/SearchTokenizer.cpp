#include "SearchTokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace guanxi::search {

bool SearchTokenizer::isHan(char32_t c)
{
    if (c < 0x2E80)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

namespace {

void appendUtf8(std::string &out, UChar32 c)
{
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, c, error);
    if (!error)
        out.append(buffer, size_t(length));
}

// Appends c folded: lower case, compatibility-decomposed (full-width → ASCII), accents dropped.
void appendFolded(std::string &out, UChar32 c)
{
    if (c < 0x80) {
        out.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2 *nfkd = icu::Normalizer2::getNFKDInstance(status);
    icu::UnicodeString decomposed;
    if (nfkd && U_SUCCESS(status) && nfkd->getDecomposition(c, decomposed)) {
        for (int32_t i = 0; i < decomposed.length();) {
            const UChar32 part = decomposed.char32At(i);
            i += U16_LENGTH(part);
            if (u_charType(part) == U_NON_SPACING_MARK)
                continue;
            appendUtf8(out, u_foldCase(part, U_FOLD_CASE_DEFAULT));
        }
        return;
    }
    appendUtf8(out, u_foldCase(c, U_FOLD_CASE_DEFAULT));
}

bool isWordCharacter(UChar32 c)
{
    return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}

}  // namespace

std::string SearchTokenizer::foldWord(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    const auto *s = reinterpret_cast<const uint8_t *>(utf8.data());
    const int32_t n = int32_t(utf8.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c >= 0)
            appendFolded(out, c);
    }
    return out;
}

int SearchTokenizer::tokenize(std::string_view utf8, Purpose, const Sink &sink)
{
    const auto *s = reinterpret_cast<const uint8_t *>(utf8.data());
    const int32_t n = int32_t(utf8.size());
    std::string word;
    int32_t wordStart = -1;
    int32_t wordEnd = 0;
    const auto flushWord = [&]() -> int {
        if (wordStart < 0)
            return 0;
        const int rc = word.empty() ? 0 : sink(word, wordStart, wordEnd, false);
        word.clear();
        wordStart = -1;
        return rc;
    };
    for (int32_t i = 0; i < n;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) {  // invalid UTF-8 byte: a separator
            if (int rc = flushWord())
                return rc;
            continue;
        }
        if (isHan(char32_t(c))) {
            if (int rc = flushWord())
                return rc;
            if (int rc = sink(utf8.substr(size_t(start), size_t(i - start)), start, i, false))
                return rc;
            continue;
        }
        if (isWordCharacter(c)) {
            if (wordStart < 0)
                wordStart = start;
            appendFolded(word, c);
            wordEnd = i;
            continue;
        }
        if (int rc = flushWord())
            return rc;
    }
    return flushWord();
}

}  // namespace guanxi::search
