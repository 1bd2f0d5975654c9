#include "MainWindow.h"

#include "AppSettings.h"
#include "BackupController.h"
#include "ExchangeController.h"
#include "MainActions.h"
#include "NavigationBar.h"
#include "StatusBarWidgets.h"
#include "Translations.h"
#include "WorkspaceController.h"
#include "models/CustomerTableModel.h"
#include "models/FollowUpAgendaModel.h"
#include "session/SessionCommand.h"
#include "session/WorkspaceSession.h"
#include "views/ContactsPanel.h"
#include "views/CustomerDetailPane.h"
#include "views/CustomerFollowUpsPanel.h"
#include "views/CustomerListView.h"
#include "views/CustomersPage.h"
#include "views/FollowUpsPage.h"
#include "views/TimelinePanel.h"
#include "widgets/Icons.h"
#include "widgets/MessageBoxes.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guanxi {

MainWindow::MainWindow(WorkspaceSession *session, const Options &options, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_options(options),
      m_actions(new MainActions(this, session->undoStack())), m_navigation(new NavigationBar(this)),
      m_pages(new QStackedWidget(this)), m_customers(new CustomersPage(session, m_pages)),
      m_followUps(new FollowUpsPage(session, m_pages)), m_readOnlyBanner(buildReadOnlyBanner()),
      m_status(new StatusBarWidgets(session, statusBar())),
      m_workspaces(new WorkspaceController(session, this, options.persistent)),
      m_backups(new BackupController(session, this)), m_exchange(new ExchangeController(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    m_actions->populate(this);
    m_pages->addWidget(m_customers);
    m_pages->addWidget(m_followUps);

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    m_navigation->setMaximumWidth(220);

    // Delete in the customer list deletes the customer; elsewhere (contacts, timeline,
    // follow-ups) Delete belongs to that list.
    m_actions->deleteCustomer->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_customers->list()->view()->addAction(m_actions->deleteCustomer);

    connectActions();
    const QString language = options.persistent ? AppSettings::language() : QString();
    m_actions->checkLanguage(language);
    if (options.persistent)
        restoreLayout();
    else
        resize(1366, 768);
    rebuildRecentMenu();
    retranslateUi();
    updateActions();
    updateDueCount();
}

MainWindow::~MainWindow() = default;

QLabel *MainWindow::buildReadOnlyBanner()
{
    auto *banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: #fff4ce; color: #5c4400;"
                                         " border-bottom: 1px solid #e0c872; padding: 6px 10px; }"));
    banner->hide();
    return banner;
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newWorkspace, &QAction::triggered, m_workspaces, &WorkspaceController::newWorkspace);
    connect(a->openWorkspace, &QAction::triggered, m_workspaces, &WorkspaceController::openWorkspace);
    connect(a->backup, &QAction::triggered, this, [this] {
        m_backups->backUp();
        updateActions();
    });
    connect(m_backups, &BackupController::finished, this, &MainWindow::updateActions);
    connect(a->importFile, &QAction::triggered, this, [this] { m_exchange->importFile(); });
    connect(a->exportView, &QAction::triggered, this, [this] { m_exchange->exportView(); });
    connect(a->showImports, &QAction::triggered, this, [this] { m_exchange->showImports(); });
    connect(m_exchange, &ExchangeController::exportFinished, this, &MainWindow::updateActions);
    connect(a->checkIntegrity, &QAction::triggered, this, [this] {
        m_session->checkInBackground(IntegrityCheckJob::Depth::Full);
        statusBar()->showMessage(tr("Checking the workspace…"));
        updateActions();
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_workspaces, &WorkspaceController::recentWorkspacesChanged, this, &MainWindow::rebuildRecentMenu);

    connect(a->find, &QAction::triggered, this, [this] {
        showCustomers();
        m_customers->list()->focusSearch();
    });
    connect(a->newCustomer, &QAction::triggered, this, [this] {
        showCustomers();
        m_customers->newCustomer();
    });
    connect(a->editCustomer, &QAction::triggered, m_customers, &CustomersPage::editCurrentCustomer);
    connect(a->deleteCustomer, &QAction::triggered, m_customers, &CustomersPage::deleteCurrentCustomer);
    connect(a->addContact, &QAction::triggered, this, [this] {
        showCustomers();
        m_customers->detail()->showTab(CustomerDetailPane::ContactsTab);
        m_customers->detail()->contacts()->addContact();
    });
    connect(a->logInteraction, &QAction::triggered, this, [this] {
        showCustomers();
        m_customers->detail()->showTab(CustomerDetailPane::TimelineTab);
        m_customers->detail()->timeline()->logInteraction();
    });
    connect(a->addFollowUp, &QAction::triggered, this, [this] {
        showCustomers();
        m_customers->detail()->showTab(CustomerDetailPane::FollowUpsTab);
        m_customers->detail()->followUps()->addFollowUp();
    });
    connect(a->showCustomers, &QAction::triggered, this, &MainWindow::showCustomers);
    connect(a->showFollowUps, &QAction::triggered, this, &MainWindow::showFollowUps);
    connect(m_navigation, &NavigationBar::pageSelected, this, [this](NavigationBar::Page page) {
        m_pages->setCurrentIndex(page);
        (page == NavigationBar::CustomersPage ? m_actions->showCustomers : m_actions->showFollowUps)->setChecked(true);
        updateActions();
    });
    connect(a->languages, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_customers, &CustomersPage::currentCustomerChanged, this, &MainWindow::updateActions);
    connect(m_followUps, &FollowUpsPage::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(m_followUps->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateDueCount);
    connect(m_session, &WorkspaceSession::workspaceReplaced, this, [this] {
        updateActions();
        updateTitle();
    });
    connect(m_session, &WorkspaceSession::integrityChecked, this,
            [this](bool ok, const QString &message, IntegrityCheckJob::Depth depth) {
                updateActions();
                if (depth == IntegrityCheckJob::Depth::Full)
                    statusBar()->clearMessage();
                if (!ok)
                    MessageBoxes::warning(this, tr("Workspace check"), message);
                else if (depth == IntegrityCheckJob::Depth::Full)
                    MessageBoxes::information(this, tr("Workspace check"),
                                              tr("No problems found in “%1”.")
                                                  .arg(QDir::toNativeSeparators(m_session->path())));
            });
    connect(m_session, &WorkspaceSession::operationFailed, this,
            [this](const QString &message) { MessageBoxes::warning(this, tr("Guanxi"), message); });
}

bool MainWindow::showView(const QString &view, QString *errorMessage)
{
    if (view == QLatin1String("customers")) {
        showCustomers();
        return true;
    }
    if (view == QLatin1String("followups")) {
        showFollowUps();
        return true;
    }
    if (view.startsWith(QLatin1String("customer:"))) {
        const QString id = view.mid(9);
        openCustomer(id);
        if (m_customers->currentCustomerId() == id)
            return true;
        if (errorMessage)
            *errorMessage = tr("There is no customer with id %1.").arg(id);
        return false;
    }
    if (errorMessage)
        *errorMessage = tr("Unknown view “%1”: use customers, followups or customer:ID.").arg(view);
    return false;
}

bool MainWindow::isLoading() const
{
    const CustomerTableModel *model = m_customers->list()->model();
    return model->isLoading() || model->isCounting() || m_status->isCounting();
}

void MainWindow::showCustomers()
{
    m_navigation->setPage(NavigationBar::CustomersPage);
}

void MainWindow::showFollowUps()
{
    m_navigation->setPage(NavigationBar::FollowUpsPage);
}

void MainWindow::openCustomer(const QString &id)
{
    showCustomers();
    m_customers->showCustomer(id);
}

void MainWindow::setLanguage(const QString &code)
{
    Translations::install(code);
    if (m_options.persistent)
        AppSettings::setLanguage(code);
    m_actions->checkLanguage(code);
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList recent = m_options.persistent ? AppSettings::recentWorkspaces() : QStringList();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { m_workspaces->openPath(path); });
    }
    if (recent.isEmpty()) {
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        AppSettings::clearRecentWorkspaces();
        rebuildRecentMenu();
    });
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool editable = m_session->canEdit();
    const bool haveCustomer = !m_customers->currentCustomerId().isEmpty();
    MainActions *a = m_actions;
    a->importFile->setEnabled(editable);
    a->exportView->setEnabled(open && !m_exchange->isExporting());
    a->showImports->setEnabled(open);
    a->backup->setEnabled(open && !m_backups->isRunning());
    a->checkIntegrity->setEnabled(open && !m_session->isChecking());
    a->find->setEnabled(open);
    a->newCustomer->setEnabled(editable);
    a->editCustomer->setEnabled(editable && haveCustomer);
    a->deleteCustomer->setEnabled(editable && haveCustomer);
    a->addContact->setEnabled(editable && haveCustomer);
    a->logInteraction->setEnabled(editable && haveCustomer);
    a->addFollowUp->setEnabled(editable && haveCustomer);
    m_readOnlyBanner->setVisible(m_session->isReadOnly());
}

void MainWindow::updateTitle()
{
    if (!m_session->isOpen()) {
        setWindowTitle(tr("Guanxi"));
        return;
    }
    const QString name = QFileInfo(m_session->path()).completeBaseName();
    setWindowTitle(m_session->isReadOnly() ? tr("%1 (read-only) — Guanxi").arg(name) : tr("%1 — Guanxi").arg(name));
}

void MainWindow::updateDueCount()
{
    FollowUpAgendaModel *model = m_followUps->model();
    m_navigation->setDueCount(model->count(FollowUpAgendaModel::Overdue) + model->count(FollowUpAgendaModel::Today),
                              model->isTruncated(FollowUpAgendaModel::Overdue)
                                  || model->isTruncated(FollowUpAgendaModel::Today));
}

void MainWindow::retranslateUi()
{
    SessionCommand::retranslateAll(m_session->undoStack());
    m_actions->retranslate();
    m_status->retranslate();
    m_readOnlyBanner->setText(tr("This workspace is read-only: you can look at everything, but nothing can be changed. "
                                 "Copy the file to a writable folder to edit it."));
    rebuildRecentMenu();
    updateTitle();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Guanxi"),
                       tr("<h3>Guanxi %1</h3>"
                          "<p>A desktop CRM for small businesses: customers, contacts, what was promised, "
                          "and what needs doing next — in one file on your own computer.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(GUANXI_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(AppSettings::windowState(QStringLiteral("geometry"))))
        resize(1280, 800);
    restoreState(AppSettings::windowState(QStringLiteral("state")));
    m_customers->restoreSplitter(AppSettings::windowState(QStringLiteral("customersSplitter")));
    m_customers->list()->restoreHeaderState(AppSettings::windowState(QStringLiteral("customerColumns")));
    const int page = AppSettings::windowState(QStringLiteral("page")).toInt();
    m_navigation->setPage(page == NavigationBar::FollowUpsPage ? NavigationBar::FollowUpsPage
                                                               : NavigationBar::CustomersPage);
}

void MainWindow::saveLayout()
{
    AppSettings::setWindowState(QStringLiteral("geometry"), saveGeometry());
    AppSettings::setWindowState(QStringLiteral("state"), saveState());
    AppSettings::setWindowState(QStringLiteral("customersSplitter"), m_customers->splitter()->saveState());
    AppSettings::setWindowState(QStringLiteral("customerColumns"), m_customers->list()->saveHeaderState());
    AppSettings::setWindowState(QStringLiteral("page"), QByteArray::number(m_navigation->page()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.persistent)
        saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace guanxi
