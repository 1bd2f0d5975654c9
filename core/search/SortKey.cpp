#include "SortKey.h"

#include "Romanization.h"

namespace guanxi::search {

namespace {

constexpr int TieBreakCharacters = 4;

}  // namespace

QString sortKey(const QString &name)
{
    const QString trimmed = name.trimmed();
    QString key;
    key.reserve(trimmed.size() * 4);
    for (const QString &unit : primaryPinyin(trimmed)) {
        key += unit.left(1).toUpper();
        key += unit.mid(1);
    }
    key += QChar(0x01);
    // Whole code points only: never cut a surrogate pair.
    const QList<uint> characters = trimmed.toUcs4();
    for (qsizetype i = 0; i < characters.size() && i < TieBreakCharacters; ++i) {
        const char32_t c = characters[i];
        key += QString::fromUcs4(&c, 1);
    }
    return key;
}

}  // namespace guanxi::search
