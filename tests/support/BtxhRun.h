// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace btxh::test {

// One run of the real `btxh` executable (the build's, which this library knows) and what it printed: the one
// way the tests run it.
struct BtxhRun {
    int exitCode = -1; // -1: it did not finish in time (and was killed); -2: it crashed
    QString out;
    QString err;
    QByteArray outBytes; // standard output as written (decoding drops a CSV's byte-order mark)

    // Its standard input gets `input` and is then closed, so that a prompt reads the end of input instead of
    // waiting for the timeout.
    static BtxhRun run(const QStringList &args, int timeoutMs = 60000,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                       const QByteArray &input = {});

    // `btxh --lang en args`: the tests read its English messages, whatever the machine's locale.
    static BtxhRun english(const QStringList &args,
                           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // `btxh --lang en command --db database args`: a store command on one database file.
    static BtxhRun onDatabase(const QString &command, const QString &database, const QStringList &args = {});

    static QString executable();

    // What a `btxh list --json` run listed: each dossier's MaHoSo, in order; "<exit N: its error>" when it
    // failed, so that a comparison with the expected codes shows why.
    QStringList listedCodes() const;
};

} // namespace btxh::test
