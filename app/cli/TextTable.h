#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace guanxi::cli {

// Columns a terminal shows: Chinese, Japanese and Korean characters take two cells, combining
// marks none (like wcwidth). Without this, 北京长城科技有限公司 pushes every column after it.
int displayWidth(QStringView text);

// Aligned plain-text columns separated by two spaces; no trailing spaces. Cells are kept on one
// line (line breaks become spaces).
class TextTable
{
public:
    explicit TextTable(QStringList headers = {}) : m_headers(std::move(headers)) {}
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render(int indent = 0) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

}  // namespace guanxi::cli
