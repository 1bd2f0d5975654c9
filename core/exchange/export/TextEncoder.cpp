#include "TextEncoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

namespace guanxi::exchange {

Result<std::unique_ptr<TextEncoder>> TextEncoder::create(CsvEncoding encoding)
{
    std::unique_ptr<TextEncoder> encoder(new TextEncoder(encoding));
    if (encoding != CsvEncoding::Gb18030)
        return encoder;
    UErrorCode status = U_ZERO_ERROR;
    encoder->m_converter = ucnv_open("GB18030", &status);
    const UChar replacement = 0xFFFD;
    if (U_SUCCESS(status))
        ucnv_setFromUCallBack(encoder->m_converter, UCNV_FROM_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
    if (U_SUCCESS(status))
        ucnv_setSubstString(encoder->m_converter, &replacement, 1, &status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::Io, tr("This system cannot write GB18030 text."), QString::fromLatin1(u_errorName(status)));
    return encoder;
}

TextEncoder::~TextEncoder()
{
    if (m_converter)
        ucnv_close(m_converter);
}

QByteArray TextEncoder::preamble() const
{
    return m_encoding == CsvEncoding::Utf8Bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

void TextEncoder::encode(QStringView text, QByteArray &out)
{
    if (!m_converter) {
        out += text.toUtf8();
        return;
    }
    if (text.isEmpty())
        return;
    const qsizetype start = out.size();
    const int32_t capacity = UCNV_GET_MAX_BYTES_FOR_STRING(int32_t(text.size()), ucnv_getMaxCharSize(m_converter));
    out.resize(start + capacity);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t written = ucnv_fromUChars(m_converter, out.data() + start, capacity,
                                            reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    // The capacity is ICU's own worst case, so this cannot overflow; the substitution callback
    // means it cannot fail on the text either.
    out.resize(start + (U_SUCCESS(status) ? written : 0));
}

}  // namespace guanxi::exchange
