// SPDX-License-Identifier: GPL-3.0-or-later
// ndxp-sandbox: see README.md beside this file.
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ndxp-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BTXH_VERSION));
    // SIGINT/SIGTERM end the event loop normally, so that a temporary database is removed; one that comes
    // while the sandbox still starts (seeding) is read once the loop runs, which then ends at once.
    btxh::TerminationSignals::quitOnThem(app);

    btxh::SandboxOptions options;
    QString error;
    bool help = false;
    if (!options.parse(QCoreApplication::arguments(), &error, &help)) {
        std::fputs(qPrintable(error + u'\n'), help ? stdout : stderr);
        return help ? 0 : 2;
    }

    // Only without --db: a folder made anyway would stay behind, empty, whenever the sandbox is killed.
    std::optional<QTemporaryDir> tempDir;
    QString dbPath = options.databasePath;
    if (dbPath.isEmpty()) {
        tempDir.emplace();
        if (!tempDir->isValid()) {
            std::fputs("ndxp-sandbox: cannot create a temporary directory\n", stderr);
            return 1;
        }
        dbPath = tempDir->filePath(QStringLiteral("sandbox.sqlite"));
    }
    btxh::SandboxStore store;
    if (!store.open(dbPath, &error)) {
        std::fputs(qPrintable(QStringLiteral("ndxp-sandbox: cannot open %1: %2\n").arg(dbPath, error)),
                   stderr);
        return 1;
    }

    btxh::SandboxServer::Config config;
    config.consumerKey = options.consumerKey;
    config.consumerSecret = options.consumerSecret;
    config.tokenLifetimeSeconds = options.tokenLifetimeSeconds;
    config.requiredTokenHeader = options.requiredTokenHeader;
    config.faults = options.faults;
    config.faultSeed = options.faultSeed;
    config.verbose = options.verbose;
    config.deduplicate = options.deduplicate;
    btxh::SandboxServer server(config, &store);

    if (options.seedCount > 0) {
        const int seeded = server.seed(options.seedCount, options.seedRandom, options.seedProvinces,
                                       options.seedUntil, options.seedDays, &error);
        if (seeded == 0) {
            std::fputs(qPrintable(QStringLiteral("ndxp-sandbox: cannot seed: %1\n").arg(error)), stderr);
            return 1;
        }
        std::printf("seeded %d dossiers\n", seeded);
    }

    const quint16 port = server.listen(options.port, &error);
    if (port == 0) {
        std::fputs(qPrintable(QStringLiteral("ndxp-sandbox: %1\n").arg(error)), stderr);
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
