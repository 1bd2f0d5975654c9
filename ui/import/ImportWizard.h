#pragma once

#include "ImportPlan.h"
#include "exchange/import/ImportReport.h"

#include <QTemporaryDir>
#include <QWizard>

#include <optional>

namespace guanxi {

class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportProgressPage;
class ImportResultPage;
class WorkspaceSession;

// File ▸ Import…: a CSV file (or another file openImportFile() reads, such as a workbook) into
// customers, contacts, orders or interactions, or a vCard file into contacts and their
// customers, in six pages — the file, a preview read on a worker thread (a CSV file's encoding
// and delimiter as detected, changeable), the column mapping (not for a vCard, whose columns are
// fixed), the duplicate policy with a dry run, the import with progress and cancel, and the result. Nothing is written before
// the fifth page; the import is one transaction on a worker thread (ImportJob), so a cancel
// leaves the workspace as it was. The pages share an ImportPlan. Shown window-modal: the window
// makes no edits while the import holds the write lock.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, CheckPageId, ProgressPageId, ResultPageId };

    explicit ImportWizard(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    WorkspaceSession *session() const { return m_session; }
    ImportPlan &plan() { return m_plan; }
    const ImportPlan &plan() const { return m_plan; }
    // Starts with this file chosen (a file dropped on the window, tests).
    void setFile(const QString &path, ImportEntity entity);

    // Where the import writes its rejected rows until the user saves them (removed with the wizard).
    QString rejectsScratchPath() const;
    // The committed import's report, once there is one.
    const std::optional<ImportReport> &report() const { return m_report; }
    void setReport(const ImportReport &report) { m_report = report; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }
    ImportProgressPage *progressPage() const { return m_progressPage; }
    ImportResultPage *resultPage() const { return m_resultPage; }

public Q_SLOTS:
    // While the import runs, Cancel (and Escape, and closing the window) stops it first; the
    // wizard stays open to say that nothing was imported.
    void reject() override;

private:
    WorkspaceSession *m_session;
    ImportPlan m_plan;
    std::optional<ImportReport> m_report;
    QTemporaryDir m_scratch;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportCheckPage *m_checkPage;
    ImportProgressPage *m_progressPage;
    ImportResultPage *m_resultPage;
};

} // namespace guanxi
