#include "PinyinTable.h"

#include "Transliteration.h"

#include <QFile>

#include <unicode/utf8.h>

#include <algorithm>

namespace guanxi::search {

namespace {

constexpr std::uint32_t CountBits = 3;  // at most 7 readings per character (the table has 4)

std::u32string toUcs4(const QString &text)
{
    std::u32string out;
    for (const char32_t c : text.toUcs4())
        out.push_back(c);
    return out;
}

QByteArray resourceBytes(const QString &resource, QStringList &problems)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(QStringLiteral("%1: %2").arg(resource, file.errorString()));
        return {};
    }
    return file.readAll();
}

QStringList resourceLines(const QString &resource, QStringList &problems)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(resourceBytes(resource, problems)).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            lines.append(trimmed);
    }
    return lines;
}

}  // namespace

const PinyinTable &PinyinTable::instance()
{
    static const PinyinTable table;  // C++ guarantees one thread-safe initialisation
    return table;
}

PinyinTable::PinyinTable()
{
    loadReadings(QStringLiteral(":/guanxi/search/pinyin_readings.txt"));
    loadPhrases(QStringLiteral(":/guanxi/search/pinyin_phrases.txt"));
}

void PinyinTable::loadReadings(const QString &resource)
{
    // "syllable PRIMARY|OTHERS" per line: gather (character, syllable, primary?) and sort by
    // character, primary reading first. Plain byte parsing: this runs on the first search.
    struct Entry {
        char32_t c;
        bool other;
        SyllableId id;
        bool operator<(const Entry &e) const { return c != e.c ? c < e.c : other < e.other; }
    };
    std::vector<std::pair<std::string, std::string_view>> lines;
    const QByteArray bytes = resourceBytes(resource, m_problems);
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    for (size_t from = 0; from < text.size();) {
        const size_t newline = std::min(text.find('\n', from), text.size());
        const std::string_view line = text.substr(from, newline - from);
        from = newline + 1;
        if (line.empty() || line.front() == '#')
            continue;
        const size_t space = line.find(' ');
        if (space == 0 || space > 6 || space == std::string_view::npos) {
            m_problems.append(QString::fromUtf8(line.data(), qsizetype(std::min<size_t>(line.size(), 40))));
            continue;
        }
        lines.emplace_back(std::string(line.substr(0, space)), line.substr(space + 1));
    }
    std::sort(lines.begin(), lines.end());
    std::vector<Entry> entries;
    entries.reserve(bytes.size() / 3);
    for (const auto &[syllable, characters] : lines) {
        const auto id = SyllableId(m_spellings.size());
        m_spellings.push_back(syllable);
        bool other = false;
        const auto *s = reinterpret_cast<const uint8_t *>(characters.data());
        const int32_t n = int32_t(characters.size());
        for (int32_t i = 0; i < n;) {
            UChar32 c;
            U8_NEXT(s, i, n, c);
            if (c == '|')
                other = true;
            else if (c > 0x7F)
                entries.push_back(Entry{char32_t(c), other, id});
        }
    }
    std::stable_sort(entries.begin(), entries.end());
    m_pool.reserve(entries.size());
    m_offsets.reserve(entries.size());
    for (size_t i = 0; i < entries.size();) {
        size_t end = i;
        while (end < entries.size() && entries[end].c == entries[i].c)
            ++end;
        const size_t count = std::min<size_t>(end - i, (1u << CountBits) - 1);
        m_offsets.emplace(entries[i].c, std::uint32_t(m_pool.size()) << CountBits | std::uint32_t(count));
        for (size_t k = i; k < i + count; ++k)
            m_pool.push_back(entries[k].id);
        i = end;
    }
}

void PinyinTable::loadPhrases(const QString &resource)
{
    for (const QString &line : resourceLines(resource, m_problems)) {
        QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        Phrase phrase;
        QString word = parts.takeFirst();
        if (word.startsWith(QLatin1Char('^'))) {
            phrase.anchored = true;
            word.remove(0, 1);
        }
        phrase.text = toUcs4(word);  // written in simplified characters (the tests check)
        for (const QString &syllable : std::as_const(parts)) {
            if (const auto id = find(syllable.toStdString()))
                phrase.readings.push_back(*id);
        }
        if (phrase.text.empty() || phrase.readings.size() != phrase.text.size() || phrase.readings.size() != size_t(parts.size())) {
            m_problems.append(line);
            continue;
        }
        m_phrases.push_back(std::move(phrase));
    }
    for (std::uint32_t i = 0; i < m_phrases.size(); ++i)
        m_phrasesByFirst[m_phrases[i].text.front()].push_back(i);
    for (auto &[first, indexes] : m_phrasesByFirst) {
        std::stable_sort(indexes.begin(), indexes.end(), [this](std::uint32_t a, std::uint32_t b) {
            return m_phrases[a].text.size() > m_phrases[b].text.size();
        });
    }
}

std::optional<SyllableId> PinyinTable::find(std::string_view spelling) const
{
    const auto it = std::lower_bound(m_spellings.begin(), m_spellings.end(), spelling,
                                     [](const std::string &a, std::string_view b) { return a < b; });
    if (it == m_spellings.end() || *it != spelling)
        return std::nullopt;
    return SyllableId(it - m_spellings.begin());
}

std::span<const SyllableId> PinyinTable::ownReadings(char32_t c) const
{
    const auto it = m_offsets.find(c);
    if (it == m_offsets.end())
        return {};
    return {m_pool.data() + (it->second >> CountBits), size_t(it->second & ((1u << CountBits) - 1))};
}

std::span<const SyllableId> PinyinTable::readings(char32_t c) const
{
    if (c < 0x2E80)
        return {};
    if (auto own = ownReadings(c); !own.empty())
        return own;
    if (const char32_t simple = Transliteration::simplified(c); simple != c) {
        if (auto borrowed = ownReadings(simple); !borrowed.empty())
            return borrowed;
    }
    {
        std::lock_guard lock(m_fallbackMutex);
        if (auto it = m_fallback.find(c); it != m_fallback.end())
            return it->second;
    }
    std::vector<SyllableId> ids;
    if (const auto id = find(Transliteration::pinyin(c)))
        ids.push_back(*id);
    std::lock_guard lock(m_fallbackMutex);
    return m_fallback.emplace(c, std::move(ids)).first->second;
}

const PinyinTable::Phrase *PinyinTable::phraseAt(std::u32string_view text, size_t at, bool atWordStart) const
{
    if (at >= text.size())
        return nullptr;
    const auto it = m_phrasesByFirst.find(text[at]);
    if (it == m_phrasesByFirst.end())
        return nullptr;
    for (const std::uint32_t index : it->second) {
        const Phrase &phrase = m_phrases[index];
        if (phrase.anchored && !atWordStart)
            continue;
        if (text.substr(at, phrase.text.size()) == phrase.text)
            return &phrase;
    }
    return nullptr;
}

}  // namespace guanxi::search
