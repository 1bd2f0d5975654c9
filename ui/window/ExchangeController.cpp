#include "ExchangeController.h"

#include "MainWindow.h"
#include "NavigationBar.h"
#include "export/ExportDialog.h"
#include "export/ExportScope.h"
#include "import/ImportWizard.h"
#include "import/ImportsDialog.h"
#include "session/ExportJob.h"
#include "session/WorkspaceSession.h"
#include "storage/CustomerRepository.h"
#include "views/CustomerListView.h"
#include "views/CustomersPage.h"
#include "views/FollowUpsPage.h"
#include "widgets/MessageBoxes.h"

#include <QDir>
#include <QLocale>
#include <QProgressDialog>

#include <limits>

namespace guanxi {

namespace {

QString exportedText(exchange::ExportEntity entity, qint64 rows, const QString &file)
{
    const int n = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    switch (entity) {
    case exchange::ExportEntity::Customers:
        return ExchangeController::tr("Exported %Ln customer(s) to “%1”.", nullptr, n).arg(file);
    case exchange::ExportEntity::Contacts:
        return ExchangeController::tr("Exported %Ln contact(s) to “%1”.", nullptr, n).arg(file);
    case exchange::ExportEntity::Orders:
        return ExchangeController::tr("Exported %Ln order(s) to “%1”.", nullptr, n).arg(file);
    case exchange::ExportEntity::Interactions:
        return ExchangeController::tr("Exported %Ln interaction(s) to “%1”.", nullptr, n).arg(file);
    case exchange::ExportEntity::FollowUps:
        return ExchangeController::tr("Exported %Ln follow-up(s) to “%1”.", nullptr, n).arg(file);
    }
    return {};
}

} // namespace

ExchangeController::ExchangeController(WorkspaceSession *session, MainWindow *window)
    : QObject(window), m_session(session), m_window(window)
{
}

ImportWizard *ExchangeController::importFile(const QString &path)
{
    if (!m_session->canEdit())
        return nullptr;
    auto *wizard = new ImportWizard(m_session, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (!path.isEmpty())
        wizard->setFile(path, ImportEntity::Customers);
    wizard->show();
    return wizard;
}

ImportsDialog *ExchangeController::showImports()
{
    if (!m_session->isOpen())
        return nullptr;
    auto *dialog = new ImportsDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

QList<ExportScope> ExchangeController::scopesOfCurrentView() const
{
    QList<ExportScope> scopes;
    if (m_window->navigation()->page() == NavigationBar::FollowUpsPage) {
        scopes.append(ExportScope::followUpsView(m_window->followUpsPage()));
        return scopes;
    }
    CustomersPage *customers = m_window->customersPage();
    scopes.append(ExportScope::customerList(customers->list()));
    const QString id = customers->currentCustomerId();
    if (!id.isEmpty())
        if (auto customer = m_session->customers().get(id))
            scopes.append(ExportScope::contactsOf(id, customer->name));
    scopes.append(ExportScope::allContacts());
    return scopes;
}

ExportDialog *ExchangeController::exportView()
{
    if (!m_session->isOpen() || m_export)
        return nullptr;
    auto *dialog = new ExportDialog(scopesOfCurrentView(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { exportTo(dialog); });
    dialog->show();
    return dialog;
}

void ExchangeController::exportTo(const ExportDialog *dialog)
{
    if (!m_session->isOpen() || m_export)
        return;
    const exchange::ExportOptions options = dialog->options();
    m_export = new ExportJob(m_session->path(), dialog->targetPath(), options, this);
    m_progress = new QProgressDialog(tr("Exporting to “%1”…").arg(QDir::toNativeSeparators(dialog->targetPath())),
                                     tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_export, &ExportJob::cancel);
    connect(m_export, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    });
    connect(m_export, &ExportJob::finished, this, &ExchangeController::onExportFinished);
    m_export->start();
}

void ExchangeController::onExportFinished()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    ExportJob *job = m_export;
    m_export = nullptr;
    job->deleteLater();
    const Result<exchange::ExportSummary> &result = job->outcome()->result;
    if (!result) {
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        if (!cancelled)
            MessageBoxes::critical(m_window, tr("Export failed"), result.error().message);
        Q_EMIT exportFinished(false, cancelled, result.error().message);
        return;
    }
    QString message = exportedText(job->options().entity, result->rows, QDir::toNativeSeparators(result->path));
    if (result->truncatedCells > 0)
        message += QLatin1Char(' ')
            + tr("%1 cells were longer than Excel’s 32,767 characters and were cut; the CSV export keeps them whole.")
                  .arg(QLocale().toString(result->truncatedCells));
    MessageBoxes::information(m_window, tr("Export"), message);
    Q_EMIT exportFinished(true, false, message);
}

} // namespace guanxi
