#include "CsvDecoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>

#include <algorithm>

namespace guanxi {

namespace {

const char *icuName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Gb18030: return "GB18030";
    case CsvEncoding::Utf16:
    case CsvEncoding::Utf16Le: return "UTF-16LE";
    case CsvEncoding::Utf16Be: return "UTF-16BE";
    case CsvEncoding::Auto:
    case CsvEncoding::Utf8: break;
    }
    return "UTF-8";
}

// Windows code page 936 (GBK as Excel on Chinese Windows writes it) has the euro sign as the
// single byte 0x80, which GB18030 does not allow. Every other byte GB18030 refuses stops the
// conversion, as UCNV_TO_U_CALLBACK_STOP does.
void U_CALLCONV euroOrStop(const void *, UConverterToUnicodeArgs *args, const char *codeUnits, int32_t length,
                           UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason == UCNV_ILLEGAL && length == 1 && uchar(codeUnits[0]) == 0x80) {
        static constexpr UChar euro = 0x20AC;
        *status = U_ZERO_ERROR;
        ucnv_cbToUWriteUChars(args, &euro, 1, 0, status);
    }
}

QString hexBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

}  // namespace

CsvDecoder::CsvDecoder(CsvEncoding encoding, qint64 startOffset, bool asciiSoFar)
    : m_encoding(encoding)
    , m_consumed(startOffset)
    , m_asciiSoFar(asciiSoFar && encoding == CsvEncoding::Utf8)
{
    open(encoding);
}

CsvDecoder::~CsvDecoder()
{
    if (m_converter)
        ucnv_close(m_converter);
}

void CsvDecoder::open(CsvEncoding encoding)
{
    if (m_converter)
        ucnv_close(m_converter);
    m_encoding = encoding;
    UErrorCode status = U_ZERO_ERROR;
    m_converter = ucnv_open(icuName(encoding), &status);
    if (U_SUCCESS(status))
        ucnv_setToUCallBack(m_converter, encoding == CsvEncoding::Gb18030 ? euroOrStop : UCNV_TO_U_CALLBACK_STOP,
                            nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        m_fault = Fault::Unavailable;
        m_faultBytes = u_errorName(status);
    }
}

bool CsvDecoder::decode(QByteArrayView bytes, bool last, QString &text)
{
    text.resize(0);
    if (m_fault != Fault::None)
        return false;
    decodeAppending(bytes, last, text);
    if (m_asciiSoFar) {
        m_asciiSoFar = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (m_asciiSoFar && (m_fault == Fault::InvalidBytes || m_fault == Fault::Truncated))
            return switchToGb18030(bytes, last, text);
    }
    return m_fault == Fault::None;
}

// Decodes again, in GB18030, from the first bytes that were not UTF-8.
bool CsvDecoder::switchToGb18030(QByteArrayView bytes, bool last, QString &text)
{
    const QByteArray rest = m_faultBytes + bytes.sliced(m_faultEnd).toByteArray();
    m_consumed = m_faultOffset;
    m_fault = Fault::None;
    m_faultBytes.clear();
    m_asciiSoFar = false;
    m_line.reset();
    open(CsvEncoding::Gb18030);
    if (m_fault == Fault::None)
        decodeAppending(rest, last, text);
    return m_fault == Fault::None;
}

void CsvDecoder::decodeAppending(QByteArrayView bytes, bool last, QString &text)
{
    qsizetype usable = bytes.size();
    if (m_encoding == CsvEncoding::Gb18030)
        usable = scanLinesForUtf8(bytes);
    const bool complete = usable == bytes.size();
    convert(bytes.first(usable), last && complete, text);
    if (m_fault == Fault::None && !complete) {
        // The text before the UTF-8 line's end is returned, so the caller counts its lines.
        m_fault = Fault::Utf8InGb18030;
        m_faultOffset = m_consumed;
    } else if (m_fault == Fault::None && last && m_encoding == CsvEncoding::Gb18030 && lineLooksLikeUtf8()) {
        m_fault = Fault::Utf8InGb18030;
        m_faultOffset = m_consumed;
    }
}

// Returns how many bytes may be decoded: all of them, or those before the end of the first line
// that is UTF-8. In GB18030 neither CR nor LF can be part of a multi-byte character, so bytes
// split into lines without decoding.
qsizetype CsvDecoder::scanLinesForUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const uchar byte = data[i];
        if (byte == '\n' || byte == '\r') {
            if (lineLooksLikeUtf8())
                return i;
            m_line.reset();
        } else if (byte >= 0x80 || !m_line.isComplete()) {
            m_line.feed(byte);
        }
    }
    return size;
}

bool CsvDecoder::lineLooksLikeUtf8() const
{
    return m_line.isComplete() && m_line.wideSequences() > 0;
}

void CsvDecoder::convert(QByteArrayView bytes, bool flush, QString &text)
{
    const char *source = bytes.data();
    const char *const sourceEnd = source + bytes.size();
    // At most one UTF-16 unit per byte, plus what the converter held back from the last call.
    qsizetype produced = text.size();
    qsizetype capacity = produced + bytes.size() + 8;
    UErrorCode status = U_ZERO_ERROR;
    for (;;) {
        text.resize(capacity);
        auto *const begin = reinterpret_cast<UChar *>(text.data());
        UChar *target = begin + produced;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(m_converter, &target, begin + capacity, &source, sourceEnd, nullptr, flush, &status);
        produced = target - begin;
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        capacity *= 2;
    }
    text.resize(produced);
    m_consumed += source - bytes.data();
    if (U_SUCCESS(status))
        return;

    char invalid[32];
    int8_t invalidLength = sizeof(invalid);
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(m_converter, invalid, &invalidLength, &ignored);
    if (U_FAILURE(ignored))
        invalidLength = 0;
    m_faultBytes = QByteArray(invalid, invalidLength);
    m_faultOffset = m_consumed - invalidLength;
    m_faultEnd = source - bytes.data();
    m_fault = status == U_TRUNCATED_CHAR_FOUND ? Fault::Truncated : Fault::InvalidBytes;
}

QString CsvDecoder::faultMessage(qint64 line) const
{
    const QString bytes = hexBytes(m_faultBytes);
    switch (m_fault) {
    case Fault::None: return {};
    case Fault::Unavailable: return tr("The text converter for this encoding is not available.");
    case Fault::Truncated:
        return tr("The file ends in the middle of a character on line %1 (bytes %2): it may have been cut off.")
            .arg(line)
            .arg(bytes);
    case Fault::Utf8InGb18030:
        return tr("Line %1 is UTF-8 text in a file read as GB18030/GBK: the file mixes two encodings. "
                  "Save it again in one encoding, or choose UTF-8 if the whole file is UTF-8.")
            .arg(line);
    case Fault::InvalidBytes: break;
    }
    switch (m_encoding) {
    case CsvEncoding::Gb18030:
        return tr("Line %1 is not valid GB18030/GBK text (bytes %2): the file may mix encodings or not be "
                  "a text file.")
            .arg(line)
            .arg(bytes);
    case CsvEncoding::Utf16:
    case CsvEncoding::Utf16Le:
    case CsvEncoding::Utf16Be:
        return tr("Line %1 is not valid UTF-16 text (bytes %2): the file may be damaged.").arg(line).arg(bytes);
    case CsvEncoding::Auto:
    case CsvEncoding::Utf8: break;
    }
    return tr("Line %1 is not valid UTF-8 text (bytes %2): the file may mix encodings. Choose its encoding "
              "by hand, or open it in a spreadsheet and save it again as CSV UTF-8.")
        .arg(line)
        .arg(bytes);
}

QString CsvDecoder::faultDetail() const
{
    if (m_fault == Fault::Unavailable)
        return QStringLiteral("ucnv_open(%1): %2")
            .arg(QLatin1String(icuName(m_encoding)), QString::fromLatin1(m_faultBytes));
    QString detail = QStringLiteral("%1 at byte offset %2").arg(QLatin1String(icuName(m_encoding))).arg(m_faultOffset);
    if (!m_faultBytes.isEmpty())
        detail += QStringLiteral(": ") + hexBytes(m_faultBytes);
    return detail;
}

}  // namespace guanxi
