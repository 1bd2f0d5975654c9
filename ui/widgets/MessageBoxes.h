#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace guanxi {

// Every message box the window shows goes through here, so that tests can answer them
// without a blocking exec() (KeePassXC's MessageBox::setNextAnswer does the same).
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text, const QString &detail = {});

    // Tests: the next message box is not shown and returns `answer`.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests and screenshot mode: boxes are never shown; each returns its default button.
    static void setNonInteractive(bool on);
    // Tests: the text of the last message box asked or shown ("" after clearLast()).
    static QString lastText();
    static void clearLast();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, const QString &detail,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace guanxi
