#pragma once

#include <QString>
#include <QStringList>

namespace guanxi::exchange {

// A person's name split into the parts of vCard's N property. Chinese names put the family name
// first: 王小明 → 王 + 小明, and a two-character family name from a short list of the compound
// surnames (欧阳, 司马, 诸葛, 上官 …) stays whole: 欧阳娜娜 → 欧阳 + 娜娜. A surname with a form of
// address, as contacts are often saved (王总, 李经理, 张女士), becomes family name + honorific
// suffix. Transliterated names with a middle dot (迈克尔·杰克逊) and Latin-script names
// ("John Ronald Smith", "Smith, John") put the family name last (or before the comma).
struct PersonName {
    QString family;
    QString given;
    QStringList additional;  // middle names
    QString suffix;          // honorific suffix: 总, 经理, 女士 …

    static PersonName split(const QString &fullName);
    // The other way, for a vCard with N but no FN: Chinese, Japanese and Korean names family name
    // first without spaces (张 + 伟 → 张伟, 王 + 总 → 王总), others "Given Additional Family".
    QString fullName() const;
    // 欧阳, 司马 … (simplified and traditional forms).
    static bool isCompoundSurname(QStringView twoCharacters);
};

}  // namespace guanxi::exchange
