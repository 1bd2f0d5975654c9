#include "DatePickerDialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace guanxi {

DatePickerDialog::DatePickerDialog(QWidget *parent)
    : QDialog(parent), m_calendar(new QCalendarWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calendar);
    layout->addWidget(m_buttons);
    m_calendar->setGridVisible(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
}

void DatePickerDialog::setDate(const QDate &date)
{
    m_calendar->setSelectedDate(date);
}

QDate DatePickerDialog::date() const
{
    return m_calendar->selectedDate();
}

void DatePickerDialog::setMinimumDate(const QDate &date)
{
    m_calendar->setMinimumDate(date);
}

void DatePickerDialog::accept()
{
    Q_EMIT datePicked(date());
    QDialog::accept();
}

} // namespace guanxi
