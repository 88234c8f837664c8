// SPDX-License-Identifier: GPL-3.0-or-later
// File > Back up… and File > Restore from backup… on the real main window (offscreen) over a real SQLite
// file: the file dialogs answered through the injectable choosers, the message boxes by their names.
#include "AppTestSupport.h"

#include "BackupActions.h"
#include "CaseListModel.h"
#include "MainWindow.h"
#include "Migrations.h"
#include "OfficeSettings.h"
#include "RolePolicy.h"
#include "StoreBackup.h"
#include "Translations.h"

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QStatusBar>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

// Answers every message box that opens, by its object name, and remembers what each said.
class BoxAnswerer {
public:
    explicit BoxAnswerer(QHash<QString, QMessageBox::StandardButton> answers)
        : m_answers(std::move(answers)) {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            const QString name = box->objectName();
            seen << name;
            texts[name] = box->text() + u'\n' + box->informativeText();
            if (QAbstractButton *b = box->button(m_answers.value(name, QMessageBox::Ok)))
                b->click();
            else
                box->reject();
        });
        m_timer.start();
    }

    QStringList seen;
    QHash<QString, QString> texts;

private:
    QHash<QString, QMessageBox::StandardButton> m_answers;
    QTimer m_timer;
};

QString code(int i) {
    return QStringLiteral("000.00.01.G07-261127-%1").arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestBackupActions : public QObject {
    Q_OBJECT

    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<MainWindow> m_window;

    QAction *action(const char *name) { return child<QAction>(m_window.get(), QString::fromLatin1(name)); }
    BackupActions *actions() { return child<BackupActions>(m_window.get(), QStringLiteral("backupActions")); }
    QString path(const QString &name) const { return m_office->dir.filePath(name); }

    void add(int from, int to) {
        ChangeSet c;
        for (int i = from; i < to; ++i)
            c.local << ChangeSet::LocalDossier{validDossier(code(i), QString::fromUtf8("Nguyễn Văn An"),
                                                            QDateTime(QDate(2026, 11, 20), QTime(9, 0))),
                                               {}};
        const auto applied = m_office->store->apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
    }

    void chooseForBackup(const QString &file) {
        actions()->setSaveFileChooser(
            [file](QWidget *, const QString &, const QString &, const QString &) { return file; });
    }
    void chooseForRestore(const QString &file) {
        actions()->setOpenFileChooser(
            [file](QWidget *, const QString &, const QString &, const QString &) { return file; });
    }

    // The list as the window shows it, once the background count is done.
    qint64 listed() {
        CaseListModel *model = m_window->caseModel();
        if (!QTest::qWaitFor([model] { return !model->isSearching() && model->isCountExact(); }, 5000))
            return -1;
        return model->totalCount();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::English);
    }

    void init() {
        m_office = std::make_unique<TestOffice>();
        add(1, 4);
        m_window = std::make_unique<MainWindow>(m_office->services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The list's worker thread holds a connection of its own, as in the app after a search.
        m_window->caseModel()->setFilterInBackground(ListFilter());
        QCOMPARE(listed(), 3);
    }

    void cleanup() {
        m_window.reset();
        m_office.reset();
    }

    void backUp_fromTheMenuWhileTheAppRuns() {
        const QString file = path(QStringLiteral("menu-backup.sqlite"));
        chooseForBackup(file);
        const BoxAnswerer answers({});
        action("actionBackUp")->trigger();
        QVERIFY2(answers.seen.isEmpty(), qPrintable(answers.texts.values().join(u'\n')));
        const StoreBackup::Result v = StoreBackup::verify(file);
        QVERIFY2(v.ok(), qPrintable(v.error.message));
        QCOMPARE(v.info.dossierCount, 3);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("3 dossier")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // The app went on working with its database.
        add(4, 5);
        QCOMPARE(*m_office->store->count({}), 4);
    }

    void backUp_cancelledOrRefused_changesNothing() {
        chooseForBackup(QString()); // the officer closed the dialog
        action("actionBackUp")->trigger();
        QCOMPARE(QDir(m_office->dir.path()).entryList({QStringLiteral("*backup*")}, QDir::Files).size(), 0);

        chooseForBackup(m_office->store->path()); // the database itself
        const BoxAnswerer answers({});
        action("actionBackUp")->trigger();
        QCOMPARE(answers.seen, QStringList{QStringLiteral("backupErrorBox")});
        QVERIFY2(
            answers.texts.value(QStringLiteral("backupErrorBox")).contains(QStringLiteral("database itself")),
            qPrintable(answers.texts.value(QStringLiteral("backupErrorBox"))));
        QCOMPARE(*m_office->store->count({}), 3);
    }

    void restore_fromTheMenu_showsTheRestoredData() {
        const QString file = path(QStringLiteral("before-more.sqlite"));
        QVERIFY(StoreBackup::backup(m_office->store->path(), file).ok());
        add(4, 9);
        m_window->refreshList();
        QCOMPARE(listed(), 8);

        chooseForRestore(file);
        const BoxAnswerer answers({{QStringLiteral("restoreConfirmBox"), QMessageBox::Yes},
                                   {QStringLiteral("restoreDoneBox"), QMessageBox::Ok}});
        action("actionRestoreBackup")->trigger();
        QCOMPARE(answers.seen,
                 (QStringList{QStringLiteral("restoreConfirmBox"), QStringLiteral("restoreDoneBox")}));
        const QString confirm = answers.texts.value(QStringLiteral("restoreConfirmBox"));
        QVERIFY2(confirm.contains(QStringLiteral("3 dossier")), qPrintable(confirm));
        QVERIFY(confirm.contains(QLocale().toString(QFileInfo(file).lastModified(), QLocale::ShortFormat)));

        // What the officer sees is the backup's content; the store is open again and takes new work.
        QCOMPARE(listed(), 3);
        QVERIFY(m_office->store->isOpen());
        QCOMPARE(*m_office->store->count({}), 3);
        QVERIFY(!m_office->store->dossier(code(5)));
        QVERIFY(m_window->caseModel()->rowOfCode(code(2)) >= 0);
        add(20, 21);
        QCOMPARE(*m_office->store->count({}), 4);

        // The database as it was before the restore is kept, and said where.
        const QStringList safety =
            QDir(m_office->dir.path())
                .entryList({QStringLiteral("office.sqlite.before-restore-*")}, QDir::Files);
        QCOMPARE(safety.size(), 1);
        QVERIFY2(answers.texts.value(QStringLiteral("restoreDoneBox")).contains(safety.constFirst()),
                 qPrintable(answers.texts.value(QStringLiteral("restoreDoneBox"))));
        QCOMPARE(StoreBackup::verify(m_office->dir.filePath(safety.constFirst())).info.dossierCount, 8);
    }

    // A backup whose gateway differs from this database's would send the office's key pair elsewhere: an
    // administrator is asked (this database's gateway is the default answer), anyone else keeps it.
    void restore_ofABackupWithAnotherGateway_asksAndKeepsThisOneUnlessTold() {
        const auto setUrl = [this](const char *url) {
            QVERIFY(m_office->store->settings().setValue(QStringLiteral("endpoint.kind"),
                                                         QStringLiteral("custom")));
            QVERIFY(m_office->store->settings().setValue(QStringLiteral("endpoint.url"),
                                                         QString::fromLatin1(url)));
        };
        const auto url = [this] {
            return m_office->store->settings().value(QStringLiteral("endpoint.url")).value_or(QString());
        };
        setUrl("http://127.0.0.1:8101/backup-office");
        const QString file = path(QStringLiteral("other-gateway.sqlite"));
        QVERIFY(StoreBackup::backup(m_office->store->path(), file).ok());
        setUrl("http://127.0.0.1:8102/this-office");
        QVERIFY(m_office->store->settings().setValue(OfficeSettings::Role,
                                                     RolePolicy::name(UserRole::Administrator)));

        chooseForRestore(file);
        {
            const BoxAnswerer answers({{QStringLiteral("restoreConfirmBox"), QMessageBox::Yes},
                                       {QStringLiteral("restoreGatewayBox"), QMessageBox::No},
                                       {QStringLiteral("restoreDoneBox"), QMessageBox::Ok}});
            action("actionRestoreBackup")->trigger();
            QCOMPARE(answers.seen,
                     (QStringList{QStringLiteral("restoreConfirmBox"), QStringLiteral("restoreGatewayBox"),
                                  QStringLiteral("restoreDoneBox")}));
            const QString asked = answers.texts.value(QStringLiteral("restoreGatewayBox"));
            QVERIFY2(asked.contains(QStringLiteral("8101/backup-office")) &&
                         asked.contains(QStringLiteral("8102/this-office")),
                     qPrintable(asked));
            QVERIFY(answers.texts.value(QStringLiteral("restoreDoneBox"))
                        .contains(QStringLiteral("gateway settings were kept")));
        }
        QCOMPARE(url(), QStringLiteral("http://127.0.0.1:8102/this-office"));
        QCOMPARE(*m_office->store->count({}), 3); // the backup's content, this database's gateway

        // The restore brought the backup's role back (a commune officer's); as administrator again, take the
        // backup's gateway this time.
        QVERIFY(m_office->store->settings().setValue(OfficeSettings::Role,
                                                     RolePolicy::name(UserRole::Administrator)));
        {
            const BoxAnswerer answers({{QStringLiteral("restoreConfirmBox"), QMessageBox::Yes},
                                       {QStringLiteral("restoreGatewayBox"), QMessageBox::Yes},
                                       {QStringLiteral("restoreDoneBox"), QMessageBox::Ok}});
            action("actionRestoreBackup")->trigger();
            QCOMPARE(answers.seen.size(), 3);
        }
        QCOMPARE(url(), QStringLiteral("http://127.0.0.1:8101/backup-office"));

        // A commune officer is not asked: this database's gateway stays, and the officer is told why.
        setUrl("http://127.0.0.1:8102/this-office");
        QVERIFY(m_office->store->settings().setValue(OfficeSettings::Role,
                                                     RolePolicy::name(UserRole::CommuneOfficer)));
        {
            const BoxAnswerer answers({{QStringLiteral("restoreConfirmBox"), QMessageBox::Yes},
                                       {QStringLiteral("restoreDoneBox"), QMessageBox::Ok}});
            action("actionRestoreBackup")->trigger();
            QCOMPARE(answers.seen,
                     (QStringList{QStringLiteral("restoreConfirmBox"), QStringLiteral("restoreDoneBox")}));
            const QString done = answers.texts.value(QStringLiteral("restoreDoneBox"));
            QVERIFY2(done.contains(QStringLiteral("only an administrator")), qPrintable(done));
        }
        QCOMPARE(url(), QStringLiteral("http://127.0.0.1:8102/this-office"));
    }

    void restore_cancelled_changesNothing() {
        const QString file = path(QStringLiteral("kept.sqlite"));
        QVERIFY(StoreBackup::backup(m_office->store->path(), file).ok());
        add(4, 6);
        chooseForRestore(file);
        const BoxAnswerer answers({{QStringLiteral("restoreConfirmBox"), QMessageBox::Cancel}});
        action("actionRestoreBackup")->trigger();
        QCOMPARE(answers.seen, QStringList{QStringLiteral("restoreConfirmBox")});
        QCOMPARE(*m_office->store->count({}), 5);
        QCOMPARE(
            QDir(m_office->dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).size(),
            0);
    }

    void restore_ofADamagedBackup_isRefusedAndNothingChanges() {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        QVERIFY(StoreBackup::backup(m_office->store->path(), file).ok());
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2));
        chooseForRestore(file);
        const BoxAnswerer answers({});
        action("actionRestoreBackup")->trigger();
        QCOMPARE(answers.seen, QStringList{QStringLiteral("restoreErrorBox")});
        QVERIFY2(answers.texts.value(QStringLiteral("restoreErrorBox")).contains(QStringLiteral("damaged")),
                 qPrintable(answers.texts.value(QStringLiteral("restoreErrorBox"))));
        QVERIFY(m_office->store->isOpen());
        QCOMPARE(*m_office->store->count({}), 3);
        QCOMPARE(listed(), 3);
    }

    void restore_ofAnOlderSchema_isUpgradedOnReopen() {
        const QString file = path(QStringLiteral("schema-v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(BTXH_FIXTURES_DIR "/store/schema-v1.sqlite"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        chooseForRestore(file);
        const BoxAnswerer answers({{QStringLiteral("restoreConfirmBox"), QMessageBox::Yes},
                                   {QStringLiteral("restoreDoneBox"), QMessageBox::Ok}});
        action("actionRestoreBackup")->trigger();
        QCOMPARE(answers.seen,
                 (QStringList{QStringLiteral("restoreConfirmBox"), QStringLiteral("restoreDoneBox")}));
        QCOMPARE(m_office->store->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(listed(), 3);
        QVERIFY(m_window->caseModel()->rowOfCode(QStringLiteral("000.00.15.G07-240110-0001")) >= 0);
        // Upgraded on reopening, after a backup of its own.
        QCOMPARE(QDir(m_office->dir.path())
                     .entryList({QStringLiteral("office.sqlite.pre-v*")}, QDir::Files)
                     .size(),
                 1);
    }
};

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
