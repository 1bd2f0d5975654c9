#pragma once

#include "FormValidation.h"
#include "Result.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace guanxi {

class WorkspaceSession;

// What the customer, contact, interaction and follow-up dialogs share: a banner for messages
// that belong to no single field (and for refusals from saving), inline validation, and an
// OK button that saves through the session (undoable) and closes only when the save worked,
// so a refusal never loses what the user typed. Open with open(), not exec().
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(WorkspaceSession *session, QWidget *parent);

    void accept() override;
    QPushButton *okButton() const;
    FormValidation *validation() const { return m_validation; }
    // The id of the record saved by OK (after accepted()).
    QString savedId() const { return m_savedId; }

Q_SIGNALS:
    void saved(const QString &id);

protected:
    // The record as the widgets describe it, normalised and validated (on a copy).
    virtual FieldErrors validate() const = 0;
    // Writes through the session; returns the saved record's id.
    virtual Result<QString> save() = 0;
    virtual void retranslateUi() = 0;

    WorkspaceSession *session() const { return m_session; }
    // Where subclasses put their widgets (between the banner and the buttons).
    QVBoxLayout *contentLayout() const { return m_content; }
    // The editor with its error label under it, for a form row.
    QWidget *withMessages(const QString &field, QWidget *editor);
    // A row whose label (set later by setRowLabel, in the current language) is the field's buddy.
    static void addFormRow(QFormLayout *form, QWidget *field);
    static void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);
    void showBanner(const QString &message);
    // Tab moves through `editors` in this order, then to the buttons (editors are reparented
    // into rows, which would otherwise scramble the order).
    void setEditorTabOrder(const QList<QWidget *> &editors);

    void changeEvent(QEvent *event) override;

private:
    WorkspaceSession *m_session;
    QLabel *m_banner;
    QVBoxLayout *m_content;
    QDialogButtonBox *m_buttons;
    FormValidation *m_validation;
    QString m_savedId;
};

} // namespace guanxi
