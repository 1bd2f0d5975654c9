#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;
class QDialogButtonBox;

namespace guanxi {

// A calendar in a small dialog, for "snooze until…".
class DatePickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatePickerDialog(QWidget *parent = nullptr);

    void setDate(const QDate &date);
    QDate date() const;
    void setMinimumDate(const QDate &date);

    void accept() override;

Q_SIGNALS:
    void datePicked(const QDate &date);

private:
    QCalendarWidget *m_calendar;
    QDialogButtonBox *m_buttons;
};

} // namespace guanxi
