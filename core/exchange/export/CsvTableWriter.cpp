#include "CsvTableWriter.h"

#include "domain/Money.h"

namespace guanxi::exchange {

Result<std::unique_ptr<CsvTableWriter>> CsvTableWriter::open(const QString &path, CsvEncoding encoding, const QTimeZone &zone)
{
    auto encoder = TextEncoder::create(encoding);
    if (!encoder)
        return encoder.error();
    auto sink = FileSink::open(path);
    if (!sink)
        return sink.error();
    (*sink)->buffer() += (*encoder)->preamble();
    return std::unique_ptr<CsvTableWriter>(new CsvTableWriter(std::move(*sink), std::move(*encoder), zone));
}

void CsvTableWriter::appendField(QString &line, QStringView field)
{
    bool quote = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += field;
        return;
    }
    line += QLatin1Char('"');
    for (QChar c : field) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

QString CsvTableWriter::text(const ExportValue &value, const QTimeZone &zone)
{
    struct Visitor {
        const QTimeZone &zone;
        QString operator()(std::monostate) const { return {}; }
        QString operator()(const QString &text) const { return text; }
        QString operator()(Integer number) const { return QString::number(number.value); }
        QString operator()(Amount amount) const { return Money::yuan(amount.minor).toDecimalString(); }
        QString operator()(const QDate &date) const { return date.toString(Qt::ISODate); }
        QString operator()(const QDateTime &time) const
        {
            return time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
    };
    return std::visit(Visitor{zone}, value);
}

Status CsvTableWriter::begin(const QStringList &headers)
{
    m_line.clear();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0)
            m_line += QLatin1Char(',');
        appendField(m_line, headers.at(i));
    }
    return writeLine(m_line);
}

Status CsvTableWriter::writeRow(const QList<ExportValue> &row)
{
    m_line.clear();
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_line += QLatin1Char(',');
        appendField(m_line, text(row.at(i), m_zone));
    }
    return writeLine(m_line);
}

Status CsvTableWriter::writeLine(const QString &line)
{
    QByteArray &buffer = m_sink->buffer();
    m_encoder->encode(line, buffer);
    buffer += "\r\n";
    return m_sink->flushIfFull();
}

Status CsvTableWriter::finish()
{
    return m_sink->finish();
}

}  // namespace guanxi::exchange
