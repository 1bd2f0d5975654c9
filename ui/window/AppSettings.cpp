#include "AppSettings.h"

#include "storage/WorkspaceLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace guanxi {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString LastWorkspaceKey = QStringLiteral("workspace/last");
const QString RecentKey = QStringLiteral("workspace/recent");
const QString WindowGroup = QStringLiteral("window/");
const QString ImportDirectoryKey = QStringLiteral("import/directory");
const QString ImportEncodingKey = QStringLiteral("import/encoding");
const QString ImportDelimiterKey = QStringLiteral("import/delimiter");
const QString ExportDirectoryKey = QStringLiteral("export/directory");
const QString ExportGroup = QStringLiteral("export/");

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString canonical(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

QString AppSettings::defaultWorkspacePath()
{
    return WorkspaceLocation::defaultWorkspacePath();
}

QString AppSettings::language()
{
    return QSettings().value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

QString AppSettings::lastWorkspace()
{
    return QSettings().value(LastWorkspaceKey).toString();
}

void AppSettings::setLastWorkspace(const QString &path)
{
    QSettings().setValue(LastWorkspaceKey, canonical(path));
}

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value(RecentKey).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    const QString file = canonical(path);
    recent.removeAll(file);
    recent.prepend(file);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(canonical(path));
    QSettings().setValue(RecentKey, recent);
}

void AppSettings::clearRecentWorkspaces()
{
    QSettings().remove(RecentKey);
}

QString AppSettings::lastImportDirectory()
{
    return QSettings().value(ImportDirectoryKey, documents()).toString();
}

void AppSettings::setLastImportDirectory(const QString &path)
{
    QSettings().setValue(ImportDirectoryKey, canonical(path));
}

QString AppSettings::importEncoding()
{
    return QSettings().value(ImportEncodingKey).toString();
}

QString AppSettings::importDelimiter()
{
    return QSettings().value(ImportDelimiterKey).toString();
}

void AppSettings::setImportFormat(const QString &encoding, const QString &delimiter)
{
    QSettings settings;
    settings.setValue(ImportEncodingKey, encoding);
    settings.setValue(ImportDelimiterKey, delimiter);
}

QString AppSettings::lastExportDirectory()
{
    return QSettings().value(ExportDirectoryKey, documents()).toString();
}

void AppSettings::setLastExportDirectory(const QString &path)
{
    QSettings().setValue(ExportDirectoryKey, canonical(path));
}

QString AppSettings::exportChoice(const QString &name)
{
    return QSettings().value(ExportGroup + name).toString();
}

void AppSettings::setExportChoice(const QString &name, const QString &value)
{
    QSettings().setValue(ExportGroup + name, value);
}

QByteArray AppSettings::windowState(const QString &name)
{
    return QSettings().value(WindowGroup + name).toByteArray();
}

void AppSettings::setWindowState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(WindowGroup + name, state);
}

} // namespace guanxi
