// SPDX-License-Identifier: GPL-3.0-or-later
// The database holds names and ID numbers: only its owner may read it, its companions or its copies, and the
// safety copies beside it do not pile up for ever.
#include "OwnerOnly.h"
#include "Store.h"
#include "StoreBackup.h"
#include "TestDossiers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace btxh;

namespace {

// The permission bits as the system has them (QFileInfo maps them through the owner's view on some systems).
int mode(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

ChangeSet one(const Dossier &d) {
    ChangeSet c;
    c.local << ChangeSet::LocalDossier{d, {}};
    return c;
}

QStringList logged;
void keepLog(QtMsgType, const QMessageLogContext &, const QString &message) {
    logged << message;
}

} // namespace

class TestStoreFileModes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestDossiers m_data{11};
    QDateTime m_now = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);

    Store::Options options() {
        Store::Options o;
        o.clock = [this] { return m_now; };
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        ::umask(022); // as on a default desktop: what is not made owner-only ends up 0644 / 0755
    }

    void open_makesTheFolderAndTheDatabaseOwnerOnly() {
        const QString folder = m_dir.filePath(QStringLiteral("new/BTXH"));
        const QString path = folder + QStringLiteral("/btxh.sqlite");
        Store store(options());
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY(store.apply(one(m_data.dossier(1))));
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(path), 0600);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
    }

    void open_tightensFilesOthersCouldReadAndSaysSo() {
        const QString path = m_dir.filePath(QStringLiteral("open.sqlite"));
        {
            Store store(options());
            QVERIFY(store.open(path));
            QVERIFY(store.apply(one(m_data.dossier(2))));
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(keepLog);
        Store store(options());
        const bool opened = store.open(path).has_value();
        qInstallMessageHandler(previous);
        QVERIFY(opened);
        QCOMPARE(mode(path), 0600);
        QVERIFY2(logged.join(u'\n').contains(QStringLiteral("owner only")), qPrintable(logged.join(u'\n')));
        QVERIFY(store.dossier(m_data.dossier(2).code()).has_value()); // nothing lost on the way
    }

    void migrationCopy_backup_andRestoreCopies_areOwnerOnly() {
        const QString fixture = QStringLiteral(BTXH_FIXTURES_DIR "/store/schema-v1.sqlite");
        const QString path = m_dir.filePath(QStringLiteral("old/office.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        {
            Store store(options());
            const auto opened = store.open(path);
            QVERIFY2(opened, qPrintable(opened.error().message));
        }
        const QStringList copies = OwnerOnly::safetyCopies(path);
        QCOMPARE(copies.size(), 1);
        QVERIFY(QFileInfo(copies.constFirst()).fileName().contains(QStringLiteral(".pre-v")));
        QCOMPARE(mode(copies.constFirst()), 0600);
        QCOMPARE(mode(path), 0600);

        const QString backup = m_dir.filePath(QStringLiteral("office-backup.sqlite"));
        QVERIFY(StoreBackup::backup(path, backup).ok());
        QCOMPARE(mode(backup), 0600);

        m_now = m_now.addSecs(60);
        StoreBackup::Options o;
        o.clock = [this] { return m_now; };
        const StoreBackup::Result restored = StoreBackup::restore(backup, path, o);
        QVERIFY2(restored.ok(), qPrintable(restored.error.message));
        QVERIFY(restored.safetyCopyPath.contains(QStringLiteral("before-restore")));
        QCOMPARE(mode(restored.safetyCopyPath), 0600);
        QCOMPARE(mode(path), 0600);
    }

    void safetyCopies_onlyTheNewestAreKeptAndTheRemovedAreLogged() {
        const QString path = m_dir.filePath(QStringLiteral("keep/office.sqlite"));
        {
            Store store(options());
            QVERIFY(store.open(path));
        }
        QStringList made;
        for (int day = 1; day <= 7; ++day) {
            const QString tag = day % 2 ? QStringLiteral("pre-v4") : QStringLiteral("before-restore");
            const QString copy = path + QStringLiteral(".%1-2024010%2-080000.sqlite").arg(tag).arg(day);
            QVERIFY(QFile::copy(path, copy));
            made << copy;
        }
        const QString unrelated = path + QStringLiteral(".notes.sqlite");
        QVERIFY(QFile::copy(path, unrelated));

        Store::Options o = options();
        o.keepSafetyCopies = 3;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(keepLog);
        {
            Store store(o);
            QVERIFY(store.open(path));
        }
        qInstallMessageHandler(previous);
        QCOMPARE(OwnerOnly::safetyCopies(path), (QStringList{made.at(6), made.at(5), made.at(4)}));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!QFileInfo::exists(made.at(i)));
            QVERIFY2(logged.join(u'\n').contains(QFileInfo(made.at(i)).fileName()), qPrintable(made.at(i)));
        }
        QVERIFY(QFileInfo::exists(unrelated));

        // The office's own setting wins over the program's default.
        {
            Store store(o);
            QVERIFY(store.open(path));
            QVERIFY(store.settings().setValue(QStringLiteral("store.keep-copies"), QStringLiteral("1")));
        }
        {
            Store store(o);
            QVERIFY(store.open(path));
        }
        QCOMPARE(OwnerOnly::safetyCopies(path), QStringList{made.at(6)});
    }
};

QTEST_GUILESS_MAIN(TestStoreFileModes)
#include "tst_storefilemodes.moc"
