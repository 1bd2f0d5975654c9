#pragma once

#include <QString>

namespace guanxi::search {

// The key customer lists are ordered by (customers.sort_key): names compare as a Chinese reader
// expects in a mixed list — by the pinyin of their primary reading (see primaryPinyin), syllable
// by syllable, interleaved with Latin names, case and accents ignored. 阿里巴巴 (a li ba ba) comes
// just before "Alibaba", 西安 (xi an) before 先锋 (xian feng), "Müller" next to "muller".
//
// Layout, compared byte-wise (SQLite's BINARY collation): every unit with its first letter in
// upper case and the rest in lower case, run together ("XiAn", "XianFeng", "ALiBaBa", "Alibaba"):
// an upper-case letter sorts before every lower-case one, so a unit that ends sorts before a
// longer one that goes on, exactly as comparing syllable by syllable would. Then "\x01" and the
// name's first four characters, so names that read the same group by character (张伟, 张伟, 章伟
// rather than mixed); whatever still ties is ordered by customers.seq.
// The key stays short because five indexes repeat it.
QString sortKey(const QString &name);

}  // namespace guanxi::search
