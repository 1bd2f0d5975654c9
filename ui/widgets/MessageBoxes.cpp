#include "MessageBoxes.h"

namespace guanxi {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
QString lastShownText;
bool nonInteractive = false;
} // namespace

QMessageBox::StandardButton MessageBoxes::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                               const QString &text, const QString &detail,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    lastShownText = text;
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (nonInteractive)
        return defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, {}, buttons, defaultButton);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text, const QString &detail)
{
    show(QMessageBox::Critical, parent, title, text, detail, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void MessageBoxes::setNonInteractive(bool on)
{
    nonInteractive = on;
}

QString MessageBoxes::lastText()
{
    return lastShownText;
}

void MessageBoxes::clearLast()
{
    lastShownText.clear();
}

} // namespace guanxi
