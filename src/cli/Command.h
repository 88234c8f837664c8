// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace btxh::cli {

// Exit codes shared by every command (also in `btxh --help` and the README).
enum ExitCode {
    ExitOk = 0,
    ExitProblems = 1,     // the command ran; the data has errors (validate) or some items failed
    ExitBadInput = 2,     // a file cannot be read or is not what it should be; bad usage
    ExitStoreError = 3,   // the local database cannot be opened or written
    ExitNetworkError = 4, // the gateway could not be reached or refused us
    ExitConfigError = 5,  // missing keys or configuration
    ExitBusy = 6,         // another sync holds this database (the app's or a scheduled one)
    ExitNotAllowed = 7,   // an administrator's setting, and the database's role is not the administrator
};

// What a command may use. Streams are injected so tests can run commands in-process.
struct CliContext {
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
    QProcessEnvironment env;
    bool interactive = false; // stdin and stderr are a terminal (progress lines, prompts without echo)
};

// One `btxh <name>` sub-command. setup() declares its options on a fresh parser; run() does the work.
class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `btxh --help`
    // Whether it paints (fonts, PDF): main.cpp then starts a QGuiApplication (offscreen without a display).
    virtual bool needsGui() const { return false; }
    // Whether --db may name an office's PostgreSQL database (postgresql://…); the others keep to a file.
    virtual bool acceptsServerDatabase() const { return false; }
    // Why a command that keeps to a file refuses a server address (default: not in this version).
    virtual QString serverRefusal() const;
    virtual void setup(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, CliContext &context) const = 0;
};

} // namespace btxh::cli
