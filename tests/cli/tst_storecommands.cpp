// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtxhRun.h"
#include "TestDossiers.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <utility>

using btxh::test::BtxhRun;
using btxh::test::TestDossiers;

// Runs the real `btxh import`, `list`, `show` and `export` against database files in a temporary folder.
class TestStoreCommands : public QObject {
    Q_OBJECT

    using Run = BtxhRun;

    QTemporaryDir m_dir;
    int m_dbs = 0;
    QString m_db;

    static Run btxh(const QStringList &args,
                    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        return BtxhRun::english(args, env);
    }

    // A store command on this test's database.
    Run db(const QString &command, const QStringList &args = {}) const {
        return BtxhRun::onDatabase(command, m_db, args);
    }

    QString write(const QString &name, const QByteArray &bytes) {
        return btxh::test::writeFile(m_dir.filePath(name), bytes);
    }

    // The push example, made valid (its HinhThucTra holds a date) under another code.
    QJsonObject validDossier(const QString &code) {
        QJsonObject o = TestDossiers::fixture("push-dossier.json");
        o.insert(QStringLiteral("HinhThucTra"), QStringLiteral("0"));
        o.insert(QStringLiteral("MaHoSo"), code);
        return o;
    }

    QStringList listedCodes(const QStringList &args) {
        QStringList all = args;
        all << QStringLiteral("--json");
        return db(QStringLiteral("list"), all).listedCodes();
    }

    const QStringList today = {QStringLiteral("--today"), QStringLiteral("27/11/2026")};

    // `btxh import` with files above `streamBytes` read in windows.
    static Run importStreamed(const QString &database, const QStringList &args, qint64 streamBytes) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BTXH_IMPORT_STREAM_BYTES"), QString::number(streamBytes));
        return BtxhRun::run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                        QStringLiteral("import"), QStringLiteral("--db"), database} +
                                args,
                            180000, env);
    }

    // The distinct lines printed. Distinct: PayloadImport gives each dossier without MaHoSo the reading
    // problems of every such dossier in its document, so a whole file repeats them where its windows do not.
    static QStringList sortedLines(const QString &text) {
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        lines.sort();
        lines.removeDuplicates();
        return lines;
    }

private Q_SLOTS:
    void init() { m_db = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++m_dbs)); }

    void import_pullResponseIsStoredOnceAsTheServersCopy() {
        Run r = db(QStringLiteral("import"),
                   QStringList{TestDossiers::fixturePath("pull-dossiers-response.json")} + today);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("new 1, updated 0, unchanged 0")), qPrintable(r.out));
        r = db(QStringLiteral("import"),
               QStringList{TestDossiers::fixturePath("pull-dossiers-response.json")} + today);
        QVERIFY2(r.out.contains(QStringLiteral("new 0, updated 0, unchanged 1")), qPrintable(r.out));
        QCOMPARE(listedCodes({}), QStringList{QStringLiteral("000.00.15.G07-221129-0002")});
        QCOMPARE(listedCodes({QStringLiteral("--sync-state"), QStringLiteral("synced")}).size(), 1);

        // Its steps, pulled separately, join it.
        r = db(QStringLiteral("import"),
               QStringList{TestDossiers::fixturePath("pull-progress-response.json")} + today);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err + r.out));
        r = db(QStringLiteral("show"),
               {QStringLiteral("000.00.15.G07-221129-0002"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("MaHoSo")).toString(),
                 QStringLiteral("000.00.15.G07-221129-0002"));
        QVERIFY(shown.value(QStringLiteral("steps")).toArray().size() >= 1);
        QCOMPARE(shown.value(QStringLiteral("syncState")).toString(), QStringLiteral("synced"));
    }

    void logging_progressNotesOnlyWithVerbose() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        // A new database is created and migrated: the store notes that at info level.
        Run quiet = btxh({QStringLiteral("list"), QStringLiteral("--db"), m_db}, env);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains(QStringLiteral("btxh.store")), qPrintable(quiet.err));
        QVERIFY2(quiet.err.contains(QStringLiteral("0 dossier")), qPrintable(quiet.err));

        const QString other = m_dir.filePath(QStringLiteral("verbose.sqlite"));
        Run verbose =
            btxh({QStringLiteral("--verbose"), QStringLiteral("list"), QStringLiteral("--db"), other}, env);
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains(QStringLiteral("migrated to schema")), qPrintable(verbose.err));
    }

    // 03127 was Phường Him Lam before 1 July 2025 and is Phường Điện Biên Phủ since: `list` and `show` name
    // each dossier's code as of its received date, and --units picks today's units or yesterday's.
    void list_andShow_nameCodesByTheReceivedDate_andFilterByTodaysOrYesterdaysUnits() {
        QJsonObject before = validDossier(QStringLiteral("000.00.15.G07-230510-0001"));
        before.insert(QStringLiteral("NgayTiepNhan"), QStringLiteral("10/05/2023 09:00:00"));
        before.insert(QStringLiteral("MaTinh"), QStringLiteral("11"));
        before.insert(QStringLiteral("MaHuyen"), QStringLiteral("094"));
        before.insert(QStringLiteral("MaXa"), QStringLiteral("03127"));
        QJsonObject after = validDossier(QStringLiteral("000.00.15.G07-260815-0001"));
        after.insert(QStringLiteral("NgayTiepNhan"), QStringLiteral("15/08/2026 09:00:00"));
        after.insert(QStringLiteral("MaTinh"), QStringLiteral("11"));
        after.insert(QStringLiteral("MaHuyen"), QStringLiteral(""));
        after.insert(QStringLiteral("MaXa"), QStringLiteral("03127"));
        const QString file =
            write(QStringLiteral("mix.json"), QJsonDocument(QJsonArray{before, after}).toJson());
        Run r = db(QStringLiteral("import"), QStringList{file} + today);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));

        r = db(QStringLiteral("list"), {QStringLiteral("--commune"), QStringLiteral("03127")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.at(0).contains(u"commune_name"));
        for (const QString &line : lines.mid(1)) {
            if (line.startsWith(u"000.00.15.G07-230510-0001"))
                QVERIFY2(line.contains(u"\t03127\tPhường Him Lam\t"), qPrintable(line));
            else
                QVERIFY2(line.contains(u"\t03127\tPhường Điện Biên Phủ\t"), qPrintable(line));
        }
        QCOMPARE(listedCodes({QStringLiteral("--commune"), QStringLiteral("03127"), QStringLiteral("--units"),
                              QStringLiteral("2025")}),
                 QStringList{QStringLiteral("000.00.15.G07-260815-0001")});
        QCOMPARE(listedCodes({QStringLiteral("--commune"), QStringLiteral("03127"), QStringLiteral("--units"),
                              QStringLiteral("2024")}),
                 QStringList{QStringLiteral("000.00.15.G07-230510-0001")});
        r = db(QStringLiteral("list"), {QStringLiteral("--units"), QStringLiteral("2030")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--units"));

        r = db(QStringLiteral("show"), {QStringLiteral("000.00.15.G07-260815-0001")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"(MaXa): 03127 Phường Điện Biên Phủ"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"2025 two-level"));
        r = db(QStringLiteral("show"), {QStringLiteral("000.00.15.G07-230510-0001")});
        QVERIFY2(r.out.contains(u"(MaXa): 03127 Phường Him Lam"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"(MaHuyen): 094 Thành phố Điện Biên Phủ"));
    }

    void import_invalidRequestFormIsADraftWithItsProblemsPrinted() {
        const Run r =
            db(QStringLiteral("import"), QStringList{TestDossiers::fixturePath("push-dossier.json")} + today);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("000.00.15.G07-221209-0001 HinhThucTra error")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QStringLiteral("new 0, updated 0, unchanged 0, conflicts 0, drafts 1, rejected 0")),
                 qPrintable(r.out));
        QCOMPARE(listedCodes({QStringLiteral("--sync-state"), QStringLiteral("draft")}),
                 QStringList{QStringLiteral("000.00.15.G07-221209-0001")});
        const Run shown = db(QStringLiteral("show"), {QStringLiteral("000.00.15.G07-221209-0001")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("HinhThucTra error")), qPrintable(shown.out));
    }

    // The bad inputs of the two-level reform, imported in request form: each dossier is kept as a draft, its
    // problem says which list its codes were checked against and why (the received date), and `show` gives
    // back the codes as they came, none rewritten.
    void import_reformBadInputs_sayWhichListAndKeepTheCodes() {
        struct Case {
            const char *suffix, *received, *province, *district, *commune, *field;
            QStringList says;
        };
        const QString list2024 = QStringLiteral("2024 three-level GSO list");
        const QString list2025 = QStringLiteral("2025 two-level GSO list");
        const Case cases[] = {
            // A 2024 commune on a dossier received in 2026 (Phường Noong Bua, gone since the reform).
            {"0001",
             "15/08/2026",
             "11",
             "",
             "03124",
             "MaXa",
             {list2025, QStringLiteral("15/08/2026"), QStringLiteral("Phường Noong Bua")}},
            // A 2025 commune on a 2023 dossier (Đặc khu Bạch Long Vĩ).
            {"0002",
             "10/03/2023",
             "31",
             "303",
             "11948",
             "MaXa",
             {list2024, QStringLiteral("10/03/2023"), QStringLiteral("Bạch Long Vĩ")}},
            // A commune in neither list.
            {"0003", "15/08/2026", "11", "", "99999", "MaXa", {list2025, list2024}},
            // A MaHuyen on a post-reform dossier (the default profile sends two levels).
            {"0004", "15/08/2026", "11", "094", "03127", "MaHuyen", {list2025, QStringLiteral("01/07/2025")}},
            // No MaHuyen on a pre-reform one.
            {"0005", "10/03/2024", "11", "", "03127", "MaHuyen", {list2024, QStringLiteral("10/03/2024")}},
            // A province merged away on 01/07/2025 (Tỉnh Hà Giang).
            {"0006",
             "05/01/2026",
             "02",
             "",
             "03127",
             "MaTinh",
             {list2025, QStringLiteral("05/01/2026"), QStringLiteral("Tỉnh Hà Giang")}},
        };
        QJsonArray items;
        for (const Case &c : cases) {
            QJsonObject o =
                validDossier(QStringLiteral("000.00.11.G07-260815-") + QLatin1StringView(c.suffix));
            const QString when = QLatin1StringView(c.received) + QStringLiteral(" 09:00:00");
            o.insert(QStringLiteral("NgayTiepNhan"), when);
            o.insert(QStringLiteral("SubmittedDate"), when);
            o.insert(QStringLiteral("MaTinh"), QLatin1StringView(c.province));
            o.insert(QStringLiteral("MaHuyen"), QString::fromUtf8(c.district));
            o.insert(QStringLiteral("MaXa"), QLatin1StringView(c.commune));
            items.append(o);
        }
        const QString file = write(QStringLiteral("reform-bad.json"), QJsonDocument(items).toJson());
        const Run r = db(QStringLiteral("import"), QStringList{file} + today);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(
                     QStringLiteral("new 0, updated 0, unchanged 0, conflicts 0, drafts 6, rejected 0")),
                 qPrintable(r.out + r.err));
        const QStringList lines = r.out.split(u'\n');
        for (const Case &c : cases) {
            const QString code = QStringLiteral("000.00.11.G07-260815-") + QLatin1StringView(c.suffix);
            const QString field = QLatin1StringView(c.field);
            const QStringList mine = lines.filter(code + u' ' + field + QStringLiteral(" error"));
            QVERIFY2(!mine.isEmpty(), qPrintable(code + u' ' + field + u'\n' + r.out));
            for (const QString &word : c.says)
                QVERIFY2(mine.join(u'\n').contains(word), qPrintable(word + u'\n' + mine.join(u'\n')));
            // Kept as it came.
            const Run shown = db(QStringLiteral("show"), {code});
            QCOMPARE(shown.exitCode, 0);
            QVERIFY2(shown.out.contains(QStringLiteral("(MaTinh): ") + QLatin1StringView(c.province)),
                     qPrintable(shown.out));
            QVERIFY2(shown.out.contains(QStringLiteral("(MaXa): ") + QLatin1StringView(c.commune)),
                     qPrintable(shown.out));
            if (*c.district)
                QVERIFY2(shown.out.contains(QStringLiteral("(MaHuyen): ") + QLatin1StringView(c.district)),
                         qPrintable(shown.out));
        }
        QCOMPARE(listedCodes({QStringLiteral("--sync-state"), QStringLiteral("draft")}).size(), 6);
    }

    void import_keepsGoodItemsWhenOneIsBad() {
        QJsonObject noCode = validDossier(QString());
        noCode.remove(QStringLiteral("MaHoSo"));
        const QJsonArray items{validDossier(QStringLiteral("000.00.15.G07-240101-0001")), noCode, 42,
                               validDossier(QStringLiteral("000.00.15.G07-240101-0002"))};
        const QString file = write(QStringLiteral("mixed.json"), QJsonDocument(items).toJson());
        const Run r = db(QStringLiteral("import"), QStringList{file} + today);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(
                     QStringLiteral("new 2, updated 0, unchanged 0, conflicts 0, drafts 0, rejected 2")),
                 qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("#3")));
        QCOMPARE(listedCodes({QStringLiteral("--sort"), QStringLiteral("MaHoSo"), QStringLiteral("--asc")}),
                 (QStringList{QStringLiteral("000.00.15.G07-240101-0001"),
                              QStringLiteral("000.00.15.G07-240101-0002")}));
        QCOMPARE(listedCodes({QStringLiteral("--sync-state"), QStringLiteral("ready")}).size(), 2);
    }

    void import_strictImportsNothingWhenAnythingIsBad() {
        const QString good =
            write(QStringLiteral("good.json"),
                  QJsonDocument(validDossier(QStringLiteral("000.00.15.G07-240102-0001"))).toJson());
        const Run r =
            db(QStringLiteral("import"),
               QStringList{QStringLiteral("--strict"), good, TestDossiers::fixturePath("push-dossier.json")} +
                   today);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing imported")), qPrintable(r.err));
        QCOMPARE(listedCodes({}), QStringList());
        const Run ok = db(QStringLiteral("import"), QStringList{QStringLiteral("--strict"), good} + today);
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(listedCodes({}).size(), 1);
    }

    void import_unreadableFileIsReportedAndTheOthersImported() {
        const QString broken = write(QStringLiteral("broken.json"), "{ not json");
        const QString good =
            write(QStringLiteral("good2.json"),
                  QJsonDocument(validDossier(QStringLiteral("000.00.15.G07-240103-0001"))).toJson());
        const Run r = db(QStringLiteral("import"), QStringList{broken, good} + today);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("broken.json")));
        QCOMPARE(listedCodes({}).size(), 1);
    }

    void import_largeFileStreamedGivesTheSameResultAsWhole() {
        // A few windows of 500 items, with items that cannot be stored in the first and the last.
        const QString file =
            write(QStringLiteral("large.json"), TestDossiers::pullResponse(2600, {3, 1777, 2599}));
        const QString whole = m_dir.filePath(QStringLiteral("whole.sqlite"));
        const QString streamed = m_dir.filePath(QStringLiteral("streamed.sqlite"));
        const Run a = importStreamed(whole, QStringList{file} + today, 1024LL * 1024 * 1024);
        const Run b = importStreamed(streamed, QStringList{file} + today, 4096);
        QCOMPARE(a.exitCode, 1);
        QCOMPARE(b.exitCode, a.exitCode);
        QVERIFY2(a.out.contains(
                     QStringLiteral("new 2597, updated 0, unchanged 0, conflicts 0, drafts 0, rejected 3")),
                 qPrintable(a.out.right(300) + a.err));
        // The same summary and the same problems (in another order: window by window).
        QCOMPARE(b.out.split(u'\n', Qt::SkipEmptyParts).constLast(),
                 a.out.split(u'\n', Qt::SkipEmptyParts).constLast());
        QCOMPARE(sortedLines(b.out), sortedLines(a.out));
        QCOMPARE(b.err, a.err);

        // The same dossier table.
        const Run listA = BtxhRun::onDatabase(QStringLiteral("list"), whole, {QStringLiteral("--json")});
        const Run listB = BtxhRun::onDatabase(QStringLiteral("list"), streamed, {QStringLiteral("--json")});
        QCOMPARE(listA.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listA.out.toUtf8()).array().size(), 2597);
        QVERIFY(listB.out == listA.out);
        const QString csvA = m_dir.filePath(QStringLiteral("whole.csv"));
        const QString csvB = m_dir.filePath(QStringLiteral("streamed.csv"));
        for (const auto &[database, csv] : {std::pair{whole, csvA}, std::pair{streamed, csvB}})
            QCOMPARE(BtxhRun::onDatabase(QStringLiteral("export"), database,
                                         {QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--out"), csv, QStringLiteral("--sort"),
                                          QStringLiteral("MaHoSo")})
                         .exitCode,
                     0);
        QFile fa(csvA), fb(csvB);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QVERIFY(fa.readAll() == fb.readAll());

        // Again, streamed: everything unchanged.
        const Run again = importStreamed(streamed, QStringList{file} + today, 4096);
        QVERIFY2(again.out.contains(
                     QStringLiteral("new 0, updated 0, unchanged 2597, conflicts 0, drafts 0, rejected 3")),
                 qPrintable(again.out.right(300)));
    }

    void import_strictRefusesAStreamedFileWithOneBadItem() {
        const QString file =
            write(QStringLiteral("large-bad.json"), TestDossiers::pullResponse(1200, {1100}));
        Run r = importStreamed(m_db, QStringList{QStringLiteral("--strict"), file} + today, 4096);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing imported (1 item with errors)")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("a dossier without MaHoSo cannot be stored")),
                 qPrintable(r.out.right(300)));
        QCOMPARE(listedCodes({}), QStringList());

        // Without the bad item, both passes run and everything is written, each problem printed once.
        const QString good = write(QStringLiteral("large-good.json"), TestDossiers::pullResponse(1200));
        r = importStreamed(m_db, QStringList{QStringLiteral("--strict"), good} + today, 4096);
        QVERIFY2(r.exitCode <= 1, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     QStringLiteral("new 1200, updated 0, unchanged 0, conflicts 0, drafts 0, rejected 0")),
                 qPrintable(r.out.right(300)));
        QCOMPARE(r.out.count(QStringLiteral("000.00.15.G07-250101-00007 CMND warning")), 1);
        QCOMPARE(listedCodes({}).size(), 1200);
    }

    void import_malformedLargeFileIsRefusedBeforeAnyWrite() {
        QByteArray bytes = TestDossiers::pullResponse(700);
        bytes.chop(bytes.size() - bytes.lastIndexOf('}')); // the last brace is missing
        const QString file = write(QStringLiteral("large-cut.json"), bytes);
        const Run r = importStreamed(m_db, QStringList{file} + today, 4096);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unbalanced brackets: the document ends at byte")),
                 qPrintable(r.err));
        QCOMPARE(listedCodes({}), QStringList());
    }

    void list_searchIsAccentInsensitiveAndFiltersWork() {
        QVERIFY(
            db(QStringLiteral("import"), QStringList{TestDossiers::fixturePath("push-dossier.json")} + today)
                .exitCode == 1);
        QVERIFY(db(QStringLiteral("import"),
                   QStringList{TestDossiers::fixturePath("pull-dossiers-response.json")} + today)
                    .exitCode <= 1);
        QCOMPARE(listedCodes({QStringLiteral("--search"), QStringLiteral("nguyen hoang long")}),
                 QStringList{QStringLiteral("000.00.15.G07-221209-0001")});
        QCOMPARE(listedCodes({QStringLiteral("--search"), QStringLiteral("phan thi bang")}),
                 QStringList{QStringLiteral("000.00.15.G07-221129-0002")});
        QCOMPARE(listedCodes({QStringLiteral("--search"), QStringLiteral("dau tranh")}), // Thôn Đầu Tranh
                 QStringList{QStringLiteral("000.00.15.G07-221129-0002")});
        QCOMPARE(listedCodes({QStringLiteral("--procedure"), QStringLiteral("1.001731")}),
                 QStringList{QStringLiteral("000.00.15.G07-221129-0002")});
        QCOMPARE(listedCodes({QStringLiteral("--status"), QStringLiteral("1"), QStringLiteral("--commune"),
                              QStringLiteral("09889")}),
                 QStringList{QStringLiteral("000.00.15.G07-221129-0002")});
        QCOMPARE(listedCodes({QStringLiteral("--from"), QStringLiteral("01/01/2030")}), QStringList());
        QCOMPARE(listedCodes({QStringLiteral("--limit"), QStringLiteral("1")}).size(), 1);

        const Run text = db(QStringLiteral("list"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(QStringLiteral("MaHoSo\tHoVaTen")));
        QVERIFY(text.out.contains(QString::fromUtf8("NGUYỄN HOÀNG LONG")));
        QVERIFY(text.err.contains(QStringLiteral("2 dossiers")));

        const Run bad = db(QStringLiteral("list"), {QStringLiteral("--sync-state"), QStringLiteral("lost")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--sync-state")));
        const Run badSort = db(QStringLiteral("list"), {QStringLiteral("--sort"), QStringLiteral("nope")});
        QCOMPARE(badSort.exitCode, 2);
    }

    void show_printsTheWholeDossierAndStepsInTimeOrder() {
        QVERIFY(db(QStringLiteral("import"), QStringList{TestDossiers::fixturePath("push-result.json"),
                                                         TestDossiers::fixturePath("push-progress.json")} +
                                                 today)
                    .exitCode <= 1);
        const Run r = db(QStringLiteral("show"), {QStringLiteral("000.00.15.G07-221209-0001")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Full name (HoVaTen)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Submitted documents:")));
        QVERIFY(r.out.contains(QStringLiteral("Result papers:")));
        QVERIFY(r.out.contains(QStringLiteral("Processing steps: 1")));
        const Run missing = db(QStringLiteral("show"), {QStringLiteral("000.00.15.G07-000000-0000")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no dossier")));
    }

    void export_csvHasABomAndEveryRow_jsonIsRequestForm() {
        QVERIFY(
            db(QStringLiteral("import"), QStringList{TestDossiers::fixturePath("push-dossier.json")} + today)
                .exitCode == 1);
        QVERIFY(db(QStringLiteral("import"),
                   QStringList{TestDossiers::fixturePath("pull-dossiers-response.json")} + today)
                    .exitCode <= 1);
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        Run r = db(QStringLiteral("export"),
                   {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv,
                    QStringLiteral("--sort"), QStringLiteral("MaHoSo")});
        QCOMPARE(r.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // Headed by the fields' labels (English here: --lang en), codes with their names beside them.
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Data kind (code),Data kind,Dossier code,")),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).endsWith(QStringLiteral(",Sync state,Legal deadline")));
        QVERIFY(lines.at(1).contains(QString::fromUtf8("NGUYỄN HOÀNG LONG")));

        const QString json = m_dir.filePath(QStringLiteral("out.json"));
        r = db(QStringLiteral("export"),
               {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json,
                QStringLiteral("--search"), QStringLiteral("long")});
        QCOMPARE(r.exitCode, 0);
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonArray a = QJsonDocument::fromJson(j.readAll()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("MaHoSo")).toString(),
                 QStringLiteral("000.00.15.G07-221209-0001"));
        QVERIFY(a.at(0).toObject().contains(QStringLiteral("CertificateExtentData")));

        r = db(QStringLiteral("export"),
               {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), json});
        QCOMPARE(r.exitCode, 2);
        const QString xlsx = m_dir.filePath(QStringLiteral("out.xlsx"));
        r = db(QStringLiteral("export"),
               {QStringLiteral("--out"), xlsx, QStringLiteral("--search"), QStringLiteral("long")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("1 dossier written")), qPrintable(r.err));
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QCOMPARE(x.read(2), QByteArray("PK")); // a zip: the workbook
    }

    void storeErrors_giveAClearMessageAndExitCode3() {
        const QString corrupt = write(QStringLiteral("corrupt.sqlite"), QByteArray(8192, 'x'));
        Run r = btxh({QStringLiteral("list"), QStringLiteral("--db"), corrupt});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("not a BTXH database or is damaged")), qPrintable(r.err));
        r = btxh(QStringList{QStringLiteral("import"), QStringLiteral("--db"), corrupt,
                             TestDossiers::fixturePath("push-dossier.json")} +
                 today);
        QCOMPARE(r.exitCode, 3);
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'x')); // untouched
    }

    void noDbOption_usesTheDesktopAppsDatabase() {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const Run r = btxh(
            QStringList{QStringLiteral("import"), TestDossiers::fixturePath("pull-dossiers-response.json")} +
                today,
            env);
        QVERIFY2(r.exitCode <= 1, qPrintable(r.err));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/BTXH/btxh-desktop/btxh.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "tst_storecommands.moc"
