#include "SessionCommand.h"

#include <QUndoStack>

namespace guanxi {

void SessionCommand::retranslateAll(QUndoStack *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        // The stack hands its commands out as const; renaming does not change what they do.
        if (auto *command = dynamic_cast<SessionCommand *>(const_cast<QUndoCommand *>(stack->command(i))))
            command->retranslate();
    }
}

} // namespace guanxi
