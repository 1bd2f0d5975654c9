#pragma once

#include "domain/Validation.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QLabel;
class QPushButton;

namespace guanxi {

// Inline validation for a record dialog: after every change it runs the dialog's validator
// (Validation::normalizeAndValidate on a copy of the record), shows each field's message in a
// label beside the field once the user has left that field (and keeps it current while they
// fix it), and enables OK only while there is nothing to complain about. Messages for fields
// without an editor go to the dialog's banner.
class FormValidation : public QObject
{
    Q_OBJECT

public:
    using Validator = std::function<FieldErrors()>;

    FormValidation(QPushButton *okButton, QLabel *banner, Validator validator, QObject *parent);

    // Watches `editor` (line edit, plain text, combo box, date/time edit, check box) and returns
    // the label that shows the messages for `field`; place it under the editor.
    QLabel *addField(const QString &field, QWidget *editor);
    // Watches a widget whose changes affect validity but that has no messages of its own.
    void watch(QWidget *editor);
    // Shows every field's messages, touched or not (an existing record being edited).
    void touchAll();

    void revalidate();
    bool isValid() const { return m_errors.isEmpty(); }
    const FieldErrors &errors() const { return m_errors; }
    QString messageFor(const QString &field) const;

Q_SIGNALS:
    // The user left the editor of `field` (to normalise what they typed, say).
    void fieldLeft(const QString &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void touch(const QString &field);
    void connectEditor(QWidget *editor, const QString &field);

    QPushButton *m_okButton;
    QLabel *m_banner;
    Validator m_validator;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
    QHash<QObject *, QString> m_fieldOfEditor;
    QSet<QString> m_touched;
    QSet<QString> m_shown; // fields whose message is on screen
    bool m_bannerInUse = false; // the banner shows our messages (not a save error)
    bool m_allTouched = false;
    FieldErrors m_errors;
};

} // namespace guanxi
