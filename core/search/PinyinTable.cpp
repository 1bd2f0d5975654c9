#include "PinyinTable.h"

#include "Transliteration.h"

#include <QFile>

#include <algorithm>
#include <map>

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

QStringList resourceLines(const QString &resource, QStringList &problems)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(QStringLiteral("%1: %2").arg(resource, file.errorString()));
        return {};
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
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
    // "syllable PRIMARY|OTHERS": collect per character first, primary reading in front.
    std::map<char32_t, std::vector<SyllableId>> perCharacter;
    const QStringList lines = resourceLines(resource, m_problems);
    std::vector<std::pair<std::string, QString>> entries;
    for (const QString &line : lines) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString syllable = line.left(space);
        if (space <= 0 || syllable.size() > 6) {
            m_problems.append(line.left(40));
            continue;
        }
        entries.emplace_back(syllable.toStdString(), line.mid(space + 1));
    }
    std::sort(entries.begin(), entries.end());
    for (const auto &[syllable, characters] : entries) {
        const auto id = SyllableId(m_spellings.size());
        m_spellings.push_back(syllable);
        const qsizetype bar = characters.indexOf(QLatin1Char('|'));
        const std::u32string primary = toUcs4(bar < 0 ? characters : characters.left(bar));
        const std::u32string others = toUcs4(bar < 0 ? QString() : characters.mid(bar + 1));
        for (const char32_t c : primary) {
            auto &list = perCharacter[c];
            list.insert(list.begin(), id);
        }
        for (const char32_t c : others)
            perCharacter[c].push_back(id);
    }
    m_pool.reserve(perCharacter.size() + perCharacter.size() / 16);
    m_offsets.reserve(perCharacter.size());
    for (const auto &[c, ids] : perCharacter) {
        const size_t count = std::min<size_t>(ids.size(), (1u << CountBits) - 1);
        m_offsets.emplace(c, std::uint32_t(m_pool.size()) << CountBits | std::uint32_t(count));
        m_pool.insert(m_pool.end(), ids.begin(), ids.begin() + std::ptrdiff_t(count));
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
        for (const char32_t c : toUcs4(word))
            phrase.text.push_back(Transliteration::simplified(c));
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
