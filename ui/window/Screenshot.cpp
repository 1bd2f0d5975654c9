#include "Screenshot.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace guanxi {

namespace {

Status save(const QPixmap &pixmap, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io, Screenshot::tr("Cannot create the folder for “%1”.").arg(shown));
    if (!pixmap.save(path, "PNG"))
        return makeError(ErrorCode::Io, Screenshot::tr("Cannot write the screenshot “%1”.").arg(shown));
    return {};
}

} // namespace

Status Screenshot::capture(QWidget *window, const QSize &size, const QString &path, const std::function<bool()> &ready)
{
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(size);
    window->show();
    // Let layouts settle, lazy models fetch their first rows and views lay them out.
    QElapsedTimer waited;
    waited.start();
    while (ready && !ready() && waited.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    window->resize(size);
    QApplication::processEvents();
    QPixmap pixmap = window->grab();
    if (pixmap.size() != size * pixmap.devicePixelRatio())
        pixmap = pixmap.scaled(size * pixmap.devicePixelRatio(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return save(pixmap, path);
}

Status Screenshot::captureWithDialog(QWidget *window, QWidget *dialog, const QSize &size, const QString &path)
{
    window->resize(size);
    QApplication::processEvents();
    QPixmap pixmap = window->grab();
    const QPixmap over = dialog->grab();
    const qreal ratio = pixmap.devicePixelRatio();
    const QSize dialogSize = over.size() / over.devicePixelRatio();
    const QPoint at((size.width() - dialogSize.width()) / 2, qMax(0, (size.height() - dialogSize.height()) / 2));
    QPainter painter(&pixmap);
    painter.fillRect(QRect(QPoint(0, 0), pixmap.size() / ratio), QColor(0, 0, 0, 60)); // the window behind is inactive
    for (int i = 1; i <= 6; ++i) // a soft shadow
        painter.fillRect(QRect(at, dialogSize).adjusted(-i, -i + 2, i, i + 2), QColor(0, 0, 0, 10));
    painter.drawPixmap(at, over);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(QRect(at, dialogSize).adjusted(-1, -1, 0, 0));
    painter.end();
    return save(pixmap, path);
}

} // namespace guanxi
