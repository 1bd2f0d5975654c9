#include "VCardReader.h"

#include "ContentLine.h"
#include "VCardBuilder.h"
#include "VCardLineReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guanxi {

namespace {

constexpr qsizetype ExcerptBytes = 60;

// The start of a line for a message, readable whatever bytes it holds.
QString excerpt(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(ExcerptBytes)).trimmed();
    for (QChar &c : text)
        if (!c.isPrint())
            c = QLatin1Char('?');
    if (bytes.size() > ExcerptBytes)
        text += QChar(0x2026);
    return text;
}

bool isBlank(const QByteArray &bytes)
{
    return bytes.trimmed().isEmpty();
}

bool valueIs(const ContentLine &line, const char *value)
{
    return line.value.trimmed().compare(value, Qt::CaseInsensitive) == 0;
}

}  // namespace

VCardReader::VCardReader(const QString &path, const VCardOptions &options) : m_path(path), m_options(options)
{
}

VCardReader::VCardReader(QIODevice *device, const VCardOptions &options) : m_options(options), m_device(device)
{
}

VCardReader::~VCardReader() = default;

qint64 VCardReader::bytesRead() const
{
    return m_lines ? m_lines->bytesRead() : 0;
}

Error VCardReader::fail(Error error)
{
    m_error = error;
    return error;
}

Status VCardReader::open()
{
    if (!m_device) {
        const QString shown = QDir::toNativeSeparators(m_path);
        if (QFileInfo(m_path).isDir())
            return makeError(ErrorCode::Io, tr("“%1” is a folder, not a vCard file.").arg(shown));
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("Cannot open “%1”: %2").arg(shown, m_file->errorString()));
        m_device = m_file.get();
    }
    m_totalBytes = m_device->isSequential() ? -1 : m_device->size();
    m_lines = std::make_unique<VCardLineReader>(m_device, m_options);
    m_builder = std::make_unique<VCardBuilder>(m_options);
    return {};
}

Result<bool> VCardReader::next(VCard &card)
{
    if (m_error)
        return *m_error;
    if (m_done)
        return false;
    if (!m_lines)
        if (Status opened = open(); !opened)
            return fail(opened.error());
    auto read = readCard(card);
    if (!read)
        return fail(read.error());
    if (*read)
        ++m_cards;
    else
        m_done = true;
    return read;
}

Result<bool> VCardReader::readCard(VCard &card)
{
    UnfoldedLine line;
    // Up to BEGIN:VCARD: only blank lines may stand between the cards.
    for (;;) {
        auto more = m_lines->next(line);
        if (!more)
            return more.error();
        if (!*more) {
            if (m_cards == 0)
                return makeError(ErrorCode::Validation, tr("The file holds no vCard: it is empty."));
            return false;
        }
        if (isBlank(line.bytes))
            continue;
        const auto property = ContentLine::parse(line.bytes);
        if (property && property->name == "BEGIN" && property->group.isEmpty() && valueIs(*property, "VCARD"))
            break;
        if (m_cards == 0)
            return makeError(ErrorCode::Validation, tr("This is not a vCard file: line %1 should be BEGIN:VCARD but reads “%2”.")
                                                        .arg(line.line)
                                                        .arg(excerpt(line.bytes)));
        return makeError(ErrorCode::Validation, tr("Line %1 stands outside the cards (after an END:VCARD, before the next "
                                                   "BEGIN:VCARD): “%2”.")
                                                    .arg(line.line)
                                                    .arg(excerpt(line.bytes)));
    }

    const qint64 begin = line.line;
    m_builder->start(begin);
    m_lines->setKeepsFoldingSpace(false);
    int nested = 0;              // depth inside cards or other objects embedded in this one
    bool agentOpen = false;      // vCard 2.1: "AGENT:" followed by the agent's own card
    for (;;) {
        auto more = m_lines->next(line);
        if (!more)
            return more.error();
        if (!*more)
            return makeError(ErrorCode::Validation,
                             tr("The card that begins on line %1 has no END:VCARD: the file may have been cut off.").arg(begin));
        if (isBlank(line.bytes))
            continue;
        const auto property = ContentLine::parse(line.bytes);
        if (!property) {
            if (line.truncated)
                return makeError(ErrorCode::Validation, tr("Line %1 is longer than %2 MB: it is not a vCard property Guanxi can read.")
                                                            .arg(line.line)
                                                            .arg(m_options.maxLineBytes / (1024 * 1024)));
            return makeError(ErrorCode::Validation,
                             tr("Line %1 is not a vCard property (NAME:value): “%2”.").arg(line.line).arg(excerpt(line.bytes)));
        }
        if (property->name == "BEGIN") {
            if (valueIs(*property, "VCARD") && !agentOpen && nested == 0)
                return makeError(ErrorCode::Validation,
                                 tr("Line %1 begins a new card, but the card that begins on line %2 has no END:VCARD.").arg(line.line).arg(begin));
            ++nested;
            agentOpen = false;
            continue;
        }
        if (property->name == "END") {
            if (nested > 0) {
                --nested;
                continue;
            }
            if (!valueIs(*property, "VCARD"))
                return makeError(ErrorCode::Validation, tr("Line %1 ends “%2”, but the card that begins on line %3 is still open.")
                                                            .arg(line.line)
                                                            .arg(excerpt(property->value), QString::number(begin)));
            card = m_builder->finish();
            return true;
        }
        agentOpen = property->name == "AGENT" && isBlank(property->value);
        if (nested > 0 || !VCardBuilder::reads(property->name))
            continue;
        if (line.truncated)
            return makeError(ErrorCode::Validation, tr("Line %1 (%2) is longer than %3 MB: too long to import.")
                                                        .arg(line.line)
                                                        .arg(QString::fromLatin1(property->name))
                                                        .arg(m_options.maxLineBytes / (1024 * 1024)));
        if (property->name == "VERSION" && valueIs(*property, "2.1"))
            m_lines->setKeepsFoldingSpace(true);
        if (Status added = m_builder->add(*property, line.line); !added)
            return added.error();
    }
}

}  // namespace guanxi
