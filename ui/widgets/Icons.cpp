#include "Icons.h"

#include "SvgIconEngine.h"

#include <QFile>
#include <QHash>

namespace guanxi {

QIcon Icons::named(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    QIcon icon;
    if (QFile::exists(path))
        icon = QIcon(new SvgIconEngine(path));
    cache.insert(name, icon);
    return icon;
}

QIcon Icons::application()
{
    static const QIcon icon(QStringLiteral(":/icons/guanxi.svg"));
    return icon;
}

} // namespace guanxi
