// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of the real `btxh` executable (BTXH_CLI_PATH, set by tests/cli/CMakeLists.txt) and what it printed.
struct BtxhRun {
    int exitCode = -1; // -1: it did not finish in time (and was killed); -2: it crashed
    QString out;
    QString err;

    // Its standard input is closed, so that a prompt reads the end of input instead of waiting for the
    // timeout.
    static BtxhRun run(const QStringList &args, int timeoutMs = 60000,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BTXH_CLI_PATH), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        BtxhRun r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // `btxh --lang en args`: the tests read its English messages, whatever the machine's locale.
    static BtxhRun english(const QStringList &args,
                           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        return run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, 60000, env);
    }

    // `btxh --lang en command --db database args`: a store command on one database file.
    static BtxhRun onDatabase(const QString &command, const QString &database, const QStringList &args = {}) {
        return english(QStringList{command, QStringLiteral("--db"), database} + args);
    }
};
