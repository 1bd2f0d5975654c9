#pragma once

#include "ExportOptions.h"
#include "Result.h"

#include <QCoreApplication>

namespace guanxi {
class Workspace;
}

namespace guanxi::exchange {

// Exports customers, contacts, orders, interactions or follow-ups to CSV, XLSX, vCard or
// iCalendar: the service behind `guanxi-cli export` and the GUI's export.
//
//   ExportOptions options;
//   options.entity = ExportEntity::Orders;
//   options.format = ExportFormat::Xlsx;
//   options.progress = [&](qint64 done, qint64 total) { bar.set(done, total); return !cancelled; };
//   Result<ExportSummary> done = Exporter(workspace).run(path, options);
//
// Streams page by page (bounded memory at a million customers), reads everything in one
// snapshot (ReadSnapshot), and writes to PATH.part, renamed to PATH only when complete: an error
// or a cancel leaves no file behind and never replaces an existing one with half a file. The
// workspace is only read; run it on a thread with its own Workspace to keep a window responsive.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(Workspace &workspace) : m_workspace(workspace) {}

    Result<ExportSummary> run(const QString &path, const ExportOptions &options);

    // vCard holds contacts; iCalendar holds follow-ups and interactions; CSV and XLSX hold all.
    static bool supports(ExportEntity entity, ExportFormat format);
    // Why not, for an error message; empty when it does.
    static QString unsupportedReason(ExportEntity entity, ExportFormat format);

private:
    Workspace &m_workspace;
};

}  // namespace guanxi::exchange
