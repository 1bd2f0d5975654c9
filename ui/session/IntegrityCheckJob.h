#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace guanxi {

// An integrity check of a workspace run on a worker thread with its own read-only connection:
// the quick check after opening, or the full check (every page and index, every reference)
// when the user asks for it. On a large file either takes seconds to minutes, and the window
// stays usable. Reports through finished(). The search index is checked by `guanxi-cli check`
// only: FTS5 checks it through a write transaction, which would lock out the window's edits.
class IntegrityCheckJob : public QObject
{
    Q_OBJECT

public:
    enum class Depth { Quick, Full };
    Q_ENUM(Depth)
    explicit IntegrityCheckJob(const QString &workspacePath, Depth depth, QObject *parent = nullptr);
    ~IntegrityCheckJob() override; // waits for the check to end

    void start();

Q_SIGNALS:
    // ok; otherwise a translated message with SQLite's findings.
    void finished(bool ok, const QString &message);

private:
    void run();

    QString m_path;
    Depth m_depth;
    QThread *m_thread = nullptr;
};

} // namespace guanxi
