#pragma once

#include "Result.h"
#include "VCard.h"
#include "VCardOptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QFile;
class QIODevice;

namespace guanxi {

class VCardBuilder;
class VCardLineReader;

// Reads the cards of a .vcf file one at a time, in bounded memory (see VCardOptions): vCard 2.1
// as phones export it (quoted-printable, CHARSET=UTF-8 or GBK, bare parameters), 3.0 as Apple
// Contacts does (item groups, folded lines, escapes, base64 photos) and 4.0 (RFC 6350: tel:
// URIs, PREF, KIND, quoted parameter values). Several cards per file, blank lines, LF or CRLF,
// a byte order mark.
//
//   VCardReader reader(path);
//   VCard card;
//   for (;;) {
//       Result<bool> more = reader.next(card);
//       if (!more) { report(more.error()); break; }
//       if (!*more) break;
//       use(card);
//   }
//
// Every problem is an Error with a translated message that names the line: a file that is empty
// or not a vCard, binary data, a card without END:VCARD, a line that is not a property, a value
// that cannot be decoded. After an error the reader stays failed; an import that wants all or
// nothing discards the cards read before it.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    explicit VCardReader(const QString &path, const VCardOptions &options = {});
    // Reads an open device the caller owns (a QBuffer in tests and fuzzing).
    explicit VCardReader(QIODevice *device, const VCardOptions &options = {});
    ~VCardReader();
    VCardReader(const VCardReader &) = delete;
    VCardReader &operator=(const VCardReader &) = delete;

    // The next card: true and `card` filled, false after the last one, or an error.
    Result<bool> next(VCard &card);

    // Progress: bytes read from the file so far, and its size (-1 when unknown).
    qint64 bytesRead() const;
    qint64 totalBytes() const { return m_totalBytes; }

private:
    Status open();
    Result<bool> readCard(VCard &card);
    Error fail(Error error);

    QString m_path;
    VCardOptions m_options;
    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    qint64 m_totalBytes = -1;
    std::unique_ptr<VCardLineReader> m_lines;
    std::unique_ptr<VCardBuilder> m_builder;
    qint64 m_cards = 0;
    bool m_done = false;
    std::optional<Error> m_error;
};

}  // namespace guanxi
