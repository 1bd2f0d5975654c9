#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSize>

class QWidget;

namespace guanxi {

// Renders a window off-screen at an exact size and saves it as a PNG: for the README, tests
// and reviews (`guanxi --screenshot out.png`).
class Screenshot
{
    Q_DECLARE_TR_FUNCTIONS(Screenshot)

public:
    static constexpr QSize DefaultSize{1366, 768};

    static Status capture(QWidget *window, const QSize &size, const QString &path);
};

}  // namespace guanxi
