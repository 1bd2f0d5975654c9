#include "SnoozeMenu.h"

#include "Icons.h"
#include "dialogs/DatePickerDialog.h"

#include "models/DateText.h"
#include <QEvent>

namespace guanxi {

SnoozeMenu::SnoozeMenu(QWidget *parent)
    : QMenu(parent), m_tomorrow(addAction(QString())), m_nextWeek(addAction(QString())), m_pick(addAction(QString()))
{
    setIcon(Icons::named(QStringLiteral("snooze")));
    m_pick->setIcon(Icons::named(QStringLiteral("calendar")));
    connect(m_tomorrow, &QAction::triggered, this, [this] { Q_EMIT snoozeRequested(tomorrow(m_today)); });
    connect(m_nextWeek, &QAction::triggered, this, [this] { Q_EMIT snoozeRequested(nextWeek(m_today)); });
    connect(m_pick, &QAction::triggered, this, &SnoozeMenu::pickDate);
    setDue(QDate::currentDate());
}

void SnoozeMenu::setDue(const QDate &due, const QDate &today)
{
    m_due = due;
    m_today = today;
    retranslate();
}

void SnoozeMenu::retranslate()
{
    setTitle(tr("Snooze"));
    m_tomorrow->setText(tr("Until tomorrow (%1)").arg(DateText::date(tomorrow(m_today))));
    m_nextWeek->setText(tr("Until next Monday (%1)").arg(DateText::date(nextWeek(m_today))));
    m_pick->setText(tr("Until a date…"));
    m_tomorrow->setEnabled(tomorrow(m_today) > m_due);
    m_nextWeek->setEnabled(nextWeek(m_today) > m_due);
}

void SnoozeMenu::pickDate()
{
    auto *dialog = new DatePickerDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Snooze until"));
    const QDate earliest = qMax(m_due, m_today).addDays(1);
    dialog->setMinimumDate(earliest);
    dialog->setDate(qMax(earliest, nextWeek(m_today)));
    connect(dialog, &DatePickerDialog::datePicked, this, &SnoozeMenu::snoozeRequested);
    dialog->open();
}

void SnoozeMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace guanxi
