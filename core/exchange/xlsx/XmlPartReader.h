#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace guanxi {

class ZipArchive;

// One XML part of a workbook (xl/workbook.xml, a sheet …) parsed token by token while it is
// inflated: QXmlStreamReader gets the part in chunks as it asks for more. Memory stays bounded:
// the bytes fed since the last mark() may not exceed a limit (a row or string of 16 MB is refused
// rather than held).
class XmlPartReader
{
    Q_DECLARE_TR_FUNCTIONS(XmlPartReader)

public:
    static constexpr qint64 DefaultLimitBytes = 16 * 1024 * 1024;

    XmlPartReader(ZipArchive &zip, QString displayName, qint64 limitBytes = DefaultLimitBytes);

    Status open(const QString &entry);
    // The next token (EndDocument at the end of the part), or an error: malformed XML with its
    // line, a part cut short, an element over the limit, a damaged archive.
    Result<QXmlStreamReader::TokenType> next();
    // Skips to the next StartElement: true there, false at the end of the part, or an error.
    Result<bool> nextStartElement();
    // The text of the element whose StartElement was just read, up to its end (any child
    // elements' text included), consuming its EndElement.
    Result<QString> elementText();

    // Starts counting the bytes that may be fed again (at the end of each row or string).
    void mark() { m_marked = m_fed; }

    const QXmlStreamReader &xml() const { return m_xml; }
    const QString &entry() const { return m_entry; }

private:
    Error malformed() const;

    ZipArchive &m_zip;
    QString m_displayName;
    qint64 m_limitBytes;
    QString m_entry;
    QXmlStreamReader m_xml;
    bool m_ended = false;
    int m_depth = 0;
    bool m_rootClosed = false;
    qint64 m_fed = 0;
    qint64 m_marked = 0;
};

}  // namespace guanxi
