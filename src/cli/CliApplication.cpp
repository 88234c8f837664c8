// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "DatabaseLocation.h"

#include "Translations.h"

#include <QLoggingCategory>

namespace btxh::cli {

CliApplication::CliApplication(CliContext &context)
    : m_context(context) {
    registerCommands(m_registry);
}

void CliApplication::printUsage(QTextStream &s) const {
    s << tr("Usage: btxh [--lang vi|en] COMMAND [options]") << '\n'
      << tr("Social-assistance dossiers (BTXH): check, convert, store and sync them with the Ministry "
            "through "
            "NDXP.")
      << "\n\n"
      << tr("Commands:") << '\n';
    for (const auto &c : m_registry.commands())
        s << "  " << c->name().leftJustified(10) << ' ' << c->summary() << '\n';
    s << '\n'
      << tr("Global options:") << '\n'
      << "  --lang vi|en   " << tr("language of messages (default: vi, or BTXH_LANG)") << '\n'
      << "  --verbose      "
      << tr("also print what the program is doing (progress of the store and the sync)") << '\n'
      << "  --version      " << tr("print the version") << '\n'
      << "  --help         " << tr("this help; `btxh COMMAND --help` for a command") << "\n\n"
      << tr("Exit codes: 0 ok, 1 the data has errors or some items failed, 2 unreadable input or bad usage, "
            "3 local database error, 4 gateway unreachable or refused, 5 missing keys or configuration, 6 "
            "another "
            "sync is running on this database, 7 an administrator's setting and this database's role is not "
            "the administrator.")
      << '\n';
}

void CliApplication::takeGlobalOptions(QStringList &args, QString *lang, bool *verbose) {
    for (int i = 1; i < args.size();) {
        if (args[i] == u"--verbose") {
            *verbose = true;
            args.remove(i);
        } else if (args[i] == u"--lang" && i + 1 < args.size()) {
            *lang = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(u"--lang=")) {
            *lang = args[i].mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
}

bool CliApplication::needsGui(QStringList args) {
    QString lang;
    bool verbose = false;
    takeGlobalOptions(args, &lang, &verbose);
    if (args.size() < 2)
        return false;
    CommandRegistry registry;
    registerCommands(registry);
    const Command *command = registry.find(args[1]);
    return command && command->needsGui();
}

int CliApplication::run(QStringList args) {
    // --lang may stand anywhere; take it out before the command sees its arguments.
    QString lang = m_context.env.value(QStringLiteral("BTXH_LANG"), QStringLiteral("vi"));
    bool verbose = false;
    takeGlobalOptions(args, &lang, &verbose);
    // A command's output is its result and its problems; the layers' progress notes are for --verbose (or
    // QT_LOGGING_RULES, which an administrator's own rules keep precedence over). Warnings always show.
    if (!m_context.env.contains(QStringLiteral("QT_LOGGING_RULES")))
        QLoggingCategory::setFilterRules(verbose ? QStringLiteral("*.debug=false\nbtxh.*.info=true")
                                                 : QStringLiteral("*.debug=false\nbtxh.*.info=false"));
    bool langOk = false;
    Translations::install(Translations::parse(lang, &langOk));
    if (!langOk) {
        m_context.err << tr("btxh: unknown language \"%1\"; use vi or en").arg(lang) << Qt::endl;
        return ExitBadInput;
    }

    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        printUsage(args.size() < 2 ? m_context.err : m_context.out);
        m_context.out.flush();
        return args.size() < 2 ? ExitBadInput : ExitOk;
    }
    if (args[1] == u"--version" || args[1] == u"-v") {
        m_context.out << "btxh " << QStringLiteral(BTXH_VERSION) << Qt::endl;
        return ExitOk;
    }
    const Command *command = m_registry.find(args[1]);
    if (!command) {
        m_context.err << tr("btxh: unknown command \"%1\"; see btxh --help").arg(args[1]) << Qt::endl;
        return ExitBadInput;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    command->setup(parser);
    QStringList commandArgs = args.mid(2);
    commandArgs.prepend(QStringLiteral("btxh ") + command->name());
    if (!parser.parse(commandArgs)) {
        m_context.err << "btxh " << command->name() << ": " << parser.errorText() << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the executable's path; show the sub-command instead.
        const qsizetype options = text.indexOf(QStringLiteral("[options]"));
        const qsizetype eol = text.indexOf(u'\n');
        if (options > 0 && options < eol)
            text.replace(0, options, tr("Usage: btxh %1").arg(command->name()) + u' ');
        m_context.out << text;
        m_context.out.flush();
        return ExitOk;
    }
    const QString db =
        parser.optionNames().contains(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : QString();
    if (!command->acceptsServerDatabase() && DatabaseLocation::looksLikeServerAddress(db)) {
        // Rather than a folder named "postgresql:" with a database file in it.
        m_context.err << "btxh " << command->name() << ": " << command->serverRefusal() << Qt::endl;
        return ExitStoreError;
    }
    const int code = command->run(parser, m_context);
    m_context.out.flush();
    m_context.err.flush();
    return code;
}

} // namespace btxh::cli
