#pragma once

#include <QString>

namespace guanxi::bench {

// What one child process measured (see ListChild::run); JSON between the processes.
struct ListRun {
    double openMs = 0;       // WorkspaceSession::open returned
    double firstPageMs = 0;  // the model's first page arrived (from before the open)
    double shownMs = 0;      // … and the list was painted with it
    double countMs = -1;     // the number of customers arrived (-1: never)
    int rows = 0;            // rows loaded after scrolling
    qint64 baselinePeakKiB = -1;  // peak RSS with the window up, before the open
    qint64 peakKiB = -1;          // peak RSS at the end: list loaded, scrolled, counted
    qint64 rssKiB = -1;           // RSS at the end
    QString error;           // why the run failed; empty when it worked

    QByteArray toJson() const;
    static ListRun fromJson(const QByteArray &json);
};

// The child side of the list benchmark: in a fresh process (a QApplication on the offscreen
// platform), the GUI's customer list — CustomerListView with its lazy CustomerTableModel over a
// WorkspaceSession, 1366×768 — opens the workspace as File ▸ Open does (no quick check on open;
// the background check the window starts afterwards is left out) and waits for the first page,
// which the model loads on its worker thread. Then it scrolls to the end `pages` times, each time
// waiting for the next page, waits for the count, and reads the peak RSS.
namespace ListChild {
inline constexpr const char *Option = "child-list";
inline constexpr const char *PagesOption = "child-pages";
// Prints the ListRun as one line of JSON on stdout; returns the exit code.
int run(const QString &workspacePath, int pages);
}  // namespace ListChild

}  // namespace guanxi::bench
