#pragma once

#include "CsvOptions.h"
#include "Utf8Validator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

struct UConverter;

namespace guanxi {

// Turns the bytes of a CSV file into text, chunk by chunk, through an ICU converter that stops at
// the first byte sequence the encoding does not allow: a bad byte is an error, never a U+FFFD or
// a wrong character. In GB18030 it also refuses a line that is well-formed UTF-8 with Chinese in
// it, because UTF-8 bytes almost always decode as (wrong) GBK characters without any error: that
// is how a file with both UTF-8 and GBK rows shows. A GBK line is very unlikely to look like UTF-8
// with a three-byte sequence (measured: under 0.2 % even for a line holding a single two-character
// word; never for longer text).
class CsvDecoder
{
    Q_DECLARE_TR_FUNCTIONS(CsvDecoder)

public:
    enum class Fault { None, Unavailable, InvalidBytes, Truncated, Utf8InGb18030 };

    // `encoding` is a resolved one: Utf8, Gb18030, Utf16Le or Utf16Be. The byte order mark, if
    // any, is not passed in: a U+FEFF in the text is a byte order mark in the middle of the file.
    // `startOffset` is where in the file the first byte passed in lies (after the byte order mark).
    // `asciiSoFar`: detection saw only ASCII, so UTF-8 is a guess; if the first bytes that are not
    // ASCII are not UTF-8 either, the decoder goes on in GB18030 (the text before reads the same).
    explicit CsvDecoder(CsvEncoding encoding, qint64 startOffset = 0, bool asciiSoFar = false);
    ~CsvDecoder();
    CsvDecoder(const CsvDecoder &) = delete;
    CsvDecoder &operator=(const CsvDecoder &) = delete;

    // Replaces `text` with the text of the next `bytes`; `last` marks the end of the file. On a
    // fault it returns false, `text` holds the text before the fault, and the decoder stays failed.
    bool decode(QByteArrayView bytes, bool last, QString &text);

    // The encoding being decoded: the one given, or GB18030 after the switch described above.
    CsvEncoding encoding() const { return m_encoding; }
    Fault fault() const { return m_fault; }
    // Offset of the faulty bytes in the file.
    qint64 faultOffset() const { return m_faultOffset; }
    // The translated message for a fault on the given line.
    QString faultMessage(qint64 line) const;
    // Untranslated: the encoding, the bytes and their offset.
    QString faultDetail() const;

private:
    void open(CsvEncoding encoding);
    void decodeAppending(QByteArrayView bytes, bool last, QString &text);
    bool switchToGb18030(QByteArrayView bytes, bool last, QString &text);
    qsizetype scanLinesForUtf8(QByteArrayView bytes);
    bool lineLooksLikeUtf8() const;
    void convert(QByteArrayView bytes, bool flush, QString &text);

    CsvEncoding m_encoding;
    UConverter *m_converter = nullptr;
    qint64 m_consumed = 0;
    bool m_asciiSoFar = false;
    Utf8Validator m_line;  // the current line, in GB18030 only
    Fault m_fault = Fault::None;
    qint64 m_faultOffset = 0;
    qsizetype m_faultEnd = 0;  // in the bytes of the last convert(): just after the faulty ones
    QByteArray m_faultBytes;
};

}  // namespace guanxi
