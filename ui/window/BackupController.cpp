#include "BackupController.h"

#include "session/BackupJob.h"
#include "session/WorkspaceSession.h"
#include "widgets/MessageBoxes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>

namespace guanxi {

BackupController::BackupController(WorkspaceSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

void BackupController::backUp()
{
    if (!m_session->isOpen() || m_job)
        return;
    const QFileInfo source(m_session->path());
    const QString suggestion = source.absoluteDir().filePath(
        tr("%1 backup %2")
            .arg(source.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm")))
        + QStringLiteral(".guanxi"));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back up workspace"), suggestion,
                                                        tr("Guanxi workspaces (*.guanxi)"));
    if (!target.isEmpty())
        backUpTo(target);
}

void BackupController::backUpTo(const QString &targetPath)
{
    if (!m_session->isOpen() || m_job)
        return;
    m_target = targetPath;
    // backupTo never overwrites. When the file dialog's user agreed to replace an old backup,
    // write beside it and swap only when the new copy is complete.
    m_written = QFileInfo::exists(targetPath) ? targetPath + QStringLiteral(".new") : targetPath;
    if (m_written != targetPath)
        QFile::remove(m_written);
    m_job = new BackupJob(m_session->path(), m_written, this);
    m_progress = new QProgressDialog(tr("Backing up “%1”…").arg(QFileInfo(m_session->path()).fileName()), tr("Cancel"),
                                     0, 100, m_window);
    m_progress->setWindowTitle(tr("Backup"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_job, &BackupJob::cancel);
    connect(m_job, &BackupJob::progress, this, [this](int done, int total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(qint64(done) * 100 / total));
    });
    connect(m_job, &BackupJob::finished, this, &BackupController::onFinished);
    m_job->start();
}

void BackupController::onFinished(bool ok, bool cancelled, QString message)
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_job->deleteLater();
    m_job = nullptr;
    if (ok && m_written != m_target) {
        QFile::remove(m_target);
        if (!QFile::rename(m_written, m_target)) {
            ok = false;
            message = tr("The backup was written to “%1” but could not replace “%2”.")
                          .arg(QDir::toNativeSeparators(m_written), QDir::toNativeSeparators(m_target));
        }
    }
    if (ok)
        MessageBoxes::information(m_window, tr("Backup"),
                                  tr("The workspace was backed up to “%1”.").arg(QDir::toNativeSeparators(m_target)));
    else if (!cancelled)
        MessageBoxes::critical(m_window, tr("Backup failed"), message);
    Q_EMIT finished(ok, cancelled, message);
}

} // namespace guanxi
