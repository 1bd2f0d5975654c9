#pragma once

#include "ExportOptions.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

#include <memory>

struct UConverter;

namespace guanxi::exchange {

// Turns text into the bytes of a CSV encoding. GB18030 goes through ICU's converter (the same on
// every platform, whatever Qt was built with); GB18030 encodes every Unicode character, so
// nothing is lost. A lone UTF-16 surrogate (not a character) becomes U+FFFD, as in UTF-8.
class TextEncoder
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoder)

public:
    static Result<std::unique_ptr<TextEncoder>> create(CsvEncoding encoding);
    ~TextEncoder();

    TextEncoder(const TextEncoder &) = delete;
    TextEncoder &operator=(const TextEncoder &) = delete;

    // The bytes a file starts with: the UTF-8 byte-order mark for Utf8Bom, nothing otherwise.
    QByteArray preamble() const;
    // Appends the encoded text to `out`.
    void encode(QStringView text, QByteArray &out);

private:
    explicit TextEncoder(CsvEncoding encoding) : m_encoding(encoding) {}

    CsvEncoding m_encoding;
    UConverter *m_converter = nullptr;  // GB18030 only
};

}  // namespace guanxi::exchange
