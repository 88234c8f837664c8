// SPDX-License-Identifier: GPL-3.0-or-later
// Across processes: `btxh import` changes a dossier while a desktop's Store holds the version it read. The
// desktop's save from that version is refused as stale and leaves what btxh stored; saved from the version
// stored now, it goes through. btxh itself names no base: its writes are checked against nobody.
#include "BtxhRun.h"
#include "Store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using btxh::test::BtxhRun;

class TestStaleEditCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString spec(const char *name) {
        return QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QLatin1StringView(name);
    }

    // The specification's pushed dossier with another phone number, as a file for btxh import.
    QString pushedWithPhone(const QString &phone) {
        QFile in(spec("push-dossier.json"));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o.insert(QStringLiteral("SoDienThoai"), phone);
        const QString path = m_dir.filePath(QStringLiteral("push-%1.json").arg(phone));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(o).toJson());
        return path;
    }

    static ChangeSet edit(Dossier d, const QString &base) {
        d.setValue(DossierField::Email, QStringLiteral("desk@example.vn"));
        ChangeSet c;
        c.local << ChangeSet::LocalDossier{d, {}, base};
        return c;
    }

private Q_SLOTS:
    void desktopSave_afterBtxhChangedTheDossier_isRefused_thenGoesThroughOnTheNewVersion() {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("office.sqlite"));
        const QStringList today{QStringLiteral("--today"), QStringLiteral("27/11/2026")};
        const BtxhRun first =
            BtxhRun::onDatabase(QStringLiteral("import"), db, QStringList{spec("push-dossier.json")} + today);
        QVERIFY2(first.exitCode == 0 || first.exitCode == 1, qPrintable(first.err));

        Store desk;
        QVERIFY(desk.open(db));
        const StoreResult<ListPage> page = desk.list(ListQuery{});
        QVERIFY(page && page->rows.size() == 1);
        const QString code = page->rows.first().code;
        const StoredDossier read = *desk.dossier(code);

        const QString changed = pushedWithPhone(QStringLiteral("0911111111"));
        QVERIFY(!changed.isEmpty());
        const BtxhRun cli = BtxhRun::onDatabase(QStringLiteral("import"), db, QStringList{changed} + today);
        QVERIFY2(cli.exitCode == 0 || cli.exitCode == 1, qPrintable(cli.err));
        QCOMPARE(desk.dossier(code)->dossier.value(DossierField::SoDienThoai), QStringLiteral("0911111111"));

        const StoreResult<ChangeResult> refused = desk.apply(edit(read.dossier, read.version));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Stale);
        QVERIFY2(refused.error().message.contains(code), qPrintable(refused.error().message));
        QVERIFY(desk.dossier(code)->dossier.value(DossierField::Email) != QStringLiteral("desk@example.vn"));

        const StoredDossier now = *desk.dossier(code);
        const StoreResult<ChangeResult> saved = desk.apply(edit(now.dossier, now.version));
        QVERIFY2(saved, qPrintable(saved.error().message));
        const StoredDossier after = *desk.dossier(code);
        QCOMPARE(after.dossier.value(DossierField::SoDienThoai), QStringLiteral("0911111111"));
        QCOMPARE(after.dossier.value(DossierField::Email), QStringLiteral("desk@example.vn"));
    }
};

QTEST_GUILESS_MAIN(TestStaleEditCli)
#include "tst_staleeditcli.moc"
