#include "CustomerDialog.h"

#include "session/WorkspaceSession.h"
#include "widgets/EnumCombo.h"
#include "widgets/Icons.h"
#include "widgets/StaffComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace guanxi {

CustomerDialog::CustomerDialog(WorkspaceSession *session, const Customer &customer, QWidget *parent)
    : RecordDialog(session, parent), m_original(customer), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_industry(new QLineEdit(this)), m_source(new QComboBox(this)), m_creditCode(new QLineEdit(this)),
      m_tags(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_website(new QLineEdit(this)), m_city(new QLineEdit(this)), m_region(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_tier(new QComboBox(this)), m_lifecycle(new QComboBox(this)),
      m_lifecycleManual(new QCheckBox(this)), m_segment(new QComboBox(this)),
      m_owner(new StaffComboBox(session, StaffComboBox::Mode::Picker, this)), m_satisfaction(new QComboBox(this)),
      m_doNotContact(new QCheckBox(this)), m_notes(new QPlainTextEdit(this))
{
    setWindowIcon(Icons::named(customer.id().isEmpty() ? QStringLiteral("add") : QStringLiteral("edit")));
    m_editors = {{QStringLiteral("name"), m_name},
                 {QStringLiteral("kind"), m_kind},
                 {QStringLiteral("industry"), m_industry},
                 {QStringLiteral("source"), m_source},
                 {QStringLiteral("creditCode"), m_creditCode},
                 {QStringLiteral("tags"), m_tags},
                 {QStringLiteral("phone"), m_phone},
                 {QStringLiteral("email"), m_email},
                 {QStringLiteral("website"), m_website},
                 {QStringLiteral("city"), m_city},
                 {QStringLiteral("region"), m_region},
                 {QStringLiteral("address"), m_address},
                 {QStringLiteral("tier"), m_tier},
                 {QStringLiteral("lifecycle"), m_lifecycle},
                 {QStringLiteral("lifecycleManual"), m_lifecycleManual},
                 {QStringLiteral("segment"), m_segment},
                 {QStringLiteral("owner"), m_owner},
                 {QStringLiteral("satisfaction"), m_satisfaction},
                 {QStringLiteral("doNotContact"), m_doNotContact},
                 {QStringLiteral("notes"), m_notes}};
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it)
        it.value()->setObjectName(it.key());
    m_name->setMaxLength(Validation::MaxNameLength + 20);
    m_creditCode->setMaxLength(24);
    m_notes->setTabChangesFocus(true);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Room for typical values and for the messages under the fields.
    for (QLineEdit *line :
         {m_name, m_industry, m_creditCode, m_tags, m_phone, m_email, m_website, m_city, m_region, m_address})
        line->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(buildGeneral());
    left->addWidget(buildContactDetails());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildRelationship());
    right->addWidget(buildNotes(), 1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    contentLayout()->addLayout(columns);

    fillCombos();
    load(customer);
    retranslateUi();

    // The lifecycle level is computed later; picking one by hand marks it as an override.
    connect(m_lifecycle, &QComboBox::activated, this, [this] { m_lifecycleManual->setChecked(true); });
    connect(validation(), &FormValidation::fieldLeft, this, &CustomerDialog::normalizeField);
    for (QWidget *w :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_tier), static_cast<QWidget *>(m_lifecycle),
          static_cast<QWidget *>(m_lifecycleManual), static_cast<QWidget *>(m_segment), static_cast<QWidget *>(m_owner),
          static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_doNotContact), static_cast<QWidget *>(m_notes),
          static_cast<QWidget *>(m_industry), static_cast<QWidget *>(m_city), static_cast<QWidget *>(m_region),
          static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_tags)})
        validation()->watch(w);
    setEditorTabOrder({m_name,    m_kind,    m_industry,     m_source,       m_creditCode,
                       m_tags,    m_phone,   m_email,        m_website,      m_city,
                       m_region,  m_address, m_tier,         m_lifecycle,    m_lifecycleManual,
                       m_segment, m_owner,   m_satisfaction, m_doNotContact, m_notes});
    if (!customer.id().isEmpty())
        validation()->touchAll();
    validation()->revalidate();
    m_name->setFocus();
    resize(sizeHint().expandedTo(QSize(820, 560)));
}

QWidget *CustomerDialog::buildGeneral()
{
    m_generalBox = new QGroupBox(this);
    m_generalForm = new QFormLayout(m_generalBox);
    m_generalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [this](QFormLayout *form, const QString &field, QWidget *editor) {
        QWidget *w = withMessages(field, editor);
        m_rows.insert(field, w);
        addFormRow(form, w);
    };
    row(m_generalForm, QStringLiteral("name"), m_name);
    addFormRow(m_generalForm, m_kind);
    row(m_generalForm, QStringLiteral("industry"), m_industry);
    addFormRow(m_generalForm, m_source);
    row(m_generalForm, QStringLiteral("creditCode"), m_creditCode);
    row(m_generalForm, QStringLiteral("tags"), m_tags);
    return m_generalBox;
}

QWidget *CustomerDialog::buildContactDetails()
{
    m_contactBox = new QGroupBox(this);
    m_contactForm = new QFormLayout(m_contactBox);
    m_contactForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[field, editor] : {std::pair<QString, QWidget *> {QStringLiteral("phone"), m_phone},
                                        {QStringLiteral("email"), m_email},
                                        {QStringLiteral("website"), m_website},
                                        {QStringLiteral("city"), m_city},
                                        {QStringLiteral("region"), m_region},
                                        {QStringLiteral("address"), m_address}}) {
        QWidget *w = withMessages(field, editor);
        m_rows.insert(field, w);
        addFormRow(m_contactForm, w);
    }
    return m_contactBox;
}

QWidget *CustomerDialog::buildRelationship()
{
    m_relationshipBox = new QGroupBox(this);
    m_relationshipForm = new QFormLayout(m_relationshipBox);
    m_relationshipForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFormRow(m_relationshipForm, m_tier);
    auto *lifecycleRow = new QWidget(this);
    auto *lifecycleLayout = new QHBoxLayout(lifecycleRow);
    lifecycleLayout->setContentsMargins(0, 0, 0, 0);
    m_lifecycle->setParent(lifecycleRow);
    m_lifecycleManual->setParent(lifecycleRow);
    lifecycleLayout->addWidget(m_lifecycle, 1);
    lifecycleLayout->addWidget(m_lifecycleManual);
    lifecycleRow->setFocusProxy(m_lifecycle);
    m_rows.insert(QStringLiteral("lifecycle"), lifecycleRow);
    addFormRow(m_relationshipForm, lifecycleRow);
    addFormRow(m_relationshipForm, m_segment);
    addFormRow(m_relationshipForm, m_owner);
    QWidget *satisfaction = withMessages(QStringLiteral("satisfaction"), m_satisfaction);
    m_rows.insert(QStringLiteral("satisfaction"), satisfaction);
    addFormRow(m_relationshipForm, satisfaction);
    addFormRow(m_relationshipForm, m_doNotContact);
    return m_relationshipBox;
}

QWidget *CustomerDialog::buildNotes()
{
    m_notesBox = new QGroupBox(this);
    auto *layout = new QVBoxLayout(m_notesBox);
    m_notes->setParent(m_notesBox);
    layout->addWidget(m_notes);
    return m_notesBox;
}

void CustomerDialog::fillCombos()
{
    EnumCombo::fill<CustomerKind>(m_kind);
    EnumCombo::fill<RelationshipTier>(m_tier);
    EnumCombo::fill<LifecycleLevel>(m_lifecycle);
    EnumCombo::fill<ValueSegment>(m_segment, tr("Not assessed"));
    EnumCombo::fill<SourceChannel>(m_source, tr("Unknown"));
    const int current = m_satisfaction->currentIndex();
    m_satisfaction->clear();
    m_satisfaction->addItem(tr("Not rated"), 0);
    for (int stars = 1; stars <= 5; ++stars)
        m_satisfaction->addItem(QString(stars, QChar(0x2605)) + QString(5 - stars, QChar(0x2606)) + QLatin1Char(' ')
                                    + tr("%1 of 5").arg(stars),
                                stars);
    m_satisfaction->setCurrentIndex(qMax(0, current));
}

void CustomerDialog::load(const Customer &c)
{
    m_name->setText(c.name);
    EnumCombo::setValue<CustomerKind>(m_kind, c.kind);
    m_industry->setText(c.industry);
    EnumCombo::setValue<SourceChannel>(m_source, c.source);
    m_creditCode->setText(c.creditCode);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_website->setText(c.website);
    m_city->setText(c.city);
    m_region->setText(c.region);
    m_address->setText(c.address);
    EnumCombo::setValue<RelationshipTier>(m_tier, c.tier);
    EnumCombo::setValue<LifecycleLevel>(m_lifecycle, c.lifecycle);
    m_lifecycleManual->setChecked(c.lifecycleManual);
    EnumCombo::setValue<ValueSegment>(m_segment, c.segment);
    m_owner->setStaffId(c.ownerId);
    m_satisfaction->setCurrentIndex(qBound(0, c.satisfaction, 5));
    m_doNotContact->setChecked(c.doNotContact);
    m_notes->setPlainText(c.notes);
}

Customer CustomerDialog::customer() const
{
    Customer c = m_original;
    c.name = m_name->text();
    c.kind = EnumCombo::value<CustomerKind>(m_kind).value_or(CustomerKind::Company);
    c.industry = m_industry->text();
    c.source = EnumCombo::value<SourceChannel>(m_source);
    c.creditCode = m_creditCode->text();
    static const QRegularExpression tagSeparators(QStringLiteral("[,，;；、]"));
    c.tags = m_tags->text().split(tagSeparators, Qt::SkipEmptyParts);
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.website = m_website->text();
    c.city = m_city->text();
    c.region = m_region->text();
    c.address = m_address->text();
    c.tier = EnumCombo::value<RelationshipTier>(m_tier).value_or(RelationshipTier::Transactional);
    c.lifecycle = EnumCombo::value<LifecycleLevel>(m_lifecycle).value_or(LifecycleLevel::Prospect);
    c.lifecycleManual = m_lifecycleManual->isChecked();
    c.segment = EnumCombo::value<ValueSegment>(m_segment);
    c.ownerId = m_owner->staffId().value_or(QString());
    c.satisfaction = m_satisfaction->currentData().toInt();
    c.doNotContact = m_doNotContact->isChecked();
    c.notes = m_notes->toPlainText();
    return c;
}

QWidget *CustomerDialog::editor(const QString &field) const
{
    return m_editors.value(field);
}

FieldErrors CustomerDialog::validate() const
{
    Customer copy = customer();
    return Validation::normalizeAndValidate(copy);
}

// Shows the stored form of what was typed ("+86 138 1234 5678" → "13812345678") once the
// user leaves a field that is valid.
void CustomerDialog::normalizeField(const QString &field)
{
    auto *line = qobject_cast<QLineEdit *>(m_editors.value(field));
    if (!line || !validation()->messageFor(field).isEmpty())
        return;
    Customer copy = customer();
    (void)Validation::normalizeAndValidate(copy);
    QString normalized;
    if (field == QLatin1String("phone"))
        normalized = copy.phone;
    else if (field == QLatin1String("email"))
        normalized = copy.email;
    else if (field == QLatin1String("creditCode"))
        normalized = copy.creditCode;
    else
        return;
    if (normalized != line->text())
        line->setText(normalized);
}

Result<QString> CustomerDialog::save()
{
    const Customer c = customer();
    auto saved = c.id().isEmpty() ? session()->create(c) : session()->update(c);
    if (!saved)
        return saved.error();
    return saved->id();
}

void CustomerDialog::retranslateUi()
{
    setWindowTitle(m_original.id().isEmpty() ? tr("New customer") : tr("Edit customer “%1”").arg(m_original.name));
    m_generalBox->setTitle(tr("General"));
    m_contactBox->setTitle(tr("Contact details"));
    m_relationshipBox->setTitle(tr("Relationship"));
    m_notesBox->setTitle(tr("Notes"));
    fillCombos();
    setRowLabel(m_generalForm, m_rows.value(QStringLiteral("name")), tr("&Name:"));
    setRowLabel(m_generalForm, m_kind, tr("&Kind:"));
    setRowLabel(m_generalForm, m_rows.value(QStringLiteral("industry")), tr("&Industry:"));
    setRowLabel(m_generalForm, m_source, tr("&Source:"));
    setRowLabel(m_generalForm, m_rows.value(QStringLiteral("creditCode")), tr("Credit &code:"));
    setRowLabel(m_generalForm, m_rows.value(QStringLiteral("tags")), tr("T&ags:"));
    setRowLabel(m_contactForm, m_rows.value(QStringLiteral("phone")), tr("&Phone:"));
    setRowLabel(m_contactForm, m_rows.value(QStringLiteral("email")), tr("&E-mail:"));
    setRowLabel(m_contactForm, m_rows.value(QStringLiteral("website")), tr("&Website:"));
    setRowLabel(m_contactForm, m_rows.value(QStringLiteral("city")), tr("Cit&y:"));
    setRowLabel(m_contactForm, m_rows.value(QStringLiteral("region")), tr("Pro&vince / region:"));
    setRowLabel(m_contactForm, m_rows.value(QStringLiteral("address")), tr("A&ddress:"));
    setRowLabel(m_relationshipForm, m_tier, tr("&Relationship:"));
    setRowLabel(m_relationshipForm, m_rows.value(QStringLiteral("lifecycle")), tr("&Lifecycle:"));
    setRowLabel(m_relationshipForm, m_segment, tr("Value se&gment:"));
    setRowLabel(m_relationshipForm, m_owner, tr("&Owner:"));
    setRowLabel(m_relationshipForm, m_rows.value(QStringLiteral("satisfaction")), tr("Sa&tisfaction:"));
    m_lifecycleManual->setText(tr("Set by hand"));
    m_lifecycleManual->setToolTip(tr("Keep this level when lifecycle levels are recalculated from orders"));
    m_doNotContact->setText(tr("Do not contact (no mailings or campaigns)"));
    m_creditCode->setPlaceholderText(tr("Unified social credit code, 18 characters"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_phone->setPlaceholderText(tr("e.g. 138 1234 5678 or 010-12345678"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_website->setPlaceholderText(tr("www.example.com"));
    m_name->setPlaceholderText(tr("Company or person"));
}

} // namespace guanxi
