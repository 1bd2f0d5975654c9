#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace guanxi {

// A read-only table of texts: the import wizard's preview, duplicate pairs, rejected rows and
// the list of imports. Rows are replaced as a whole (setRows), which is all those lists need;
// each holds at most what the importer lists (ImportOptions::maxListed).
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TextTableModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers);
    // `rowLabels`, when given, label the rows (the file's line numbers); shorter rows show empty cells.
    void setRows(QList<QStringList> rows, QStringList rowLabels = {});
    void clear() { setRows({}); }
    const QStringList &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QStringList m_rowLabels;
    int m_columns = 0;
};

} // namespace guanxi
