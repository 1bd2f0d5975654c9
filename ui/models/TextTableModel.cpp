#include "TextTableModel.h"

#include <QRegularExpression>

namespace guanxi {

TextTableModel::TextTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TextTableModel::setHeaders(const QStringList &headers)
{
    if (headers.size() == m_headers.size()) {
        m_headers = headers;
        if (!headers.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(headers.size()) - 1);
        return;
    }
    beginResetModel();
    m_headers = headers;
    m_columns = int(m_headers.size());
    for (const QStringList &row : std::as_const(m_rows))
        m_columns = qMax(m_columns, int(row.size()));
    endResetModel();
}

void TextTableModel::setRows(QList<QStringList> rows, QStringList rowLabels)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowLabels = std::move(rowLabels);
    m_columns = int(m_headers.size());
    for (const QStringList &row : std::as_const(m_rows))
        m_columns = qMax(m_columns, int(row.size()));
    endResetModel();
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString text = m_rows.at(index.row()).value(index.column());
        // One line per row in the table; the whole text in the tool tip.
        if (role == Qt::DisplayRole && (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))) {
            static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
            return QString(text).replace(lineBreak, QStringLiteral(" ⏎ "));
        }
        if (role == Qt::DisplayRole)
            return text;
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    return {};
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_headers.size() ? QVariant(m_headers.at(section)) : QVariant(QString::number(section + 1));
    return section < m_rowLabels.size() ? QVariant(m_rowLabels.at(section)) : QVariant(QString::number(section + 1));
}

} // namespace guanxi
