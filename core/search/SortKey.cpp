#include "SortKey.h"

#include "SearchTokenizer.h"

namespace guanxi::search {

QString sortKey(const QString &name)
{
    return QString::fromStdString(SearchTokenizer::foldWord(name.trimmed().toStdString()));
}

}  // namespace guanxi::search
