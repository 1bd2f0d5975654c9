#include "WorkspaceLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace guanxi::WorkspaceLocation {

namespace {
const QString &organizationName()
{
    static const QString name = QStringLiteral("Guanxi");
    return name;
}
const QString &applicationName()
{
    static const QString name = QStringLiteral("Guanxi");
    return name;
}
}  // namespace

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
}

QString defaultWorkspacePath()
{
    // QStandardPaths builds AppDataLocation from the current names; use Guanxi's own even when a
    // caller (a test, a tool) set others, and put theirs back afterwards.
    const QString previousOrganization = QCoreApplication::organizationName();
    const QString previousApplication = QCoreApplication::applicationName();
    const bool swap = previousOrganization != organizationName() || previousApplication != applicationName();
    if (swap)
        applyApplicationIdentity();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (swap) {
        QCoreApplication::setOrganizationName(previousOrganization);
        QCoreApplication::setApplicationName(previousApplication);
    }
    return QDir(folder).filePath(QStringLiteral("default.guanxi"));
}

}  // namespace guanxi::WorkspaceLocation
