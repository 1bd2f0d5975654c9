#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTableView;

namespace guanxi {

class CustomerTableModel;
class StaffComboBox;
class WorkspaceSession;

// The customer list: a type-ahead search box (debounced), filters for relationship tier,
// lifecycle level and owner, the number of matches, and the lazy table. Header clicks sort in
// SQL on the sortable columns. The selection survives reloads when the customer is still there.
class CustomerListView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 150;

    explicit CustomerListView(WorkspaceSession *session, QWidget *parent = nullptr);

    CustomerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *lifecycleFilter() const { return m_lifecycle; }
    StaffComboBox *ownerFilter() const { return m_owner; }

    QString currentCustomerId() const;
    // Selects the customer if it is among the loaded rows; returns whether it could.
    bool selectCustomer(const QString &id);
    // Selects the first row, if there is one.
    void selectFirst();
    void focusSearch();
    // Runs a pending search now instead of after the typing delay.
    void applyFiltersNow();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentCustomerChanged(const QString &id); // empty when nothing is selected
    void customerActivated(const QString &id); // double-click or Enter

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyFilters();
    void onHeaderClicked(int section);
    void fitColumns(bool initial);
    void updateCount();
    void updateEmptyHint();
    void emitCurrent();

    WorkspaceSession *m_session;
    CustomerTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_tier;
    QComboBox *m_lifecycle;
    StaffComboBox *m_owner;
    QLabel *m_count;
    QTableView *m_view;
    QLabel *m_emptyHint;
    QTimer *m_searchTimer;
    QList<QAction *> m_columnActions;
    QString m_idBeforeReset;
    QString m_lastEmitted;
};

} // namespace guanxi
