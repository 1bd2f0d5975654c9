#pragma once

#include "exchange/import/ImportReport.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QProgressBar;

namespace guanxi {

class ImportJob;
class ImportReportView;
class ImportWizard;
class NoticeLabel;

// Page 4: what to do with rows that match existing records (skip, update, create), strict
// mode, and a dry run — the whole import done on a worker thread and rolled back — whose
// summary says what importing would do: counts, duplicate pairs and rejected rows. Every change
// of the choices runs it again. The page is the wizard's commit page: its button imports.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);
    ~ImportCheckPage() override;

    QButtonGroup *policyButtons() const { return m_policy; }
    QCheckBox *strictBox() const { return m_strict; }
    ImportReportView *reportView() const { return m_view; }
    NoticeLabel *summaryLabel() const { return m_summary; }
    bool isChecking() const { return m_job != nullptr; }
    // The finished dry run's report, when it succeeded.
    const std::optional<ImportReport> &dryRun() const { return m_report; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void dryRunFinished();

private:
    void startDryRun();
    void stopDryRun();
    void onFinished();
    void showProgress(qint64 rows, qint64 bytesRead, qint64 totalBytes);

    ImportWizard *m_wizard;
    QButtonGroup *m_policy;
    QCheckBox *m_strict;
    NoticeLabel *m_summary;
    QProgressBar *m_progress;
    ImportReportView *m_view;
    ImportJob *m_job = nullptr;
    std::optional<ImportReport> m_report;
};

} // namespace guanxi
