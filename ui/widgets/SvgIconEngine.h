#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace guanxi {

// Renders an SVG icon with its "currentColor" replaced by the palette colour for the mode
// (text, disabled text, highlighted text), at the device pixel ratio asked for.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &resourcePath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    SvgIconEngine(const QString &path, const QByteArray &svg) : m_path(path), m_svg(svg) { }
    QByteArray coloured(QIcon::Mode mode) const;

    QString m_path;
    QByteArray m_svg;
};

} // namespace guanxi
