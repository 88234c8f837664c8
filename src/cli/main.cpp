#include "CliApplication.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
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
