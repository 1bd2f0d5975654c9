#pragma once

#include "RecordDialog.h"
#include "domain/FollowUp.h"

class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {

class StaffComboBox;

// Creates or edits a follow-up: what to do, by when, who does it.
class FollowUpDialog : public RecordDialog
{
    Q_OBJECT

public:
    // `followUp.customerId` must be set; an empty id means a new follow-up.
    FollowUpDialog(WorkspaceSession *session, const FollowUp &followUp, QWidget *parent = nullptr);

    FollowUp followUp() const;
    QWidget *editor(const QString &field) const;

protected:
    FieldErrors validate() const override;
    Result<QString> save() override;
    void retranslateUi() override;

private:
    FollowUp m_original;
    QFormLayout *m_form;
    QLineEdit *m_title;
    QDateEdit *m_due;
    StaffComboBox *m_owner;
    QPlainTextEdit *m_notes;
    QHash<QString, QWidget *> m_rows;
};

} // namespace guanxi
