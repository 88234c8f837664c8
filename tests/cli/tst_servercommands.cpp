// SPDX-License-Identifier: GPL-3.0-or-later
// The real `btxh` on an office's PostgreSQL database (the test run's throwaway cluster): import, list,
// search, show and report there as on a file; and each wrong address or database refused with a message
// naming the problem, nothing written anywhere.
#include "BtxhRun.h"
#include "TestPostgresAdmin.h"
#include "XlsxReadBack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using btxh::test::BtxhRun;

class TestServerCommands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestPostgresAdmin> m_admin;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    const QStringList today = {QStringLiteral("--today"), QStringLiteral("27/11/2026")};

    static QString spec(const char *name) {
        return QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QLatin1StringView(name);
    }

    // `btxh --lang en command --db address args`, run in the test's folder (where a mistaken file database
    // would appear), with the test's ~/.pgpass.
    BtxhRun btxh(const QString &command, const QString &address, const QStringList &args = {}) {
        QStringList all{QStringLiteral("--lang"), QStringLiteral("en"), command};
        if (!address.isEmpty())
            all << QStringLiteral("--db") << address;
        all << args;
        const QString before = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        BtxhRun r = BtxhRun::run(all, 120000, m_env);
        QDir::setCurrent(before);
        return r;
    }

    // A database initialised by `btxh db init`, as its administrator makes it; its address.
    QString initialisedDatabase() {
        const QString url = m_admin->url(m_admin->createDatabase());
        const BtxhRun init = btxh(QStringLiteral("db"), QString(), {QStringLiteral("init"), url});
        if (init.exitCode != 0)
            qWarning("btxh db init: %s", qPrintable(init.err));
        return url;
    }

    QStringList listed(const QString &url, const QStringList &args = {}) {
        return btxh(QStringLiteral("list"), url, args + QStringList{QStringLiteral("--json")}).listedCodes();
    }

    QString dossierCount(const QString &url) {
        const QString database = url.section(u'/', -1);
        const QStringList n = m_admin->values(QStringLiteral("SELECT count(*) FROM dossiers"), database);
        return n.isEmpty() ? QStringLiteral("<none: %1>").arg(m_admin->error()) : n.constFirst();
    }

    // Nothing of a file database appeared where the command ran ("postgresql:" as a folder).
    bool noFileDatabaseMade() const {
        return QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!TestPostgres::url().isEmpty(), TestPostgres::requireMessage());
        m_admin = std::make_unique<TestPostgresAdmin>();
        QVERIFY2(m_admin->error().isEmpty(), qPrintable(m_admin->error()));
        const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QVERIFY(m_admin->writePgpass(pgpass));
        m_env.insert(QStringLiteral("PGPASSFILE"), pgpass);
    }

    void import_thenListSearchAndShow_onTheServer() {
        const QString url = initialisedDatabase();
        BtxhRun r =
            btxh(QStringLiteral("import"), url, QStringList{spec("pull-dossiers-response.json")} + today);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("new 1, updated 0, unchanged 0")), qPrintable(r.out));
        r = btxh(QStringLiteral("import"), url, QStringList{spec("pull-dossiers-response.json")} + today);
        QVERIFY2(r.out.contains(QStringLiteral("new 0, updated 0, unchanged 1")), qPrintable(r.out));
        r = btxh(QStringLiteral("import"), url, QStringList{spec("push-dossier.json")} + today);
        QCOMPARE(r.exitCode, 1); // a draft, with its problems printed
        r = btxh(QStringLiteral("import"), url, QStringList{spec("pull-progress-response.json")} + today);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err + r.out));
        QCOMPARE(dossierCount(url), QStringLiteral("2"));

        QCOMPARE(listed(url).size(), 2);
        QCOMPARE(listed(url, {QStringLiteral("--search"), QStringLiteral("nguyen hoang long")}),
                 QStringList{QStringLiteral("000.00.15.G07-221209-0001")});
        QCOMPARE(listed(url, {QStringLiteral("--search"), QStringLiteral("dau tranh")}), // Thôn Đầu Tranh
                 QStringList{QStringLiteral("000.00.15.G07-221129-0002")});
        QCOMPARE(listed(url, {QStringLiteral("--search"), QStringLiteral("000.00.15.g07-2212")}),
                 QStringList{QStringLiteral("000.00.15.G07-221209-0001")});
        QCOMPARE(listed(url, {QStringLiteral("--sync-state"), QStringLiteral("synced")}),
                 QStringList{QStringLiteral("000.00.15.G07-221129-0002")});
        QCOMPARE(listed(url, {QStringLiteral("--limit"), QStringLiteral("1")}).size(), 1);

        r = btxh(QStringLiteral("show"), url,
                 {QStringLiteral("000.00.15.G07-221129-0002"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("MaHoSo")).toString(),
                 QStringLiteral("000.00.15.G07-221129-0002"));
        QVERIFY(shown.value(QStringLiteral("steps")).toArray().size() >= 1);
        QVERIFY(noFileDatabaseMade());
    }

    // btxh report on the server prints what it prints on a file holding the same dossiers, in each format:
    // the counts grouped each way, the overdue list, a workbook.
    void report_onTheServer_printsWhatItPrintsOnAFile() {
        const QString url = initialisedDatabase();
        const QString file = m_dir.filePath(QStringLiteral("report.sqlite"));
        for (const QString &db : {url, file}) {
            for (const char *fixture :
                 {"pull-dossiers-response.json", "push-dossier.json", "pull-progress-response.json"}) {
                const BtxhRun r = btxh(QStringLiteral("import"), db, QStringList{spec(fixture)} + today);
                QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err + r.out));
            }
        }
        QCOMPARE(dossierCount(url), QStringLiteral("2"));
        const QStringList period = {QStringLiteral("--from"),  QStringLiteral("01/11/2022"),
                                    QStringLiteral("--to"),    QStringLiteral("31/12/2022"),
                                    QStringLiteral("--today"), QStringLiteral("27/11/2026")};
        for (const char *by : {"procedure", "commune", "month", "status"}) {
            for (const char *format : {"table", "csv", "json"}) {
                for (bool overdue : {false, true}) {
                    QStringList args =
                        period + QStringList{QStringLiteral("--by"), QString::fromLatin1(by),
                                             QStringLiteral("--format"), QString::fromLatin1(format)};
                    if (overdue)
                        args << QStringLiteral("--overdue");
                    const BtxhRun onServer = btxh(QStringLiteral("report"), url, args);
                    QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
                    const BtxhRun onFile = btxh(QStringLiteral("report"), file, args);
                    QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
                    QVERIFY2(onServer.outBytes == onFile.outBytes,
                             qPrintable(args.join(u' ') + u'\n' + onServer.out + u'\n' + onFile.out));
                }
            }
        }
        // The counts are not empty: both dossiers were received in the period; one is overdue.
        BtxhRun r = btxh(QStringLiteral("report"), url,
                         period + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray();
        QVERIFY2(!rows.isEmpty(), qPrintable(r.out));
        QCOMPARE(rows.last().toObject().value(u"received").toInt(), 2);
        r = btxh(QStringLiteral("report"), url,
                 period + QStringList{QStringLiteral("--overdue"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
        QVERIFY2(!QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray().isEmpty(),
                 qPrintable(r.out));

        // A workbook: the same cells.
        QJsonObject sheets[2];
        for (int i = 0; i < 2; ++i) {
            const QString xlsx = m_dir.filePath(QStringLiteral("report%1.xlsx").arg(i));
            r = btxh(QStringLiteral("report"), i == 0 ? url : file,
                     period + QStringList{QStringLiteral("--by"), QStringLiteral("procedure"),
                                          QStringLiteral("--format"), QStringLiteral("xlsx"),
                                          QStringLiteral("--output"), xlsx});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QString error;
            sheets[i] = readXlsxBack(xlsx, &error);
            QVERIFY2(!sheets[i].value(u"rows").toArray().isEmpty(), qPrintable(error));
        }
        QCOMPARE(sheets[0].value(u"rows"), sheets[1].value(u"rows"));
        QVERIFY(noFileDatabaseMade());
    }

    void wrongAddresses_andDatabases_areRefusedNamingTheProblem_nothingWritten() {
        const QString user = m_admin->superuser();
        // A malformed address.
        BtxhRun r =
            btxh(QStringLiteral("list"), QStringLiteral("postgresql://%1@127.0.0.1:notaport/x").arg(user));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("is not a valid address")), qPrintable(r.err));

        // Nobody listens on the port.
        int closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        r = btxh(QStringLiteral("import"),
                 QStringLiteral("postgresql://%1@127.0.0.1:%2/x").arg(user).arg(closedPort),
                 QStringList{spec("pull-dossiers-response.json")} + today);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")), qPrintable(r.err));

        // A database with no schema: its administrator runs btxh db init.
        const QString empty = m_admin->url(m_admin->createDatabase());
        r = btxh(QStringLiteral("import"), empty, QStringList{spec("pull-dossiers-response.json")} + today);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("btxh db init")), qPrintable(r.err));
        QCOMPARE(m_admin->values(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                                 empty.section(u'/', -1)),
                 QStringList{QStringLiteral("0")});

        // A schema newer than the app.
        const QString newer = initialisedDatabase();
        QVERIFY(m_admin->exec(QStringLiteral("UPDATE schema_version SET version = version + 1"),
                              newer.section(u'/', -1)));
        r = btxh(QStringLiteral("import"), newer, QStringList{spec("pull-dossiers-response.json")} + today);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
        QCOMPARE(dossierCount(newer), QStringLiteral("0"));
        QVERIFY(noFileDatabaseMade());
    }

    void backupAndRestore_sayTheServerIsBackedUpByItsOwnTools() {
        const QString url = initialisedDatabase();
        BtxhRun r = btxh(QStringLiteral("backup"), url, {m_dir.filePath(QStringLiteral("b.sqlite"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("pg_dump")), qPrintable(r.err));
        r = btxh(QStringLiteral("restore"), url,
                 {m_dir.filePath(QStringLiteral("b.sqlite")), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("pg_restore")), qPrintable(r.err));
        QVERIFY(noFileDatabaseMade());
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
