#pragma once

#include "Result.h"

#include <memory>

namespace guanxi {

class Workspace;

// A consistent view of the workspace for a read that takes many queries (an export pages through
// a million rows): until it ends, writes committed by other connections stay invisible, so no
// row is read twice or missed because someone renamed a customer meanwhile. Nothing may be
// written on this connection while it is open. Ends on destruction; it never writes.
class ReadSnapshot
{
public:
    static Result<std::unique_ptr<ReadSnapshot>> begin(Workspace &workspace);
    ~ReadSnapshot();

    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    ReadSnapshot(Workspace &workspace, bool owned) : m_workspace(workspace), m_owned(owned) {}

    Workspace &m_workspace;
    bool m_owned;  // false inside a transaction that already gives a consistent view
};

}  // namespace guanxi
