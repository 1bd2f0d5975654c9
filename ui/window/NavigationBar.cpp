#include "NavigationBar.h"

#include "widgets/Icons.h"

#include <QEvent>

namespace guanxi {

NavigationBar::NavigationBar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // The side bar looks like part of the window, not like a white list.
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    addItem(new QListWidgetItem(Icons::named(QStringLiteral("customers")), QString()));
    addItem(new QListWidgetItem(Icons::named(QStringLiteral("follow-ups")), QString()));
    for (int i = 0; i < count(); ++i)
        item(i)->setSizeHint(QSize(0, 36));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT pageSelected(Page(row));
    });
    retranslateUi();
    setCurrentRow(CustomersPage);
}

void NavigationBar::setPage(Page page)
{
    setCurrentRow(page);
}

void NavigationBar::setDueCount(int count, bool more)
{
    m_dueCount = count;
    m_moreDue = more;
    retranslateUi();
}

QSize NavigationBar::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = qMax(width, fontMetrics().horizontalAdvance(item(i)->text()));
    return QSize(width + iconSize().width() + 40, QListWidget::sizeHint().height());
}

void NavigationBar::retranslateUi()
{
    item(CustomersPage)->setText(tr("Customers"));
    const QString due = m_moreDue ? QStringLiteral("%1+").arg(m_dueCount) : QString::number(m_dueCount);
    item(FollowUpsPage)->setText(m_dueCount > 0 ? tr("Follow-ups (%1)").arg(due) : tr("Follow-ups"));
    item(FollowUpsPage)->setToolTip(tr("Overdue, today's and upcoming follow-ups"));
    updateGeometry();
}

void NavigationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

} // namespace guanxi
