#pragma once

#include <QString>

namespace guanxi::search {

// The key customer lists are ordered by: names compare as a Chinese reader expects in a mixed
// list (by pinyin, interleaved with Latin names, case and accents ignored).
QString sortKey(const QString &name);

}  // namespace guanxi::search
