#include "FormValidation.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace guanxi {

namespace {
QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("fieldError"));
    // A red that reads on light and dark backgrounds.
    label->setStyleSheet(QStringLiteral("color: #d9363e;"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}
} // namespace

FormValidation::FormValidation(QPushButton *okButton, QLabel *banner, Validator validator, QObject *parent)
    : QObject(parent), m_okButton(okButton), m_banner(banner), m_validator(std::move(validator))
{
}

QLabel *FormValidation::addField(const QString &field, QWidget *editor)
{
    QLabel *label = makeErrorLabel(editor->parentWidget());
    m_labels.insert(field, label);
    m_editors.insert(field, editor);
    m_fieldOfEditor.insert(editor, field);
    connectEditor(editor, field);
    return label;
}

void FormValidation::watch(QWidget *editor)
{
    connectEditor(editor, QString());
}

void FormValidation::connectEditor(QWidget *editor, const QString &field)
{
    const auto changed = [this] { revalidate(); };
    const auto left = [this, field] {
        if (field.isEmpty())
            return;
        Q_EMIT fieldLeft(field);
        touch(field);
    };
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textChanged, this, changed);
        connect(line, &QLineEdit::editingFinished, this, left);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, changed);
        text->installEventFilter(this); // focus out = left
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, [changed, left] {
            left();
            changed();
        });
    } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
        connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, changed);
        connect(dateTime, &QAbstractSpinBox::editingFinished, this, left);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        connect(spin, &QSpinBox::valueChanged, this, changed);
        connect(spin, &QAbstractSpinBox::editingFinished, this, left);
    } else if (auto *button = qobject_cast<QAbstractButton *>(editor)) {
        connect(button, &QAbstractButton::toggled, this, [changed, left] {
            left();
            changed();
        });
    }
}

bool FormValidation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const QString field = m_fieldOfEditor.value(watched);
        if (!field.isEmpty()) {
            Q_EMIT fieldLeft(field);
            touch(field);
        }
    }
    return QObject::eventFilter(watched, event);
}

void FormValidation::touch(const QString &field)
{
    if (m_touched.contains(field))
        return;
    m_touched.insert(field);
    revalidate();
}

void FormValidation::touchAll()
{
    m_allTouched = true;
    revalidate();
}

QString FormValidation::messageFor(const QString &field) const
{
    QStringList messages;
    for (const FieldError &e : m_errors)
        if (e.field == field)
            messages.append(e.message);
    return messages.join(QLatin1Char('\n'));
}

void FormValidation::revalidate()
{
    m_errors = m_validator ? m_validator() : FieldErrors {};
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        const QString message = messageFor(it.key());
        // Once shown, a message stays current while the user fixes the field.
        const bool show
            = !message.isEmpty() && (m_allTouched || m_touched.contains(it.key()) || m_shown.contains(it.key()));
        if (show)
            m_shown.insert(it.key());
        else
            m_shown.remove(it.key());
        QLabel *label = it.value();
        label->setText(message);
        label->setVisible(show);
        // Wrapped text needs its height as a minimum, or the form squeezes it (form layouts
        // do not grow a dialog for height-for-width contents).
        const QWidget *editor = m_editors.value(it.key());
        const int width = qMax(editor->width(), editor->sizeHint().width());
        label->setMinimumHeight(show ? label->heightForWidth(width) : 0);
    }
    QStringList unplaced;
    for (const FieldError &e : m_errors)
        if (!m_labels.contains(e.field))
            unplaced.append(e.message);
    if (m_banner && !unplaced.isEmpty()) {
        m_banner->setText(unplaced.join(QLatin1Char('\n')));
        m_banner->show();
        m_bannerInUse = true;
    } else if (m_banner && m_bannerInUse) {
        m_banner->hide();
        m_bannerInUse = false;
    }
    if (m_okButton)
        m_okButton->setEnabled(m_errors.isEmpty());
}

} // namespace guanxi
