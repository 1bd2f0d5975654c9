#pragma once

#include "Result.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Staff.h"

namespace guanxi {

class WorkspaceSession;

// How the undo commands write one kind of record through its core repository and tell the
// views: one specialisation per record type, so the commands themselves are written once.
// Every write function emits the matching WorkspaceSession signal after it succeeded.
template<typename Record> struct RecordOps;

#define GUANXI_DECLARE_RECORD_OPS(Record)                                                                              \
    template<> struct RecordOps<Record> {                                                                              \
        static Result<Record> create(WorkspaceSession &session, const Record &record);                                 \
        static Result<Record> get(WorkspaceSession &session, const QString &id);                                       \
        static Result<Record> update(WorkspaceSession &session, const Record &record);                                 \
        static Status remove(WorkspaceSession &session, const Record &record);                                         \
        static Status restore(WorkspaceSession &session, const Record &record);                                        \
        /* The undo step's name, in the current language: "New customer “X”". */                                   \
        static QString createText(const Record &record);                                                               \
        static QString updateText(const Record &before, const Record &after);                                          \
        static QString removeText(const Record &record);                                                               \
    };

GUANXI_DECLARE_RECORD_OPS(Customer)
GUANXI_DECLARE_RECORD_OPS(Contact)
GUANXI_DECLARE_RECORD_OPS(Interaction)
GUANXI_DECLARE_RECORD_OPS(FollowUp)
GUANXI_DECLARE_RECORD_OPS(Staff)
#undef GUANXI_DECLARE_RECORD_OPS

} // namespace guanxi
