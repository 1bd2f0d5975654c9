#include "CsvSniffer.h"

#include "CsvDecoder.h"
#include "CsvParser.h"
#include "Utf8Validator.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace guanxi {

namespace {

struct ByteOrderMark {
    CsvEncoding encoding;
    const char *bytes;
    qsizetype length;
};

// GB18030's (rare) byte order mark is U+FEFF encoded in GB18030.
constexpr std::array<ByteOrderMark, 4> byteOrderMarks{{
    {CsvEncoding::Utf8, "\xEF\xBB\xBF", 3},
    {CsvEncoding::Utf16Le, "\xFF\xFE", 2},
    {CsvEncoding::Utf16Be, "\xFE\xFF", 2},
    {CsvEncoding::Gb18030, "\x84\x31\x95\x33", 4},
}};

bool accepts(CsvEncoding requested, CsvEncoding found)
{
    if (requested == CsvEncoding::Auto || requested == found)
        return true;
    return requested == CsvEncoding::Utf16 && (found == CsvEncoding::Utf16Le || found == CsvEncoding::Utf16Be);
}

// UTF-16 without a byte order mark shows as NUL in the high byte of every ASCII character.
std::optional<CsvEncoding> utf16ByNulBytes(QByteArrayView sample)
{
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample[i] == '\0')
            ++(i % 2 == 0 ? evenNul : oddNul);
    }
    const qsizetype pairs = sample.size() / 2;
    if (pairs == 0)
        return std::nullopt;
    if (oddNul * 8 >= pairs && evenNul * 8 <= oddNul)
        return CsvEncoding::Utf16Le;
    if (evenNul * 8 >= pairs && oddNul * 8 <= evenNul)
        return CsvEncoding::Utf16Be;
    return std::nullopt;
}

// Lines are counted on bytes, which is right for the ASCII-compatible encodings it is used for.
qint64 lineAt(QByteArrayView bytes, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

bool isChinese(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0xD840 && c <= 0xD87F) || (c >= 0xDC00 && c <= 0xDFFF);
}

// GB18030 decodes almost any bytes; text that is mostly Chinese is what makes it likely.
CsvConfidence gb18030Confidence(QStringView text)
{
    qsizetype nonAscii = 0;
    qsizetype chinese = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++nonAscii;
        if (isChinese(c.unicode()))
            ++chinese;
    }
    return nonAscii > 0 && chinese * 10 >= nonAscii * 9 ? CsvConfidence::High : CsvConfidence::Low;
}

}  // namespace

qsizetype CsvSniffer::byteOrderMarkLength(CsvEncoding encoding)
{
    for (const auto &mark : byteOrderMarks) {
        if (mark.encoding == encoding)
            return mark.length;
    }
    return 0;
}

Result<CsvSniffer::EncodingGuess> CsvSniffer::encoding(QByteArrayView sample, bool isWholeFile,
                                                       CsvEncoding requested)
{
    for (const auto &mark : byteOrderMarks) {
        if (!sample.startsWith(QByteArrayView(mark.bytes, mark.length)))
            continue;
        if (!accepts(requested, mark.encoding)) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("The file starts with the byte order mark of %1, so it cannot be read as %2.")
                                 .arg(CsvNames::encoding(mark.encoding), CsvNames::encoding(requested)));
        }
        return EncodingGuess{mark.encoding, mark.length, CsvConfidence::Certain};
    }

    switch (requested) {
    case CsvEncoding::Utf16:
        return EncodingGuess{utf16ByNulBytes(sample).value_or(CsvEncoding::Utf16Le), 0, CsvConfidence::Certain};
    case CsvEncoding::Utf8:
    case CsvEncoding::Gb18030:
    case CsvEncoding::Utf16Le:
    case CsvEncoding::Utf16Be: return EncodingGuess{requested, 0, CsvConfidence::Certain};
    case CsvEncoding::Auto: break;
    }

    if (const auto utf16 = utf16ByNulBytes(sample))
        return EncodingGuess{*utf16, 0, CsvConfidence::High};

    Utf8Validator utf8;
    qsizetype utf8End = 0;
    while (utf8End < sample.size() && utf8.feed(uchar(sample[utf8End])))
        ++utf8End;
    if (utf8.isValid()) {
        // Short GBK text can pass for UTF-8 two-byte sequences; Chinese in UTF-8 is three bytes.
        // A sequence cut at the end of the whole file is UTF-8 cut short: reading says so.
        const bool clear = utf8.wideSequences() > 0 || utf8.narrowSequences() >= 8;
        const bool ascii = utf8.wideSequences() == 0 && utf8.narrowSequences() == 0 && utf8.isComplete();
        return EncodingGuess{CsvEncoding::Utf8, 0, clear ? CsvConfidence::High : CsvConfidence::Low, ascii};
    }

    CsvDecoder gb18030(CsvEncoding::Gb18030);
    QString text;
    if (!gb18030.decode(sample, isWholeFile, text)) {
        const qint64 gbLine = lineAt(sample, gb18030.faultOffset());
        const qint64 utf8Line = lineAt(sample, utf8End);
        if (gb18030.fault() == CsvDecoder::Fault::Utf8InGb18030) {
            return makeError(ErrorCode::Validation,
                             tr("The file mixes two encodings: line %1 is UTF-8 text, line %2 is not (it may be "
                                "GB18030/GBK). Open it in a spreadsheet, save it again in one encoding and try "
                                "again.")
                                 .arg(gbLine)
                                 .arg(utf8Line),
                             gb18030.faultDetail());
        }
        return makeError(ErrorCode::Validation,
                         tr("The file is neither UTF-8 nor GB18030/GBK text (both fail by line %1): it may not be a "
                            "text file, or use another encoding. Open it in a spreadsheet, save it as CSV UTF-8 and "
                            "try again.")
                             .arg(std::max(gbLine, utf8Line)),
                         gb18030.faultDetail());
    }
    return EncodingGuess{CsvEncoding::Gb18030, 0, gb18030Confidence(text)};
}

CsvSniffer::DelimiterGuess CsvSniffer::delimiter(QStringView sample, bool isWholeFile, CsvEncoding encoding,
                                                 const CsvLimits &limits)
{
    const bool utf16 = encoding == CsvEncoding::Utf16Le || encoding == CsvEncoding::Utf16Be;
    const std::array<CsvDelimiter, 3> candidates = utf16
        ? std::array{CsvDelimiter::Tab, CsvDelimiter::Comma, CsvDelimiter::Semicolon}
        : std::array{CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab};

    DelimiterGuess best{candidates[0], CsvConfidence::Low};
    double bestScore = 0;
    qsizetype bestFields = 0;
    bool tie = false;
    for (const CsvDelimiter candidate : candidates) {
        CsvParser parser(csvDelimiterCharacter(candidate), limits);
        QList<CsvRecord> records;
        // A parse error (a NUL, too many fields) ends the sample early; reading will report it.
        if (parser.feed(sample, records) && isWholeFile)
            (void)parser.finish(records);
        QList<qsizetype> counts;
        for (const CsvRecord &record : std::as_const(records))
            counts.append(record.fieldCount());
        if (counts.isEmpty() && parser.partialFieldCount() > 0)
            counts.append(parser.partialFieldCount());
        if (counts.isEmpty())
            continue;

        QHash<qsizetype, qsizetype> frequency;
        qsizetype mode = 0;
        for (const qsizetype count : std::as_const(counts)) {
            const qsizetype seen = ++frequency[count];
            if (seen > frequency.value(mode) || (seen == frequency.value(mode) && count > mode))
                mode = count;
        }
        if (mode <= 1)
            continue;
        const double score = double(frequency.value(mode)) / double(counts.size());
        if (score > bestScore || (score == bestScore && mode > bestFields)) {
            tie = false;
            best.delimiter = candidate;
            bestScore = score;
            bestFields = mode;
        } else if (score == bestScore && mode == bestFields) {
            tie = true;
        }
    }
    best.confidence = bestScore == 1.0 && !tie ? CsvConfidence::High : CsvConfidence::Low;
    return best;
}

}  // namespace guanxi
