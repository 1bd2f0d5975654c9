#pragma once

#include "domain/Customer.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace guanxi {

// Every field of one customer, read-only, with translated labels for the coded ones.
class CustomerProfileWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerProfileWidget(QWidget *parent = nullptr);

    void setCustomer(const Customer &customer);
    // The text shown for a field ("tier", "email", …), for tests.
    QString shownText(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow(QFormLayout *form, const QString &field);
    void retranslateUi();
    void showValues();

    Customer m_customer;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_labels;
    QLabel *m_notes;
    QLabel *m_notesLabel;
};

} // namespace guanxi
