// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocation.h"
#include "ServerConnection.h"
#include "ServerStatus.h"
#include "TestPostgres.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using btxh::DatabaseLocation;
using btxh::ServerConnection;
using btxh::ServerStatus;
using btxh::StoreError;

// Against the test run's throwaway PostgreSQL cluster (the ctest fixture "postgres"), on 127.0.0.1.
class ServerConnectionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theRightPasswordLetsTheUserInAndTheStatusSaysWhatIsThere();
    void withoutAPasswordTheUsersPgpassIsRead();
    void aWrongPasswordIsAccessDeniedNamingTheUser();
    void anUnknownDatabaseIsNamed();
    void aServerThatDoesNotAnswerIsUnreachable();
    void aUserWithoutRightsIsToldSo();

private:
    DatabaseLocation at(const QString &url) const;
    QSqlDatabase connect(const DatabaseLocation &location, const QString &password, StoreError *error);

    DatabaseLocation m_location;
    QString m_password;
    int m_connections = 0;
};

void ServerConnectionTest::initTestCase() {
    QVERIFY2(!TestPostgres::url().isEmpty(), TestPostgres::requireMessage());
    QVERIFY2(ServerConnection::driverAvailable(), "Qt's QPSQL driver (libqt6sql6-psql) is not installed");
    m_location = at(TestPostgres::url());
    m_password = TestPostgres::password();
}

void ServerConnectionTest::cleanup() {
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    qunsetenv("PGPASSFILE");
}

DatabaseLocation ServerConnectionTest::at(const QString &url) const {
    QString error;
    const DatabaseLocation l = DatabaseLocation::parse(url, &error);
    if (!l.isValid())
        qWarning("%s", qPrintable(error));
    return l;
}

QSqlDatabase ServerConnectionTest::connect(const DatabaseLocation &location, const QString &password,
                                           StoreError *error) {
    return ServerConnection::open(location, password, QStringLiteral("test-%1").arg(++m_connections), error);
}

void ServerConnectionTest::theRightPasswordLetsTheUserInAndTheStatusSaysWhatIsThere() {
    StoreError error;
    QSqlDatabase db = connect(m_location, m_password, &error);
    QVERIFY2(db.isOpen(), qPrintable(error.message + u' ' + error.detail));
    QVERIFY2(db.password().isEmpty(), "the password must not stay in the connection's settings");
    const std::optional<ServerStatus> s = ServerStatus::read(db, m_location, &error);
    QVERIFY2(s, qPrintable(error.message));
    QVERIFY2(s->serverVersion.startsWith(QStringLiteral("15.")), qPrintable(s->serverVersion));
    QCOMPARE(s->user, QStringLiteral("btxh"));
    QCOMPARE(s->database, QStringLiteral("btxh"));
    QVERIFY(!s->encrypted); // loopback: sslmode=disable
    QVERIFY(s->mayCreateTables);
    QVERIFY(!s->hasOfficeTables);

    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE dossiers (id bigint)")));
    const std::optional<ServerStatus> after = ServerStatus::read(db, m_location, &error);
    QVERIFY(after && after->hasOfficeTables);
    QVERIFY(q.exec(QStringLiteral("DROP TABLE dossiers")));
}

void ServerConnectionTest::withoutAPasswordTheUsersPgpassIsRead() {
    QTemporaryDir home;
    const QString pgpass = home.filePath(QStringLiteral("pgpass"));
    QFile f(pgpass);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("127.0.0.1:%1:btxh:btxh:%2\n").arg(m_location.port()).arg(m_password).toUtf8());
    f.close();
    // libpq ignores a password file others may read.
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    StoreError error;
    const QSqlDatabase db = connect(m_location, QString(), &error);
    QVERIFY2(db.isOpen(), qPrintable(error.message + u' ' + error.detail));
}

void ServerConnectionTest::aWrongPasswordIsAccessDeniedNamingTheUser() {
    qputenv("PGPASSFILE", "/nonexistent");
    StoreError error;
    const QSqlDatabase db = connect(m_location, QStringLiteral("not-the-password"), &error);
    QVERIFY(!db.isValid());
    QCOMPARE(error.kind, StoreError::Kind::AccessDenied);
    QVERIFY2(error.message.contains(QStringLiteral("refused the user \"btxh\"")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QStringLiteral("not-the-password")), qPrintable(error.message));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("test-%1").arg(m_connections)));

    // No password at all, and no password file: the same refusal, not a hang waiting for a prompt.
    const QSqlDatabase none = connect(m_location, QString(), &error);
    QVERIFY(!none.isValid());
    QCOMPARE(error.kind, StoreError::Kind::AccessDenied);
}

void ServerConnectionTest::anUnknownDatabaseIsNamed() {
    const DatabaseLocation elsewhere =
        at(QStringLiteral("postgresql://btxh@127.0.0.1:%1/khong_co").arg(m_location.port()));
    StoreError error;
    const QSqlDatabase db = connect(elsewhere, m_password, &error);
    QVERIFY(!db.isValid());
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QVERIFY2(error.message.contains(QStringLiteral("no database named \"khong_co\"")),
             qPrintable(error.message));
}

void ServerConnectionTest::aServerThatDoesNotAnswerIsUnreachable() {
    // A port nobody listens on: take one, then let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const DatabaseLocation nowhere =
        at(QStringLiteral("postgresql://btxh@127.0.0.1:%1/btxh?connect_timeout=2").arg(port));
    StoreError error;
    const QSqlDatabase db = connect(nowhere, m_password, &error);
    QVERIFY(!db.isValid());
    QCOMPARE(error.kind, StoreError::Kind::Unreachable);
    QVERIFY2(error.message.contains(QStringLiteral("cannot be reached")), qPrintable(error.message));
}

void ServerConnectionTest::aUserWithoutRightsIsToldSo() {
    StoreError error;
    QSqlDatabase admin = connect(m_location, m_password, &error);
    QVERIFY2(admin.isOpen(), qPrintable(error.message));
    QSqlQuery q(admin);
    QVERIFY(q.exec(QStringLiteral("DROP ROLE IF EXISTS lecturer")));
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE lecturer LOGIN PASSWORD 'chi-doc'")));
    // PostgreSQL 15 no longer lets every user create tables in "public"; say so for any server.
    QVERIFY(q.exec(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS private_notes (note text)")));

    const DatabaseLocation reader =
        at(QStringLiteral("postgresql://lecturer@127.0.0.1:%1/btxh").arg(m_location.port()));
    QSqlDatabase db = connect(reader, QStringLiteral("chi-doc"), &error);
    QVERIFY2(db.isOpen(), qPrintable(error.message + u' ' + error.detail));
    const std::optional<ServerStatus> s = ServerStatus::read(db, reader, &error);
    QVERIFY2(s, qPrintable(error.message));
    QVERIFY(!s->mayCreateTables);
    QSqlQuery denied(db);
    QVERIFY(!denied.exec(QStringLiteral("SELECT note FROM private_notes")));
    const StoreError refused = ServerConnection::classify(denied.lastError(), reader);
    QCOMPARE(refused.kind, StoreError::Kind::AccessDenied);
    QVERIFY2(refused.message.contains(QStringLiteral("lacks the rights")), qPrintable(refused.message));
    db.close();

    QVERIFY(q.exec(QStringLiteral("DROP TABLE private_notes")));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE lecturer")));
}

QTEST_GUILESS_MAIN(ServerConnectionTest)
#include "tst_serverconnection.moc"
