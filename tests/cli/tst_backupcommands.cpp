// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtxhRun.h"
#include "CliApplication.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using btxh::test::BtxhRun;

// Runs the real `btxh backup` and `btxh restore` against database files in a temporary folder; the
// confirmation prompt in-process, with a terminal pretended.
class TestBackupCommands : public QObject {
    Q_OBJECT

    using Run = BtxhRun;

    QTemporaryDir m_dir;
    int m_cases = 0;
    QString m_folder;
    QString m_db;

    Run db(const QString &command, const QStringList &args = {}) const {
        return BtxhRun::onDatabase(command, m_db, args);
    }

    QString file(const QString &name) const { return QDir(m_folder).filePath(name); }

    static QByteArray hash(const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // Imports dossiers in request form under these codes.
    bool importCodes(const QStringList &codes) {
        QFile spec(QStringLiteral(BTXH_FIXTURES_DIR "/spec/push-dossier.json"));
        if (!spec.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject base = QJsonDocument::fromJson(spec.readAll()).object();
        QJsonArray items;
        for (const QString &code : codes) {
            QJsonObject o = base;
            o.insert(QStringLiteral("HinhThucTra"), QStringLiteral("0"));
            o.insert(QStringLiteral("MaHoSo"), code);
            items << o;
        }
        const QString path = file(QStringLiteral("import-%1.json").arg(codes.join(u'_')));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(QJsonDocument(items).toJson());
        out.close();
        const Run r =
            db(QStringLiteral("import"), {path, QStringLiteral("--today"), QStringLiteral("27/11/2026")});
        return r.exitCode == 0;
    }

    QStringList codes() {
        return db(QStringLiteral("list"), {QStringLiteral("--json"), QStringLiteral("--sort"),
                                           QStringLiteral("MaHoSo"), QStringLiteral("--asc")})
            .listedCodes();
    }

    // In-process, as if stdin and stderr were a terminal, answering the prompt with `answer`.
    int restoreAnswering(const QString &backup, const QString &answer, QString *err) {
        QString outText, errText, inText = answer + u'\n';
        QTextStream out(&outText), errStream(&errText), in(&inText);
        btxh::cli::CliContext context{out, errStream, in, QProcessEnvironment::systemEnvironment(), true};
        btxh::cli::CliApplication cli(context);
        const int rc = cli.run({QStringLiteral("btxh"), QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("restore"), backup, QStringLiteral("--db"), m_db});
        errStream.flush();
        *err = errText;
        return rc;
    }

    const QString codeA = QStringLiteral("000.00.15.G07-261127-0001");
    const QString codeB = QStringLiteral("000.00.15.G07-261127-0002");
    const QString codeC = QStringLiteral("000.00.15.G07-261127-0003");

private Q_SLOTS:
    void init() {
        m_folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_cases));
        QDir().mkpath(m_folder);
        m_db = file(QStringLiteral("btxh.sqlite"));
    }

    void backup_thenRestore_bringsBackExactlyTheBackedUpDossiers() {
        QVERIFY(importCodes({codeA, codeB}));
        const QString backup = file(QStringLiteral("saved.sqlite"));
        Run r = db(QStringLiteral("backup"), {backup});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Backed up 2 dossier")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(backup));
        QVERIFY(r.out.contains(QStringLiteral("integrity check ok")));
        QVERIFY(QFile::exists(backup));

        QVERIFY(importCodes({codeC}));
        QCOMPARE(codes(), (QStringList{codeA, codeB, codeC}));
        r = db(QStringLiteral("restore"), {backup, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Restored 2 dossier")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Backup %1: 2 dossier").arg(backup)));
        const QString safety = r.out.section(QStringLiteral("kept at "), 1).section(u'\n', 0, 0).trimmed();
        QVERIFY2(safety.startsWith(m_db + QStringLiteral(".before-restore-")), qPrintable(r.out));
        QVERIFY(QFile::exists(safety));
        QCOMPARE(codes(), (QStringList{codeA, codeB}));

        // The safety copy holds what the restore replaced: restoring it undoes the restore.
        r = db(QStringLiteral("restore"), {safety, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(codes(), (QStringList{codeA, codeB, codeC}));
    }

    void backup_badTargets_exit2WithAClearMessage() {
        QVERIFY(importCodes({codeA}));
        Run r = db(QStringLiteral("backup"), {file(QStringLiteral("no/such/folder/b.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        r = db(QStringLiteral("backup"), {m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the database itself")), qPrintable(r.err));
        r = db(QStringLiteral("backup"), {m_folder});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is a folder")), qPrintable(r.err));
        r = db(QStringLiteral("backup"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(codes(), QStringList{codeA});
    }

    void backup_withoutADatabase_exits3() {
        const Run r = db(QStringLiteral("backup"), {file(QStringLiteral("b.sqlite"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("no database")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("b.sqlite"))));
    }

    void restore_ofABackupSendingElsewhere_keepsThisGatewayUnlessChosen() {
        QVERIFY(importCodes({codeA}));
        auto config = [this](const QString &key, const QString &value) {
            return db(QStringLiteral("config"), {QStringLiteral("set"), key, value}).exitCode == 0;
        };
        auto endpoint = [this] {
            return db(QStringLiteral("config"), {QStringLiteral("get"), QStringLiteral("endpoint.url")})
                .out.trimmed();
        };
        // Changing the gateway and taking a backup's is the administrator's (tst_rolecommands).
        QVERIFY(config(QStringLiteral("app.role"), QStringLiteral("administrator")));
        QVERIFY(config(QStringLiteral("endpoint.kind"), QStringLiteral("custom")));
        QVERIFY(
            config(QStringLiteral("endpoint.url"), QStringLiteral("https://lgsp.other-province.example")));
        const QString backup = file(QStringLiteral("elsewhere.sqlite"));
        QCOMPARE(db(QStringLiteral("backup"), {backup}).exitCode, 0);
        QVERIFY(config(QStringLiteral("endpoint.url"), QStringLiteral("https://lgsp.our-province.example")));

        // No terminal to ask: restored, and this database's gateway stays, with a note.
        Run r = db(QStringLiteral("restore"), {backup, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("were not taken")), qPrintable(r.out));
        QCOMPARE(endpoint(), QStringLiteral("https://lgsp.our-province.example"));
        QCOMPARE(codes(), QStringList{codeA});

        // Asked on a terminal and declined: the same.
        QString err;
        QCOMPARE(restoreAnswering(backup, QStringLiteral("yes\nno"), &err), 0);
        QVERIFY2(err.contains(QStringLiteral("lgsp.other-province.example")), qPrintable(err));
        QCOMPARE(endpoint(), QStringLiteral("https://lgsp.our-province.example"));

        // Chosen: the backup's gateway.
        r = db(QStringLiteral("restore"),
               {backup, QStringLiteral("--yes"), QStringLiteral("--backup-endpoint")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(endpoint(), QStringLiteral("https://lgsp.other-province.example"));
    }

    void restore_withoutYesAndWithoutATerminal_refuses() {
        QVERIFY(importCodes({codeA}));
        const QString backup = file(QStringLiteral("b.sqlite"));
        QCOMPARE(db(QStringLiteral("backup"), {backup}).exitCode, 0);
        QVERIFY(importCodes({codeB}));
        const QByteArray before = hash(m_db);
        const Run r = db(QStringLiteral("restore"), {backup});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was restored")));
        QCOMPARE(hash(m_db), before);
        QCOMPARE(QDir(m_folder).entryList({QStringLiteral("*before-restore*")}, QDir::Files).size(), 0);
    }

    void restore_onATerminal_asksFirst() {
        QVERIFY(importCodes({codeA}));
        const QString backup = file(QStringLiteral("b.sqlite"));
        QCOMPARE(db(QStringLiteral("backup"), {backup}).exitCode, 0);
        QVERIFY(importCodes({codeB}));
        QString err;
        QCOMPARE(restoreAnswering(backup, QStringLiteral("no"), &err), 1);
        QVERIFY2(err.contains(QStringLiteral("Type \"yes\"")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Nothing was restored")));
        QCOMPARE(codes(), (QStringList{codeA, codeB}));
        QCOMPARE(restoreAnswering(backup, QStringLiteral("yes"), &err), 0);
        QCOMPARE(codes(), QStringList{codeA});
    }

    void restore_damagedTruncatedOrForeignBackups_exit2AndTouchNothing() {
        QVERIFY(importCodes({codeA, codeB}));
        const QString backup = file(QStringLiteral("b.sqlite"));
        QCOMPARE(db(QStringLiteral("backup"), {backup}).exitCode, 0);
        const QByteArray before = hash(m_db);

        const QString truncated = file(QStringLiteral("truncated.sqlite"));
        QVERIFY(QFile::copy(backup, truncated));
        QVERIFY(QFile(truncated).resize(QFile(truncated).size() / 3));
        Run r = db(QStringLiteral("restore"), {truncated, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));

        const QString text = file(QStringLiteral("notes.txt"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(QByteArray(5000, 'n'));
        t.close();
        r = db(QStringLiteral("restore"), {text, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a BTXH database")), qPrintable(r.err));

        r = db(QStringLiteral("restore"), {file(QStringLiteral("missing.sqlite")), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));

        const QString newer = file(QStringLiteral("newer.sqlite"));
        QVERIFY(QFile::copy(backup, newer));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(newer);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        r = db(QStringLiteral("restore"), {newer, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("newer version")), qPrintable(r.err));

        QCOMPARE(hash(m_db), before);
        QCOMPARE(QDir(m_folder).entryList({QStringLiteral("*before-restore*")}, QDir::Files).size(), 0);
        QCOMPARE(codes(), (QStringList{codeA, codeB}));
    }
};

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "tst_backupcommands.moc"
