#include "BenchEnvironment.h"

#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

namespace guanxi::bench {

QString benchEnvironment()
{
    QString text = QStringLiteral("Guanxi %1, Qt %2, SQLite %3, %4, %5 CPUs, %6")
                       .arg(QLatin1String(GUANXI_VERSION), QLatin1String(qVersion()), QLatin1String(sqlite3_libversion()),
                            QSysInfo::prettyProductName())
                       .arg(QThread::idealThreadCount())
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // Other programs' work shows in every figure: say how busy the machine was.
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    if (loadAverage.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> loads = loadAverage.readAll().split(' ');
        if (loads.size() >= 3)
            text += QStringLiteral(", load average %1 %2 %3")
                        .arg(QString::fromLatin1(loads.at(0)), QString::fromLatin1(loads.at(1)), QString::fromLatin1(loads.at(2)));
    }
    return text;
}

}  // namespace guanxi::bench
