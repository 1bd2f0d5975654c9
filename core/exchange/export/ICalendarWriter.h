#pragma once

#include "ExportOptions.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"

#include <QByteArray>
#include <QCoreApplication>

namespace guanxi::exchange {

// iCalendar (RFC 5545): one VCALENDAR (VERSION 2.0, PRODID) holding follow-ups as VTODO (due
// date, NEEDS-ACTION or COMPLETED) or as all-day VEVENTs, and interactions as VEVENTs at the time
// they happened. Times in UTC, so no VTIMEZONE is needed; CRLF, lines folded at 75 octets, text
// escaped. UID is the record's id @ UidDomain, so importing the file again updates the same
// entries. DTSTAMP and LAST-MODIFIED are the record's last change, which makes the output
// depend on the data alone.
class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)

public:
    static constexpr const char *UidDomain = "guanxi-crm.github.io";

    // BEGIN:VCALENDAR … with the calendar's display name.
    static void appendBegin(const QString &calendarName, QByteArray &out);
    static void appendEnd(QByteArray &out);
    static void appendFollowUp(const FollowUp &followUp, FollowUpCalendarStyle style, QByteArray &out);
    static void appendInteraction(const Interaction &interaction, QByteArray &out);

    static QString utcStamp(const QDateTime &time);  // 20261123T090700Z
    static QString dateValue(const QDate &date);     // 20261123
};

}  // namespace guanxi::exchange
