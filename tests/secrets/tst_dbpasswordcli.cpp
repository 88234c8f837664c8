// SPDX-License-Identifier: GPL-3.0-or-later
// `btxh db` as a real process against a real Secret Service (run-with-keyring.sh keyring) and the test run's
// throwaway PostgreSQL cluster: the office database's password goes into the keychain on standard input, is
// used from there, and never comes out (not in the output, not in any file under the throwaway home).

#include "BtxhRun.h"
#include "TestHome.h"
#include "TestPostgres.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Run = btxh::test::BtxhRun;

class tst_DbPasswordCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void password_goesToTheKeyringAndStatusUsesIt();
    void aStoreCommandOnAServerAddress_connectsWithTheKeyringsPassword_andMakesNoFolder();
    void cleanupTestCase();

private:
    Run btxh(const QStringList &args, const QString &input = {}, const QString &workingDirectory = {});
    QString entryName() const;

    QString m_url;
    QString m_password;
    QStringList m_outputs;
};

void tst_DbPasswordCli::initTestCase() {
    QVERIFY2(!testhome::root().isEmpty() && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through ctest: run-with-keyring.sh keyring starts D-Bus and an unlocked gnome-keyring");
    m_url = TestPostgres::url();
    m_password = TestPostgres::password();
    QVERIFY2(!m_url.isEmpty(), TestPostgres::requireMessage());
    QVERIFY2(QFile::exists(Run::executable()), qPrintable(Run::executable()));
}

Run tst_DbPasswordCli::btxh(const QStringList &args, const QString &input, const QString &workingDirectory) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"),
               QStringLiteral("/nonexistent/pgpass")); // the keychain or nothing
    // btxh starts in this process's folder.
    const QString here = QDir::currentPath();
    if (!workingDirectory.isEmpty())
        QDir::setCurrent(workingDirectory);
    const Run r = Run::run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, 120000, env,
                           input.toUtf8());
    QDir::setCurrent(here);
    m_outputs << r.out << r.err;
    return r;
}

QString tst_DbPasswordCli::entryName() const {
    // The entry's documented name: "db-" and the first 32 hex digits of the address's SHA-256, then the kind.
    const QByteArray digest = QCryptographicHash::hash(m_url.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("db-") + QString::fromLatin1(digest.left(32)) +
           QStringLiteral("/database-password");
}

void tst_DbPasswordCli::password_goesToTheKeyringAndStatusUsesIt() {
    const Run before = btxh({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), m_url});
    QCOMPARE(before.exitCode, 3);
    QVERIFY2(before.err.contains(QStringLiteral("refused the user \"btxh\"")), qPrintable(before.err));

    const Run set = btxh({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--db"), m_url},
                         m_password + u'\n');
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.contains(QStringLiteral("The server accepted it.")), qPrintable(set.out + set.err));
    QCOMPARE(testhome::secretToolLookup(entryName()), m_password);

    const Run status = btxh({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), m_url});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(QStringLiteral("reached as user \"btxh\"")),
             qPrintable(status.out + status.err));

    const Run clear = btxh({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--clear"),
                            QStringLiteral("--db"), m_url});
    QCOMPARE(clear.exitCode, 0);
    QVERIFY(testhome::secretToolLookup(entryName()).isNull());
}

void tst_DbPasswordCli::aStoreCommandOnAServerAddress_connectsWithTheKeyringsPassword_andMakesNoFolder() {
    QTemporaryDir cwd;
    // Without a password (none in the keyring, no ~/.pgpass) the server refuses, and the command says so.
    const Run refused = btxh({QStringLiteral("list"), QStringLiteral("--db"), m_url}, {}, cwd.path());
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("refused the user \"btxh\"")), qPrintable(refused.err));

    const Run set = btxh({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--db"), m_url},
                         m_password + u'\n');
    QCOMPARE(set.exitCode, 0);
    // With it in the keyring the same command is let in: it lists, or (the cluster's own database may hold
    // no office tables) is told how its administrator creates them; either way, not refused.
    const Run let = btxh({QStringLiteral("list"), QStringLiteral("--db"), m_url}, {}, cwd.path());
    QVERIFY2(!let.err.contains(QStringLiteral("refused the user")), qPrintable(let.err));
    QVERIFY2(let.exitCode == 0 || let.err.contains(QStringLiteral("btxh db init")), qPrintable(let.err));
    // A server is backed up with PostgreSQL's own tools, not copied as a file.
    const Run backup = btxh({QStringLiteral("backup"), cwd.filePath(QStringLiteral("copy.sqlite")),
                             QStringLiteral("--db"), m_url},
                            {}, cwd.path());
    QCOMPARE(backup.exitCode, 3);
    QVERIFY2(backup.err.contains(QStringLiteral("pg_dump")), qPrintable(backup.err));
    QVERIFY(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    const Run clear = btxh({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("--clear"),
                            QStringLiteral("--db"), m_url});
    QCOMPARE(clear.exitCode, 0);
}

void tst_DbPasswordCli::cleanupTestCase() {
    for (const QString &output : std::as_const(m_outputs))
        QVERIFY2(!output.contains(m_password), "the password was printed");
    QCOMPARE(testhome::filesContaining(m_password), QStringList());
}

QTEST_GUILESS_MAIN(tst_DbPasswordCli)
#include "tst_dbpasswordcli.moc"
