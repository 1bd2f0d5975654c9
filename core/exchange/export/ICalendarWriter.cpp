#include "ICalendarWriter.h"

#include "ContentLines.h"
#include "domain/Enums.h"

namespace guanxi::exchange {

namespace {

using ContentLines::escapeText;

void line(QByteArray &out, const QString &text)
{
    ContentLines::appendFolded(out, text);
}

QString uid(const QString &id)
{
    return QStringLiteral("UID:") + escapeText(QString(id + QLatin1Char('@') + QLatin1String(ICalendarWriter::UidDomain)));
}

void appendStamps(const RecordMeta &meta, QByteArray &out)
{
    // DTSTAMP is required; without a METHOD it is the time the entry last changed.
    const QDateTime changed = meta.updatedAt.isValid() ? meta.updatedAt : QDateTime::currentDateTimeUtc();
    line(out, QStringLiteral("DTSTAMP:") + ICalendarWriter::utcStamp(changed));
    if (meta.createdAt.isValid())
        line(out, QStringLiteral("CREATED:") + ICalendarWriter::utcStamp(meta.createdAt));
    line(out, QStringLiteral("LAST-MODIFIED:") + ICalendarWriter::utcStamp(changed));
}

void appendDescription(const QStringList &paragraphs, QByteArray &out)
{
    QStringList present = paragraphs;
    present.removeAll(QString());
    if (!present.isEmpty())
        line(out, QStringLiteral("DESCRIPTION:") + escapeText(present.join(QLatin1Char('\n'))));
}

}  // namespace

QString ICalendarWriter::utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString ICalendarWriter::dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

void ICalendarWriter::appendBegin(const QString &calendarName, QByteArray &out)
{
    line(out, QStringLiteral("BEGIN:VCALENDAR"));
    line(out, QStringLiteral("VERSION:2.0"));
    line(out, QStringLiteral("PRODID:-//Guanxi//Guanxi %1//EN").arg(QStringLiteral(GUANXI_VERSION)));
    line(out, QStringLiteral("CALSCALE:GREGORIAN"));
    line(out, QStringLiteral("X-WR-CALNAME:") + escapeText(calendarName));
}

void ICalendarWriter::appendEnd(QByteArray &out)
{
    line(out, QStringLiteral("END:VCALENDAR"));
}

void ICalendarWriter::appendFollowUp(const FollowUp &f, FollowUpCalendarStyle style, QByteArray &out)
{
    const bool done = f.status == FollowUpStatus::Done;
    const QDate due = f.effectiveDue();
    QStringList description{tr("Customer: %1").arg(f.customerName)};
    if (!f.ownerName.isEmpty())
        description.append(tr("Owner: %1").arg(f.ownerName));
    if (f.isSnoozed())
        description.append(tr("Snoozed; first due on %1").arg(f.dueOn.toString(Qt::ISODate)));
    if (!f.notes.isEmpty())
        description.append(QStringLiteral("\n") + f.notes);

    if (style == FollowUpCalendarStyle::Todos) {
        line(out, QStringLiteral("BEGIN:VTODO"));
        line(out, uid(f.meta.id));
        appendStamps(f.meta, out);
        line(out, QStringLiteral("SUMMARY:") + escapeText(f.title));
        appendDescription(description, out);
        if (due.isValid())
            line(out, QStringLiteral("DUE;VALUE=DATE:") + dateValue(due));
        if (done) {
            line(out, QStringLiteral("STATUS:COMPLETED"));
            if (f.doneAt.isValid())
                line(out, QStringLiteral("COMPLETED:") + utcStamp(f.doneAt));
            line(out, QStringLiteral("PERCENT-COMPLETE:100"));
        } else {
            line(out, QStringLiteral("STATUS:NEEDS-ACTION"));
        }
        line(out, QStringLiteral("END:VTODO"));
        return;
    }
    if (!due.isValid())
        return;  // an event needs a day
    line(out, QStringLiteral("BEGIN:VEVENT"));
    line(out, uid(f.meta.id));
    appendStamps(f.meta, out);
    line(out, QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(due));
    line(out, QStringLiteral("DTEND;VALUE=DATE:") + dateValue(due.addDays(1)));
    line(out, QStringLiteral("SUMMARY:") + escapeText(done ? tr("%1 (done)").arg(f.title) : f.title));
    appendDescription(description, out);
    line(out, QStringLiteral("TRANSP:TRANSPARENT"));  // a reminder, not a busy day
    line(out, QStringLiteral("END:VEVENT"));
}

void ICalendarWriter::appendInteraction(const Interaction &i, QByteArray &out)
{
    if (!i.occurredAt.isValid())
        return;
    QStringList description{tr("Customer: %1").arg(i.customerName)};
    if (!i.contactName.isEmpty())
        description.append(tr("Contact: %1").arg(i.contactName));
    if (!i.staffName.isEmpty())
        description.append(tr("Staff: %1").arg(i.staffName));
    if (!i.summary.isEmpty())
        description.append(QStringLiteral("\n") + i.summary);
    if (!i.commitments.isEmpty())
        description.append(QStringLiteral("\n") + tr("Commitments: %1").arg(i.commitments));

    line(out, QStringLiteral("BEGIN:VEVENT"));
    line(out, uid(i.meta.id));
    appendStamps(i.meta, out);
    // No DTEND: the event ends when it starts (RFC 5545 3.6.1); the duration was not recorded.
    line(out, QStringLiteral("DTSTART:") + utcStamp(i.occurredAt));
    line(out, QStringLiteral("SUMMARY:") + escapeText(tr("%1: %2").arg(enumLabel(i.channel), i.customerName)));
    appendDescription(description, out);
    line(out, QStringLiteral("TRANSP:TRANSPARENT"));
    line(out, QStringLiteral("END:VEVENT"));
}

}  // namespace guanxi::exchange
