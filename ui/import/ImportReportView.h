#pragma once

#include "exchange/import/ImportReport.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace guanxi {

class TextTableModel;

// What an import did or a dry run would do: the counts, the duplicate pairs (file line, matched
// by, existing record, outcome) and the rejected rows (line, reason). Shown by the wizard's
// check page and its result page.
class ImportReportView : public QWidget
{
    Q_OBJECT

public:
    enum Count { Read, Created, Updated, Skipped, Rejected, CountCount };

    explicit ImportReportView(QWidget *parent = nullptr);

    enum class Focus { Duplicates, Rejects };
    // `focus`: the list shown first when both have rows.
    void setReport(const ImportReport &report, Focus focus);
    void clear();
    // The records are a vCard's cards: "Cards read", "Rejected cards".
    void setCards(bool cards);

    // The number shown for a count ("" while there is no report).
    QString countText(Count count) const;
    TextTableModel *duplicates() const { return m_duplicates; }
    TextTableModel *rejects() const { return m_rejects; }
    QTabWidget *tabs() const { return m_tabs; }

    // "phone" → "Phone": how a duplicate was recognised.
    static QString matchedByLabel(const QString &code);

private:
    void updateTitles();

    QLabel *m_numbers[CountCount];
    QLabel *m_captions[CountCount];
    QTabWidget *m_tabs;
    QTableView *m_duplicateView;
    QTableView *m_rejectView;
    TextTableModel *m_duplicates;
    TextTableModel *m_rejects;
    QLabel *m_truncated;
    qint64 m_duplicateCount = 0;
    qint64 m_rejectCount = 0;
    bool m_cards = false;
};

} // namespace guanxi
