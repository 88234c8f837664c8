// SPDX-License-Identifier: GPL-3.0-or-later
// bench_export --make N --db PATH            stores N synthetic dossiers in a new database
// bench_export --db PATH --rows N [--format xlsx|csv] [--out FILE]
//                                            exports the first N of them (sorted by MaHoSo), as the app does
// Prints the time, the rate and the peak RSS before and after the export: with the constant-memory mode the
// export must not take more memory for more rows.
#include "DossierExport.h"
#include "Store.h"
#include "TestDossiers.h"
#include "TestStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <sys/resource.h>

using namespace btxh;

namespace {

long peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

int make(const QString &path, int count) {
    QFile::remove(path);
    Store store;
    if (const StoreResult<void> opened = store.open(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const test::TestDossiers data;
    for (int from = 0; from < count; from += 1000) {
        if (const StoreResult<ChangeResult> applied =
                store.apply(test::received(data, from, std::min(count, from + 1000)));
            !applied) {
            std::fprintf(stderr, "%s\n", qPrintable(applied.error().message));
            return 1;
        }
    }
    std::printf("%d dossiers stored in %s\n", count, qPrintable(path));
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("make"), QStringLiteral("Store N dossiers."), QStringLiteral("N")},
         {QStringLiteral("db"), QStringLiteral("The database."), QStringLiteral("PATH")},
         {QStringLiteral("rows"), QStringLiteral("Export N rows."), QStringLiteral("N")},
         {QStringLiteral("format"), QStringLiteral("xlsx or csv."), QStringLiteral("F"),
          QStringLiteral("xlsx")},
         {QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")}});
    parser.process(app);
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        std::fprintf(stderr, "give --db PATH\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("make")))
        return make(db, parser.value(QStringLiteral("make")).toInt());

    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const std::optional<TableFormat> format =
        TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (rows <= 0 || !format) {
        std::fprintf(stderr, "give --rows N and --format xlsx|csv\n");
        return 2;
    }
    QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        out = db + QStringLiteral(".export.") + parser.value(QStringLiteral("format"));
    Store::Options options;
    options.readOnly = true;
    Store store(options);
    if (const StoreResult<void> opened = store.open(db); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    ListQuery query;
    query.sortColumn = QStringLiteral("MaHoSo");
    query.descending = false;
    const long before = peakRssMb();
    auto writer = TableWriter::create(*format, out);
    const CaseListSheet sheet(
        CaseListSheet::catalogueNamer(ValidationContext::outgoing(QDate::currentDate())));
    QElapsedTimer timer;
    timer.start();
    const DossierExport::Result r = DossierExport::run(store, query, rows, *writer, sheet);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error));
        return 1;
    }
    std::printf("%s: %lld rows in %.1f s (%.0f rows/s), %.1f MB file; peak RSS before the export %ld MB, "
                "after %ld MB; load average %s\n",
                qPrintable(parser.value(QStringLiteral("format"))), static_cast<long long>(r.rows), seconds,
                double(r.rows) / seconds, double(QFileInfo(out).size()) / (1024.0 * 1024.0), before,
                peakRssMb(), qPrintable(loadAverage()));
    return 0;
}
