#pragma once

#include "ImportEntity.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace guanxi {

// Guesses which field a header cell names, generously: "E-mail", "email", "ＥＭＡＩＬ" and
// " e mail " are one spelling; "金额（元）" and "Amount (CNY)" name the amount; a cell with both
// languages ("名称 Name", "名称/Name", "Name（名称）") is recognised by either part.
class HeaderMatcher
{
public:
    // NFKC (full-width letters and digits become ASCII), case-folded, without white space,
    // punctuation and symbols: the form spellings are compared in.
    static QString fold(QStringView text);
    // The folded ways a header cell may name a field, most specific first: the whole cell, the
    // cell without its bracketed parts, the bracketed parts, and the parts between "/", "|", "、",
    // line breaks, or where Chinese text meets Latin text.
    static QStringList candidates(QStringView header);
    // For each header cell, the index of the field it names in ImportFields::of(entity), or -1.
    // A field is given to the first cell that names it.
    static QList<int> guess(ImportEntity entity, const QStringList &header);
};

}  // namespace guanxi
