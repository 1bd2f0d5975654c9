#pragma once

#include <QLabel>

namespace guanxi {

// A sentence that needs to be seen — why a file cannot be read, what a dry run found — on a
// tinted band, like the window's read-only banner. Hidden while it has no text.
class NoticeLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeLabel(QWidget *parent = nullptr);

    void setNotice(Kind kind, const QString &text);
    void clear();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
};

} // namespace guanxi
