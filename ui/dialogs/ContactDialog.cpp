#include "ContactDialog.h"

#include "session/WorkspaceSession.h"
#include "widgets/EnumCombo.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace guanxi {

ContactDialog::ContactDialog(WorkspaceSession *session, const Contact &contact, QWidget *parent)
    : RecordDialog(session, parent), m_original(contact), m_form(new QFormLayout), m_name(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_role(new QComboBox(this)), m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_wechat(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_primary(new QCheckBox(this))
{
    setWindowIcon(Icons::named(QStringLiteral("person")));
    m_name->setObjectName(QStringLiteral("name"));
    m_title->setObjectName(QStringLiteral("title"));
    m_role->setObjectName(QStringLiteral("role"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email->setObjectName(QStringLiteral("email"));
    m_wechat->setObjectName(QStringLiteral("wechat"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_primary->setObjectName(QStringLiteral("primary"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(110);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[field, editor] : {std::pair<QString, QWidget *> {QStringLiteral("name"), m_name},
                                        {QStringLiteral("title"), m_title},
                                        {QStringLiteral("role"), m_role},
                                        {QStringLiteral("phone"), m_phone},
                                        {QStringLiteral("email"), m_email},
                                        {QStringLiteral("wechat"), m_wechat},
                                        {QStringLiteral("notes"), m_notes}}) {
        QWidget *row = withMessages(field, editor);
        m_rows.insert(field, row);
        addFormRow(m_form, row);
    }
    addFormRow(m_form, m_primary);
    contentLayout()->addLayout(m_form);
    validation()->watch(m_primary);

    EnumCombo::fill<ContactRole>(m_role, tr("Not known"));
    m_name->setText(contact.name);
    m_title->setText(contact.title);
    EnumCombo::setValue<ContactRole>(m_role, contact.role);
    m_phone->setText(contact.phone);
    m_email->setText(contact.email);
    m_wechat->setText(contact.wechat);
    m_notes->setPlainText(contact.notes);
    m_primary->setChecked(contact.primary);

    connect(validation(), &FormValidation::fieldLeft, this, &ContactDialog::normalizeField);
    retranslateUi();
    setEditorTabOrder({m_name, m_title, m_role, m_phone, m_email, m_wechat, m_notes, m_primary});
    if (!contact.id().isEmpty())
        validation()->touchAll();
    validation()->revalidate();
    m_name->setFocus();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

Contact ContactDialog::contact() const
{
    Contact c = m_original;
    c.name = m_name->text();
    c.title = m_title->text();
    c.role = EnumCombo::value<ContactRole>(m_role);
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.wechat = m_wechat->text();
    c.notes = m_notes->toPlainText();
    c.primary = m_primary->isChecked();
    return c;
}

QWidget *ContactDialog::editor(const QString &field) const
{
    return findChild<QWidget *>(field);
}

FieldErrors ContactDialog::validate() const
{
    Contact copy = contact();
    return Validation::normalizeAndValidate(copy);
}

void ContactDialog::normalizeField(const QString &field)
{
    if (!validation()->messageFor(field).isEmpty())
        return;
    Contact copy = contact();
    (void)Validation::normalizeAndValidate(copy);
    if (field == QLatin1String("phone") && copy.phone != m_phone->text())
        m_phone->setText(copy.phone);
    else if (field == QLatin1String("email") && copy.email != m_email->text())
        m_email->setText(copy.email);
}

Result<QString> ContactDialog::save()
{
    const Contact c = contact();
    auto saved = c.id().isEmpty() ? session()->create(c) : session()->update(c);
    if (!saved)
        return saved.error();
    return saved->id();
}

void ContactDialog::retranslateUi()
{
    setWindowTitle(m_original.id().isEmpty() ? tr("New contact") : tr("Edit contact “%1”").arg(m_original.name));
    EnumCombo::fill<ContactRole>(m_role, tr("Not known"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("name")), tr("&Name:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("title")), tr("&Job title:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("role")), tr("&Role in the decision:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("phone")), tr("&Phone:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("email")), tr("&E-mail:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("wechat")), tr("&WeChat:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("notes")), tr("N&otes:"));
    m_primary->setText(tr("&Primary contact"));
    m_title->setPlaceholderText(tr("e.g. Purchasing manager"));
    m_phone->setPlaceholderText(tr("e.g. 138 1234 5678"));
    m_email->setPlaceholderText(tr("name@example.com"));
}

} // namespace guanxi
