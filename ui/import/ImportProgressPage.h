#pragma once

#include "storage/BulkWriter.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace guanxi {

class ImportJob;
class ImportWizard;
class NoticeLabel;

// Page 5: the import itself, on a worker thread (ImportJob), with its progress (bytes and rows
// read, then the phases of the commit) and Stop, which cancels: the transaction rolls back and
// the page says that nothing was imported. When the import commits, the session's views reload
// and the wizard moves on to the result.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard *wizard);
    ~ImportProgressPage() override;

    QPushButton *stopButton() const { return m_stop; }
    NoticeLabel *outcomeLabel() const { return m_outcome; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isRunning() const { return m_job != nullptr; }
    // Asks the running import to stop and roll back.
    void stop();

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // The import ended: committed, cancelled or failed.
    void importFinished();

private:
    void onProgress(qint64 rows, qint64 bytesRead, qint64 totalBytes);
    void onStage(BulkWriter::Stage stage);
    void onFinished();

    ImportWizard *m_wizard;
    QLabel *m_what;
    QProgressBar *m_progress;
    QLabel *m_rows;
    QPushButton *m_stop;
    NoticeLabel *m_outcome;
    ImportJob *m_job = nullptr;
    bool m_committed = false;
};

} // namespace guanxi
