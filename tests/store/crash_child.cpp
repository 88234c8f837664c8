// SPDX-License-Identifier: GPL-3.0-or-later
// The importer tst_storecrash kills: stores dossiers 0..COUNT-1 (revision REVISION) with their steps in
// batches of BATCH, one transaction each, and prints "committed N" after each batch's commit returns.
//
//     store_crash_child DB COUNT BATCH REVISION
// or, for the upgrade that rewrites every row (schema 10), opens DB, printing "progress DONE TOTAL" as it
// goes and "migrated" when open:
//     store_crash_child --migrate DB
#include "Store.h"
#include "TestDossiers.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace btxh;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("btxh.*.info=false")); // stderr is for failures only
    if (argc == 3 && qstrcmp(argv[1], "--migrate") == 0) {
        Store::Options o;
        o.migrationProgress = [](int, qint64 done, qint64 total) {
            std::printf("progress %lld %lld\n", static_cast<long long>(done), static_cast<long long>(total));
            std::fflush(stdout);
        };
        Store store(o);
        if (const StoreResult<void> opened = store.open(QString::fromLocal8Bit(argv[2])); !opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 3;
        }
        std::printf("migrated\n");
        std::fflush(stdout);
        return 0;
    }
    if (argc != 5) {
        std::fprintf(stderr, "usage: store_crash_child DB COUNT BATCH REVISION\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int count = std::atoi(argv[2]);
    const int batch = std::atoi(argv[3]);
    const int revision = std::atoi(argv[4]);
    Store store;
    if (const StoreResult<void> opened = store.open(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    std::printf("opened\n");
    std::fflush(stdout);
    const test::TestDossiers data(99);
    for (int first = 0, n = 0; first < count; first += batch, ++n) {
        ChangeSet changes;
        for (int i = first; i < std::min(count, first + batch); ++i) {
            changes.received << ChangeSet::ReceivedDossier{data.dossier(i, revision), {}};
            for (const ProcessingStep &s : data.steps(i))
                changes.receivedSteps << ChangeSet::ReceivedStep{s, {}};
        }
        if (const StoreResult<ChangeResult> applied = store.apply(changes); !applied) {
            std::fprintf(stderr, "%s\n", qPrintable(applied.error().message));
            return 3;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
