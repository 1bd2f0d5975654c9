#pragma once

#include "RecordDialog.h"
#include "domain/Contact.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {

// Creates or edits one of a customer's contacts.
class ContactDialog : public RecordDialog
{
    Q_OBJECT

public:
    // `contact.customerId` must be set; an empty id means a new contact.
    ContactDialog(WorkspaceSession *session, const Contact &contact, QWidget *parent = nullptr);

    Contact contact() const;
    QWidget *editor(const QString &field) const;

protected:
    FieldErrors validate() const override;
    Result<QString> save() override;
    void retranslateUi() override;

private:
    void normalizeField(const QString &field);

    Contact m_original;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_wechat;
    QPlainTextEdit *m_notes;
    QCheckBox *m_primary;
    QHash<QString, QWidget *> m_rows;
};

} // namespace guanxi
