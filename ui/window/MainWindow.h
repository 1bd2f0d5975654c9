#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace guanxi {

class BackupController;
class CustomersPage;
class ExchangeController;
class FollowUpsPage;
class NavigationBar;
class StatusBarWidgets;
class WorkspaceController;
class WorkspaceSession;
struct MainActions;

// The Guanxi window: menus, tool bar, the navigation side bar with the customers and
// follow-ups views, and the status bar. It wires commands to the views and remembers its
// layout; the views do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options {
        bool persistent = true; // read and write QSettings (off for screenshots)
    };

    MainWindow(WorkspaceSession *session, const Options &options, QWidget *parent = nullptr);
    explicit MainWindow(WorkspaceSession *session, QWidget *parent = nullptr) : MainWindow(session, Options {}, parent)
    {
    }
    ~MainWindow() override;

    WorkspaceSession *session() const { return m_session; }
    MainActions *actions() const { return m_actions; }
    CustomersPage *customersPage() const { return m_customers; }
    FollowUpsPage *followUpsPage() const { return m_followUps; }
    NavigationBar *navigation() const { return m_navigation; }
    WorkspaceController *workspaces() const { return m_workspaces; }
    BackupController *backups() const { return m_backups; }
    ExchangeController *exchange() const { return m_exchange; }
    StatusBarWidgets *statusWidgets() const { return m_status; }

    // "customers", "followups" or "customer:ID"; false with a message for anything else.
    bool showView(const QString &view, QString *errorMessage = nullptr);
    void showCustomers();
    void showFollowUps();
    void openCustomer(const QString &id);

    // "zh_CN", "en" or "" (the system's): installs the translators and remembers the choice.
    void setLanguage(const QString &code);

    // Still loading what it shows (the customer list's first page or its count).
    bool isLoading() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectActions();
    void restoreLayout();
    void saveLayout();
    void rebuildRecentMenu();
    void updateActions();
    void updateTitle();
    void updateDueCount();
    void retranslateUi();
    void showAbout();
    QLabel *buildReadOnlyBanner();

    WorkspaceSession *m_session;
    Options m_options;
    MainActions *m_actions;
    NavigationBar *m_navigation;
    QStackedWidget *m_pages;
    CustomersPage *m_customers;
    FollowUpsPage *m_followUps;
    QLabel *m_readOnlyBanner;
    StatusBarWidgets *m_status;
    WorkspaceController *m_workspaces;
    BackupController *m_backups;
    ExchangeController *m_exchange;
};

} // namespace guanxi
