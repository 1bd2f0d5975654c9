#pragma once

#include "Result.h"

#include <QList>
#include <QStringView>

namespace guanxi {

class ZipArchive;

namespace xlsx {

// What a number format shows a number as: the number, a date (with or without a time of day),
// or a time of day alone.
enum class NumberKind { Number, Date, Time };

// The cell styles of a workbook (xl/styles.xml), reduced to what the reader needs: which style
// index shows its number as a date. Built-in formats 14–22 and 45–47 (and 27–36, 50–58, the
// Chinese, Japanese and Korean dates) are dates or times; a custom format is one when its code has
// y, m, d, h or s outside quotes and brackets.
class XlsxStyles
{
public:
    // A workbook without xl/styles.xml shows every number as a number.
    static Result<XlsxStyles> read(ZipArchive &zip, const QString &displayName);

    NumberKind kindOf(qsizetype styleIndex) const { return m_kinds.value(styleIndex, NumberKind::Number); }

    static NumberKind kindOfBuiltIn(int numFmtId);
    static NumberKind kindOfCode(QStringView formatCode);

private:
    QList<NumberKind> m_kinds;  // by cellXfs index
};

}  // namespace xlsx
}  // namespace guanxi
