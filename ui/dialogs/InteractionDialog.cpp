#include "InteractionDialog.h"

#include "session/WorkspaceSession.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "widgets/ChannelIcons.h"
#include "widgets/EnumCombo.h"
#include "widgets/Icons.h"
#include "widgets/StaffComboBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace guanxi {

namespace {
const QString FollowUpPrefix = QStringLiteral("followUp.");
}

InteractionDialog::InteractionDialog(WorkspaceSession *session, const Interaction &interaction, QWidget *parent)
    : RecordDialog(session, parent), m_original(interaction), m_form(new QFormLayout), m_channel(new QComboBox(this)),
      m_when(new QDateTimeEdit(this)), m_contact(new QComboBox(this)),
      m_staff(new StaffComboBox(session, StaffComboBox::Mode::Picker, this)), m_summary(new QPlainTextEdit(this)),
      m_commitments(new QPlainTextEdit(this))
{
    setWindowIcon(Icons::named(QStringLiteral("interaction")));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_when->setObjectName(QStringLiteral("occurredAt"));
    m_contact->setObjectName(QStringLiteral("contact"));
    m_staff->setObjectName(QStringLiteral("staff"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_commitments->setObjectName(QStringLiteral("commitments"));
    m_when->setCalendarPopup(true);
    m_when->setTimeSpec(Qt::LocalTime);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    for (QPlainTextEdit *edit : {m_summary, m_commitments}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(70);
    }
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[field, editor] : {std::pair<QString, QWidget *> {QStringLiteral("channel"), m_channel},
                                        {QStringLiteral("occurredAt"), m_when},
                                        {QStringLiteral("contactId"), m_contact},
                                        {QStringLiteral("staffId"), m_staff},
                                        {QStringLiteral("summary"), m_summary},
                                        {QStringLiteral("commitments"), m_commitments}}) {
        QWidget *row = withMessages(field, editor);
        m_rows.insert(field, row);
        addFormRow(m_form, row);
    }
    contentLayout()->addLayout(m_form, 1);
    if (interaction.id().isEmpty())
        contentLayout()->addWidget(buildFollowUpBox());

    EnumCombo::fill<InteractionChannel>(m_channel);
    fillContacts();
    EnumCombo::setValue<InteractionChannel>(m_channel, interaction.channel);
    m_when->setDateTime(interaction.occurredAt.isValid() ? interaction.occurredAt.toLocalTime()
                                                         : QDateTime::currentDateTime());
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(interaction.contactId)));
    QString staffId = interaction.staffId;
    if (interaction.id().isEmpty() && staffId.isEmpty())
        if (auto customer = session->customers().get(interaction.customerId))
            staffId = customer->ownerId; // usually the owner talks to the customer
    m_staff->setStaffId(staffId);
    m_summary->setPlainText(interaction.summary);
    m_commitments->setPlainText(interaction.commitments);
    if (m_followUpOwner)
        m_followUpOwner->setStaffId(staffId);

    retranslateUi();
    QList<QWidget *> order {m_channel, m_when, m_contact, m_staff, m_summary, m_commitments};
    if (m_followUpBox)
        order += {m_followUpBox, m_followUpTitle, m_followUpDue, m_followUpOwner};
    setEditorTabOrder(order);
    if (!interaction.id().isEmpty())
        validation()->touchAll();
    validation()->revalidate();
    m_summary->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QWidget *InteractionDialog::buildFollowUpBox()
{
    m_followUpBox = new QGroupBox(this);
    m_followUpBox->setObjectName(QStringLiteral("followUpBox"));
    m_followUpBox->setCheckable(true);
    m_followUpBox->setChecked(false);
    m_followUpForm = new QFormLayout(m_followUpBox);
    m_followUpForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_followUpTitle = new QLineEdit(m_followUpBox);
    m_followUpTitle->setObjectName(QStringLiteral("followUpTitle"));
    m_followUpDue = new QDateEdit(QDate::currentDate().addDays(3), m_followUpBox);
    m_followUpDue->setObjectName(QStringLiteral("followUpDue"));
    m_followUpDue->setCalendarPopup(true);
    m_followUpOwner = new StaffComboBox(session(), StaffComboBox::Mode::Picker, m_followUpBox);
    for (const auto &[field, editor] : {std::pair<QString, QWidget *> {QStringLiteral("title"), m_followUpTitle},
                                        {QStringLiteral("dueOn"), m_followUpDue},
                                        {QStringLiteral("ownerId"), m_followUpOwner}}) {
        QWidget *row = withMessages(FollowUpPrefix + field, editor);
        row->setParent(m_followUpBox);
        m_rows.insert(FollowUpPrefix + field, row);
        addFormRow(m_followUpForm, row);
    }
    validation()->watch(m_followUpBox);
    // A commitment is usually what the follow-up is about.
    connect(m_commitments, &QPlainTextEdit::textChanged, this, [this] {
        if (m_followUpBox->isChecked() && !m_followUpTitle->isModified())
            m_followUpTitle->setText(m_commitments->toPlainText().section(QLatin1Char('\n'), 0, 0).left(120));
    });
    connect(m_followUpBox, &QGroupBox::toggled, this, [this](bool on) {
        if (on && m_followUpTitle->text().isEmpty())
            m_followUpTitle->setText(m_commitments->toPlainText().section(QLatin1Char('\n'), 0, 0).left(120));
    });
    return m_followUpBox;
}

void InteractionDialog::fillContacts()
{
    const QString current = m_contact->currentData().toString();
    m_contact->clear();
    m_contact->addItem(tr("Nobody in particular"), QString());
    if (auto contacts = session()->contacts().listForCustomer(m_original.customerId))
        for (const Contact &c : *contacts)
            m_contact->addItem(Icons::named(QStringLiteral("person")),
                               c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title), c.id());
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(current)));
}

Interaction InteractionDialog::interaction() const
{
    Interaction i = m_original;
    i.channel = EnumCombo::value<InteractionChannel>(m_channel).value_or(InteractionChannel::Call);
    i.occurredAt = m_when->dateTime().toUTC();
    i.contactId = m_contact->currentData().toString();
    i.staffId = m_staff->staffId().value_or(QString());
    i.summary = m_summary->toPlainText();
    i.commitments = m_commitments->toPlainText();
    return i;
}

std::optional<FollowUp> InteractionDialog::followUp() const
{
    if (!m_followUpBox || !m_followUpBox->isChecked())
        return std::nullopt;
    FollowUp f;
    f.customerId = m_original.customerId;
    f.title = m_followUpTitle->text();
    f.dueOn = m_followUpDue->date();
    f.ownerId = m_followUpOwner->staffId().value_or(QString());
    f.notes = m_commitments->toPlainText();
    return f;
}

QWidget *InteractionDialog::editor(const QString &field) const
{
    return findChild<QWidget *>(field);
}

FieldErrors InteractionDialog::validate() const
{
    Interaction copy = interaction();
    FieldErrors errors = Validation::normalizeAndValidate(copy);
    if (auto f = followUp()) {
        for (FieldError e : Validation::normalizeAndValidate(*f)) {
            e.field = FollowUpPrefix + e.field;
            errors.append(e);
        }
    }
    return errors;
}

Result<QString> InteractionDialog::save()
{
    const Interaction i = interaction();
    if (!i.id().isEmpty()) {
        auto saved = session()->update(i);
        if (!saved)
            return saved.error();
        return saved->id();
    }
    auto logged = session()->logInteraction(i, followUp());
    if (!logged)
        return logged.error();
    return logged->id();
}

void InteractionDialog::retranslateUi()
{
    setWindowTitle(m_original.id().isEmpty() ? tr("Log an interaction") : tr("Edit interaction"));
    EnumCombo::fill<InteractionChannel>(m_channel);
    for (int i = 0; i < m_channel->count(); ++i)
        if (auto channel = enumFromCode<InteractionChannel>(m_channel->itemData(i).toString()))
            m_channel->setItemIcon(i, ChannelIcons::icon(*channel));
    m_contact->setItemText(0, tr("Nobody in particular"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("channel")), tr("&Channel:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("occurredAt")), tr("&When:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("contactId")), tr("With &contact:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("staffId")), tr("&By:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("summary")), tr("&Summary:"));
    setRowLabel(m_form, m_rows.value(QStringLiteral("commitments")), tr("&Promised:"));
    m_summary->setPlaceholderText(tr("What was discussed, what the customer wants"));
    m_commitments->setPlaceholderText(tr("What we promised, in writing (quotes, dates, prices)"));
    if (m_followUpBox) {
        m_followUpBox->setTitle(tr("Also create a &follow-up"));
        setRowLabel(m_followUpForm, m_rows.value(FollowUpPrefix + QStringLiteral("title")), tr("What:"));
        setRowLabel(m_followUpForm, m_rows.value(FollowUpPrefix + QStringLiteral("dueOn")), tr("Due:"));
        setRowLabel(m_followUpForm, m_rows.value(FollowUpPrefix + QStringLiteral("ownerId")), tr("Owner:"));
    }
}

} // namespace guanxi
