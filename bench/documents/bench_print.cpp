// SPDX-License-Identifier: GPL-3.0-or-later
// bench_print [--rows N] [--dir DIR]: stores N synthetic dossiers (with their steps), then prints the
// tracking book of all of them to a PDF file through the same PrintJob as the app and `btxh print book`, and
// one receipt. Prints the time of each (wall and processor time) and the peak memory (VmHWM) before and after
// the book: the book reads the store page by page and paints line by line, so its peak should not grow with
// N.
#include "PrintJob.h"
#include "Store.h"
#include "TestDossiers.h"
#include "TestStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace btxh;
using namespace btxh::documents;

namespace {

// The process's peak resident set so far, in MiB (VmHWM of /proc/self/status).
double peakMiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("rows"), QStringLiteral("Dossiers in the book (default 1000)."),
                        QStringLiteral("N"), QStringLiteral("1000")},
                       {QStringLiteral("dir"), QStringLiteral("Where the database and the PDFs go."),
                        QStringLiteral("DIR")}});
    parser.process(app);
    QTextStream out(stdout);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();

    Store store;
    if (const StoreResult<void> opened = store.open(dir + QStringLiteral("/bench-print.sqlite")); !opened) {
        out << "cannot open the store: " << opened.error().message << Qt::endl;
        return 1;
    }
    const test::TestDossiers data;
    constexpr int Batch = 500;
    for (int from = 0; from < rows; from += Batch) {
        ChangeSet changes = test::received(data, from, std::min(rows, from + Batch));
        for (int i = from; i < std::min(rows, from + Batch); ++i)
            for (const ProcessingStep &s : data.steps(i))
                changes.receivedSteps << ChangeSet::ReceivedStep{s, {}};
        if (const StoreResult<ChangeResult> applied = store.apply(changes); !applied) {
            out << "cannot store: " << applied.error().message << Qt::endl;
            return 1;
        }
    }
    const double beforeMiB = peakMiB();

    PrintContext context;
    context.now = QDateTime::currentDateTime();
    PrintJob book(store, context);
    ListQuery query;
    book.setBook(query, 0, PrintJob::describe(query.filter, context));
    const QString bookPdf = dir + QStringLiteral("/book.pdf");
    QString error;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    if (book.writePdf(bookPdf, {}, &error) != PrintJob::Outcome::Printed) {
        out << "book failed: " << error << Qt::endl;
        return 1;
    }
    const qint64 bookMs = timer.elapsed();
    // On a shared machine the wall time mostly measures the others; the processor time is the book's own.
    const qint64 bookCpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    const double afterMiB = peakMiB();

    PrintJob receipt(store, context);
    if (const std::optional<StoreError> e =
            receipt.loadDossier(PrintJob::Kind::Receipt, test::TestDossiers::code(0))) {
        out << "no dossier 0: " << e->message << Qt::endl;
        return 1;
    }
    timer.restart();
    if (receipt.writePdf(dir + QStringLiteral("/receipt.pdf"), {}, &error) != PrintJob::Outcome::Printed) {
        out << "receipt failed: " << error << Qt::endl;
        return 1;
    }
    const qint64 receiptMs = timer.elapsed();

    out << "book of " << rows << " dossiers: " << bookMs << " ms (processor time " << bookCpuMs << " ms), "
        << QFileInfo(bookPdf).size() / 1024 << " KiB PDF\n"
        << "peak memory: " << QString::number(beforeMiB, 'f', 1) << " MiB before the book, "
        << QString::number(afterMiB, 'f', 1) << " MiB after\n"
        << "one receipt: " << receiptMs << " ms" << Qt::endl;
    return 0;
}
