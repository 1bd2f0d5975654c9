#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace guanxi {

// The quick integrity check (PRAGMA quick_check) of a workspace that was just opened, run on
// a worker thread with its own connection: on a large file it takes seconds, and the window
// should be usable at once. Reports problems through finished().
class IntegrityCheckJob : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheckJob(const QString &workspacePath, QObject *parent = nullptr);
    ~IntegrityCheckJob() override; // waits for the check to end

    void start();

Q_SIGNALS:
    // ok; otherwise a translated message with SQLite's findings.
    void finished(bool ok, const QString &message);

private:
    void run();

    QString m_path;
    QThread *m_thread = nullptr;
};

} // namespace guanxi
