#include "FollowUpDialog.h"

#include "session/WorkspaceSession.h"
#include "widgets/Icons.h"
#include "widgets/StaffComboBox.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace guanxi {

FollowUpDialog::FollowUpDialog(WorkspaceSession *session, const FollowUp &followUp, QWidget *parent)
    : RecordDialog(session, parent), m_original(followUp), m_form(new QFormLayout), m_title(new QLineEdit(this)),
      m_due(new QDateEdit(this)), m_owner(new StaffComboBox(session, StaffComboBox::Mode::Picker, this)),
      m_notes(new QPlainTextEdit(this))
{
    setWindowIcon(Icons::named(QStringLiteral("follow-up")));
    m_title->setObjectName(QStringLiteral("title"));
    m_due->setObjectName(QStringLiteral("dueOn"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_due->setCalendarPopup(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(110);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[field, editor] : {std::pair<QString, QWidget *> {QStringLiteral("title"), m_title},
                                        {QStringLiteral("dueOn"), m_due},
                                        {QStringLiteral("ownerId"), m_owner},
                                        {QStringLiteral("notes"), m_notes}}) {
        QWidget *row = withMessages(field, editor);
        m_rows.insert(field, row);
        addFormRow(m_form, row);
    }
    contentLayout()->addLayout(m_form);

    m_title->setText(followUp.title);
    m_due->setDate(followUp.dueOn.isValid() ? followUp.dueOn : QDate::currentDate().addDays(1));
    m_owner->setStaffId(followUp.ownerId);
    m_notes->setPlainText(followUp.notes);

    retranslateUi();
    setEditorTabOrder({m_title, m_due, m_owner, m_notes});
    if (!followUp.id().isEmpty())
        validation()->touchAll();
    validation()->revalidate();
    m_title->setFocus();
    resize(sizeHint().expandedTo(QSize(440, 0)));
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f = m_original;
    f.title = m_title->text();
    f.dueOn = m_due->date();
    // A new due date later than the snooze makes the snooze moot.
    if (f.snoozedUntil.isValid() && f.snoozedUntil <= f.dueOn)
        f.snoozedUntil = QDate();
    f.ownerId = m_owner->staffId().value_or(QString());
    f.notes = m_notes->toPlainText();
    return f;
}

QWidget *FollowUpDialog::editor(const QString &field) const
{
    return findChild<QWidget *>(field);
}

FieldErrors FollowUpDialog::validate() const
{
    FollowUp copy = followUp();
    return Validation::normalizeAndValidate(copy);
}

Result<QString> FollowUpDialog::save()
{
    const FollowUp f = followUp();
    auto saved = f.id().isEmpty() ? session()->create(f) : session()->update(f);
    if (!saved)
        return saved.error();
    return saved->id();
}

void FollowUpDialog::retranslateUi()
{
    setWindowTitle(m_original.id().isEmpty() ? tr("New follow-up") : tr("Edit follow-up"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("title")), tr("&What:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("dueOn")), tr("&Due:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("ownerId")), tr("&Owner:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("notes")), tr("N&otes:"));
    m_title->setPlaceholderText(tr("e.g. Send the quotation"));
}

} // namespace guanxi
