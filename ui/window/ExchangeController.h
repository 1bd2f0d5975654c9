#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace guanxi {

class ExportDialog;
class ExportJob;
class ImportWizard;
class ImportsDialog;
class MainWindow;
class WorkspaceSession;
struct ExportScope;

// File ▸ Import…, Export… and Imports…: opens the import wizard, asks what to export from the
// current view and writes it on a worker thread with a progress dialog that can cancel, and
// lists the imports to undo one. The window stays responsive throughout.
class ExchangeController : public QObject
{
    Q_OBJECT

public:
    ExchangeController(WorkspaceSession *session, MainWindow *window);

    // Opens the wizard (window-modal), optionally on a file; returns it for tests.
    ImportWizard *importFile(const QString &path = {});
    // Opens the export dialog for what the current view shows; returns it for tests.
    ExportDialog *exportView();
    // Writes what an accepted export dialog asked for.
    void exportTo(const ExportDialog *dialog);
    bool isExporting() const { return m_export != nullptr; }
    // The list of imports, to undo one (window-modal); returns it for tests.
    ImportsDialog *showImports();

Q_SIGNALS:
    // An export ended: ok, or cancelled, or with a translated message (also shown to the user).
    void exportFinished(bool ok, bool cancelled, const QString &message);

private:
    QList<ExportScope> scopesOfCurrentView() const;
    void onExportFinished();

    WorkspaceSession *m_session;
    MainWindow *m_window;
    ExportJob *m_export = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace guanxi
