#pragma once

#include "TestSupport.h"
#include "session/WorkspaceSession.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace guanxi::test {

// A WorkspaceSession on a fresh workspace file in its own temporary folder.
class SessionFixture
{
public:
    SessionFixture()
    {
        m_workspace.close(); // the session opens its own connection
        const Status opened = m_session.open(m_workspace.path(), Workspace::Options {});
        if (!opened)
            qFatal("Cannot open the test workspace: %s", qPrintable(opened.error().fullText()));
    }
    WorkspaceSession &session() { return m_session; }
    WorkspaceSession *operator->() { return &m_session; }
    QString path() const { return m_workspace.path(); }
    QString dir() const { return m_workspace.dir(); }

private:
    TempWorkspace m_workspace;
    WorkspaceSession m_session;
};

// Settings and standard paths of tests never touch the user's.
inline void isolateSettings(const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuanxiTest"));
    // Per process, so that test runs side by side do not share AppDataLocation.
    QCoreApplication::setApplicationName(QStringLiteral("guanxi-ui-test-%1").arg(QCoreApplication::applicationPid()));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings().clear();
}

} // namespace guanxi::test
