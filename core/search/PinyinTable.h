#pragma once

#include <QStringList>

#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace guanxi::search {

using SyllableId = std::uint16_t;

// The pinyin of Han characters:
//  - every reading of a character, the most common first (data/pinyin_readings.txt, generated
//    from Unicode's Unihan data by tools/generate_pinyin_table.py), with ICU's Han-Latin as the
//    fallback for characters the table lacks;
//  - the curated reading of words whose characters are read unusually (data/pinyin_phrases.txt:
//    重庆 chong qing, 银行 yin hang, the surname 单 shan).
// Syllables are lower-case ASCII without tones, ü written as v. Loaded from the resources on first
// use, then immutable (apart from the fallback cache) and safe to use from any thread.
class PinyinTable
{
public:
    static const PinyinTable &instance();

    PinyinTable(const PinyinTable &) = delete;
    PinyinTable &operator=(const PinyinTable &) = delete;

    // Every reading of c, most common first. A traditional or variant character without readings
    // of its own borrows those of its simplified form. Empty for non-Han characters and for Han
    // characters nobody knows a reading of.
    std::span<const SyllableId> readings(char32_t c) const;

    std::string_view spelling(SyllableId id) const { return m_spellings[id]; }
    std::optional<SyllableId> find(std::string_view spelling) const;
    int syllableCount() const { return int(m_spellings.size()); }
    int characterCount() const { return int(m_offsets.size()); }

    // A curated word reading: `length` characters from the match position, one syllable each.
    struct Phrase {
        std::u32string text;  // simplified characters
        std::vector<SyllableId> readings;
        bool anchored = false;  // only at the start of a name or word
    };
    // The longest curated phrase that starts at text[at], or null. `text` holds simplified
    // characters; `atWordStart` allows surname entries (^单 shan).
    const Phrase *phraseAt(std::u32string_view text, size_t at, bool atWordStart) const;
    const std::vector<Phrase> &phrases() const { return m_phrases; }

    // Lines of the data files that could not be read (empty unless the data are broken).
    const QStringList &loadProblems() const { return m_problems; }

private:
    PinyinTable();
    void loadReadings(const QString &resource);
    void loadPhrases(const QString &resource);
    std::span<const SyllableId> ownReadings(char32_t c) const;

    std::vector<std::string> m_spellings;  // sorted, so a SyllableId orders as its spelling
    std::unordered_map<char32_t, std::uint32_t> m_offsets;  // offset into m_pool << 3 | count
    std::vector<SyllableId> m_pool;
    std::vector<Phrase> m_phrases;
    std::unordered_map<char32_t, std::vector<std::uint32_t>> m_phrasesByFirst;  // longest first
    QStringList m_problems;

    mutable std::mutex m_fallbackMutex;
    mutable std::unordered_map<char32_t, std::vector<SyllableId>> m_fallback;  // nodes never move
};

}  // namespace guanxi::search
