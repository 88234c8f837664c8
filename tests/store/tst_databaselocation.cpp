// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocation.h"

#include <QTest>

using btxh::DatabaseLocation;

class DatabaseLocationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aPlainPathIsADatabaseFile();
    void aFolderNamedLikeAnAddressWithoutSlashesIsStillAFile();
    void aServerAddressIsReadWhole_data();
    void aServerAddressIsReadWhole();
    void aRemoteServerIsVerifiedByDefault();
    void theAdministratorMayLowerTlsInTheAddress();
    void badAddressesAreRefusedNamingTheProblem_data();
    void badAddressesAreRefusedNamingTheProblem();
    void aPasswordInTheAddressIsRefusedAndNeverRepeated();
    void theKeychainEntryNamesOneDatabase();
};

void DatabaseLocationTest::aPlainPathIsADatabaseFile() {
    QString error;
    const DatabaseLocation l = DatabaseLocation::parse(QStringLiteral("/home/can-bo/btxh.sqlite"), &error);
    QCOMPARE(l.kind(), DatabaseLocation::Kind::SqliteFile);
    QCOMPARE(l.filePath(), QStringLiteral("/home/can-bo/btxh.sqlite"));
    QVERIFY(!l.isServer());
    QCOMPARE(l.display(), QStringLiteral("/home/can-bo/btxh.sqlite"));
    QVERIFY(l.connectOptions().isEmpty());
}

void DatabaseLocationTest::aFolderNamedLikeAnAddressWithoutSlashesIsStillAFile() {
    QString error;
    const DatabaseLocation l = DatabaseLocation::parse(QStringLiteral("postgresql-office.sqlite"), &error);
    QCOMPARE(l.kind(), DatabaseLocation::Kind::SqliteFile);
    QVERIFY(!DatabaseLocation::looksLikeServerAddress(QStringLiteral("postgresql-office.sqlite")));
    QVERIFY(DatabaseLocation::looksLikeServerAddress(QStringLiteral("PostgreSQL://x@y/z")));
    QVERIFY(DatabaseLocation::looksLikeServerAddress(QStringLiteral("postgres:")));
}

void DatabaseLocationTest::aServerAddressIsReadWhole_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("full") << QStringLiteral(
                                 "postgresql://xa_phuong@10.0.0.5:5433/btxh_hanoi?sslmode=verify-ca")
                          << QStringLiteral("10.0.0.5") << 5433 << QStringLiteral("xa_phuong")
                          << QStringLiteral("btxh_hanoi") << QStringLiteral("verify-ca");
    QTest::newRow("default port, short scheme")
        << QStringLiteral("postgres://officer@db.so-yte.example/btxh") << QStringLiteral("db.so-yte.example")
        << 5432 << QStringLiteral("officer") << QStringLiteral("btxh") << QStringLiteral("verify-full");
    QTest::newRow("loopback needs no TLS")
        << QStringLiteral("postgresql://btxh@127.0.0.1:41000/btxh") << QStringLiteral("127.0.0.1") << 41000
        << QStringLiteral("btxh") << QStringLiteral("btxh") << QStringLiteral("disable");
    QTest::newRow("a Unix socket's folder")
        << QStringLiteral("postgresql://btxh@/btxh?host=/var/run/postgresql")
        << QStringLiteral("/var/run/postgresql") << 5432 << QStringLiteral("btxh") << QStringLiteral("btxh")
        << QStringLiteral("disable");
    QTest::newRow("percent-encoded user")
        << QStringLiteral("postgresql://c%C3%A1n_b%E1%BB%99@localhost/btxh") << QStringLiteral("localhost")
        << 5432 << QStringLiteral("cán_bộ") << QStringLiteral("btxh") << QStringLiteral("disable");
}

void DatabaseLocationTest::aServerAddressIsReadWhole() {
    QFETCH(QString, text);
    QString error;
    const DatabaseLocation l = DatabaseLocation::parse(text, &error);
    QVERIFY2(l.isValid(), qPrintable(error));
    QCOMPARE(l.kind(), DatabaseLocation::Kind::PostgreSql);
    QTEST(l.host(), "host");
    QTEST(l.port(), "port");
    QTEST(l.user(), "user");
    QTEST(l.databaseName(), "database");
    QTEST(l.sslMode(), "sslMode");
    QVERIFY(l.connectOptions().contains(QStringLiteral("sslmode=") + l.sslMode()));
    QVERIFY(l.connectOptions().contains(QStringLiteral("connect_timeout=10")));
}

void DatabaseLocationTest::aRemoteServerIsVerifiedByDefault() {
    QString error;
    const DatabaseLocation l =
        DatabaseLocation::parse(QStringLiteral("postgresql://u@192.168.1.20/btxh"), &error);
    QVERIFY(!l.isLocalServer());
    QCOMPARE(l.sslMode(), QStringLiteral("verify-full"));
}

void DatabaseLocationTest::theAdministratorMayLowerTlsInTheAddress() {
    QString error;
    const DatabaseLocation l = DatabaseLocation::parse(
        QStringLiteral("postgresql://u@192.168.1.20/btxh?sslmode=require&connect_timeout=3"), &error);
    QVERIFY2(l.isValid(), qPrintable(error));
    QCOMPARE(l.sslMode(), QStringLiteral("require"));
    QCOMPARE(l.connectOptions(), QStringLiteral("sslmode=require;connect_timeout=3"));
}

void DatabaseLocationTest::badAddressesAreRefusedNamingTheProblem_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("empty") << QString() << QStringLiteral("No database");
    QTest::newRow("no server") << QStringLiteral("postgresql:///btxh") << QStringLiteral("names no server");
    QTest::newRow("no user") << QStringLiteral("postgresql://db.example/btxh")
                             << QStringLiteral("names no user");
    QTest::newRow("no database") << QStringLiteral("postgresql://u@db.example")
                                 << QStringLiteral("names no database");
    QTest::newRow("a path for a database")
        << QStringLiteral("postgresql://u@db.example/a/b") << QStringLiteral("names no database");
    QTest::newRow("unknown sslmode") << QStringLiteral("postgresql://u@db.example/btxh?sslmode=sometimes")
                                     << QStringLiteral("sslmode \"sometimes\"");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://u@db.example/btxh?sslmod=require")
                                    << QStringLiteral("the option \"sslmod\"");
    QTest::newRow("timeout not a number")
        << QStringLiteral("postgresql://u@db.example/btxh?connect_timeout=soon")
        << QStringLiteral("connect_timeout \"soon\"");
    QTest::newRow("bad port") << QStringLiteral("postgresql://u@db.example:99999/btxh")
                              << QStringLiteral("not a valid address");
}

void DatabaseLocationTest::badAddressesAreRefusedNamingTheProblem() {
    QFETCH(QString, text);
    QFETCH(QString, named);
    QString error;
    const DatabaseLocation l = DatabaseLocation::parse(text, &error);
    QVERIFY(!l.isValid());
    QVERIFY2(error.contains(named), qPrintable(error));
}

void DatabaseLocationTest::aPasswordInTheAddressIsRefusedAndNeverRepeated() {
    QString error;
    const DatabaseLocation l =
        DatabaseLocation::parse(QStringLiteral("postgresql://u:Bi-Mat-123@db.example/btxh"), &error);
    QVERIFY(!l.isValid());
    QVERIFY2(error.contains(QStringLiteral("holds a password")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("Bi-Mat-123")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("u@db.example/btxh")), qPrintable(error));
}

void DatabaseLocationTest::theKeychainEntryNamesOneDatabase() {
    QString error;
    const DatabaseLocation a =
        DatabaseLocation::parse(QStringLiteral("postgres://u@db.example/btxh?connect_timeout=5"), &error);
    const DatabaseLocation b =
        DatabaseLocation::parse(QStringLiteral("postgresql://u@db.example:5432/btxh"), &error);
    const DatabaseLocation other =
        DatabaseLocation::parse(QStringLiteral("postgresql://v@db.example/btxh"), &error);
    QCOMPARE(a.keychainKey(), QStringLiteral("postgresql://u@db.example:5432/btxh"));
    QCOMPARE(a.keychainKey(), b.keychainKey());
    QVERIFY(a.keychainKey() != other.keychainKey());
    QCOMPARE(a.display(), QStringLiteral("postgresql://u@db.example:5432/btxh"));
}

QTEST_GUILESS_MAIN(DatabaseLocationTest)
#include "tst_databaselocation.moc"
