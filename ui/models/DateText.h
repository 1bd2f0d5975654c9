#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace guanxi {

// Dates and times as lists show them: local time, ISO order ("2024-05-06 14:30"), which reads
// the same in Chinese and English and sorts as it reads.
class DateText
{
public:
    static QString dateTime(const QDateTime &utc)
    {
        return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    static QString date(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }
};

} // namespace guanxi
