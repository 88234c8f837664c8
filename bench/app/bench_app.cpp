// SPDX-License-Identifier: GPL-3.0-or-later
// bench_app: BTXH Desktop over a large case store (see bench/README.md, section bench_app).
//
//   bench_app [--db PATH] [--rows N] [--runs N] [--steps N]
//
// 1. Makes sure the database holds N dossiers (default 1,000,000), adding synthetic ones through
// Store::apply.
// 2. Start-up: runs `btxh-desktop --db PATH --offline --quit-after-paint` (a new process each time: loading,
//    opening the store, building the window, counting and reading the first page, painting) and, in this
//    process, the time from constructing the main window to its first painted list.
// 3. Scrolling: jumps to the last row, back to the first, then moves the scroll bar from the first row to the
//    last in --steps steps, each painted; prints the slowest step and the memory held.
// 4. Search as you type: types queries one key at a time (with the debounce set to 0) and times each
//    keystroke from the key to the painted list.
#include "AppServices.h"
#include "CaseListModel.h"
#include "ChangeSet.h"
#include "GsoDirectory.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Store.h"
#include "Translations.h"
#include "WireDate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace btxh;
using namespace btxh::app;

namespace {

const QStringList Families = {
    QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),    QStringLiteral("Phạm"),
    QStringLiteral("Hoàng"),  QStringLiteral("Huỳnh"), QStringLiteral("Phan"),  QStringLiteral("Vũ"),
    QStringLiteral("Võ"),     QStringLiteral("Đặng"),  QStringLiteral("Bùi"),   QStringLiteral("Đỗ"),
    QStringLiteral("Hồ"),     QStringLiteral("Ngô"),   QStringLiteral("Dương"), QStringLiteral("Lý")};
const QStringList Middles = {QStringLiteral("Văn"),  QStringLiteral("Thị"),   QStringLiteral("Minh"),
                             QStringLiteral("Quốc"), QStringLiteral("Thu"),   QStringLiteral("Ngọc"),
                             QStringLiteral("Đức"),  QStringLiteral("Thanh"), QStringLiteral("Hữu"),
                             QStringLiteral("Kim")};
const QStringList Givens = {
    QStringLiteral("An"),    QStringLiteral("Bình"),  QStringLiteral("Cường"),  QStringLiteral("Dũng"),
    QStringLiteral("Đạt"),   QStringLiteral("Giang"), QStringLiteral("Hà"),     QStringLiteral("Hải"),
    QStringLiteral("Hạnh"),  QStringLiteral("Hiếu"),  QStringLiteral("Hoa"),    QStringLiteral("Hoà"),
    QStringLiteral("Hùng"),  QStringLiteral("Hương"), QStringLiteral("Khánh"),  QStringLiteral("Lan"),
    QStringLiteral("Linh"),  QStringLiteral("Long"),  QStringLiteral("Mai"),    QStringLiteral("Minh"),
    QStringLiteral("Nam"),   QStringLiteral("Nga"),   QStringLiteral("Ngọc"),   QStringLiteral("Nhung"),
    QStringLiteral("Phong"), QStringLiteral("Phúc"),  QStringLiteral("Phương"), QStringLiteral("Quân"),
    QStringLiteral("Sơn"),   QStringLiteral("Tâm"),   QStringLiteral("Thảo"),   QStringLiteral("Thắng"),
    QStringLiteral("Trang"), QStringLiteral("Trung"), QStringLiteral("Tuấn"),   QStringLiteral("Vân"),
    QStringLiteral("Việt"),  QStringLiteral("Xuân"),  QStringLiteral("Yến"),    QStringLiteral("Đoan")};
const QStringList Procedures = {
    QStringLiteral("1.001776"), QStringLiteral("1.001758"), QStringLiteral("1.001753"),
    QStringLiteral("1.001731"), QStringLiteral("2.000777"), QStringLiteral("1.001739"),
    QStringLiteral("2.000744"), QStringLiteral("2.000751"), QStringLiteral("2.000286")};
const QStringList Statuses = {DossierStatus::Registered, DossierStatus::Accepted,
                              DossierStatus::Processing, DossierStatus::MoreDocumentsRequested,
                              DossierStatus::Completed,  DossierStatus::ResultDelivered};

QString pick(QRandomGenerator &rng, const QStringList &list) {
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// One synthetic dossier of Hà Nội (three GSO levels), received within two years before `until`.
Dossier makeDossier(QRandomGenerator &rng, qint64 serial, const QList<const GsoUnit *> &communes,
                    const GsoDirectory &gso, const QDateTime &until) {
    const QDateTime received = until.addSecs(-qint64(rng.bounded(730u * 86400u)));
    const GsoUnit *commune = communes.at(int(rng.bounded(quint32(communes.size()))));
    const GsoUnit *district = gso.district(commune->parentCode);
    const QString code = QStringLiteral("000.00.01.G07-%1-%2")
                             .arg(received.date().toString(QStringLiteral("yyMMdd")))
                             .arg(serial % 10000, 4, 10, QLatin1Char('0')) +
                         QStringLiteral("-%1").arg(serial); // unique, not a real MaHoSo shape
    const bool female = rng.bounded(2u) == 1;
    const QString name = pick(rng, Families) + u' ' + (female ? QStringLiteral("Thị") : pick(rng, Middles)) +
                         u' ' + pick(rng, Givens);
    const int year = 1935 + int(rng.bounded(85u));
    const QString cccd = QStringLiteral("001%1%2%3")
                             .arg((year >= 2000 ? 2 : 0) + (female ? 1 : 0))
                             .arg(year % 100, 2, 10, QLatin1Char('0'))
                             .arg(rng.bounded(1000000u), 6, 10, QLatin1Char('0'));
    Dossier d = Dossier::socialProtection(code);
    auto set = [&d](DossierField f, const QString &v) { d.setValue(f, v); };
    set(DossierField::KenhThucHien, Channel::InPerson);
    set(DossierField::LoaiDoiTuong, ApplicantKind::Citizen);
    set(DossierField::HinhThucTra, ResultDelivery::AtTheDesk);
    set(DossierField::MaTTHC, pick(rng, Procedures));
    set(DossierField::HoVaTen, name);
    set(DossierField::NgayThangNamSinh, QDate(year, 1 + int(rng.bounded(12u)), 1 + int(rng.bounded(28u)))
                                            .toString(QStringLiteral("dd/MM/yyyy")));
    set(DossierField::GioiTinhId, female ? Gender::Female : Gender::Male);
    set(DossierField::CMND, cccd);
    set(DossierField::MaTinh, QStringLiteral("01"));
    set(DossierField::MaHuyen, district ? district->code : QString());
    set(DossierField::MaXa, commune->code);
    set(DossierField::HKTT_MaTinh, QStringLiteral("01"));
    set(DossierField::HKTT_MaHuyen, district ? district->code : QString());
    set(DossierField::HKTT_MaXa, commune->code);
    set(DossierField::HKTT_ChiTiet,
        QStringLiteral("Số %1, %2").arg(1 + rng.bounded(200u)).arg(commune->name));
    set(DossierField::NgayTiepNhan, WireDate::formatDateTime(received));
    set(DossierField::DonViXuLy, QStringLiteral("UBND ") + commune->name);
    set(DossierField::NoiNopHoSo, FiledAt::LocalPortal);
    set(DossierField::StatusId, pick(rng, Statuses));
    set(DossierField::SubmittedDate, WireDate::formatDateTime(received));
    set(DossierField::SoDinhDanh, cccd);
    ExtentData extent;
    Record doc(FieldTable::submittedDocument());
    doc.setValue(int(DocumentField::TenTepDinhKem), QStringLiteral("Tờ khai.pdf"));
    extent.documents << doc;
    extent.hasDocumentList = true;
    d.setExtent(extent);
    return d;
}

bool grow(Store &store, qint64 wanted) {
    qint64 have = store.count(ListFilter()).value_or(0);
    if (have >= wanted)
        return true;
    std::printf("adding %lld dossiers (the database has %lld)...\n", static_cast<long long>(wanted - have),
                static_cast<long long>(have));
    const GsoDirectory &gso = GsoDirectory::get(GsoList::Units2024);
    QList<const GsoUnit *> communes;
    for (const GsoUnit *district : gso.districtsOf(u"01"))
        communes << gso.communesOf(district->code);
    QRandomGenerator rng(quint32(have + 7));
    const QDateTime until(QDate(2025, 6, 30), QTime(17, 0));
    QElapsedTimer t;
    t.start();
    const qint64 start = have;
    while (have < wanted) {
        ChangeSet changes;
        const qint64 n = std::min<qint64>(5000, wanted - have);
        for (qint64 i = 0; i < n; ++i) {
            const Dossier d = makeDossier(rng, have + i + 1, communes, gso, until);
            changes.received << ChangeSet::ReceivedDossier{d, {}};
            if ((have + i) % 10 == 0) { // a tenth have a processing step, hence a legal deadline
                ProcessingStep s;
                const QDateTime at =
                    WireDate::parse(d.value(DossierField::NgayTiepNhan)).dateTime().addDays(1);
                s.setValue(ProgressField::MaHoSo, d.code());
                s.setValue(ProgressField::ThoiDiemXuLy, WireDate::formatDateTime(at));
                s.setValue(ProgressField::NgayBatDau, WireDate::formatDateTime(at));
                s.setValue(ProgressField::NgayKetThucTheoQuyDinh, WireDate::formatDateTime(at.addDays(15)));
                s.setValue(ProgressField::StatusId, QStringLiteral("4"));
                s.setValue(ProgressField::NoiDungXuLy, QStringLiteral("Thẩm định hồ sơ"));
                changes.receivedSteps << ChangeSet::ReceivedStep{s, {}};
            }
        }
        if (const StoreResult<ChangeResult> applied = store.apply(changes); !applied) {
            std::fprintf(stderr, "cannot store: %s\n", qPrintable(applied.error().message));
            return false;
        }
        have += n;
        if (have % 100000 == 0 || have == wanted)
            std::printf("  %lld dossiers, %.0f dossiers/s\n", static_cast<long long>(have),
                        double(have - start) / (double(t.elapsed()) / 1000.0));
        std::fflush(stdout);
    }
    return true;
}

// Processes events until the view's viewport has been painted (or a timeout).
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget *viewport)
        : m_viewport(viewport) {
        viewport->installEventFilter(this);
    }
    void arm() { m_painted = false; }
    bool wait(int timeoutMs = 30000) {
        QElapsedTimer t;
        t.start();
        while (!m_painted && t.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return m_painted;
    }
    bool eventFilter(QObject *o, QEvent *e) override {
        if (o == m_viewport && e->type() == QEvent::Paint) {
            m_viewport->removeEventFilter(this);
            QCoreApplication::sendEvent(m_viewport, e); // paint now, then note it
            m_viewport->installEventFilter(this);
            m_painted = true;
            return true;
        }
        return false;
    }

private:
    QWidget *m_viewport;
    bool m_painted = false;
};

double median(QList<double> v) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

long rssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    const int i = s.indexOf("VmRSS:");
    return i < 0 ? -1 : s.mid(i + 6, 20).trimmed().split(' ').value(0).toLong() / 1024;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BTXH-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_app"));
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database (grown as needed)."),
                                      QStringLiteral("path"), QStringLiteral("/tmp/btxh-bench-app.sqlite"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Dossiers."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-up runs."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"),
                                         QStringLiteral("Scroll steps, first row to last."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    p.addOptions({dbOption, rowsOption, runsOption, stepsOption});
    p.process(app);
    const QString path = p.value(dbOption);
    Translations::install(Language::Vietnamese);

    // 1. The data.
    {
        Store store;
        const StoreResult<void> opened = store.open(path);
        if (!opened || !grow(store, p.value(rowsOption).toLongLong())) {
            std::fprintf(stderr, "cannot prepare %s: %s\n", qPrintable(path),
                         qPrintable(opened ? QString() : opened.error().message));
            return 1;
        }
    }

    // 2. Start-up, in a new process each time.
    QList<double> startups;
    for (int run = 0; run < p.value(runsOption).toInt(); ++run) {
        QProcess desktop;
        desktop.start(QStringLiteral(BTXH_DESKTOP_PROGRAM),
                      {QStringLiteral("--db"), path, QStringLiteral("--offline"),
                       QStringLiteral("--quit-after-paint")});
        desktop.waitForFinished(60000);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("first paint after (\\d+) ms"))
                                              .match(QString::fromUtf8(desktop.readAllStandardOutput()));
        if (m.hasMatch())
            startups << m.captured(1).toDouble();
    }
    std::printf("\nstart-up to a painted window (btxh-desktop process, %lld runs): median %.0f ms, runs:",
                static_cast<long long>(startups.size()), median(startups));
    for (double s : std::as_const(startups))
        std::printf(" %.0f", s);
    std::printf("\n");

    Store store;
    store.open(path);
    secrets::MemorySecretStore secrets;
    QNetworkAccessManager network;
    AppServices services;
    services.store = &store;
    services.secrets = &secrets;
    services.network = &network;
    services.environment = QProcessEnvironment();

    QElapsedTimer t;
    t.start();
    MainWindow window(services);
    window.resize(1366, 768);
    PaintWatch watch(window.caseTable()->viewport());
    watch.arm();
    window.show();
    watch.wait();
    const double inProcess = double(t.nsecsElapsed()) / 1e6;
    CaseListModel *model = window.caseModel();
    const double firstPaint = inProcess;
    QElapsedTimer counting;
    counting.start();
    while (!model->isCountExact())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("first page painted after %.0f ms; the full count followed %.0f ms later (worker thread)\n",
                firstPaint, double(counting.nsecsElapsed()) / 1e6);
    std::printf(
        "main window to first paint, in this process (store open, warm cache): %.0f ms; %lld dossiers "
        "listed\n",
        inProcess, static_cast<long long>(model->totalCount()));

    // 3. Scrolling.
    QTableView *table = window.caseTable();
    auto timed = [&](const std::function<void()> &action) {
        watch.arm();
        QElapsedTimer step;
        step.start();
        action();
        watch.wait();
        return double(step.nsecsElapsed()) / 1e6;
    };
    const double toBottom = timed([&] { table->scrollToBottom(); });
    const QString lastCode = model->codeAt(model->rowCount() - 1);
    const double toTop = timed([&] { table->scrollToTop(); });
    std::printf("\njump to the last row: %.1f ms (%s); back to the first: %.1f ms\n", toBottom,
                qPrintable(lastCode), toTop);
    QScrollBar *bar = table->verticalScrollBar();
    const int steps = std::max(1, p.value(stepsOption).toInt());
    QList<double> stepTimes;
    QElapsedTimer sweep;
    sweep.start();
    for (int i = 1; i <= steps; ++i)
        stepTimes << timed([&] { bar->setValue(int(qint64(bar->maximum()) * i / steps)); });
    const double sweepMs = double(sweep.nsecsElapsed()) / 1e6;
    std::printf(
        "scroll bar from the first row to the last in %d painted steps: %.0f ms in all, per step median "
        "%.1f ms, slowest %.1f ms; %d pages in memory, %d page reads; RSS %ld MB\n",
        steps, sweepMs, median(stepTimes), *std::max_element(stepTimes.cbegin(), stepTimes.cend()),
        model->loadedPages(), model->pageLoads(), rssMb());
    const int rowsShown = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
    QList<double> pageTimes;
    timed([&] { table->scrollToTop(); });
    for (int i = 0; i < 400; ++i)
        pageTimes << timed([&] { bar->setValue(bar->value() + rowsShown); });
    std::printf("page down x400 from the top (%d rows a page): median %.1f ms, slowest %.1f ms\n", rowsShown,
                median(pageTimes), *std::max_element(pageTimes.cbegin(), pageTimes.cend()));

    // 4. Search as you type, one key at a time, every keystroke timed from the key to the painted list.
    window.setSearchDelay(0);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *searchTimer = window.findChild<QTimer *>(QStringLiteral("searchTimer"));
    // From the key to the painted result; a key that changes nothing the list shows (a first letter, a
    // space) is done when the app has gone back to waiting.
    auto keystroke = [&](QChar c) {
        watch.arm();
        QElapsedTimer step;
        step.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(search, &press);
        QCoreApplication::sendEvent(search, &release);
        while (step.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            if (!searchTimer->isActive() && !model->isSearching()) {
                QCoreApplication::processEvents(); // the paint the result asked for
                break;
            }
        }
        return double(step.nsecsElapsed()) / 1e6;
    };
    const QStringList queries = {QStringLiteral("nguyen thi hoa"), QStringLiteral("Đặng Văn"),
                                 QStringLiteral("tran duc"), QStringLiteral("001185"),
                                 QStringLiteral("000.00.01.G07-2406")};
    QList<double> all;
    std::printf("\nsearch as you type (debounce 0; the app waits %d ms after the last key in normal use):\n",
                150);
    for (const QString &query : queries) {
        search->clear();
        while (searchTimer->isActive() || model->isSearching() || !model->isCountExact())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QList<double> keys;
        QString line;
        for (const QChar c : query) {
            const double ms = keystroke(c);
            keys << ms;
            all << ms;
            line += QStringLiteral(" %1").arg(ms, 0, 'f', 0);
        }
        while (!model->isCountExact())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        std::printf("  \"%s\" -> %lld found; ms per key:%s\n", qPrintable(query),
                    static_cast<long long>(model->totalCount()), qPrintable(line));
    }
    std::printf("keystroke refresh: median %.1f ms, slowest %.1f ms (%lld keys)\n", median(all),
                *std::max_element(all.cbegin(), all.cend()), static_cast<long long>(all.size()));
    return 0;
}
