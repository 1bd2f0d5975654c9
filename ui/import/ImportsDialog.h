#pragma once

#include "storage/ImportBatchRepository.h"

#include <QDialog>
#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace guanxi {

class NoticeLabel;
class TextTableModel;
class UndoImportJob;
class WorkspaceSession;

// File ▸ Imports…: the imports into this workspace, newest first, and Undo for one of them
// (ImportBatchRepository::undo on a worker thread: it removes what the import created and
// restores what it updated, and is refused when those records were changed since).
class ImportsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportsDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ImportsDialog() override;

    QTableView *view() const { return m_view; }
    TextTableModel *model() const { return m_model; }
    QPushButton *undoButton() const { return m_undo; }
    NoticeLabel *outcomeLabel() const { return m_outcome; }
    bool isUndoing() const { return m_job != nullptr; }
    // Undoes the import in this row after asking; false when nothing was started.
    bool undoRow(int row);

    void reject() override;

Q_SIGNALS:
    void undoFinished(bool ok);

private:
    void reload();
    void updateButtons();
    void onUndone();

    WorkspaceSession *m_session;
    TextTableModel *m_model;
    QTableView *m_view;
    NoticeLabel *m_outcome;
    QProgressBar *m_busy;
    QPushButton *m_undo;
    QPushButton *m_close;
    QList<ImportBatch> m_batches;
    UndoImportJob *m_job = nullptr;
};

} // namespace guanxi
