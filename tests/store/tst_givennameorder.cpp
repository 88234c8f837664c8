// SPDX-License-Identifier: GPL-3.0-or-later
// Lists of people in the order Vietnamese lists use: by the given name (tên), then the family and middle
// names (họ, tên đệm), in Vietnamese alphabetical order — beside the full-name order, through the same list
// query the case list, the command line and the exports use; and databases made before it (schema 4) keyed on
// upgrade.
#include "ListQuery.h"
#include "Store.h"
#include "TestDossiers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;

namespace {

// In the given-name order, as a Vietnamese clerk would list them.
const QStringList ByGivenName = {
    QStringLiteral("Lê An"),          QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đỗ Văn Anh"),
    QStringLiteral("Phạm Thị Ánh"),   QStringLiteral("Bùi Thị Bích"),  QStringLiteral("Trần Thị Bình"),
    QStringLiteral("Vũ Đức"),         QStringLiteral("Hoàng Mai"),
    QStringLiteral("Nguyễn Thị Mai"), // đ before m
};

ChangeSet dossiersNamed(const QStringList &names) {
    test::TestDossiers data;
    ChangeSet c;
    for (qsizetype i = 0; i < names.size(); ++i) {
        Dossier d = data.dossier(i);
        d.setValue(DossierField::HoVaTen, names.at(i));
        c.received << ChangeSet::ReceivedDossier{d, {}};
    }
    return c;
}

QStringList names(Store &store, const QString &sortColumn, bool descending) {
    ListQuery q;
    q.sortColumn = sortColumn;
    q.descending = descending;
    q.limit = 100;
    const StoreResult<ListPage> page = store.list(q);
    if (!page)
        return {QStringLiteral("<error: %1>").arg(page.error().message)};
    QStringList out;
    for (const ListRow &r : page->rows)
        out << r.fields.value(int(DossierField::HoVaTen));
    return out;
}

QStringList reversed(QStringList list) {
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

class TestGivenNameOrder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void list_byGivenName_ordersByTenThenHoAndTenDem() {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("order.sqlite"))));
        QStringList shuffled = ByGivenName;
        std::reverse(shuffled.begin(), shuffled.end());
        shuffled.swapItemsAt(0, 4);
        QVERIFY(store.apply(dossiersNamed(shuffled)));
        QCOMPARE(names(store, ListQuerySql::givenNameSortColumn(), false), ByGivenName);
        QCOMPARE(names(store, ListQuerySql::givenNameSortColumn(), true), reversed(ByGivenName));
        // The full-name order is still there, and differs.
        const QStringList byFullName = names(store, QStringLiteral("HoVaTen"), false);
        QCOMPARE(byFullName.constFirst(), QStringLiteral("Bùi Thị Bích"));
        QVERIFY(byFullName != ByGivenName);
    }

    void list_byGivenName_followsAnEditedName() {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("edited.sqlite"))));
        QVERIFY(store.apply(dossiersNamed({QStringLiteral("Lê Văn Bảo"), QStringLiteral("Trần Thị Cúc")})));
        Dossier d = store.dossier(test::TestDossiers::code(0))->dossier;
        d.setValue(DossierField::HoVaTen, QStringLiteral("Lê Văn Danh"));
        ChangeSet edit;
        edit.local << ChangeSet::LocalDossier{d, {}};
        QVERIFY(store.apply(edit));
        QCOMPARE(names(store, ListQuerySql::givenNameSortColumn(), false),
                 (QStringList{QStringLiteral("Trần Thị Cúc"), QStringLiteral("Lê Văn Danh")}));
    }

    void commandLineAndExports_acceptTheOrderByName() {
        QVERIFY(ListQuerySql::metaSortColumns().contains(QStringLiteral("given_name")));
        QVERIFY(!ListQuerySql::sortExpression(QStringLiteral("given_name")).isEmpty());
    }

    // A database of schema 5 (before the order existed) gets every stored name keyed on upgrade.
    void upgradeFromSchema5_keysTheNamesAlreadyStored() {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            // Written at schema 6, the last the given-name key came with, then taken back to 5 below.
            Store::Options o;
            o.schemaVersion = 6;
            Store store(o);
            QVERIFY(store.open(path));
            QVERIFY(store.apply(dossiersNamed(reversed(ByGivenName))));
        }
        {
            // Back to what schema 5 had: no given-name key, no index of it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const char *sql :
                 {"DROP INDEX dossier_sort_keys_given_name",
                  "ALTER TABLE dossier_sort_keys DROP COLUMN s_given_name", "PRAGMA user_version = 5"})
                QVERIFY2(q.exec(QLatin1StringView(sql)), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Store store;
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(names(store, ListQuerySql::givenNameSortColumn(), false), ByGivenName);
    }
};

QTEST_GUILESS_MAIN(TestGivenNameOrder)
#include "tst_givennameorder.moc"
