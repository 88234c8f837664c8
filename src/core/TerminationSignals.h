// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace btxh {

// SIGINT and SIGTERM (Ctrl+C in a terminal, a session logging out, a test's QProcess::terminate) end the
// event loop as a normal quit does, so that what a program removes at exit (a temporary database) is
// removed. Only where there are such signals (Unix); elsewhere nothing changes.
class TerminationSignals {
public:
    // From now on, for the rest of the process.
    static void quitOnThem(QCoreApplication &app);
};

} // namespace btxh
