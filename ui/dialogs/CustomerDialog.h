#pragma once

#include "RecordDialog.h"
#include "domain/Customer.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {

class StaffComboBox;

// Creates or edits a customer: every field of the customer record, validated as it is typed.
class CustomerDialog : public RecordDialog
{
    Q_OBJECT

public:
    // An empty id in `customer` means a new customer.
    CustomerDialog(WorkspaceSession *session, const Customer &customer, QWidget *parent = nullptr);

    // The customer as the widgets describe it (not yet normalised).
    Customer customer() const;

    // For tests and keyboard users: the editors by field name ("name", "email", …).
    QWidget *editor(const QString &field) const;

protected:
    FieldErrors validate() const override;
    Result<QString> save() override;
    void retranslateUi() override;

private:
    QWidget *buildGeneral();
    QWidget *buildContactDetails();
    QWidget *buildRelationship();
    QWidget *buildNotes();
    void load(const Customer &customer);
    void normalizeField(const QString &field);
    void fillCombos();

    Customer m_original;
    QGroupBox *m_generalBox = nullptr;
    QGroupBox *m_contactBox = nullptr;
    QGroupBox *m_relationshipBox = nullptr;
    QGroupBox *m_notesBox = nullptr;
    QFormLayout *m_generalForm = nullptr;
    QFormLayout *m_contactForm = nullptr;
    QFormLayout *m_relationshipForm = nullptr;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_industry;
    QComboBox *m_source;
    QLineEdit *m_creditCode;
    QLineEdit *m_tags;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_website;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_address;
    QComboBox *m_tier;
    QComboBox *m_lifecycle;
    QCheckBox *m_lifecycleManual;
    QComboBox *m_segment;
    StaffComboBox *m_owner;
    QComboBox *m_satisfaction;
    QCheckBox *m_doNotContact;
    QPlainTextEdit *m_notes;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QWidget *> m_rows; // the form row widget (editor + messages) of each field
};

} // namespace guanxi
