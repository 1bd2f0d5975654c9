#pragma once

#include <QListWidget>

namespace guanxi {

// The side bar that switches between the window's views (Customers, Follow-ups). Only views
// that work are listed; later features add theirs here.
class NavigationBar : public QListWidget
{
    Q_OBJECT

public:
    enum Page { CustomersPage, FollowUpsPage, PageCount };

    explicit NavigationBar(QWidget *parent = nullptr);

    void setPage(Page page);
    Page page() const { return Page(currentRow()); }
    // How many follow-ups need attention (overdue and today), shown beside "Follow-ups".
    // `more`: there are more than `count` (the view lists only so many).
    void setDueCount(int count, bool more = false);

    QSize sizeHint() const override;

Q_SIGNALS:
    void pageSelected(guanxi::NavigationBar::Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_dueCount = 0;
    bool m_moreDue = false;
};

} // namespace guanxi
