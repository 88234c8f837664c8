// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

// The throwaway PostgreSQL cluster of the test run (scripts/pg-cluster.sh, started by the ctest fixture
// "postgres"): its address and its password, read from the files the fixture wrote. Empty when the fixture
// did not run; a test then fails saying so (see requireMessage()).
class TestPostgres {
public:
    static QString url() { return read(QStringLiteral("url")); }
    static QString password() { return read(QStringLiteral("password")); }
    static const char *requireMessage() {
        return "no test PostgreSQL cluster: run this test through ctest, whose fixture "
               "postgres_cluster_start "
               "starts one (scripts/pg-cluster.sh)";
    }

private:
    static QString read(const QString &name) {
        QFile f(QStringLiteral(BTXH_PG_STATE_DIR "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).trimmed();
    }
};
