#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace guanxi {

// The preferences Guanxi remembers between runs, in QSettings (the platform's place for
// them): UI language, recent and last workspaces, window geometry and layout.
class AppSettings
{
public:
    static constexpr int MaxRecent = 8;

    // The workspace a first start creates: <AppDataLocation>/default.guanxi.
    static QString defaultWorkspacePath();

    // "zh_CN", "en", or empty for the system's language.
    static QString language();
    static void setLanguage(const QString &language);

    static QString lastWorkspace();
    static void setLastWorkspace(const QString &path);
    // Most recent first, without duplicates.
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);
    static void clearRecentWorkspaces();

    // Opaque blobs of QWidget/QMainWindow/QSplitter/QHeaderView state, by name.
    static QByteArray windowState(const QString &name);
    static void setWindowState(const QString &name, const QByteArray &state);
};

} // namespace guanxi
