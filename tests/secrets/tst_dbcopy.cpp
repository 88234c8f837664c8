// SPDX-License-Identifier: GPL-3.0-or-later
// `btxh db copy` in-process, between a real SQLite store and databases of the test run's throwaway PostgreSQL
// cluster (the ctest fixture "postgres"): an office's file to a fresh server database and back, compared
// table by table, by search and dossier by dossier; the refusals; and copies interrupted by the server
// ending the connection, which leave nothing behind and run again.

#include "BtxhRun.h"
#include "CommandRun.h"
#include "DatabaseCopy.h"
#include "DatabaseLocation.h"
#include "DbCommand.h"
#include "DbCopy.h"
#include "MemorySecretStore.h"
#include "SearchedCodes.h"
#include "ServerConnection.h"
#include "ServerCopy.h"
#include "ServerSchema.h"
#include "ServerSearch.h"
#include "Store.h"
#include "TestDossiers.h"
#include "TestPostgresAdmin.h"
#include "TestStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace btxh;
using namespace btxh::cli;
using btxh::test::TestDossiers;

namespace {

using Outcome = btxh::test::CommandRun;

constexpr int Generated = 120;

// A server database opened as the superuser for the test's own looks, closed when it goes.
class Peek {
public:
    Peek(TestPostgresAdmin &admin, const QString &url)
        : m_name(QStringLiteral("peek-") + QString::number(quintptr(this))) {
        QString error;
        m_location = DatabaseLocation::parse(url, &error);
        StoreError opened;
        m_db = ServerConnection::open(m_location, admin.superuserPassword(), m_name, &opened);
    }
    ~Peek() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    const DatabaseLocation &location() const { return m_location; }

private:
    QString m_name;
    DatabaseLocation m_location;
    QSqlDatabase m_db;
};

QStringList serverSearchCodes(Peek &peek, const QString &typed) {
    const auto ids = ServerSearch::matchingIds(peek.db(), typed, peek.location());
    if (!ids)
        return {QStringLiteral("<error: %1>").arg(ids.error().message)};
    QHash<qint64, QString> codes;
    QSqlQuery q(peek.db());
    q.exec(QStringLiteral("SELECT id, code FROM dossiers"));
    while (q.next())
        codes.insert(q.value(0).toLongLong(), q.value(1).toString());
    QStringList out;
    for (qint64 id : *ids)
        out << codes.value(id, QStringLiteral("<unknown id>"));
    out.sort();
    return out;
}

qint64 rowsIn(Peek &peek) {
    qint64 n = 0;
    for (const SqlTable &t : DatabaseCopy::tables()) {
        if (t.name == ServerCopy::dictionaryTable())
            continue; // made with the schema, not the office's data (DatabaseCopy::firstOccupiedTable)
        QSqlQuery q(peek.db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(t.name)) || !q.next())
            return -1;
        n += q.value(0).toLongLong();
    }
    return n;
}

} // namespace

class tst_DbCopy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aFile_toAFreshServer_andBackToANewFile_isTheSame();
    void intoADatabaseHoldingDossiers_isRefused();
    void betweenDifferentSchemaVersions_isRefused();
    void toAnExistingFile_orFileToFile_isRefused();
    void fromAServerWithPushesQueued_isRefused_andNothingIsWritten();
    void aTableThatDiffersAfterTheCopy_isNamed_andNothingIsKept();
    void toTheServer_cutOffMidway_leavesNothing_andRunsAgain();
    void fromTheServer_cutOffMidway_leavesOnlyAPartialFile_andRunsAgain();
    void aCancelledCopy_toTheServer_leavesNothing_andSaysSo();
    void aProcessKilledMidway_eitherWay_leavesNothing_andRunsAgain_data();
    void aProcessKilledMidway_eitherWay_leavesNothing_andRunsAgain();

private:
    Outcome copy(const QString &from, const QString &to, const DatabaseCopy::Options &options = {});
    // A server database: empty, or holding the copy of the source file.
    QString freshDatabase();
    // The officer's file every test copies: generated dossiers with their steps, entered ones (outbox and
    // audit), settings.
    void makeSource();
    // Ends every connection to `database` but the test's own.
    bool cutOff(const QString &database);

    QTemporaryDir m_dir;
    QString m_source;
    std::shared_ptr<secrets::MemorySecretStore> m_secrets = std::make_shared<secrets::MemorySecretStore>();
    std::unique_ptr<TestPostgresAdmin> m_admin;
};

void tst_DbCopy::initTestCase() {
    QVERIFY2(!TestPostgres::url().isEmpty(), TestPostgres::requireMessage());
    m_admin = std::make_unique<TestPostgresAdmin>();
    QVERIFY2(m_admin->error().isEmpty(), qPrintable(m_admin->error()));
    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    QVERIFY(m_admin->writePgpass(pgpass));
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    makeSource();
}

void tst_DbCopy::makeSource() {
    m_source = m_dir.filePath(QStringLiteral("office.sqlite"));
    Store store;
    QVERIFY(store.open(m_source));
    const TestDossiers data(7);
    ChangeSet changes = test::received(data, 0, Generated);
    for (int i = 0; i < Generated; ++i)
        for (const ProcessingStep &s : data.steps(i))
            changes.receivedSteps << ChangeSet::ReceivedStep{s, {}};
    QVERIFY(store.apply(changes));
    for (int i = 0; i < 5; ++i)
        QVERIFY(
            test::enterDossier(store, TestDossiers::valid(TestDossiers::code(90000 + i),
                                                          QStringLiteral("Đặng Thị Hoà %1").arg(i),
                                                          QDateTime(QDate(2025, 3, 4 + i), QTime(8, 0)))));
    QVERIFY(test::enterStep(store, TestDossiers::stepExample(TestDossiers::code(90000))));
    QVERIFY(store.settings().setValue(QStringLiteral("report.title"), QStringLiteral("Phòng LĐ-TB&XH")));
    QVERIFY(test::outboxCounts(store).total() >= 6);
    // Sent since (the rows stay, as the outbox keeps them): a server holding pushes still queued is not
    // copied into a file (fromAServerWithPushesQueued_isRefused).
    QSqlQuery sent(store.database());
    QVERIFY(sent.exec(QStringLiteral("UPDATE outbox SET state = 'done'")));
}

Outcome tst_DbCopy::copy(const QString &from, const QString &to, const DatabaseCopy::Options &options) {
    const DbCommand command([this] { return std::static_pointer_cast<secrets::SecretStore>(m_secrets); },
                            options);
    return Outcome::run(command,
                        {QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
}

QString tst_DbCopy::freshDatabase() {
    return m_admin->createDatabase();
}

bool tst_DbCopy::cutOff(const QString &database) {
    return m_admin->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                        "datname = '%1' AND pid <> pg_backend_pid()")
                             .arg(database));
}

void tst_DbCopy::aFile_toAFreshServer_andBackToANewFile_isTheSame() {
    const QString name = freshDatabase();
    QVERIFY(!name.isEmpty());
    const QString url = m_admin->url(name);
    const Outcome there = copy(m_source, url);
    QVERIFY2(there.code == ExitOk, qPrintable(there.out + there.err));
    QVERIFY2(there.err.contains(QStringLiteral("Created the office's tables")), qPrintable(there.err));
    QVERIFY2(there.err.contains(QStringLiteral("dossiers: %1 of %1 rows").arg(Generated + 5)),
             qPrintable(there.err));
    QVERIFY2(there.out.contains(QStringLiteral("every table's count and hash are the same")),
             qPrintable(there.out));

    // The counts and hashes, taken again here on both sides.
    Store::Options readOnly;
    readOnly.readOnly = true;
    Store source(readOnly);
    QVERIFY(source.open(m_source));
    Peek peek(*m_admin, url);
    QVERIFY(peek.db().isOpen());
    for (const SqlTable &t : DatabaseCopy::tables()) {
        QSqlDatabase sourceDb = source.database();
        const auto a = DatabaseCopy::tableSum(sourceDb, DatabaseLocation::sqliteFile(m_source), t);
        const auto b = DatabaseCopy::tableSum(peek.db(), peek.location(), t);
        QVERIFY(a && b);
        QCOMPARE(b->rows, a->rows);
        QCOMPARE(b->sha256, a->sha256);
        QVERIFY2(
            there.out.contains(QStringLiteral("%1: %2 rows, SHA-256 %3")
                                   .arg(t.name, QLocale().toString(a->rows), QString::fromLatin1(a->sha256))),
            qPrintable(t.name));
    }
    for (const QString &table :
         {QStringLiteral("dossiers"), QStringLiteral("steps"), QStringLiteral("outbox"),
          QStringLiteral("audit"), QStringLiteral("settings"), QStringLiteral("documents")})
        QVERIFY2(!there.out.contains(QStringLiteral("%1: 0 rows").arg(table)), qPrintable(table));

    // The search index was rebuilt: the server finds what the file finds.
    const TestDossiers data(7);
    QStringList typed = {QStringLiteral("dang thi hoa"), QStringLiteral("Hoà 3"),
                         QStringLiteral("000.00.15.G07")};
    for (int i = 0; i < Generated; i += 17) {
        const Dossier d = data.dossier(i);
        typed << d.value(DossierField::HoVaTen) << d.value(DossierField::HoVaTen).left(4)
              << d.value(DossierField::CMND).left(6) << d.code();
    }
    for (const QString &t : std::as_const(typed)) {
        const QStringList expected = test::searchedCodes(source, t);
        QVERIFY2(!expected.isEmpty() || t.isEmpty(), qPrintable(t));
        QCOMPARE(serverSearchCodes(peek, t), expected);
    }

    // Back into a new file: the same dossiers, list, search and outbox as the original.
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    const Outcome here = copy(url, back);
    QVERIFY2(here.code == ExitOk, qPrintable(here.out + here.err));
    QVERIFY(!QFile::exists(DatabaseMove::partialPath(back)));
    Store copied;
    QVERIFY(copied.open(back));
    QCOMPARE(copied.schemaVersion(), source.schemaVersion());
    QCOMPARE(*copied.count(ListFilter()), *source.count(ListFilter()));
    for (int i = 0; i < Generated; i += 7) {
        const auto a = source.dossier(TestDossiers::code(i));
        const auto b = copied.dossier(TestDossiers::code(i));
        QVERIFY(a && b);
        QCOMPARE(b->id, a->id);
        QVERIFY(b->dossier == a->dossier);
        QCOMPARE(b->serverJson, a->serverJson);
        QCOMPARE(int(b->syncState), int(a->syncState));
    }
    const auto entered = copied.dossier(TestDossiers::code(90002));
    QVERIFY(entered);
    QVERIFY(entered->hasLocalEdits);
    for (const QString &t : std::as_const(typed))
        QCOMPARE(test::searchedCodes(copied, t), test::searchedCodes(source, t));
    ListQuery firstPage;
    firstPage.limit = 50;
    const auto pageA = source.list(firstPage);
    const auto pageB = copied.list(firstPage);
    QVERIFY(pageA && pageB);
    QCOMPARE(pageB->rows.size(), pageA->rows.size());
    for (int i = 0; i < pageA->rows.size(); ++i)
        QCOMPARE(pageB->rows.at(i).code, pageA->rows.at(i).code);
    QCOMPARE(test::outboxCounts(copied).total(), test::outboxCounts(source).total());

    // The server hands out ids after the copied ones.
    QSqlQuery next(peek.db());
    QVERIFY(next.exec(QStringLiteral("INSERT INTO audit (at, who, dossier_code, entity, field) VALUES "
                                     "('-', '-', '-', '-', '-') RETURNING id")) &&
            next.next());
    QSqlQuery max(peek.db());
    QVERIFY(max.exec(QStringLiteral("SELECT max(id) FROM audit WHERE who <> '-'")) && max.next());
    QVERIFY2(next.value(0).toLongLong() > max.value(0).toLongLong(), qPrintable(next.value(0).toString()));
}

void tst_DbCopy::intoADatabaseHoldingDossiers_isRefused() {
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    QCOMPARE(copy(m_source, url).code, int(ExitOk));
    const Outcome again = copy(m_source, url);
    QCOMPARE(again.code, int(ExitStoreError));
    QVERIFY2(again.err.contains(QStringLiteral("already holds the office's data (%1 rows in the table "
                                               "\"dossiers\"); nothing was copied")
                                    .arg(Generated + 5)),
             qPrintable(again.err));
}

void tst_DbCopy::betweenDifferentSchemaVersions_isRefused() {
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    {
        Peek peek(*m_admin, url);
        QVERIFY(ServerSchema::init(peek.db(), peek.location()));
    }
    QVERIFY(m_admin->exec(QStringLiteral("UPDATE schema_version SET version = version - 1"), name));
    const Outcome o = copy(m_source, url);
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("is at schema %1 and %2 at schema %3; nothing was copied")
                                .arg(Store::latestSchemaVersion())
                                .arg(url)
                                .arg(Store::latestSchemaVersion() - 1)),
             qPrintable(o.err));
    QCOMPARE(m_admin->values(QStringLiteral("SELECT count(*) FROM dossiers"), name),
             QStringList{QStringLiteral("0")});

    const Outcome back = copy(url, m_dir.filePath(QStringLiteral("old.sqlite")));
    QCOMPARE(back.code, int(ExitStoreError));
    QVERIFY2(back.err.contains(QStringLiteral("is not at this app's schema")), qPrintable(back.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("old.sqlite"))));
}

void tst_DbCopy::toAnExistingFile_orFileToFile_isRefused() {
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    QCOMPARE(copy(m_source, url).code, int(ExitOk));
    const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
    }
    const Outcome o = copy(url, existing);
    QCOMPARE(o.code, int(ExitBadInput));
    QVERIFY2(o.err.contains(QStringLiteral("exists; nothing was copied")), qPrintable(o.err));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("mine"));

    const Outcome files = copy(m_source, m_dir.filePath(QStringLiteral("other.sqlite")));
    QCOMPARE(files.code, int(ExitBadInput));
    QVERIFY2(files.err.contains(QStringLiteral("btxh backup")), qPrintable(files.err));
}

void tst_DbCopy::fromAServerWithPushesQueued_isRefused_andNothingIsWritten() {
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    QCOMPARE(copy(m_source, url).code, int(ExitOk));
    // One push the office's database has not sent yet, one whose fate the gateway has not told.
    QVERIFY(
        m_admin->exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE id = (SELECT min(id) FROM "
                                     "outbox)"),
                      name));
    QVERIFY(m_admin->exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE id = (SELECT max(id) FROM "
                                         "outbox)"),
                          name));
    const QString file = m_dir.filePath(QStringLiteral("field.sqlite"));
    const Outcome o = copy(url, file);
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("has 2 item")) &&
                 o.err.contains(QStringLiteral("sync the office's database first")),
             qPrintable(o.err));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(DatabaseMove::partialPath(file)));
    // Once the office has sent them, the same copy goes through.
    QVERIFY(m_admin->exec(QStringLiteral("UPDATE outbox SET state = 'done'"), name));
    const Outcome later = copy(url, file);
    QVERIFY2(later.code == ExitOk, qPrintable(later.out + later.err));
}

void tst_DbCopy::aTableThatDiffersAfterTheCopy_isNamed_andNothingIsKept() {
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    {
        Peek peek(*m_admin, url);
        QVERIFY(ServerSchema::init(peek.db(), peek.location()));
    }
    // A trigger of the server's changes every setting written: the copy no longer holds what the file does.
    QVERIFY(m_admin->exec(QStringLiteral("CREATE FUNCTION garble() RETURNS trigger AS $$ BEGIN NEW.value := "
                                         "NEW.value || '!'; RETURN NEW; END $$ LANGUAGE plpgsql"),
                          name));
    QVERIFY(
        m_admin->exec(QStringLiteral("CREATE TRIGGER garble BEFORE INSERT ON settings FOR EACH ROW EXECUTE "
                                     "FUNCTION garble()"),
                      name));
    const Outcome o = copy(m_source, url);
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("it was rolled back, nothing was written")), qPrintable(o.err));
    const QStringList lines = o.out.split(u'\n');
    const auto differs = [&lines](const QString &table) {
        for (const QString &l : lines)
            if (l.startsWith(table + QStringLiteral(": ")))
                return l.contains(QStringLiteral("DIFFERS in the copy"));
        return false;
    };
    QVERIFY2(differs(QStringLiteral("settings")), qPrintable(o.out));
    QVERIFY2(!differs(QStringLiteral("dossiers")), qPrintable(o.out));
    Peek peek(*m_admin, url);
    QCOMPARE(rowsIn(peek), qint64(0));
}

void tst_DbCopy::toTheServer_cutOffMidway_leavesNothing_andRunsAgain() {
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    DatabaseCopy::Options cut;
    cut.batchRows = 20;
    bool done = false;
    qint64 seenRows = 0;
    cut.progress = [&](const QString &table, qint64 rows, qint64) {
        if (table == QStringLiteral("documents") && !done) {
            done = cutOff(name);
            seenRows = rows;
        }
    };
    const Outcome o = copy(m_source, url, cut);
    QVERIFY(done);
    QVERIFY(seenRows > 0);
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("None of the copied rows were kept")), qPrintable(o.err));
    {
        Peek peek(*m_admin, url);
        QCOMPARE(rowsIn(peek), qint64(0));
    }
    const Outcome again = copy(m_source, url);
    QVERIFY2(again.code == ExitOk, qPrintable(again.out + again.err));
    QVERIFY2(!again.err.contains(QStringLiteral("Created the office's tables")), qPrintable(again.err));
    Peek peek(*m_admin, url);
    QVERIFY(rowsIn(peek) > Generated);
}

void tst_DbCopy::aCancelledCopy_toTheServer_leavesNothing_andSaysSo() {
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    DatabaseCopy::Options cancel;
    cancel.batchRows = 20;
    int asked = 0;
    qint64 copiedBeforeCancel = 0;
    cancel.progress = [&](const QString &, qint64 rows, qint64) { copiedBeforeCancel = rows; };
    // The officer cancels once the third batch has been written into the server's transaction.
    cancel.cancelled = [&asked] { return ++asked == 3; };
    const Outcome o = copy(m_source, url, cancel);
    QCOMPARE(asked, 3);
    QVERIFY(copiedBeforeCancel > 0);
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("cancelled; none of its rows were kept")), qPrintable(o.err));
    Peek peek(*m_admin, url);
    QCOMPARE(rowsIn(peek), qint64(0));
}

void tst_DbCopy::fromTheServer_cutOffMidway_leavesOnlyAPartialFile_andRunsAgain() {
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    QCOMPARE(copy(m_source, url).code, int(ExitOk));
    const QString target = m_dir.filePath(QStringLiteral("cut.sqlite"));
    DatabaseCopy::Options cut;
    cut.batchRows = 20;
    bool done = false;
    cut.progress = [&](const QString &table, qint64, qint64) {
        if (table == QStringLiteral("documents") && !done)
            done = cutOff(name);
    };
    const Outcome o = copy(url, target, cut);
    QVERIFY(done);
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY(!QFile::exists(target));
    QVERIFY(QFile::exists(DatabaseMove::partialPath(target)));
    {
        // What the partial file holds was rolled back with its transaction: the tables are empty.
        Store partial;
        QVERIFY(partial.open(DatabaseMove::partialPath(target)));
        QCOMPARE(*partial.count(ListFilter()), qint64(0));
    }
    const Outcome again = copy(url, target);
    QVERIFY2(again.code == ExitOk, qPrintable(again.out + again.err));
    QVERIFY(!QFile::exists(DatabaseMove::partialPath(target)));
    Store copied;
    QVERIFY(copied.open(target));
    QCOMPARE(*copied.count(ListFilter()), qint64(Generated + 5));
}

void tst_DbCopy::aProcessKilledMidway_eitherWay_leavesNothing_andRunsAgain_data() {
    QTest::addColumn<bool>("toServer");
    QTest::addColumn<bool>("terminate"); // SIGTERM as a shutdown sends, else SIGKILL
    QTest::newRow("to the server, killed") << true << false;
    QTest::newRow("to the server, terminated") << true << true;
    QTest::newRow("to a file, killed") << false << false;
}

void tst_DbCopy::aProcessKilledMidway_eitherWay_leavesNothing_andRunsAgain() {
    QFETCH(bool, toServer);
    QFETCH(bool, terminate);
    const QString name = freshDatabase();
    const QString url = m_admin->url(name);
    const QString file =
        m_dir.filePath(QStringLiteral("killed-%1.sqlite")
                           .arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
    Peek holder(*m_admin, url);
    if (toServer) {
        QVERIFY(ServerSchema::init(holder.db(), holder.location()));
    } else {
        QCOMPARE(copy(m_source, url).code, int(ExitOk));
    }
    // The test holds a lock on the steps, so the copy stops there, after the dossiers and their documents:
    // on the server it waits to write them, from the server it waits to read them.
    QSqlQuery lock(holder.db());
    QVERIFY(lock.exec(QStringLiteral("BEGIN")));
    QVERIFY(lock.exec(toServer ? QStringLiteral("LOCK TABLE steps IN EXCLUSIVE MODE")
                               : QStringLiteral("LOCK TABLE steps IN ACCESS EXCLUSIVE MODE")));
    QProcess btxh;
    btxh.start(test::BtxhRun::executable(),
               {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("db"), QStringLiteral("copy"),
                QStringLiteral("--from"), toServer ? m_source : url, QStringLiteral("--to"),
                toServer ? url : file});
    QVERIFY(btxh.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    bool blocked = false;
    while (!blocked && waited.elapsed() < 30000 && btxh.state() == QProcess::Running) {
        QTest::qWait(50);
        blocked = m_admin->values(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' "
                                                 "AND wait_event_type = 'Lock'")
                                      .arg(name),
                                  name) != QStringList{QStringLiteral("0")};
    }
    // (Read once: QVERIFY2 evaluates its message whether or not it fails.)
    QByteArray progress = btxh.readAllStandardError();
    QVERIFY2(blocked, progress.constData());
    if (terminate)
        btxh.terminate();
    else
        btxh.kill();
    QVERIFY(btxh.waitForFinished(10000));
    QCOMPARE(btxh.exitStatus(), QProcess::CrashExit);
    progress += btxh.readAllStandardError();
    QVERIFY2(progress.contains("documents: "), progress.constData());
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

    if (toServer) {
        QCOMPARE(rowsIn(holder), qint64(0));
    } else {
        QVERIFY(!QFile::exists(file));
        QVERIFY(QFile::exists(DatabaseMove::partialPath(file)));
    }
    const Outcome again = toServer ? copy(m_source, url) : copy(url, file);
    QVERIFY2(again.code == ExitOk, qPrintable(again.out + again.err));
    if (toServer) {
        QVERIFY(rowsIn(holder) > Generated);
    } else {
        QVERIFY(!QFile::exists(DatabaseMove::partialPath(file)));
        Store copied;
        QVERIFY(copied.open(file));
        QCOMPARE(*copied.count(ListFilter()), qint64(Generated + 5));
    }
}

QTEST_GUILESS_MAIN(tst_DbCopy)
#include "tst_dbcopy.moc"
