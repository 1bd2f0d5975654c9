#pragma once

#include <QIcon>
#include <QString>

namespace guanxi {

// Guanxi's icons: SVG files under resources/icons, drawn in "currentColor" so that they take
// the palette's text colour (light and dark themes) and stay sharp at any scale.
class Icons
{
public:
    // The icon resources/icons/<name>.svg; a null icon for an unknown name.
    static QIcon named(const QString &name);
    // The application's own (coloured) icon.
    static QIcon application();
};

} // namespace guanxi
