// SPDX-License-Identifier: GPL-3.0-or-later
// The real `btxh config` and `btxh restore` on real database files, for each role: an administrator's
// settings (the connection, the rules) are changed only under the administrator role or while the database is
// not set up yet, as in the app's Settings; a refusal has its own exit status, says why, and changes nothing.
#include "BtxhRun.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using btxh::test::BtxhRun;

namespace {

constexpr int ExitNotAllowed = 7;

QByteArray hash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestRoleCommands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cases = 0;
    QString m_folder;
    QString m_db;

    QString file(const QString &name) const { return QDir(m_folder).filePath(name); }

    BtxhRun config(const QStringList &args, const QString &database = QString()) const {
        return BtxhRun::onDatabase(QStringLiteral("config"), database.isEmpty() ? m_db : database, args);
    }

    BtxhRun set(const QString &key, const QString &value, const QString &database = QString()) const {
        return config({QStringLiteral("set"), key, value}, database);
    }

    QString get(const QString &key, const QString &database = QString()) const {
        return config({QStringLiteral("get"), key}, database).out.trimmed();
    }

    // An office set up with a gateway and `role` stored (as the first-run wizard or Settings leave it).
    // Written directly, as the app writes them: the commands under test are the later ones.
    static bool setUp(const QString &database, const QString &role, const QString &url) {
        btxh::Store store;
        if (!store.open(database))
            return false;
        for (const auto &[key, value] : {std::pair{QStringLiteral("endpoint.kind"), QStringLiteral("custom")},
                                         std::pair{QStringLiteral("endpoint.url"), url},
                                         std::pair{QStringLiteral("area.province"), QStringLiteral("01")},
                                         std::pair{QStringLiteral("app.role"), role}}) {
            if (!store.settings().setValue(key, value))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void init() {
        m_folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_cases));
        QVERIFY(QDir().mkpath(m_folder));
        m_db = file(QStringLiteral("btxh.sqlite"));
    }

    void administratorSettings_onlyUnderTheAdministratorRole_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        const QList<std::pair<QString, QString>> settings{
            {QStringLiteral("endpoint.url"), QStringLiteral("https://lgsp.elsewhere.example")},
            {QStringLiteral("endpoint.kind"), QStringLiteral("lgsp")},
            {QStringLiteral("endpoint.header"), QStringLiteral("AccessKey")},
            {QStringLiteral("endpoint.post-reform"), QStringLiteral("three-level")},
            {QStringLiteral("keys.profile"), QStringLiteral("other")},
            {QStringLiteral("sync.initial-days"), QStringLiteral("90")},
            {QStringLiteral("store.keep-copies"), QStringLiteral("1")},
            {QStringLiteral("deadline.days.2.000751"), QStringLiteral("5")},
            {QStringLiteral("calendar.days-off"), QStringLiteral("2026-12-31")},
        };
        // Every administrator's setting for the commune officer and the administrator; the connection for the
        // other roles too.
        for (const QString &role : {QStringLiteral("commune-officer"), QStringLiteral("administrator")}) {
            for (const auto &[key, value] : settings)
                QTest::addRow("%s %s", qPrintable(role), qPrintable(key)) << role << key << value;
        }
        for (const QString &role : {QStringLiteral("commune-leader"), QStringLiteral("province-reviewer")})
            QTest::addRow("%s endpoint.url", qPrintable(role))
                << role << settings.constFirst().first << settings.constFirst().second;
    }

    void administratorSettings_onlyUnderTheAdministratorRole() {
        QFETCH(QString, role);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QVERIFY(setUp(m_db, role, QStringLiteral("https://lgsp.ours.example")));
        const QString before = get(key);
        const QByteArray bytes = hash(m_db);

        const BtxhRun r = set(key, value);
        if (role == u"administrator") {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(get(key), value);
            return;
        }
        QCOMPARE(r.exitCode, ExitNotAllowed);
        QVERIFY2(r.err.contains(QStringLiteral("only an administrator changes ") + key), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(get(key), before);
        QCOMPARE(hash(m_db), bytes);
    }

    void areaAndRole_everyRoleChoosesThem_asInTheAppsSettings_data() {
        QTest::addColumn<QString>("role");
        for (const QString &role : {QStringLiteral("commune-officer"), QStringLiteral("commune-leader"),
                                    QStringLiteral("province-reviewer")})
            QTest::newRow(qPrintable(role)) << role;
    }

    void areaAndRole_everyRoleChoosesThem_asInTheAppsSettings() {
        QFETCH(QString, role);
        QVERIFY(setUp(m_db, role, QStringLiteral("https://lgsp.ours.example")));
        BtxhRun r = set(QStringLiteral("area.commune"), QStringLiteral("00004"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(QStringLiteral("area.commune")), QStringLiteral("00004"));
        QCOMPARE(get(QStringLiteral("app.role")), role);

        // Choosing the administrator role, as Settings lets them, is what opens the connection.
        r = set(QStringLiteral("app.role"), QStringLiteral("administrator"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = set(QStringLiteral("endpoint.url"), QStringLiteral("https://lgsp.elsewhere.example"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(QStringLiteral("endpoint.url")), QStringLiteral("https://lgsp.elsewhere.example"));
    }

    void role_badName_isRefused_andAnOldNameIsStoredAsToday() {
        QVERIFY(setUp(m_db, QStringLiteral("commune-officer"), QStringLiteral("https://lgsp.ours.example")));
        BtxhRun r = set(QStringLiteral("app.role"), QStringLiteral("chief"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("administrator")), qPrintable(r.err));
        r = set(QStringLiteral("app.role"), QString());
        QCOMPARE(r.exitCode, 2); // no role at all would read as "not set up yet"
        QCOMPARE(get(QStringLiteral("app.role")), QStringLiteral("commune-officer"));
        r = set(QStringLiteral("app.role"), QStringLiteral("district-reviewer"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(QStringLiteral("app.role")), QStringLiteral("province-reviewer"));
        r = set(QStringLiteral("endpoint.url"), QStringLiteral("https://lgsp.elsewhere.example"));
        QCOMPARE(r.exitCode, ExitNotAllowed);
        QVERIFY2(r.err.contains(QStringLiteral("Province reviewer")), qPrintable(r.err));
    }

    void firstRun_aDatabaseWithNoRoleAndNoGateway_takesEverySetting_untilOneIsChosen() {
        // No file at all: being set up, as the first-run wizard sets role and gateway together.
        QVERIFY(!QFile::exists(m_db));
        BtxhRun r = set(QStringLiteral("keys.profile"), QStringLiteral("office"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = set(QStringLiteral("deadline.days.2.000751"), QStringLiteral("12"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = set(QStringLiteral("endpoint.url"), QStringLiteral("https://lgsp.ours.example"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(QStringLiteral("app.role")),
                 QStringLiteral("commune-officer")); // the default, not stored

        // A gateway is chosen and no role: read as the app reads it, the commune officer.
        const QByteArray bytes = hash(m_db);
        r = set(QStringLiteral("endpoint.header"), QStringLiteral("AccessKey"));
        QCOMPARE(r.exitCode, ExitNotAllowed);
        QVERIFY2(r.err.contains(QStringLiteral("Commune officer")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("app.role")), qPrintable(r.err));
        QCOMPARE(hash(m_db), bytes);
        QCOMPARE(get(QStringLiteral("endpoint.header")), QString());

        // A role chosen without a gateway is the role too.
        const QString other = file(QStringLiteral("other.sqlite"));
        QCOMPARE(set(QStringLiteral("app.role"), QStringLiteral("commune-leader"), other).exitCode, 0);
        QCOMPARE(set(QStringLiteral("keys.profile"), QStringLiteral("office"), other).exitCode,
                 ExitNotAllowed);
    }

    void anUnknownStoredRole_readsAsTheCommuneOfficer() {
        QVERIFY(setUp(m_db, QStringLiteral("superuser"), QStringLiteral("https://lgsp.ours.example")));
        const BtxhRun r =
            set(QStringLiteral("endpoint.url"), QStringLiteral("https://lgsp.elsewhere.example"));
        QCOMPARE(r.exitCode, ExitNotAllowed);
        QVERIFY2(r.err.contains(QStringLiteral("Commune officer")), qPrintable(r.err));
        QCOMPARE(get(QStringLiteral("endpoint.url")), QStringLiteral("https://lgsp.ours.example"));
    }

    void restore_takingTheBackupsGateway_isTheAdministrators_data() {
        QTest::addColumn<QString>("role");
        for (const QString &role : {QStringLiteral("commune-officer"), QStringLiteral("commune-leader"),
                                    QStringLiteral("province-reviewer"), QStringLiteral("administrator")})
            QTest::newRow(qPrintable(role)) << role;
    }

    void restore_takingTheBackupsGateway_isTheAdministrators() {
        QFETCH(QString, role);
        const QString elsewhere = file(QStringLiteral("elsewhere.sqlite"));
        QVERIFY(setUp(elsewhere, QStringLiteral("administrator"),
                      QStringLiteral("https://lgsp.elsewhere.example")));
        QVERIFY(setUp(m_db, role, QStringLiteral("https://lgsp.ours.example")));
        const QByteArray bytes = hash(m_db);
        const auto copies = [this] {
            return QDir(m_folder)
                .entryList({QStringLiteral("btxh.sqlite.before-restore*")}, QDir::Files)
                .size();
        };

        BtxhRun r =
            BtxhRun::onDatabase(QStringLiteral("restore"), m_db,
                                {elsewhere, QStringLiteral("--yes"), QStringLiteral("--backup-endpoint")});
        if (role == u"administrator") {
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QCOMPARE(get(QStringLiteral("endpoint.url")), QStringLiteral("https://lgsp.elsewhere.example"));
            return;
        }
        QCOMPARE(r.exitCode, ExitNotAllowed);
        QVERIFY2(r.err.contains(QStringLiteral("only an administrator changes the gateway settings")),
                 qPrintable(r.err));
        QCOMPARE(hash(m_db), bytes); // nothing restored
        QCOMPARE(copies(), 0);

        // Without the option the backup is restored and this database's gateway stays.
        r = BtxhRun::onDatabase(QStringLiteral("restore"), m_db, {elsewhere, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("were not taken")), qPrintable(r.out));
        QCOMPARE(get(QStringLiteral("endpoint.url")), QStringLiteral("https://lgsp.ours.example"));
        QCOMPARE(copies(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoleCommands)
#include "tst_rolecommands.moc"
