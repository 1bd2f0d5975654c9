#include "ContentLine.h"

namespace guanxi {

namespace {

bool isNameCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// What vCard 2.1 writes as a bare parameter for the value's encoding rather than its type.
bool isBareEncoding(const QByteArray &upper)
{
    return upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "B" || upper == "8BIT" || upper == "7BIT";
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes) : m_bytes(bytes) {}

    bool atEnd() const { return m_position >= m_bytes.size(); }
    char peek() const { return atEnd() ? '\0' : m_bytes.at(m_position); }
    void skip() { ++m_position; }
    QByteArray name()
    {
        const qsizetype start = m_position;
        while (!atEnd() && isNameCharacter(peek()))
            ++m_position;
        return m_bytes.mid(start, m_position - start);
    }
    // A parameter value up to the next ";" or ":" outside double quotes; nullopt for an
    // unterminated quote.
    std::optional<QByteArray> parameterValue()
    {
        QByteArray value;
        while (!atEnd() && peek() != ';' && peek() != ':') {
            if (peek() == '"') {
                const qsizetype close = m_bytes.indexOf('"', m_position + 1);
                if (close < 0)
                    return std::nullopt;
                value += m_bytes.mid(m_position + 1, close - m_position - 1);
                m_position = close + 1;
            } else {
                value += peek();
                ++m_position;
            }
        }
        return value;
    }
    // Parameter names are read leniently: writers put any label there ("TEL;X-公司总机:").
    QByteArray parameterName()
    {
        const qsizetype start = m_position;
        while (!atEnd() && peek() != '=' && peek() != ';' && peek() != ':' && peek() != '"')
            ++m_position;
        return m_bytes.mid(start, m_position - start).trimmed();
    }
    QByteArray rest() const { return m_bytes.mid(m_position); }

private:
    const QByteArray &m_bytes;
    qsizetype m_position = 0;
};

}  // namespace

std::optional<ContentLine> ContentLine::parse(const QByteArray &bytes)
{
    Scanner scanner(bytes);
    ContentLine line;
    line.name = scanner.name().toUpper();
    if (scanner.peek() == '.') {
        scanner.skip();
        line.group = std::move(line.name);
        line.name = scanner.name().toUpper();
    }
    if (line.name.isEmpty())
        return std::nullopt;
    while (scanner.peek() == ';') {
        scanner.skip();
        QByteArray name = scanner.parameterName().toUpper();
        if (scanner.peek() == '=') {
            scanner.skip();
            auto value = scanner.parameterValue();
            if (!value)
                return std::nullopt;
            line.parameters.append({std::move(name), std::move(*value)});
        } else if (!name.isEmpty() && (scanner.peek() == ';' || scanner.peek() == ':')) {
            line.parameters.append({QByteArray(), std::move(name)});
        } else if (scanner.peek() == '"') {
            return std::nullopt;
        }
    }
    if (scanner.peek() != ':')
        return std::nullopt;
    scanner.skip();
    line.value = scanner.rest();
    return line;
}

QByteArrayList ContentLine::parameterValues(QByteArrayView name) const
{
    QByteArrayList values;
    const bool type = name == "TYPE";
    for (const auto &[parameter, value] : parameters) {
        if (parameter == name) {
            for (const QByteArray &part : value.split(','))
                if (const QByteArray trimmed = part.trimmed().toLower(); !trimmed.isEmpty())
                    values.append(trimmed);
        } else if (type && parameter.isEmpty() && !isBareEncoding(value.toUpper())) {
            values.append(value.toLower());
        }
    }
    return values;
}

QByteArray ContentLine::parameter(QByteArrayView name) const
{
    for (const auto &[parameter, value] : parameters)
        if (parameter == name)
            return value;
    return {};
}

QByteArray ContentLine::encoding() const
{
    for (const auto &[parameter, value] : parameters) {
        const QByteArray upper = value.trimmed().toUpper();
        if (parameter == "ENCODING" || (parameter.isEmpty() && isBareEncoding(upper)))
            return upper;
    }
    return {};
}

}  // namespace guanxi
