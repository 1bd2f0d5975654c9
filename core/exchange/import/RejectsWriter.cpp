#include "RejectsWriter.h"

#include <QDir>
#include <QFileInfo>

namespace guanxi {

namespace {

QByteArray csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
                       || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    QByteArray utf8 = text.toUtf8();
    if (!quote)
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

}  // namespace

QString RejectsWriter::defaultPath(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    return QDir::cleanPath(info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejects.csv")));
}

Status RejectsWriter::open(const QString &path, const QStringList &header)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write the rejected rows to “%1”: %2")
                                            .arg(QDir::toNativeSeparators(path), m_file.errorString()));
    m_open = true;
    m_width = header.size();
    m_file.write("\xEF\xBB\xBF");
    writeRow(header + QStringList{tr("Reason")});
    return {};
}

void RejectsWriter::writeRow(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields[i]);
    }
    line += "\r\n";
    m_file.write(line);
}

void RejectsWriter::write(const QStringList &fields, const QString &reason)
{
    if (!m_open)
        return;
    QStringList row = fields;
    while (row.size() < m_width)
        row.append(QString());  // short rows keep the reason in its column
    row.append(reason);
    writeRow(row);
    ++m_rows;
}

Status RejectsWriter::commit()
{
    if (!m_open)
        return {};
    m_open = false;
    if (m_rows == 0) {
        m_file.cancelWriting();
        return {};
    }
    if (!m_file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write the rejected rows to “%1”: %2")
                                            .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    return {};
}

}  // namespace guanxi
