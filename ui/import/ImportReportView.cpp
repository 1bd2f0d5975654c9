#include "ImportReportView.h"

#include "models/TextTableModel.h"
#include "widgets/TableColumns.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QTableView *makeTable(TextTableModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(qMax(view->fontMetrics().height(), 16) + 6);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString outcome(DuplicateMatch::Action action)
{
    switch (action) {
    case DuplicateMatch::Action::Skipped:
        return ImportReportView::tr("Skipped: the record stays as it is");
    case DuplicateMatch::Action::Updated:
        return ImportReportView::tr("Updates the record");
    case DuplicateMatch::Action::Unchanged:
        return ImportReportView::tr("Nothing to change");
    case DuplicateMatch::Action::Created:
        return ImportReportView::tr("Created as another record");
    }
    return {};
}

} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_duplicates(new TextTableModel(this)),
      m_rejects(new TextTableModel(this)), m_truncated(new QLabel(this))
{
    auto *counts = new QHBoxLayout;
    counts->setSpacing(8);
    const char *const names[CountCount] = {"read", "created", "updated", "skipped", "rejected"};
    for (int i = 0; i < CountCount; ++i) {
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(10, 6, 10, 6);
        tileLayout->setSpacing(0);
        m_numbers[i] = new QLabel(tile);
        m_numbers[i]->setObjectName(QStringLiteral("importCount_") + QLatin1String(names[i]));
        QFont big = m_numbers[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        m_numbers[i]->setFont(big);
        m_captions[i] = new QLabel(tile);
        m_captions[i]->setWordWrap(true);
        tileLayout->addWidget(m_numbers[i]);
        tileLayout->addWidget(m_captions[i]);
        counts->addWidget(tile, 1);
    }
    m_captions[Created]->setText(tr("New records"));
    m_captions[Updated]->setText(tr("Updated records"));
    m_captions[Skipped]->setText(tr("Duplicates skipped"));

    m_duplicates->setHeaders({tr("Line"), tr("Matched by"), tr("Existing record"), tr("Outcome")});
    m_duplicateView = makeTable(m_duplicates, QStringLiteral("importDuplicates"), this);
    m_rejectView = makeTable(m_rejects, QStringLiteral("importRejects"), this);
    m_tabs->addTab(m_duplicateView, QString());
    m_tabs->addTab(m_rejectView, QString());
    m_truncated->setEnabled(false);
    m_truncated->setWordWrap(true);
    m_truncated->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(counts);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_truncated);
    setCards(false);
    clear();
}

void ImportReportView::setCards(bool cards)
{
    m_cards = cards;
    m_captions[Read]->setText(cards ? tr("Cards read") : tr("Rows read"));
    m_captions[Rejected]->setText(cards ? tr("Rejected cards") : tr("Rejected rows"));
    m_rejects->setHeaders({tr("Line"), cards ? tr("Why the card was rejected") : tr("Why it was rejected")});
    updateTitles();
}

QString ImportReportView::matchedByLabel(const QString &code)
{
    if (code == QLatin1String("id"))
        return tr("ID");
    if (code == QLatin1String("credit-code"))
        return tr("Credit code");
    if (code == QLatin1String("phone"))
        return tr("Phone");
    if (code == QLatin1String("email"))
        return tr("E-mail");
    if (code == QLatin1String("name"))
        return tr("Name");
    if (code == QLatin1String("order-number"))
        return tr("Order number");
    if (code == QLatin1String("details"))
        return tr("Same details");
    return code;
}

void ImportReportView::setReport(const ImportReport &report, Focus focus)
{
    const QLocale locale;
    const qint64 values[CountCount] = {report.read, report.created, report.updated, report.skipped, report.rejected};
    for (int i = 0; i < CountCount; ++i)
        m_numbers[i]->setText(locale.toString(values[i]));

    QList<QStringList> duplicates;
    for (const DuplicateMatch &m : report.duplicates) {
        const QString existing = m.existingLine > 0
            ? tr("“%1”, line %2 of this file").arg(m.existingName).arg(m.existingLine)
            : m.existingName;
        duplicates.append({QString::number(m.line), matchedByLabel(m.matchedBy), existing, outcome(m.action)});
    }
    m_duplicates->setRows(duplicates);
    QList<QStringList> rejects;
    for (const RejectedRow &row : report.rejects)
        rejects.append({QString::number(row.line), QString(row.reason).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    m_rejects->setRows(rejects);
    m_duplicateCount = report.duplicates.size();
    m_rejectCount = report.rejected;
    for (QTableView *view : {m_duplicateView, m_rejectView})
        TableColumns::fitToContents(view);
    m_truncated->setText(report.listsTruncated
                             ? tr("The lists show the first %1 rows of each kind; the counts include all.")
                                   .arg(locale.toString(qMax(report.duplicates.size(), report.rejects.size())))
                             : QString());
    m_truncated->setVisible(report.listsTruncated);
    const bool showRejects = report.rejected > 0 && (focus == Focus::Rejects || report.duplicates.isEmpty());
    m_tabs->setCurrentWidget(showRejects ? m_rejectView : m_duplicateView);
    updateTitles();
}

void ImportReportView::clear()
{
    for (QLabel *number : m_numbers)
        number->setText(QStringLiteral("–"));
    m_duplicates->clear();
    m_rejects->clear();
    m_duplicateCount = 0;
    m_rejectCount = 0;
    m_truncated->hide();
    updateTitles();
}

QString ImportReportView::countText(Count count) const
{
    const QString text = m_numbers[count]->text();
    return text == QStringLiteral("–") ? QString() : text;
}

void ImportReportView::updateTitles()
{
    const QLocale locale;
    m_tabs->setTabText(0, tr("Duplicates (%1)").arg(locale.toString(m_duplicateCount)));
    m_tabs->setTabText(1, (m_cards ? tr("Rejected cards (%1)") : tr("Rejected rows (%1)")).arg(locale.toString(m_rejectCount)));
}

} // namespace guanxi
