#include "Romanization.h"

#include "PinyinTable.h"
#include "SearchTokenizer.h"
#include "Transliteration.h"

#include <unicode/uchar.h>

namespace guanxi::search {

QStringList primaryPinyin(const QString &text)
{
    const PinyinTable &table = PinyinTable::instance();
    const QList<uint> original = text.toUcs4();
    std::u32string simplified;
    for (const uint c : original)
        simplified.push_back(SearchTokenizer::isHan(c) ? Transliteration::simplified(c) : char32_t(c));

    QStringList units;
    std::string word;
    const auto flush = [&] {
        if (!word.empty())
            units.append(QString::fromStdString(word));
        word.clear();
    };
    for (size_t i = 0; i < simplified.size();) {
        const char32_t c = simplified[i];
        if (!SearchTokenizer::isHan(c)) {
            if (SearchTokenizer::isWordCharacter(c))
                SearchTokenizer::appendFolded(word, c);
            else
                flush();
            ++i;
            continue;
        }
        flush();
        // Surname readings apply where a name starts: at the beginning or after a space or punctuation.
        const bool atWordStart = i == 0 || !(SearchTokenizer::isHan(simplified[i - 1]) || SearchTokenizer::isWordCharacter(simplified[i - 1]));
        if (const PinyinTable::Phrase *phrase = table.phraseAt(simplified, i, atWordStart)) {
            for (const SyllableId id : phrase->readings)
                units.append(QString::fromLatin1(table.spelling(id).data(), qsizetype(table.spelling(id).size())));
            i += phrase->text.size();
            continue;
        }
        const auto readings = table.readings(char32_t(original[qsizetype(i)]));
        if (readings.empty())
            units.append(QString::fromUcs4(&c, 1));
        else
            units.append(QString::fromLatin1(table.spelling(readings.front()).data(), qsizetype(table.spelling(readings.front()).size())));
        ++i;
    }
    flush();
    return units;
}

QString displayPinyin(const QString &text)
{
    return primaryPinyin(text).join(QLatin1Char(' '));
}

}  // namespace guanxi::search
