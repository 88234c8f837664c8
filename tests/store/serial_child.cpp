// SPDX-License-Identifier: GPL-3.0-or-later
// The other program tst_storeserial runs against one database: takes COUNT numbers of the counter KEY
// (Store::settings().nextSerial) as fast as it can and prints each on its own line.
//
//     store_serial_child DB KEY COUNT
#include "Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace btxh;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("btxh.*.info=false")); // stderr is for failures only
    if (argc != 4) {
        std::fprintf(stderr, "usage: store_serial_child DB KEY COUNT\n");
        return 2;
    }
    Store store;
    if (const StoreResult<void> opened = store.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    const QString key = QString::fromLocal8Bit(argv[2]);
    const int count = std::atoi(argv[3]);
    for (int i = 0; i < count; ++i) {
        const StoreResult<int> serial = store.settings().nextSerial(key);
        if (!serial) {
            std::fprintf(stderr, "%s\n", qPrintable(serial.error().message));
            return 3;
        }
        std::printf("%d\n", *serial);
    }
    std::fflush(stdout);
    return 0;
}
