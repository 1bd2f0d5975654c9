#include "WorkspaceController.h"

#include "AppSettings.h"
#include "session/WorkspaceSession.h"
#include "widgets/MessageBoxes.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace guanxi {

namespace {
QString fileFilter()
{
    return WorkspaceController::tr("Guanxi workspaces (*.guanxi);;All files (*)");
}

QString startFolder(const WorkspaceSession *session)
{
    if (session->isOpen())
        return QFileInfo(session->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

WorkspaceController::WorkspaceController(WorkspaceSession *session, QWidget *window, bool remember)
    : QObject(window), m_session(session), m_window(window), m_remember(remember)
{
}

bool WorkspaceController::open(const QString &path, bool create)
{
    Workspace::Options options;
    options.mode = create ? Workspace::OpenMode::CreateIfMissing : Workspace::OpenMode::OpenExisting;
    // The quick check reads the whole file (seconds for a million customers): it runs in the
    // background once the window shows the workspace.
    options.quickCheck = false;
    if (create && !QDir().mkpath(QFileInfo(path).absolutePath())) {
        MessageBoxes::critical(m_window, tr("Cannot create workspace"),
                               tr("The folder for “%1” cannot be created.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Status opened = m_session->open(path, options);
    if (!opened) {
        MessageBoxes::critical(m_window, create ? tr("Cannot create workspace") : tr("Cannot open workspace"),
                               opened.error().message, opened.error().detail);
        if (m_remember && opened.error().code == ErrorCode::Io && !QFileInfo::exists(path)) {
            AppSettings::removeRecentWorkspace(path);
            Q_EMIT recentWorkspacesChanged();
        }
        return false;
    }
    m_session->checkInBackground();
    if (m_remember) {
        AppSettings::setLastWorkspace(path);
        AppSettings::addRecentWorkspace(path);
        Q_EMIT recentWorkspacesChanged();
    }
    return true;
}

bool WorkspaceController::openPath(const QString &path)
{
    return open(path, false);
}

bool WorkspaceController::createPath(const QString &path)
{
    if (QFileInfo::exists(path)) {
        MessageBoxes::warning(m_window, tr("Cannot create workspace"),
                              tr("“%1” already exists. Use File ▸ Open Workspace to open it, or choose another name.")
                                  .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return open(path, true);
}

bool WorkspaceController::openStartupWorkspace()
{
    const QString last = AppSettings::lastWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return open(last, false);
    return open(AppSettings::defaultWorkspacePath(), true);
}

void WorkspaceController::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("New workspace"),
        QDir(startFolder(m_session)).filePath(tr("My company") + QStringLiteral(".guanxi")), fileFilter(), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".guanxi");
    createPath(path);
}

void WorkspaceController::openWorkspace()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Open workspace"), startFolder(m_session), fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

} // namespace guanxi
