#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace guanxi::search {

// Reads a run of Latin letters the way a Chinese user types names: as full syllables, initials
// ("b", "zh") or a mix ("beijingcc", "bjchangcheng"), the last syllable possibly unfinished
// ("beijingchan" → chan or chang). Every reading is returned (up to a cap), fewest units first.
//
// Splits no reader means are left out: an initial next to a unit that it would complete into
// one syllable ("c"+"hang", "chan"+"g", "xia"+"o"), and a syllable followed by initials when a
// longer syllable starts there ("yo"+"n"+"g" for yong) — they would only add noise and work.
// Both ways to read two full syllables stay in short runs ("xian" → xian, and xi an for 西安);
// longer runs keep only the readings with the fewest units.
class PinyinParser
{
public:
    struct Unit {
        std::string text;     // a syllable ("bei"), an initial ("b", "zh") or an unfinished syllable
        bool prefix = false;  // unfinished: matches every syllable starting with text
    };
    using Reading = std::vector<Unit>;

    static constexpr size_t MaxLetters = 32;  // longer runs are not read as pinyin
    static constexpr size_t MaxReadings = 8;
    static constexpr size_t MaxLettersForSplits = 6;  // longer runs keep only their fewest-unit readings

    static const PinyinParser &instance();

    // `open`: the run ends what the user typed, so its last syllable may be unfinished.
    std::vector<Reading> parse(std::string_view letters, bool open) const;

    bool isSyllable(std::string_view text) const;
    // The syllables that start with text ("chan" → chan, chang).
    std::vector<std::string_view> completions(std::string_view text) const;

private:
    PinyinParser();
    bool isInitial(const Unit &unit) const;
    bool natural(const Unit &left, const Unit &right) const;
    bool longest(std::string_view letters, size_t at, size_t length) const;
    void search(std::string_view letters, size_t at, bool open, Reading &current, std::vector<Reading> &out,
                int &budget) const;

    std::vector<std::string> m_syllables;  // sorted; what users type (no "hm", "ng"; lue/nue too)
};

}  // namespace guanxi::search
