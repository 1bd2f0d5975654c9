#pragma once

#include "Result.h"
#include "VCardOptions.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace guanxi {

// One content line of a vCard after unfolding: the bytes as the file holds them (not yet
// decoded), and the file line it starts on.
struct UnfoldedLine {
    QByteArray bytes;
    qint64 line = 0;
    // The line was longer than VCardOptions::maxLineBytes: `bytes` holds its beginning only.
    bool truncated = false;
};

// Reads the lines of a .vcf file in chunks, so that memory stays bounded however large the file,
// and joins what writers split over several lines:
// - folding (RFC 6350 3.2, RFC 2426 2.6): a line break followed by a space or tab continues the
//   line. vCard 3.0 and 4.0 drop the break and the one white-space character; vCard 2.1 keeps
//   the white space (setKeepsFoldingSpace);
// - quoted-printable soft line breaks (vCard 2.1, as Android phones write): a line whose
//   parameters say QUOTED-PRINTABLE and that ends in "=" goes on on the next line, unless that
//   is END:VCARD.
// Lines end in CRLF, LF or CR. A UTF-8 byte order mark at the start of a line (the file's, or
// one left where two files were joined) is dropped. A NUL byte or a UTF-16 byte order mark is an
// error: the file is not the text a vCard is.
class VCardLineReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardLineReader)

public:
    VCardLineReader(QIODevice *device, const VCardOptions &options);

    // The next line: true and `line` filled, false at the end of the file, or an error.
    Result<bool> next(UnfoldedLine &line);

    void setKeepsFoldingSpace(bool keeps) { m_keepFoldingSpace = keeps; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct PhysicalLine {
        QByteArray bytes;
        qint64 number = 0;
        bool truncated = false;
        bool endsWithEquals = false;  // its last byte, even when cut short, is "="
    };

    Result<bool> readPhysical(PhysicalLine &line);
    Status fill();
    void appendBounded(QByteArray &to, bool &truncated, QByteArrayView bytes) const;
    Error utf16OrBinary(const QByteArray &lineSoFar) const;
    static bool saysQuotedPrintable(const QByteArray &bytes);
    static bool isEndOfCard(const QByteArray &bytes);

    QIODevice *m_device;
    VCardOptions m_options;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_bytesRead = 0;
    qint64 m_lineCount = 0;
    bool m_atEnd = false;
    bool m_skipLineFeed = false;  // the last chunk ended in CR: a LF starting the next belongs to it
    bool m_keepFoldingSpace = false;
    std::optional<PhysicalLine> m_peeked;
};

}  // namespace guanxi
