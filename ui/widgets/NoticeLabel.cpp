#include "NoticeLabel.h"

namespace guanxi {

namespace {
const char *styleOf(NoticeLabel::Kind kind)
{
    switch (kind) {
    case NoticeLabel::Kind::Information:
        return "QLabel { background: #e8f1fb; color: #12395e; border: 1px solid #b9d3ee; border-radius: 3px; padding: "
               "6px 8px; }";
    case NoticeLabel::Kind::Warning:
        return "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c872; border-radius: 3px; padding: "
               "6px 8px; }";
    case NoticeLabel::Kind::Error:
        return "QLabel { background: #fde7e9; color: #7a1020; border: 1px solid #efb4bb; border-radius: 3px; padding: "
               "6px 8px; }";
    }
    return "";
}
} // namespace

NoticeLabel::NoticeLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    QLabel::hide();
}

void NoticeLabel::setNotice(Kind kind, const QString &text)
{
    m_kind = kind;
    setStyleSheet(QString::fromLatin1(styleOf(kind)));
    setText(text);
    setVisible(!text.isEmpty());
}

void NoticeLabel::clear()
{
    QLabel::clear();
    QLabel::hide();
}

} // namespace guanxi
