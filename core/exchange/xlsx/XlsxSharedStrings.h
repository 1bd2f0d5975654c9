#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

class XmlPartReader;
class ZipArchive;

namespace xlsx {

// The shared strings of a workbook (xl/sharedStrings.xml), which cells of type "s" refer to by
// index. Rich text is its runs joined; phonetic guides (rPh) are left out. The table is held in
// memory, as every cell may refer to any string; it is refused above MaxCharacters.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSharedStrings)

public:
    static constexpr qint64 MaxCharacters = 128 * 1024 * 1024;

    // A workbook without the part has no shared strings.
    static Result<XlsxSharedStrings> read(ZipArchive &zip, const QString &displayName);

    // Text of one <si> or <is> element, whose StartElement was just read: its <t>, or its runs'.
    static Result<QString> readStringItem(XmlPartReader &part);

    qsizetype size() const { return m_strings.size(); }
    QString at(qsizetype index) const { return m_strings.value(index); }

private:
    QStringList m_strings;
};

}  // namespace xlsx
}  // namespace guanxi
