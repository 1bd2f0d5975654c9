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

    // Import and export: the folders last used (Documents at first) and the choices last made,
    // as stable codes (csvEncodingCode, csvDelimiterCode, the export choice's code, languageCode).
    static QString lastImportDirectory();
    static void setLastImportDirectory(const QString &path);
    static QString importEncoding();
    static QString importDelimiter();
    static void setImportFormat(const QString &encoding, const QString &delimiter);
    static QString lastExportDirectory();
    static void setLastExportDirectory(const QString &path);
    static QString exportChoice(const QString &name);
    static void setExportChoice(const QString &name, const QString &value);

    // Opaque blobs of QWidget/QMainWindow/QSplitter/QHeaderView state, by name.
    static QByteArray windowState(const QString &name);
    static void setWindowState(const QString &name, const QByteArray &state);
};

} // namespace guanxi
