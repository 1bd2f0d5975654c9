#include "SearchTokenizer.h"

#include "PinyinTable.h"
#include "Transliteration.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <vector>

namespace guanxi::search {

namespace {

void appendUtf8(std::string &out, char32_t c)
{
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, UChar32(c), error);
    if (!error)
        out.append(buffer, size_t(length));
}

bool isAsciiLetter(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isAllDigits(std::string_view word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isAllLetters(std::string_view word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(), isAsciiLetter);
}

// The index terms of each syllable: its spellings (the reading, and the u spelling of ü: lv and
// lu) and its initials (the first letter and, for zh/ch/sh, the first two).
struct SyllableTerms {
    std::vector<std::string> readings;  // "_lv", "_lu"
    std::vector<std::string> initials;  // "_l"; "_z", "_zh"
};

const std::vector<SyllableTerms> &syllableTerms()
{
    static const std::vector<SyllableTerms> terms = [] {
        const PinyinTable &table = PinyinTable::instance();
        std::vector<SyllableTerms> out(size_t(table.syllableCount()));
        const std::string marker(1, SearchTokenizer::PinyinMarker);
        for (int id = 0; id < table.syllableCount(); ++id) {
            const std::string syllable(table.spelling(SyllableId(id)));
            SyllableTerms &entry = out[size_t(id)];
            entry.readings.push_back(marker + syllable);
            if (syllable == "lv" || syllable == "nv" || syllable == "lve" || syllable == "nve")
                entry.readings.push_back(marker + syllable.substr(0, 1) + 'u' + syllable.substr(2));
            if (syllable.size() > 1)
                entry.initials.push_back(marker + syllable.substr(0, 1));
            if (syllable.size() > 2 && syllable[1] == 'h' && (syllable[0] == 'z' || syllable[0] == 'c' || syllable[0] == 's'))
                entry.initials.push_back(marker + syllable.substr(0, 2));
        }
        return out;
    }();
    return terms;
}

struct Word {
    std::string folded;
    int start = 0;
    int end = 0;
    bool afterHyphen = false;  // only "-" separates it from the previous word
};

class DocumentTokenizer
{
public:
    DocumentTokenizer(std::string_view text, const SearchTokenizer::Sink &sink) : m_text(text), m_sink(sink) {}

    int run()
    {
        const int32_t n = int32_t(m_text.size());
        for (int32_t i = 0; i < n;) {
            const int32_t start = i;
            const UChar32 c = next(i);
            if (c < 0 || u_isUWhiteSpace(c))
                continue;
            if (SearchTokenizer::isHan(char32_t(c))) {
                if (int rc = han(char32_t(c), start, i))
                    return rc;
                continue;
            }
            // A chunk: everything up to the next space or Han character.
            int32_t end = i;
            for (int32_t j = i; j < n;) {
                const UChar32 d = next(j);
                if (d >= 0 && (u_isUWhiteSpace(d) || SearchTokenizer::isHan(char32_t(d))))
                    break;
                end = j;
            }
            if (int rc = chunk(start, end))
                return rc;
            i = end;
        }
        return 0;
    }

private:
    UChar32 next(int32_t &i) const
    {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t *>(m_text.data()), i, int32_t(m_text.size()), c);
        return c;
    }

    int emit(std::string_view term, int start, int end, bool colocated)
    {
        if (term.empty())
            return 0;
        if (!colocated)
            m_previous = {};  // set again by han() and word() after their own terms
        return m_sink(term, start, end, colocated);
    }

    int han(char32_t c, int start, int end)
    {
        Neighbour previous = std::move(m_previous);
        if (int rc = emit(SearchTokenizer::hanTerm(c), start, end, false))
            return rc;
        m_previous = std::move(previous);
        std::vector<SyllableId> ids;
        for (const SyllableId id : PinyinTable::instance().readings(c))
            ids.push_back(id);
        return pinyin(ids, start, end);
    }

    // The pinyin terms of one position: its readings and initials, then the pairs they form with
    // the previous position's ("~bj" and "=bei'jing" at 京 in 北京), all colocated.
    int pinyin(const std::vector<SyllableId> &ids, int start, int end)
    {
        const auto &terms = syllableTerms();
        Neighbour current;
        std::array<std::string_view, 24> emitted;
        size_t count = 0;
        const auto emitOnce = [&](std::string_view term) {
            if (std::find(emitted.begin(), emitted.begin() + std::ptrdiff_t(count), term) != emitted.begin() + std::ptrdiff_t(count))
                return 0;
            if (count < emitted.size())
                emitted[count++] = term;
            return emit(term, start, end, true);
        };
        for (const SyllableId id : ids) {
            for (const std::string &reading : terms[id].readings) {
                if (int rc = emitOnce(reading))
                    return rc;
                current.syllables.push_back(std::string_view(reading).substr(1));
            }
            for (const std::string &initial : terms[id].initials) {
                if (int rc = emitOnce(initial))
                    return rc;
            }
            if (const char initial = terms[id].readings.front()[1]; current.initials.find(initial) == std::string::npos)
                current.initials.push_back(initial);
        }
        std::string pair{SearchTokenizer::InitialPairMarker, ' ', ' '};
        for (const char before : m_previous.initials) {
            for (const char initial : current.initials) {
                pair[1] = before;
                pair[2] = initial;
                if (int rc = emit(pair, start, end, true))
                    return rc;
            }
        }
        std::string syllablePair;
        for (const std::string_view before : m_previous.syllables) {
            for (const std::string_view syllable : current.syllables) {
                syllablePair.assign(1, SearchTokenizer::SyllablePairMarker);
                syllablePair.append(before);
                syllablePair.push_back(SearchTokenizer::SyllablePairSeparator);
                syllablePair.append(syllable);
                if (int rc = emit(syllablePair, start, end, true))
                    return rc;
            }
        }
        m_previous = std::move(current);
        return 0;
    }

    int chunk(int32_t start, int32_t end)
    {
        const std::string_view text = m_text.substr(size_t(start), size_t(end - start));
        const size_t at = text.find('@');
        if (at != std::string_view::npos) {
            int32_t emailStart = 0;
            int32_t emailEnd = 0;
            if (findEmail(start, start + int32_t(at), end, emailStart, emailEnd)) {
                if (int rc = words(start, emailStart))
                    return rc;
                if (int rc = email(emailStart, start + int32_t(at), emailEnd))
                    return rc;
                return words(emailEnd, end);
            }
        }
        return words(start, end);
    }

    static bool isLocalCharacter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || std::string_view(".!#$%&'*+/=?^_`{|}~-").find(c) != std::string_view::npos
               || uint8_t(c) >= 0x80;
    }

    static bool isDomainCharacter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
               || uint8_t(c) >= 0x80;
    }

    bool findEmail(int32_t chunkStart, int32_t at, int32_t chunkEnd, int32_t &emailStart, int32_t &emailEnd) const
    {
        emailStart = at;
        while (emailStart > chunkStart && isLocalCharacter(m_text[size_t(emailStart - 1)]))
            --emailStart;
        while (emailStart < at && (m_text[size_t(emailStart)] == '.'))
            ++emailStart;
        emailEnd = at + 1;
        while (emailEnd < chunkEnd && isDomainCharacter(m_text[size_t(emailEnd)]))
            ++emailEnd;
        while (emailEnd > at + 1 && (m_text[size_t(emailEnd - 1)] == '.' || m_text[size_t(emailEnd - 1)] == '-'))
            --emailEnd;
        const std::string_view domain = m_text.substr(size_t(at + 1), size_t(emailEnd - at - 1));
        return emailStart < at && domain.find('.') != std::string_view::npos && domain.front() != '.'
               && domain.find("..") == std::string_view::npos;
    }

    int email(int32_t start, int32_t at, int32_t end)
    {
        const std::string_view address = m_text.substr(size_t(start), size_t(end - start));
        if (int rc = emit(std::string(1, SearchTokenizer::AddressMarker) + SearchTokenizer::foldWord(address), start, end, false))
            return rc;
        const std::vector<Word> local = collectWords(start, at);
        std::string joined;
        for (const Word &word : local) {
            if (int rc = emit(word.folded, word.start, word.end, false))
                return rc;
            joined += word.folded;
        }
        if (local.size() > 1) {
            if (int rc = emit(joined, start, at, true))
                return rc;
        }
        const std::string domain = SearchTokenizer::foldWord(m_text.substr(size_t(at + 1), size_t(end - at - 1)));
        if (int rc = emit(std::string(1, SearchTokenizer::DomainMarker) + domain, at, end, false))
            return rc;
        // The domain's own words: drop the last label and generic ones before it (huawei.com.cn → huawei).
        std::vector<std::string_view> labels;
        for (size_t from = 0; from <= domain.size();) {
            const size_t dot = std::min(domain.find('.', from), domain.size());
            labels.push_back(std::string_view(domain).substr(from, dot - from));
            from = dot + 1;
        }
        labels.pop_back();
        while (labels.size() > 1 && SearchTokenizer::isGenericDomainLabel(labels.back()))
            labels.pop_back();
        for (const std::string_view label : labels) {
            if (SearchTokenizer::isGenericDomainLabel(label) && labels.size() == 1)
                continue;
            size_t from = 0;
            while (from < label.size()) {
                const size_t dash = std::min(label.find('-', from), label.size());
                if (int rc = emit(label.substr(from, dash - from), at, end, false))
                    return rc;
                from = dash + 1;
            }
        }
        return 0;
    }

    std::vector<Word> collectWords(int32_t start, int32_t end) const
    {
        std::vector<Word> list;
        int32_t previousEnd = -1;
        for (int32_t i = start; i < end;) {
            const int32_t wordStart = i;
            UChar32 c = next(i);
            if (c < 0 || !SearchTokenizer::isWordCharacter(char32_t(c)))
                continue;
            Word word;
            word.start = wordStart;
            word.afterHyphen = previousEnd >= 0 && wordStart == previousEnd + 1 && m_text[size_t(previousEnd)] == '-';
            SearchTokenizer::appendFolded(word.folded, char32_t(c));
            word.end = i;
            while (i < end) {
                int32_t j = i;
                c = next(j);
                if (c < 0 || !SearchTokenizer::isWordCharacter(char32_t(c)))
                    break;
                SearchTokenizer::appendFolded(word.folded, char32_t(c));
                i = word.end = j;
            }
            previousEnd = word.end;
            if (!word.folded.empty())
                list.push_back(std::move(word));
        }
        return list;
    }

    int words(int32_t start, int32_t end)
    {
        const std::vector<Word> list = collectWords(start, end);
        for (size_t i = 0; i < list.size();) {
            // Digit groups joined by "-" (010-12345678, 400-123-4567) are one number.
            size_t last = i;
            std::string digits = list[i].folded;
            if (isAllDigits(digits)) {
                while (last + 1 < list.size() && list[last + 1].afterHyphen && isAllDigits(list[last + 1].folded))
                    digits += list[++last].folded;
            }
            if (isAllDigits(digits) && int(digits.size()) >= SearchTokenizer::MinPhoneDigits) {
                if (int rc = phone(digits, list[i].start, list[last].end))
                    return rc;
            } else {
                for (size_t k = i; k <= last; ++k) {
                    if (int rc = word(list[k]))
                        return rc;
                }
            }
            i = last + 1;
        }
        return 0;
    }

    int word(const Word &w)
    {
        Neighbour previous = std::move(m_previous);
        if (int rc = emit(w.folded, w.start, w.end, false))
            return rc;
        if (!isAsciiLetter(w.folded.front()))
            return 0;
        m_previous = std::move(previous);
        if (isAllLetters(w.folded) && w.folded.size() <= 6) {
            if (const auto id = PinyinTable::instance().find(w.folded))
                return pinyin({*id}, w.start, w.end);
        }
        // Any other word: its initial, so that "ibm" also finds International Business Machines.
        if (int rc = emit(std::string{SearchTokenizer::PinyinMarker, w.folded.front()}, w.start, w.end, true))
            return rc;
        std::string pair{SearchTokenizer::InitialPairMarker, ' ', w.folded.front()};
        for (const char before : m_previous.initials) {
            pair[1] = before;
            if (int rc = emit(pair, w.start, w.end, true))
                return rc;
        }
        m_previous = {};
        m_previous.initials.push_back(w.folded.front());
        return 0;
    }

    int phone(const std::string &digits, int start, int end)
    {
        std::string term(1, SearchTokenizer::PhoneMarker);
        for (size_t k = 0; k + SearchTokenizer::PhoneGram <= digits.size(); ++k) {
            term.replace(1, std::string::npos, digits, k, SearchTokenizer::PhoneGram);
            if (int rc = emit(term, start, end, false))
                return rc;
        }
        return 0;
    }

    // The pinyin of the position just emitted, if it had any: pairs are made with it.
    struct Neighbour {
        std::string initials;
        std::vector<std::string_view> syllables;
    };

    std::string_view m_text;
    const SearchTokenizer::Sink &m_sink;
    Neighbour m_previous;
};

int tokenizeQuery(std::string_view text, const SearchTokenizer::Sink &sink)
{
    for (size_t from = 0; from < text.size();) {
        const size_t space = std::min(text.find(' ', from), text.size());
        if (space > from) {
            if (int rc = sink(text.substr(from, space - from), int(from), int(space), false))
                return rc;
        }
        from = space + 1;
    }
    return 0;
}

}  // namespace

bool SearchTokenizer::isHan(char32_t c)
{
    if (c < 0x2E80)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN && U_SUCCESS(status) && u_isalpha(UChar32(c));
}

bool SearchTokenizer::isWordCharacter(char32_t c)
{
    return u_isalnum(UChar32(c)) || u_charType(UChar32(c)) == U_NON_SPACING_MARK;
}

void SearchTokenizer::appendFolded(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2 *nfkd = icu::Normalizer2::getNFKDInstance(status);
    icu::UnicodeString decomposed;
    if (nfkd && nfkd->getDecomposition(UChar32(c), decomposed)) {
        for (int32_t i = 0; i < decomposed.length();) {
            const UChar32 part = decomposed.char32At(i);
            i += U16_LENGTH(part);
            if (u_charType(part) != U_NON_SPACING_MARK)
                appendFolded(out, char32_t(part));
        }
        return;
    }
    if (u_charType(UChar32(c)) == U_NON_SPACING_MARK)
        return;
    UErrorCode scriptStatus = U_ZERO_ERROR;
    if (uscript_getScript(UChar32(c), &scriptStatus) == USCRIPT_LATIN && u_isalpha(UChar32(c))) {
        if (const std::string ascii = Transliteration::latinAscii(c); !ascii.empty()) {
            out += ascii;
            return;
        }
    }
    appendUtf8(out, char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT)));
}

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
            appendFolded(out, char32_t(c));
    }
    return out;
}

std::string SearchTokenizer::hanTerm(char32_t c)
{
    std::string out;
    appendUtf8(out, Transliteration::simplified(c));
    return out;
}

bool SearchTokenizer::isGenericDomainLabel(std::string_view label)
{
    static constexpr std::array<std::string_view, 12> generic{"com", "net", "org", "edu", "gov", "ac", "co",
                                                               "mil", "int", "biz", "info", "ltd"};
    return std::find(generic.begin(), generic.end(), label) != generic.end();
}

int SearchTokenizer::tokenize(std::string_view utf8, Purpose purpose, const Sink &sink)
{
    if (purpose == Purpose::Query)
        return tokenizeQuery(utf8, sink);
    return DocumentTokenizer(utf8, sink).run();
}

}  // namespace guanxi::search
