#include "PinyinParser.h"

#include "PinyinTable.h"

#include <algorithm>

namespace guanxi::search {

namespace {

bool isZhChSh(std::string_view text)
{
    return text.size() == 2 && text[1] == 'h' && (text[0] == 'z' || text[0] == 'c' || text[0] == 's');
}

// Letters that begin no syllable: "i", "u" and "v" never stand for a character on their own.
bool canStartSyllable(char c)
{
    return c >= 'a' && c <= 'z' && c != 'i' && c != 'u' && c != 'v';
}

}  // namespace

const PinyinParser &PinyinParser::instance()
{
    static const PinyinParser parser;
    return parser;
}

PinyinParser::PinyinParser()
{
    const PinyinTable &table = PinyinTable::instance();
    for (int id = 0; id < table.syllableCount(); ++id) {
        const std::string_view syllable = table.spelling(SyllableId(id));
        // Interjections nobody types for a name; single letters are read as initials anyway.
        if (syllable.size() < 2 || syllable == "hm" || syllable == "hng" || syllable == "ng")
            continue;
        m_syllables.emplace_back(syllable);
    }
    for (const char *uSpelling : {"lue", "nue"})  // the index holds lüe under both spellings
        m_syllables.emplace_back(uSpelling);
    std::sort(m_syllables.begin(), m_syllables.end());
    m_syllables.erase(std::unique(m_syllables.begin(), m_syllables.end()), m_syllables.end());
}

bool PinyinParser::isSyllable(std::string_view text) const
{
    return std::binary_search(m_syllables.begin(), m_syllables.end(), text,
                              [](std::string_view a, std::string_view b) { return a < b; });
}

std::vector<std::string_view> PinyinParser::completions(std::string_view text) const
{
    std::vector<std::string_view> out;
    auto it = std::lower_bound(m_syllables.begin(), m_syllables.end(), text,
                               [](std::string_view a, std::string_view b) { return a < b; });
    for (; it != m_syllables.end() && std::string_view(*it).substr(0, text.size()) == text; ++it)
        out.push_back(*it);
    return out;
}

bool PinyinParser::isInitial(const Unit &unit) const
{
    return !unit.prefix && (unit.text.size() == 1 || isZhChSh(unit.text));
}

// Whether putting `right` after `left` is a split a reader could mean.
bool PinyinParser::natural(const Unit &left, const Unit &right) const
{
    if (!isInitial(left) && !isInitial(right))
        return true;
    const std::string joined = left.text + right.text;
    if (right.prefix)
        return completions(joined).empty();
    return !isSyllable(joined);
}

// A syllable followed by an initial must be the longest syllable there: "yong" is never
// "yo" + "n" + "g", "jing" never "jin" + "g".
bool PinyinParser::longest(std::string_view letters, size_t at, size_t length) const
{
    for (size_t longer = std::min<size_t>(6, letters.size() - at); longer > length; --longer) {
        if (isSyllable(letters.substr(at, longer)))
            return false;
    }
    return true;
}

void PinyinParser::search(std::string_view letters, size_t at, bool open, Reading &current, std::vector<Reading> &out,
                          int &budget) const
{
    if (--budget < 0 || out.size() >= 4 * MaxReadings)
        return;
    if (at == letters.size()) {
        out.push_back(current);
        return;
    }
    const std::string_view rest = letters.substr(at);
    const auto tryUnit = [&](Unit unit, size_t consumed) {
        if (!current.empty() && !natural(current.back(), unit))
            return;
        if (isInitial(unit) && !current.empty() && !isInitial(current.back()) && !current.back().prefix
            && !longest(letters, at - current.back().text.size(), current.back().text.size()))
            return;
        current.push_back(std::move(unit));
        search(letters, at + consumed, open, current, out, budget);
        current.pop_back();
    };
    // An unfinished last syllable: the rest of the run starts one or more syllables.
    if (open && rest.size() >= 2 && !isZhChSh(rest)) {
        const auto candidates = completions(rest);
        if (candidates.size() == 1 && candidates.front() != rest)  // "zhon": only zhong
            tryUnit(Unit{std::string(candidates.front()), false}, rest.size());
        else if (candidates.size() > 1)
            tryUnit(Unit{std::string(rest), true}, rest.size());
    }
    for (size_t length = std::min<size_t>(6, rest.size()); length >= 2; --length) {
        const std::string_view candidate = rest.substr(0, length);
        const bool wholeRestOpen = open && length == rest.size() && completions(candidate).size() > 1;
        if (!wholeRestOpen && isSyllable(candidate))  // an open rest was tried as a prefix above
            tryUnit(Unit{std::string(candidate), false}, length);
    }
    if (rest.size() >= 2 && isZhChSh(rest.substr(0, 2)))
        tryUnit(Unit{std::string(rest.substr(0, 2)), false}, 2);
    if (canStartSyllable(rest.front()))
        tryUnit(Unit{std::string(rest.substr(0, 1)), false}, 1);
}

std::vector<PinyinParser::Reading> PinyinParser::parse(std::string_view letters, bool open) const
{
    if (letters.empty() || letters.size() > MaxLetters)
        return {};
    std::vector<Reading> out;
    Reading current;
    int budget = 4000;
    search(letters, 0, open, current, out, budget);
    std::stable_sort(out.begin(), out.end(), [](const Reading &a, const Reading &b) { return a.size() < b.size(); });
    // One unit more than the fewest is a real alternative in short words (xian: xi an, 西安); in
    // long ones it only multiplies the work.
    if (!out.empty()) {
        const size_t allowed = out.front().size() + (letters.size() <= MaxLettersForSplits ? 1 : 0);
        out.erase(std::find_if(out.begin(), out.end(), [&](const Reading &r) { return r.size() > allowed; }), out.end());
    }
    if (out.size() > MaxReadings)
        out.resize(MaxReadings);
    return out;
}

}  // namespace guanxi::search
