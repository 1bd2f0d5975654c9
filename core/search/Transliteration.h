#pragma once

#include <string>

namespace guanxi::search {

// What ICU adds to our own tables: traditional and variant Han characters, readings of Han
// characters the Unihan table lacks, and Latin letters that do not decompose (ø, ß, æ). Results
// are cached per character (an ICU transliterator takes microseconds per call); thread-safe.
namespace Transliteration {

// The simplified form of a traditional or variant character (長 → 长, compatibility ideographs →
// their unified form), through ICU's Traditional-Simplified transliterator; c itself when there is
// none. Only meaningful for Han characters.
char32_t simplified(char32_t c);

// ICU's Han-Latin reading of c without tones, ü written as v ("lǚ" → "lv"), or an empty string.
// The fallback for characters missing from the readings table.
std::string pinyin(char32_t c);

// "zhǎng" → "zhang", "lǚ" → "lv", "Nǘe" → "nve"; an empty string for anything that is not one
// plain syllable of letters.
std::string tonelessSyllable(const std::u16string &reading);

// ICU's Latin-ASCII form of a Latin letter that has no decomposition, lower case ("ß" → "ss",
// "Ø" → "o", "Æ" → "ae"), or an empty string when there is none.
std::string latinAscii(char32_t c);

}  // namespace Transliteration

}  // namespace guanxi::search
