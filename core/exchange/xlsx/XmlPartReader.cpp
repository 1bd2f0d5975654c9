#include "XmlPartReader.h"

#include "ZipArchive.h"

namespace guanxi {

namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;

}  // namespace

XmlPartReader::XmlPartReader(ZipArchive &zip, QString displayName, qint64 limitBytes)
    : m_zip(zip), m_displayName(std::move(displayName)), m_limitBytes(limitBytes)
{
}

Status XmlPartReader::open(const QString &entry)
{
    m_entry = entry;
    m_xml.clear();
    m_ended = false;
    m_fed = m_marked = 0;
    m_depth = 0;
    m_rootClosed = false;
    return m_zip.openEntry(entry);
}

Error XmlPartReader::malformed() const
{
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return makeError(ErrorCode::Validation,
                         tr("The part “%1” of the file “%2” ends in the middle of its XML (line %3): the workbook is damaged.")
                             .arg(m_entry, m_displayName)
                             .arg(m_xml.lineNumber()));
    return makeError(ErrorCode::Validation,
                     tr("The part “%1” of the file “%2” is not valid XML at line %3: the workbook is damaged.")
                         .arg(m_entry, m_displayName)
                         .arg(m_xml.lineNumber()),
                     m_xml.errorString());
}

Result<QXmlStreamReader::TokenType> XmlPartReader::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (!m_xml.hasError()) {
            if (token == QXmlStreamReader::StartElement)
                ++m_depth;
            else if (token == QXmlStreamReader::EndElement && --m_depth == 0)
                m_rootClosed = true;
            return token;
        }
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return malformed();
        if (m_ended) {
            // The parser waits for what may follow the root element; the part ended there.
            if (m_rootClosed)
                return QXmlStreamReader::EndDocument;
            return malformed();
        }
        auto chunk = m_zip.read(ChunkBytes);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty()) {
            m_ended = true;
            continue;
        }
        m_fed += chunk->size();
        if (m_fed - m_marked > m_limitBytes)
            return makeError(ErrorCode::Validation,
                             tr("The part “%1” of the file “%2” holds an element larger than %3 MB near line %4: Guanxi does "
                                "not read it.")
                                 .arg(m_entry, m_displayName)
                                 .arg(m_limitBytes / (1024 * 1024))
                                 .arg(m_xml.lineNumber()));
        m_xml.addData(*chunk);
    }
}

Result<bool> XmlPartReader::nextStartElement()
{
    for (;;) {
        auto token = next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::StartElement)
            return true;
        if (*token == QXmlStreamReader::EndDocument)
            return false;
    }
}

Result<QString> XmlPartReader::elementText()
{
    QString text;
    for (int depth = 1; depth > 0;) {
        auto token = next();
        if (!token)
            return token.error();
        switch (*token) {
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference: text += m_xml.text(); break;
        case QXmlStreamReader::EndDocument: return malformed();
        default: break;
        }
    }
    return text;
}

}  // namespace guanxi
