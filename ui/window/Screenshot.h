#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSize>

#include <functional>

class QWidget;

namespace guanxi {

// Renders a window off-screen at an exact size and saves it as a PNG: for the README, tests
// and reviews (`guanxi --screenshot out.png`).
class Screenshot
{
    Q_DECLARE_TR_FUNCTIONS(Screenshot)

public:
    static constexpr QSize DefaultSize {1366, 768};

    // `ready` says when the window shows what it should (lists loaded); waited for up to 30 s.
    static Status capture(QWidget *window, const QSize &size, const QString &path,
                          const std::function<bool()> &ready = {});
    // The window at `size` with a dialog over its middle, framed, as a user sees a window-modal
    // dialog (off-screen there is no window manager to draw one). Both must be shown.
    static Status captureWithDialog(QWidget *window, QWidget *dialog, const QSize &size, const QString &path);
};

} // namespace guanxi
