// libFuzzer target for the vCard reader: any bytes must give cards or a clean Error — never a
// crash, a hang, a card beyond the limits, or a result that depends on how the file was chunked.
//
// The whole input is the file, so the fixtures of tests/data/vcard are seeds as they are; its
// last byte also chooses the options (a chunk size, small limits). Each input is read twice, in one big chunk and in small ones, and both reads must agree card
// by card (as VCardContact takes them) and on the error message.
#include "exchange/vcard/VCardContact.h"
#include "exchange/vcard/VCardReader.h"

#include <QBuffer>

#include <array>
#include <cstdint>
#include <cstdlib>

using namespace guanxi;

namespace {

struct Outcome {
    QList<VCardContact> contacts;
    QList<qint64> lines;
    QString error;
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

Outcome read(const QByteArray &bytes, const VCardOptions &options)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer, options);
    Outcome outcome;
    VCard card;
    for (;;) {
        const Result<bool> more = reader.next(card);
        if (!more) {
            outcome.error = more.error().message;
            check(!outcome.error.isEmpty());
            check(!reader.next(card).ok());  // the reader stays failed
            break;
        }
        if (!*more)
            break;
        check(outcome.lines.isEmpty() || card.line > outcome.lines.last());
        check(card.phones.size() <= options.maxValues && card.emails.size() <= options.maxValues
              && card.messaging.size() <= options.maxValues && card.addresses.size() <= options.maxValues);
        qsizetype kept = 0;
        for (const QString &note : std::as_const(card.notes))
            kept += note.size();
        check(kept <= options.maxCardBytes);
        outcome.lines.append(card.line);
        outcome.contacts.append(VCardContact::from(card));
    }
    check(reader.bytesRead() <= bytes.size());
    return outcome;
}

bool same(const VCardContact &a, const VCardContact &b)
{
    return a.id == b.id && a.name == b.name && a.organization == b.organization && a.title == b.title && a.role == b.role
           && a.phone == b.phone && a.email == b.email && a.wechat == b.wechat && a.notes == b.notes && a.city == b.city
           && a.region == b.region && a.address == b.address && a.problem == b.problem;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr std::array<qsizetype, 4> chunks{1, 2, 3, 7};
    const std::uint8_t selector = data[size - 1];

    VCardOptions options;
    if (selector & 0x80) {
        options.maxLineBytes = 64;
        options.maxCardBytes = 256;
        options.maxValues = 3;
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    options.chunkBytes = 64 * 1024;
    const Outcome whole = read(bytes, options);
    options.chunkBytes = chunks[selector % chunks.size()];
    const Outcome pieces = read(bytes, options);

    check(whole.error == pieces.error);
    check(whole.lines == pieces.lines);
    for (qsizetype i = 0; i < whole.contacts.size(); ++i)
        check(same(whole.contacts[i], pieces.contacts[i]));
    return 0;
}
