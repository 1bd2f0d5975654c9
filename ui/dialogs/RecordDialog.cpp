#include "RecordDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

RecordDialog::RecordDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_banner(new QLabel(this)), m_content(new QVBoxLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_validation(new FormValidation(
          m_buttons->button(QDialogButtonBox::Ok), m_banner, [this] { return validate(); }, this))
{
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#banner { background: #fbe3e4; color: #8a1f24; border: 1px solid #e8a6a9;"
                       " border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    auto *layout = new QVBoxLayout(this);
    // Grow when field messages appear instead of squeezing them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_banner);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *RecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QWidget *RecordDialog::withMessages(const QString &field, QWidget *editor)
{
    auto *box = new QWidget(this);
    editor->setParent(box);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(m_validation->addField(field, editor));
    box->setFocusProxy(editor);
    return box;
}

void RecordDialog::addFormRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void RecordDialog::setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

void RecordDialog::showBanner(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

void RecordDialog::setEditorTabOrder(const QList<QWidget *> &editors)
{
    QList<QWidget *> chain = editors;
    chain.append(m_buttons);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void RecordDialog::accept()
{
    m_validation->touchAll();
    if (!m_validation->isValid())
        return;
    auto id = save();
    if (!id) {
        showBanner(id.error().message);
        return;
    }
    m_savedId = *id;
    Q_EMIT saved(m_savedId);
    QDialog::accept();
}

void RecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_validation->revalidate(); // messages in the new language
    }
    QDialog::changeEvent(event);
}

} // namespace guanxi
