#include "VCardLineReader.h"

#include <QIODevice>

namespace guanxi {

namespace {

const QByteArray utf8ByteOrderMark("\xEF\xBB\xBF");

bool startsWithUtf16ByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

}  // namespace

VCardLineReader::VCardLineReader(QIODevice *device, const VCardOptions &options) : m_device(device), m_options(options)
{
}

Status VCardLineReader::fill()
{
    m_buffer.resize(qMax<qsizetype>(1, m_options.chunkBytes));
    const qint64 got = m_device->read(m_buffer.data(), m_buffer.size());
    if (got < 0)
        return makeError(ErrorCode::Io, tr("Reading the file failed after line %1: %2").arg(m_lineCount).arg(m_device->errorString()));
    m_buffer.resize(got);
    m_position = 0;
    m_bytesRead += got;
    m_atEnd = got == 0;
    return {};
}

void VCardLineReader::appendBounded(QByteArray &to, bool &truncated, QByteArrayView bytes) const
{
    const qsizetype room = qMax<qsizetype>(0, m_options.maxLineBytes - to.size());
    if (bytes.size() > room) {
        to.append(bytes.first(room));
        truncated = true;
    } else {
        to.append(bytes);
    }
}

Error VCardLineReader::utf16OrBinary(const QByteArray &lineSoFar) const
{
    if (m_lineCount == 0 && startsWithUtf16ByteOrderMark(lineSoFar))
        return makeError(ErrorCode::Validation, tr("The file is UTF-16 text. Guanxi reads vCards in UTF-8 (or in the CHARSET each "
                                                   "line names): save the file again as UTF-8."));
    return makeError(ErrorCode::Validation,
                     tr("Line %1 holds a NUL byte: the file is binary data, not the text of a vCard.").arg(m_lineCount + 1));
}

Result<bool> VCardLineReader::readPhysical(PhysicalLine &line)
{
    if (m_peeked) {
        line = std::move(*m_peeked);
        m_peeked.reset();
        return true;
    }
    line.bytes.resize(0);
    line.truncated = false;
    line.endsWithEquals = false;
    bool any = false;
    for (;;) {
        if (m_position >= m_buffer.size()) {
            if (m_atEnd)
                break;
            if (Status filled = fill(); !filled)
                return filled.error();
            if (m_atEnd)
                break;
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (m_buffer.at(0) == '\n')
                    m_position = 1;
                continue;
            }
        }
        const char *const begin = m_buffer.constData() + m_position;
        const char *const end = m_buffer.constData() + m_buffer.size();
        const char *p = begin;
        while (p != end && *p != '\n' && *p != '\r' && *p != '\0')
            ++p;
        if (p != begin) {
            any = true;
            appendBounded(line.bytes, line.truncated, QByteArrayView(begin, p - begin));
            line.endsWithEquals = p[-1] == '=';
        }
        m_position = p - m_buffer.constData();
        if (p == end)
            continue;
        if (*p == '\0')
            return utf16OrBinary(line.bytes);
        ++m_position;
        if (*p == '\r') {
            if (m_position < m_buffer.size()) {
                if (m_buffer.at(m_position) == '\n')
                    ++m_position;
            } else {
                m_skipLineFeed = true;
            }
        }
        any = true;
        break;
    }
    if (!any)
        return false;
    line.number = ++m_lineCount;
    if (line.number == 1 && startsWithUtf16ByteOrderMark(line.bytes))
        return utf16OrBinary(line.bytes);
    if (line.bytes.startsWith(utf8ByteOrderMark))
        line.bytes.remove(0, utf8ByteOrderMark.size());
    return true;
}

bool VCardLineReader::saysQuotedPrintable(const QByteArray &bytes)
{
    qsizetype colon = bytes.indexOf(':');
    const QByteArrayView header = QByteArrayView(bytes).first(colon < 0 ? bytes.size() : colon);
    static const QByteArray qp("QUOTED-PRINTABLE");
    for (qsizetype i = 0; i + qp.size() <= header.size(); ++i)
        if (header.sliced(i, qp.size()).compare(qp, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool VCardLineReader::isEndOfCard(const QByteArray &bytes)
{
    return bytes.trimmed().compare("END:VCARD", Qt::CaseInsensitive) == 0;
}

Result<bool> VCardLineReader::next(UnfoldedLine &line)
{
    PhysicalLine first;
    auto read = readPhysical(first);
    if (!read || !*read)
        return read;
    line.bytes = std::move(first.bytes);
    line.line = first.number;
    line.truncated = first.truncated;
    bool endsWithEquals = first.endsWithEquals;
    for (;;) {
        PhysicalLine following;
        auto more = readPhysical(following);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const QByteArray &bytes = following.bytes;
        const bool folded = !bytes.isEmpty() && (bytes.front() == ' ' || bytes.front() == '\t');
        const bool softBreak = !folded && endsWithEquals && !line.truncated && saysQuotedPrintable(line.bytes) && !isEndOfCard(bytes);
        if (!folded && !softBreak) {
            m_peeked = std::move(following);
            break;
        }
        if (softBreak)
            line.bytes.chop(1);  // the "=" of the soft line break
        appendBounded(line.bytes, line.truncated, QByteArrayView(bytes).sliced(folded && !m_keepFoldingSpace ? 1 : 0));
        line.truncated = line.truncated || following.truncated;
        endsWithEquals = following.endsWithEquals;
    }
    return true;
}

}  // namespace guanxi
