#pragma once

#include <QString>
#include <QStringList>

namespace guanxi::search {

// How a Chinese reader says a name, as pinyin units: one syllable per Han character — the
// curated reading of a known word first (重庆 → chong qing, 银行 → yin hang, the surname 单 →
// shan), else the character's most common reading — and each Latin or digit word folded
// ("Müller" → "muller"). Punctuation is dropped; a Han character without any known reading stays
// as it is. "北京长城Tech" → {"bei", "jing", "chang", "cheng", "tech"}.
QStringList primaryPinyin(const QString &text);

// primaryPinyin joined by spaces: "bei jing chang cheng tech", for showing next to a name.
QString displayPinyin(const QString &text);

}  // namespace guanxi::search
