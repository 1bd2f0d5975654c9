#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace guanxi {

class ImportReportView;
class ImportWizard;
class NoticeLabel;

// Page 6: what the import did — counts, duplicates, rejected rows (which can be saved as a CSV
// to fix and import again) — the batch id, and how to take the import back.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard *wizard);

    ImportReportView *reportView() const { return m_view; }
    NoticeLabel *summaryLabel() const { return m_summary; }
    NoticeLabel *savedLabel() const { return m_saved; }
    QLabel *batchLabel() const { return m_batch; }
    QPushButton *saveRejectsButton() const { return m_saveRejects; }
    // Copies the rejected rows (CSV, UTF-8 with BOM, with a reason column) to `path`.
    bool saveRejectsTo(const QString &path);

    void initializePage() override;

private:
    void askWhereToSaveRejects();

    ImportWizard *m_wizard;
    NoticeLabel *m_summary;
    NoticeLabel *m_saved;
    ImportReportView *m_view;
    QPushButton *m_saveRejects;
    QLabel *m_batch;
    QLabel *m_undoHint;
};

} // namespace guanxi
