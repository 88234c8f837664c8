// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalPrompt.h"

#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace btxh::cli {

namespace {

// Echo is switched off while a secret is typed; a signal (Ctrl-C) in the middle must not leave the terminal
// silent, so the handlers put the saved settings back before the signal takes its usual course.
termios g_savedTerminal{};
volatile std::sig_atomic_t g_echoOff = 0;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previous[sizeof(kSignals) / sizeof(kSignals[0])];

extern "C" void restoreTerminalAndReraise(int signal) {
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        if (kSignals[i] == signal)
            sigaction(signal, &g_previous[i], nullptr);
    raise(signal);
}

class EchoOff {
public:
    EchoOff() {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action {};
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            sigaction(kSignals[i], &action, &g_previous[i]);
        termios silent = g_savedTerminal;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= static_cast<tcflag_t>(ECHONL);
        g_echoOff = tcsetattr(STDIN_FILENO, TCSANOW, &silent) == 0 ? 1 : 0;
        m_active = true;
    }
    ~EchoOff() {
        if (!m_active)
            return;
        if (g_echoOff)
            tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_echoOff = 0;
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            sigaction(kSignals[i], &g_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
};

} // namespace

QString promptWithoutEcho(CliContext &context, const QString &prompt) {
    const EchoOff echoOff; // before the prompt: whatever is typed once the prompt shows must not echo
    context.err << prompt;
    context.err.flush();
    return context.in.readLine().trimmed();
}

} // namespace btxh::cli
