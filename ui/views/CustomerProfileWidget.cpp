#include "CustomerProfileWidget.h"

#include "models/DateText.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace guanxi {

namespace {
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

CustomerProfileWidget::CustomerProfileWidget(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_notes(new QLabel(this)), m_notesLabel(new QLabel(this))
{
    // One column: the pane is narrow beside the list, and a form reads top to bottom.
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const char *field :
         {"tier", "lifecycle", "segment", "owner", "satisfaction", "phone", "email", "website", "city", "region",
          "address", "kind", "industry", "source", "creditCode", "tags", "doNotContact", "updated"})
        addRow(m_form, QString::fromLatin1(field));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    QFont bold = m_notesLabel->font();
    bold.setBold(true);
    m_notesLabel->setFont(bold);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addStretch(1);
    retranslateUi();
}

void CustomerProfileWidget::addRow(QFormLayout *form, const QString &field)
{
    auto *label = new QLabel(this);
    auto *value = new QLabel(this);
    value->setObjectName(field);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    value->setOpenExternalLinks(true);
    m_labels.insert(field, label);
    m_values.insert(field, value);
    form->addRow(label, value);
}

void CustomerProfileWidget::setCustomer(const Customer &customer)
{
    m_customer = customer;
    showValues();
}

QString CustomerProfileWidget::shownText(const QString &field) const
{
    const QLabel *label = m_values.value(field);
    return label ? label->text() : QString();
}

void CustomerProfileWidget::showValues()
{
    const Customer &c = m_customer;
    const auto set = [this](const char *field, const QString &text) {
        QLabel *label = m_values.value(QString::fromLatin1(field));
        label->setTextFormat(Qt::PlainText);
        label->setText(orDash(text));
    };
    const auto link = [this](const char *field, const QString &url, const QString &text) {
        QLabel *label = m_values.value(QString::fromLatin1(field));
        if (text.isEmpty()) {
            label->setTextFormat(Qt::PlainText);
            label->setText(orDash(text));
            return;
        }
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped()));
    };
    if (c.id().isEmpty()) {
        for (QLabel *label : std::as_const(m_values))
            label->clear();
        m_notes->clear();
        return;
    }
    set("kind", enumLabel(c.kind));
    set("tier", enumLabel(c.tier));
    set("lifecycle", c.lifecycleManual ? tr("%1 (set by hand)").arg(enumLabel(c.lifecycle)) : enumLabel(c.lifecycle));
    set("segment", c.segment ? enumLabel(*c.segment) : tr("Not assessed"));
    set("owner", c.ownerName.isEmpty() ? tr("Unassigned") : c.ownerName);
    set("source", c.source ? enumLabel(*c.source) : QString());
    set("satisfaction",
        c.satisfaction > 0 ? QString(c.satisfaction, QChar(0x2605)) + QString(5 - c.satisfaction, QChar(0x2606))
                           : tr("Not rated"));
    set("doNotContact", c.doNotContact ? tr("Yes — no mailings or campaigns") : tr("No"));
    set("tags", c.tags.join(QStringLiteral(", ")));
    link("phone", QStringLiteral("tel:") + c.phone, c.phone);
    link("email", QStringLiteral("mailto:") + c.email, c.email);
    link("website", c.website.contains(QLatin1String("://")) ? c.website : QStringLiteral("https://") + c.website,
         c.website);
    set("city", c.city);
    set("region", c.region);
    set("address", c.address);
    set("industry", c.industry);
    set("creditCode", c.creditCode);
    set("updated",
        tr("%1 (created %2)")
            .arg(DateText::dateTime(c.meta.updatedAt), DateText::date(c.meta.createdAt.toLocalTime().date())));
    m_notes->setText(orDash(c.notes));
}

void CustomerProfileWidget::retranslateUi()
{
    const QList<std::pair<const char *, QString>> labels {{"kind", tr("Kind:")},
                                                          {"tier", tr("Relationship:")},
                                                          {"lifecycle", tr("Lifecycle:")},
                                                          {"segment", tr("Value segment:")},
                                                          {"owner", tr("Owner:")},
                                                          {"source", tr("Source:")},
                                                          {"satisfaction", tr("Satisfaction:")},
                                                          {"doNotContact", tr("Do not contact:")},
                                                          {"tags", tr("Tags:")},
                                                          {"phone", tr("Phone:")},
                                                          {"email", tr("E-mail:")},
                                                          {"website", tr("Website:")},
                                                          {"city", tr("City:")},
                                                          {"region", tr("Province / region:")},
                                                          {"address", tr("Address:")},
                                                          {"industry", tr("Industry:")},
                                                          {"creditCode", tr("Credit code:")},
                                                          {"updated", tr("Last change:")}};
    for (const auto &[field, text] : labels)
        m_labels.value(QString::fromLatin1(field))->setText(text);
    m_notesLabel->setText(tr("Notes"));
    showValues();
}

void CustomerProfileWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace guanxi
