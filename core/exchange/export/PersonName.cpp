#include "PersonName.h"

#include <algorithm>

namespace guanxi::exchange {

namespace {

// The compound surnames people meet today. Rare ones whose first character is also a common
// surname (单于: 单 is common) are left out: splitting 单于洋 as 单 + 于洋 is the better guess.
const char16_t *const compoundSurnames[] = {
    u"欧阳", u"司马", u"上官", u"诸葛", u"东方", u"皇甫", u"尉迟", u"公孙", u"慕容", u"长孙", u"宇文", u"司徒",
    u"司空", u"夏侯", u"轩辕", u"令狐", u"钟离", u"独孤", u"南宫", u"西门", u"万俟", u"端木", u"澹台", u"申屠",
    u"太史", u"呼延", u"赫连", u"拓跋", u"东郭", u"濮阳", u"公冶", u"公羊", u"左丘", u"第五",
    // traditional forms
    u"歐陽", u"司馬", u"諸葛", u"東方", u"尉遲", u"長孫", u"軒轅", u"鍾離", u"獨孤", u"南宮", u"西門", u"澹臺",
    u"東郭", u"濮陽"};

// Forms of address written after a surname, longest first.
const char16_t *const honorifics[] = {u"先生", u"女士", u"小姐", u"经理", u"經理", u"老师", u"老師", u"主任",
                                      u"老板", u"老闆", u"总", u"總"};

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

bool allHan(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    return !characters.isEmpty() && std::all_of(characters.begin(), characters.end(), [](uint c) { return isHan(c); });
}

// Scripts whose names are written family name first, without spaces.
bool isFamilyFirstScript(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    return std::all_of(characters.begin(), characters.end(), [](uint c) {
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul: return true;
        default: return false;
        }
    });
}

bool isNameDot(QChar c)
{
    return c == QChar(0x00B7) || c == QChar(0x2022) || c == QChar(0x30FB) || c == QChar(0xFF0E) || c == QChar(0x2027);
}

// A surname as it starts a Chinese name: a compound one, otherwise the first character (a
// supplementary-plane character is two UTF-16 units).
qsizetype surnameLength(const QString &name)
{
    if (name.size() >= 2 && PersonName::isCompoundSurname(QStringView(name).left(2)))
        return 2;
    return name.at(0).isHighSurrogate() && name.size() > 1 ? 2 : 1;
}

PersonName splitChinese(const QString &name)
{
    PersonName parts;
    for (const char16_t *honorific : honorifics) {
        const QString suffix = QString::fromUtf16(honorific);
        if (!name.endsWith(suffix) || name.size() == suffix.size())
            continue;
        const QString surname = name.left(name.size() - suffix.size());
        if (surnameLength(surname) == surname.size()) {
            parts.family = surname;
            parts.suffix = suffix;
            return parts;
        }
    }
    const qsizetype family = surnameLength(name);
    // "欧阳" alone is the surname; two ordinary characters are a surname and a given name.
    parts.family = name.left(family);
    parts.given = name.mid(family);
    return parts;
}

}  // namespace

bool PersonName::isCompoundSurname(QStringView twoCharacters)
{
    return std::any_of(std::begin(compoundSurnames), std::end(compoundSurnames),
                       [&](const char16_t *surname) { return twoCharacters == QStringView(surname); });
}

PersonName PersonName::split(const QString &fullName)
{
    const QString name = fullName.simplified();
    PersonName parts;
    if (name.isEmpty())
        return parts;

    if (std::any_of(name.begin(), name.end(), isNameDot)) {
        // 迈克尔·杰克逊, 买买提·艾力: given name first, family (or father's) name last.
        QStringList words;
        QString current;
        for (QChar c : name) {
            if (isNameDot(c)) {
                words.append(current.trimmed());
                current.clear();
            } else {
                current += c;
            }
        }
        words.append(current.trimmed());
        words.removeAll(QString());
        if (words.size() == 1) {
            parts.given = words.first();
        } else if (!words.isEmpty()) {
            parts.given = words.takeFirst();
            parts.family = words.takeLast();
            parts.additional = words;
        }
        return parts;
    }
    // Chinese names are written without spaces; "王 小明" is a typing habit, not two words.
    if (QString compact = QString(name).remove(QLatin1Char(' ')); allHan(compact))
        return splitChinese(compact);

    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma > 0) {
        // "Smith, John"
        parts.family = name.left(comma).trimmed();
        QStringList rest = name.mid(comma + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!rest.isEmpty())
            parts.given = rest.takeFirst();
        parts.additional = rest;
        return parts;
    }
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 1) {
        parts.given = words.first();
        return parts;
    }
    parts.given = words.takeFirst();
    parts.family = words.takeLast();
    parts.additional = words;
    return parts;
}

QString PersonName::fullName() const
{
    const QString familyName = family.simplified();
    const QString givenName = given.simplified();
    const QString joined = familyName + givenName + additional.join(QString());
    if (!joined.isEmpty() && isFamilyFirstScript(joined))
        return joined + suffix.simplified();
    QStringList words{givenName};
    words += additional;
    words << familyName << suffix;
    for (QString &word : words)
        word = word.simplified();
    words.removeAll(QString());
    return words.join(QLatin1Char(' '));
}

}  // namespace guanxi::exchange
