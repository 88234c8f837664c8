// SPDX-License-Identifier: GPL-3.0-or-later
// `btxh db` in-process over a MemorySecretStore, against the test run's throwaway PostgreSQL cluster (the
// ctest fixture "postgres") and a real database file. The real keychain and a real process are in
// tst_dbpasswordcli.

#include "CommandRun.h"
#include "DbCommand.h"
#include "MemorySecretStore.h"
#include "SecretKind.h"
#include "Store.h"
#include "TestPostgresAdmin.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace btxh::cli;
using namespace btxh::secrets;

namespace {

using Outcome = btxh::test::CommandRun;

} // namespace

class tst_DbCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void status_withThePasswordInPgpass_saysWhatTheServerIs();
    void password_checkedThenStored_isUsedByStatus();
    void password_refusedByTheServer_isNotStored();
    void password_clear_removesIt();
    void password_forAFile_isRefused();
    void status_withoutAnyPassword_isRefusedClearly();
    void status_ofAServerThatIsDown_isExit3();
    void anAddressWithAPassword_isRefusedWithoutRepeatingIt();
    void status_ofADatabaseFile_givesSchemaSizeAndCount();
    void init_thenStatus_thenInitAgain_onAnEmptyDatabase();
    void init_ofADatabaseHoldingOtherTables_isRefused();
    void aSchemaNewerThanTheApp_isRefusedByStatusAndMigrate();
    void aUserWithoutRights_isToldWhichOnes();
    void init_ofAServerThatIsDown_isUnreachable();
    void initAndMigrate_ofAFile_areRefused();
    void badUsage_isExit2_data();
    void badUsage_isExit2();

private:
    Outcome run(const QStringList &args, const QString &stdinText = {});
    // The arguments as given: the database after the action, or none.
    Outcome runAsGiven(const QStringList &args);
    // A new database of the cluster (owned by the superuser), and ~/.pgpass with every test role's password.
    QString freshDatabase();
    QString profile() const;
    void writePgpass(const QString &password);

    std::shared_ptr<MemorySecretStore> m_secrets;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_password;
    std::unique_ptr<TestPostgresAdmin> m_admin;
};

void tst_DbCommand::initTestCase() {
    m_url = TestPostgres::url();
    m_password = TestPostgres::password();
    QVERIFY2(!m_url.isEmpty(), TestPostgres::requireMessage());
    m_admin = std::make_unique<TestPostgresAdmin>();
    QVERIFY2(m_admin->error().isEmpty(), qPrintable(m_admin->error()));
}

void tst_DbCommand::init() {
    m_secrets = std::make_shared<MemorySecretStore>();
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
}

void tst_DbCommand::cleanup() {
    qunsetenv("PGPASSFILE");
}

Outcome tst_DbCommand::run(const QStringList &args, const QString &stdinText) {
    const DbCommand command([this] { return std::static_pointer_cast<SecretStore>(m_secrets); });
    const QStringList database =
        args.contains(QStringLiteral("--db")) ? QStringList() : QStringList{QStringLiteral("--db"), m_url};
    return Outcome::run(command, args + database, stdinText);
}

Outcome tst_DbCommand::runAsGiven(const QStringList &args) {
    const DbCommand command([this] { return std::static_pointer_cast<SecretStore>(m_secrets); });
    return Outcome::run(command, args);
}

QString tst_DbCommand::freshDatabase() {
    const QString name = m_admin->createDatabase();
    const QString pgpass = m_dir.filePath(QStringLiteral("admin-pgpass"));
    if (name.isEmpty() || !m_admin->writePgpass(pgpass))
        return {};
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    return name;
}

QString tst_DbCommand::profile() const {
    // The fixture's address names its port, as a keychain entry's address always does.
    return SecretKinds::databaseProfile(m_url);
}

void tst_DbCommand::writePgpass(const QString &password) {
    const QUrl url(m_url);
    QFile f(m_dir.filePath(QStringLiteral("pgpass")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("127.0.0.1:%1:btxh:btxh:%2\n").arg(url.port()).arg(password).toUtf8());
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(f.fileName()));
}

void tst_DbCommand::status_withThePasswordInPgpass_saysWhatTheServerIs() {
    writePgpass(m_password);
    const Outcome o = run({QStringLiteral("status")});
    QCOMPARE(o.code, int(ExitOk));
    QVERIFY2(o.out.contains(QStringLiteral("Server: PostgreSQL 15.")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QStringLiteral("reached as user \"btxh\"")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QStringLiteral("Connection: not encrypted (sslmode=disable)")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QStringLiteral("May create tables: yes")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QStringLiteral("Office tables present: no")), qPrintable(o.out));
    QVERIFY(!o.out.contains(m_password) && !o.err.contains(m_password));
}

void tst_DbCommand::password_checkedThenStored_isUsedByStatus() {
    const Outcome set = run({QStringLiteral("password")}, m_password + u'\n');
    QCOMPARE(set.code, int(ExitOk));
    QVERIFY2(set.out.contains(QStringLiteral("The server accepted it.")), qPrintable(set.out));
    QCOMPARE(m_secrets->size(), 1);
    QCOMPARE(m_secrets->value(profile(), SecretKind::DatabasePassword), m_password);
    QVERIFY(!set.out.contains(m_password) && !set.err.contains(m_password));

    // No ~/.pgpass: the keychain's password is the one used.
    const Outcome status = run({QStringLiteral("status")});
    QCOMPARE(status.code, int(ExitOk));
    QVERIFY2(status.out.contains(QStringLiteral("reached as user \"btxh\"")), qPrintable(status.out));
}

void tst_DbCommand::password_refusedByTheServer_isNotStored() {
    const Outcome o = run({QStringLiteral("password")}, QStringLiteral("sai-mat-khau\n"));
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("refused the user \"btxh\"")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("Nothing was stored.")), qPrintable(o.err));
    QVERIFY(!o.err.contains(QStringLiteral("sai-mat-khau")));
    QCOMPARE(m_secrets->size(), 0);

    const Outcome empty = run({QStringLiteral("password")}, QString());
    QCOMPARE(empty.code, int(ExitBadInput));
    QCOMPARE(m_secrets->size(), 0);
}

void tst_DbCommand::password_clear_removesIt() {
    QCOMPARE(run({QStringLiteral("password")}, m_password + u'\n').code, int(ExitOk));
    QCOMPARE(m_secrets->size(), 1);
    const Outcome o = run({QStringLiteral("password"), QStringLiteral("--clear")});
    QCOMPARE(o.code, int(ExitOk));
    QCOMPARE(m_secrets->size(), 0);
    QCOMPARE(run({QStringLiteral("status")}).code, int(ExitStoreError));
}

void tst_DbCommand::password_forAFile_isRefused() {
    const Outcome o =
        run({QStringLiteral("password"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("a.sqlite"))},
            QStringLiteral("x\n"));
    QCOMPARE(o.code, int(ExitBadInput));
    QVERIFY2(o.err.contains(QStringLiteral("is a database file")), qPrintable(o.err));
    QCOMPARE(m_secrets->size(), 0);
}

void tst_DbCommand::status_withoutAnyPassword_isRefusedClearly() {
    const Outcome o = run({QStringLiteral("status")});
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("refused the user \"btxh\"")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("btxh db password")), qPrintable(o.err));
}

void tst_DbCommand::status_ofAServerThatIsDown_isExit3() {
    const QString nowhere = QStringLiteral("postgresql://btxh@127.0.0.1:1/btxh?connect_timeout=2");
    const Outcome o = run({QStringLiteral("status"), QStringLiteral("--db"), nowhere});
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("cannot be reached")), qPrintable(o.err));
}

void tst_DbCommand::anAddressWithAPassword_isRefusedWithoutRepeatingIt() {
    QString withPassword = m_url;
    withPassword.replace(QStringLiteral("btxh@"), QStringLiteral("btxh:") + m_password + u'@');
    const Outcome o = run({QStringLiteral("status"), QStringLiteral("--db"), withPassword});
    QCOMPARE(o.code, int(ExitBadInput));
    QVERIFY2(o.err.contains(QStringLiteral("holds a password")), qPrintable(o.err));
    QVERIFY(!o.err.contains(m_password));
}

void tst_DbCommand::status_ofADatabaseFile_givesSchemaSizeAndCount() {
    const QString file = m_dir.filePath(QStringLiteral("office.sqlite"));
    {
        btxh::Store store;
        const auto opened = store.open(file);
        QVERIFY2(opened, qPrintable(opened.error().message));
    }
    const Outcome o = run({QStringLiteral("status"), QStringLiteral("--db"), file});
    QCOMPARE(o.code, int(ExitOk));
    QVERIFY2(
        o.out.contains(
            QStringLiteral("Schema version: %1 (this app's: %1)").arg(btxh::Store::latestSchemaVersion())),
        qPrintable(o.out));
    QVERIFY2(o.out.contains(QStringLiteral("Dossiers: 0")), qPrintable(o.out));

    const Outcome missing = run(
        {QStringLiteral("status"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))});
    QCOMPARE(missing.code, int(ExitStoreError));
    QVERIFY2(missing.err.contains(QStringLiteral("there is no database")), qPrintable(missing.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
}

void tst_DbCommand::init_thenStatus_thenInitAgain_onAnEmptyDatabase() {
    const QString name = freshDatabase();
    QVERIFY2(!name.isEmpty(), qPrintable(m_admin->error()));
    const QString url = m_admin->url(name);

    const Outcome before = runAsGiven({QStringLiteral("status"), url});
    QCOMPARE(before.code, int(ExitOk));
    QVERIFY2(before.out.contains(QStringLiteral("Schema: none yet (btxh db init creates it)")),
             qPrintable(before.out));

    const Outcome init = runAsGiven({QStringLiteral("init"), url});
    QCOMPARE(init.code, int(ExitOk));
    QVERIFY2(init.out.contains(QStringLiteral("Created the office's tables in %1 (schema %2).")
                                   .arg(url)
                                   .arg(btxh::Store::latestSchemaVersion())),
             qPrintable(init.out + init.err));

    const Outcome status = run({QStringLiteral("status"), QStringLiteral("--db"), url});
    QCOMPARE(status.code, int(ExitOk));
    for (const QString &line :
         {QStringLiteral("Office tables present: yes"),
          QStringLiteral("Schema version: %1 (this app's: %1)").arg(btxh::Store::latestSchemaVersion()),
          QStringLiteral("May read the office's data: yes"),
          QStringLiteral("May write the office's data: yes"),
          QStringLiteral("May change the schema (btxh db migrate): yes")})
        QVERIFY2(status.out.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + status.out));

    const QStringList tables = m_admin->values(
        QStringLiteral(
            "SELECT relname || ':' || oid FROM pg_class WHERE relnamespace = 'public'::regnamespace"),
        name);
    const Outcome again = runAsGiven({QStringLiteral("init"), url});
    QCOMPARE(again.code, int(ExitOk));
    QVERIFY2(again.out.contains(QStringLiteral("is already initialised")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QStringLiteral("nothing was changed")), qPrintable(again.out));
    QCOMPARE(m_admin->values(QStringLiteral("SELECT relname || ':' || oid FROM pg_class WHERE relnamespace = "
                                            "'public'::regnamespace"),
                             name),
             tables);

    const Outcome migrate = runAsGiven({QStringLiteral("migrate"), url});
    QCOMPARE(migrate.code, int(ExitOk));
    QVERIFY2(migrate.out.contains(QStringLiteral("nothing to do")), qPrintable(migrate.out));
}

void tst_DbCommand::init_ofADatabaseHoldingOtherTables_isRefused() {
    const QString name = freshDatabase();
    QVERIFY(!name.isEmpty());
    QVERIFY(m_admin->exec(QStringLiteral("CREATE TABLE payroll (amount numeric)"), name));
    const Outcome o = runAsGiven({QStringLiteral("init"), m_admin->url(name)});
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("not BTXH Desktop's")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("payroll")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("Nothing was created")), qPrintable(o.err));

    const Outcome status = runAsGiven({QStringLiteral("status"), m_admin->url(name)});
    QCOMPARE(status.code, int(ExitOk));
    QVERIFY2(status.out.contains(QStringLiteral("btxh db init refuses a database that is not empty")),
             qPrintable(status.out));
}

void tst_DbCommand::aSchemaNewerThanTheApp_isRefusedByStatusAndMigrate() {
    const QString name = freshDatabase();
    QVERIFY(!name.isEmpty());
    const QString url = m_admin->url(name);
    QCOMPARE(runAsGiven({QStringLiteral("init"), url}).code, int(ExitOk));
    const int newer = btxh::Store::latestSchemaVersion() + 1;
    QVERIFY(m_admin->exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(newer), name));

    const Outcome status = runAsGiven({QStringLiteral("status"), url});
    QCOMPARE(status.code, int(ExitStoreError));
    QVERIFY2(status.out.contains(QStringLiteral("Schema version: %1 (this app's: %2)")
                                     .arg(newer)
                                     .arg(btxh::Store::latestSchemaVersion())),
             qPrintable(status.out));
    for (const Outcome &o : {status, runAsGiven({QStringLiteral("migrate"), url})}) {
        QCOMPARE(o.code, int(ExitStoreError));
        QVERIFY2(o.err.contains(QStringLiteral("made by a newer version of BTXH Desktop")),
                 qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("update the application")), qPrintable(o.err));
    }
    QCOMPARE(m_admin->values(QStringLiteral("SELECT version FROM schema_version"), name),
             QStringList{QString::number(newer)});
}

void tst_DbCommand::aUserWithoutRights_isToldWhichOnes() {
    const QString name = freshDatabase();
    QVERIFY(!name.isEmpty());
    const QString clerk = m_admin->createRole();
    QVERIFY(!clerk.isEmpty());
    QVERIFY(m_admin->writePgpass(m_dir.filePath(QStringLiteral("admin-pgpass"))));

    const Outcome denied = runAsGiven({QStringLiteral("init"), m_admin->url(name, clerk)});
    QCOMPARE(denied.code, int(ExitStoreError));
    QVERIFY2(denied.err.contains(QStringLiteral("\"%1\" may not create tables").arg(clerk)),
             qPrintable(denied.err));

    QCOMPARE(runAsGiven({QStringLiteral("init"), m_admin->url(name)}).code, int(ExitOk));
    QVERIFY(
        m_admin->exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(clerk), name));
    const Outcome status = runAsGiven({QStringLiteral("status"), m_admin->url(name, clerk)});
    QCOMPARE(status.code, int(ExitOk));
    QVERIFY2(status.out.contains(QStringLiteral("May read the office's data: yes")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("May write the office's data: no")), qPrintable(status.out));
    QVERIFY2(status.out.contains(
                 QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                                "TO %1")
                     .arg(clerk)),
             qPrintable(status.out));
}

void tst_DbCommand::init_ofAServerThatIsDown_isUnreachable() {
    const Outcome o = runAsGiven(
        {QStringLiteral("init"), QStringLiteral("postgresql://btxh@127.0.0.1:1/btxh?connect_timeout=2")});
    QCOMPARE(o.code, int(ExitStoreError));
    QVERIFY2(o.err.contains(QStringLiteral("cannot be reached")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QStringLiteral("Nothing was changed")), qPrintable(o.err));
}

void tst_DbCommand::initAndMigrate_ofAFile_areRefused() {
    const QString file = m_dir.filePath(QStringLiteral("init.sqlite"));
    for (const QString &action : {QStringLiteral("init"), QStringLiteral("migrate")}) {
        const Outcome o = runAsGiven({action, file});
        QCOMPARE(o.code, int(ExitBadInput));
        QVERIFY2(o.err.contains(QStringLiteral("is a database file")), qPrintable(o.err));
    }
    QVERIFY(!QFile::exists(file));
}

void tst_DbCommand::badUsage_isExit2_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList();
    QTest::newRow("unknown action") << QStringList{QStringLiteral("init-everything")};
    QTest::newRow("two actions") << QStringList{QStringLiteral("status"), QStringLiteral("password")};
    QTest::newRow("the database twice")
        << QStringList{QStringLiteral("init"), QStringLiteral("office.sqlite")};
    QTest::newRow("clear with init") << QStringList{QStringLiteral("init"), QStringLiteral("--clear")};
    QTest::newRow("clear with status") << QStringList{QStringLiteral("status"), QStringLiteral("--clear")};
    QTest::newRow("bad address") << QStringList{QStringLiteral("status"), QStringLiteral("--db"),
                                                QStringLiteral("postgresql://db.example/btxh")};
}

void tst_DbCommand::badUsage_isExit2() {
    QFETCH(QStringList, args);
    const Outcome o = run(args);
    QCOMPARE(o.code, int(ExitBadInput));
    QVERIFY(!o.err.isEmpty());
    QCOMPARE(m_secrets->size(), 0);
}

QTEST_GUILESS_MAIN(tst_DbCommand)
#include "tst_dbcommand.moc"
