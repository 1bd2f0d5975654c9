#include "ContentLines.h"

namespace guanxi::exchange::ContentLines {

QString escapeText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '\\': escaped += QStringLiteral("\\\\"); break;
        case ';': escaped += QStringLiteral("\\;"); break;
        case ',': escaped += QStringLiteral("\\,"); break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            escaped += QStringLiteral("\\n");
            break;
        case '\n': escaped += QStringLiteral("\\n"); break;
        case '\t': escaped += c; break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                escaped += c;
            break;
        }
    }
    return escaped;
}

void appendFolded(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = MaxOctets;  // the first line; continuation lines lose one octet to the space
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > start && (quint8(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out.append(bytes.constData() + start, cut - start);
        out.append("\r\n ");
        start = cut;
        limit = MaxOctets - 1;
    }
    out.append(bytes.constData() + start, bytes.size() - start);
    out.append("\r\n");
}

}  // namespace guanxi::exchange::ContentLines
