#pragma once

#include "RecordOps.h"
#include "WorkspaceSession.h"

#include "SessionCommand.h"

namespace guanxi {

// The three undo commands every record type shares. The session performs the first write
// itself (so a refusal reaches the dialog before anything is pushed); the commands are pushed
// afterwards and skip their first redo(). Later undos and redos go through RecordOps, which
// writes through the core repository and emits the session's change signals.

// Undo takes the created record away (tombstone); redo brings the same row, same id, back.
template<typename Record> class CreateRecordCommand : public SessionCommand
{
public:
    CreateRecordCommand(WorkspaceSession &session, Record created, QUndoCommand *parent = nullptr)
        : SessionCommand(parent), m_session(session), m_record(std::move(created))
    {
        retranslate();
    }

    QString describe() const override { return RecordOps<Record>::createText(m_record); }

    void undo() override { report(RecordOps<Record>::remove(m_session, m_record)); }
    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        report(RecordOps<Record>::restore(m_session, m_record));
    }

private:
    void report(const Status &status)
    {
        if (!status)
            m_session.reportFailure(status.error());
    }

    WorkspaceSession &m_session;
    Record m_record;
    bool m_firstRedo = true;
};

// Undo writes every field of the old record back; redo writes the new one again.
template<typename Record> class UpdateRecordCommand : public SessionCommand
{
public:
    UpdateRecordCommand(WorkspaceSession &session, Record before, Record after)
        : m_session(session), m_before(std::move(before)), m_after(std::move(after))
    {
        retranslate();
    }

    QString describe() const override { return RecordOps<Record>::updateText(m_before, m_after); }

    void undo() override { write(m_before); }
    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        write(m_after);
    }

private:
    void write(const Record &record)
    {
        if (auto written = RecordOps<Record>::update(m_session, record); !written)
            m_session.reportFailure(written.error());
    }

    WorkspaceSession &m_session;
    Record m_before;
    Record m_after;
    bool m_firstRedo = true;
};

// Undo restores the tombstoned record; redo removes it again.
template<typename Record> class RemoveRecordCommand : public SessionCommand
{
public:
    RemoveRecordCommand(WorkspaceSession &session, Record removed) : m_session(session), m_record(std::move(removed))
    {
        retranslate();
    }

    QString describe() const override { return RecordOps<Record>::removeText(m_record); }

    void undo() override { report(RecordOps<Record>::restore(m_session, m_record)); }
    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        report(RecordOps<Record>::remove(m_session, m_record));
    }

private:
    void report(const Status &status)
    {
        if (!status)
            m_session.reportFailure(status.error());
    }

    WorkspaceSession &m_session;
    Record m_record;
    bool m_firstRedo = true;
};

} // namespace guanxi
