#pragma once

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace guanxi {

// An undo step that can name itself again in the current UI language, so that Edit ▸ Undo
// follows a language switch ("Undo Delete customer “X”" → "撤销删除客户“X”").
class SessionCommand : public QUndoCommand
{
public:
    explicit SessionCommand(QUndoCommand *parent = nullptr) : QUndoCommand(parent) { }

    // The step's name in the current language.
    virtual QString describe() const = 0;
    void retranslate() { setText(describe()); }

    // Renames every step on the stack (after a language change).
    static void retranslateAll(QUndoStack *stack);
};

// Several edits as one step; undo and redo run the children (QUndoCommand's default).
class GroupCommand : public SessionCommand
{
public:
    explicit GroupCommand(std::function<QString()> describer) : m_describer(std::move(describer)) { retranslate(); }
    QString describe() const override { return m_describer(); }

private:
    std::function<QString()> m_describer;
};

} // namespace guanxi
