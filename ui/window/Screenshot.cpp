#include "Screenshot.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>

namespace guanxi {

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
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io, tr("Cannot create the folder for “%1”.").arg(shown));
    if (!pixmap.save(path, "PNG"))
        return makeError(ErrorCode::Io, tr("Cannot write the screenshot “%1”.").arg(shown));
    return {};
}

} // namespace guanxi
