#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guanxi {

class ZipArchive;

namespace xlsx {

// The sheets of a workbook in their order (xl/workbook.xml), each with the part that holds it
// (xl/_rels/workbook.xml.rels), and its date system.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    static const QString WorkbookPart;  // "xl/workbook.xml"

    struct Sheet {
        QString name;
        QString part;  // "xl/worksheets/sheet1.xml"
    };

    static Result<XlsxWorkbook> read(ZipArchive &zip, const QString &displayName);

    // The worksheet named `name` (case-insensitively), or the first worksheet when `name` is
    // empty; an error that lists the sheets when there is no such sheet.
    Result<Sheet> sheet(const QString &name) const;

    const QList<Sheet> &sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }

private:
    QString m_displayName;
    QList<Sheet> m_sheets;  // worksheets only: chart sheets hold no cells
    bool m_date1904 = false;
};

}  // namespace xlsx
}  // namespace guanxi
