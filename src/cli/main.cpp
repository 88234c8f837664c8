// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>
#include <unistd.h>

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Printing lays text out with fonts, which takes a QGuiApplication; on the offscreen platform it needs no
    // display, and every other command keeps to a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (btxh::cli::CliApplication::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Same names as the desktop app, so both open the same database and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("BTXH"));
    QCoreApplication::setApplicationName(QStringLiteral("btxh-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BTXH_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    btxh::cli::CliContext context{out, err, in, QProcessEnvironment::systemEnvironment(),
                                  isatty(STDIN_FILENO) && isatty(STDERR_FILENO)};
    btxh::cli::CliApplication cli(context);
    return cli.run(QCoreApplication::arguments());
}
