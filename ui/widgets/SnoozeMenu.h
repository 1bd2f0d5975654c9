#pragma once

#include <QDate>
#include <QMenu>

namespace guanxi {

// "Snooze" choices for an open follow-up: tomorrow, next week (Monday), or a date picked in
// a calendar. Only dates after the follow-up's current due date are offered.
class SnoozeMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SnoozeMenu(QWidget *parent = nullptr);

    // The follow-up's current effective due date, and what "today" is.
    void setDue(const QDate &due, const QDate &today = QDate::currentDate());

    static QDate tomorrow(const QDate &today) { return today.addDays(1); }
    static QDate nextWeek(const QDate &today) { return today.addDays(8 - today.dayOfWeek()); } // next Monday

Q_SIGNALS:
    void snoozeRequested(const QDate &until);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void pickDate();

    QAction *m_tomorrow;
    QAction *m_nextWeek;
    QAction *m_pick;
    QDate m_due;
    QDate m_today;
};

} // namespace guanxi
