#include "SvgIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace guanxi {

SvgIconEngine::SvgIconEngine(const QString &resourcePath) : m_path(resourcePath)
{
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QByteArray SvgIconEngine::coloured(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
    if (mode == QIcon::Disabled)
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
    else if (mode == QIcon::Selected)
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);
    QByteArray svg = m_svg;
    return svg.replace("currentColor", colour.name().toLatin1());
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(coloured(mode));
    renderer.render(painter, rect);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    const QSize pixels = size * scale;
    const QByteArray svg = coloured(mode);
    const QString cacheKey = QStringLiteral("guanxi-svg:%1:%2x%3:%4")
                                 .arg(m_path)
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(QString::number(qHash(svg)));
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), pixels), mode, state);
        painter.end();
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_path, m_svg);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("guanxi-svg");
}

} // namespace guanxi
