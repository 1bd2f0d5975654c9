#pragma once

#include "RecordDialog.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {

class StaffComboBox;

// Logs (or edits) a visit, call, e-mail, chat or meeting: when, with whom, who from our side,
// what happened and what we promised. A new interaction can create its follow-up at once.
class InteractionDialog : public RecordDialog
{
    Q_OBJECT

public:
    // `interaction.customerId` must be set; an empty id means a new interaction.
    InteractionDialog(WorkspaceSession *session, const Interaction &interaction, QWidget *parent = nullptr);

    Interaction interaction() const;
    // The follow-up to create with it, when that box is ticked.
    std::optional<FollowUp> followUp() const;
    QWidget *editor(const QString &field) const;

protected:
    FieldErrors validate() const override;
    Result<QString> save() override;
    void retranslateUi() override;

private:
    QWidget *buildFollowUpBox();
    void fillContacts();

    Interaction m_original;
    QFormLayout *m_form;
    QComboBox *m_channel;
    QDateTimeEdit *m_when;
    QComboBox *m_contact;
    StaffComboBox *m_staff;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_commitments;
    QGroupBox *m_followUpBox = nullptr;
    QFormLayout *m_followUpForm = nullptr;
    QLineEdit *m_followUpTitle = nullptr;
    QDateEdit *m_followUpDue = nullptr;
    StaffComboBox *m_followUpOwner = nullptr;
    QHash<QString, QWidget *> m_rows;
};

} // namespace guanxi
