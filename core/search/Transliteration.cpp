#include "Transliteration.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace guanxi::search {

namespace {

std::unique_ptr<icu::Transliterator> createTransliterator(const char *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transliterator(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(transliterator) : nullptr;
}

// One transliterator per kind, created on first use (Han-Latin takes 140 ms to build, so only
// a character missing from the readings table pays for it). ICU does not promise that one
// transliterator may run on several threads at once; calls are rare (each character once per
// process, then cached), so each kind has one lock.
class Transliterator
{
public:
    constexpr explicit Transliterator(const char *id) : m_id(id) {}

    icu::UnicodeString apply(char32_t c)
    {
        std::lock_guard lock(m_mutex);
        if (!m_created) {
            m_transliterator = createTransliterator(m_id);
            m_created = true;
        }
        icu::UnicodeString text{UChar32(c)};
        if (m_transliterator)
            m_transliterator->transliterate(text);
        return text;
    }

private:
    const char *m_id;
    std::mutex m_mutex;
    bool m_created = false;
    std::unique_ptr<icu::Transliterator> m_transliterator;
};

constinit Transliterator traditionalSimplified("Traditional-Simplified");
constinit Transliterator hanLatin("Han-Latin");
constinit Transliterator latinToAscii("Latin-ASCII; Lower");

char32_t computeSimplified(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text{UChar32(c)};
    // Compatibility ideographs (U+F900…) decompose canonically to their unified characters.
    if (const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status); nfc && U_SUCCESS(status)) {
        icu::UnicodeString normalized = nfc->normalize(text, status);
        if (U_SUCCESS(status) && normalized.countChar32() == 1)
            text = normalized;
    }
    const icu::UnicodeString simplified = traditionalSimplified.apply(char32_t(text.char32At(0)));
    return simplified.countChar32() == 1 ? char32_t(simplified.char32At(0)) : char32_t(text.char32At(0));
}

}  // namespace

char32_t Transliteration::simplified(char32_t c)
{
    if (c < 0x2E80)
        return c;
    // The tokenizer asks for every Han character it indexes, so the Basic Multilingual Plane gets
    // a lock-free table (0 = not computed yet; computing twice is harmless).
    static std::array<std::atomic<char32_t>, 0x10000> bmp{};
    if (c < 0x10000) {
        char32_t cached = bmp[c].load(std::memory_order_relaxed);
        if (cached == 0) {
            cached = computeSimplified(c);
            bmp[c].store(cached, std::memory_order_relaxed);
        }
        return cached;
    }
    static std::mutex mutex;
    static std::unordered_map<char32_t, char32_t> supplementary;
    {
        std::lock_guard lock(mutex);
        if (auto it = supplementary.find(c); it != supplementary.end())
            return it->second;
    }
    const char32_t result = computeSimplified(c);
    std::lock_guard lock(mutex);
    supplementary.emplace(c, result);
    return result;
}

std::string Transliteration::pinyin(char32_t c)
{
    static std::mutex mutex;
    static std::unordered_map<char32_t, std::string> cache;
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(c); it != cache.end())
            return it->second;
    }
    const icu::UnicodeString latin = hanLatin.apply(c);
    const std::string result = tonelessSyllable(std::u16string(reinterpret_cast<const char16_t *>(latin.getBuffer()),
                                                               size_t(latin.length())));
    std::lock_guard lock(mutex);
    cache.emplace(c, result);
    return result;
}

std::string Transliteration::tonelessSyllable(const std::u16string &reading)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    if (!nfd || U_FAILURE(status))
        return {};
    const icu::UnicodeString decomposed =
        nfd->normalize(icu::UnicodeString(reading.data(), int32_t(reading.size())).trim(), status);
    if (U_FAILURE(status))
        return {};
    std::string out;
    for (int32_t i = 0; i < decomposed.length(); ++i) {
        const char16_t c = decomposed.charAt(i);
        if (c == 0x0308) {  // combining diaeresis: ü
            if (!out.empty() && out.back() == 'u')
                out.back() = 'v';
            continue;
        }
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (c >= 'A' && c <= 'Z')
            out.push_back(char(c - 'A' + 'a'));
        else if (c >= 'a' && c <= 'z')
            out.push_back(char(c));
        else
            return {};
    }
    return out;
}

std::string Transliteration::latinAscii(char32_t c)
{
    static std::mutex mutex;
    static std::unordered_map<char32_t, std::string> cache;
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(c); it != cache.end())
            return it->second;
    }
    const icu::UnicodeString ascii = latinToAscii.apply(c);
    std::string result;
    for (int32_t i = 0; i < ascii.length(); ++i) {
        const char16_t unit = ascii.charAt(i);
        if (unit >= 0x80) {
            result.clear();
            break;
        }
        result.push_back(char(unit));
    }
    std::lock_guard lock(mutex);
    cache.emplace(c, result);
    return result;
}

}  // namespace guanxi::search
