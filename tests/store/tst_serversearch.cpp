// SPDX-License-Identifier: GPL-3.0-or-later
// The case list's search on PostgreSQL (ServerSearch) against the SQLite store's, on the same dossiers: the
// shared search cases (tests/support/SearchCases.h) on both, and generated dossiers typed key by key, where
// the two must find the same dossiers. On the test run's throwaway PostgreSQL cluster.

#include "DatabaseLocation.h"
#include "SearchCases.h"
#include "SearchedCodes.h"
#include "ServerConnection.h"
#include "ServerSchema.h"
#include "ServerSearch.h"
#include "SqlDialect.h"
#include "Store.h"
#include "StoreSchema.h"
#include "TestDossiers.h"
#include "TestPostgresAdmin.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace btxh;
using btxh::test::TestDossiers;
namespace cases = btxh::test::SearchCases;

namespace {

// One set of dossiers in both backends: an SQLite store, and a PostgreSQL database holding the same codes and
// the same search text (StoreSchema::searchText, as the store writes it).
class BothBackends {
public:
    BothBackends(TestPostgresAdmin &admin, const QString &sqlitePath)
        : m_admin(admin) {
        const QString name = admin.createDatabase();
        QString error;
        m_location = DatabaseLocation::parse(admin.url(name), &error);
        StoreError opened;
        m_connection = QStringLiteral("search-") + name;
        m_pg = ServerConnection::open(m_location, admin.superuserPassword(), m_connection, &opened);
        m_ok = m_pg.isOpen() && ServerSchema::init(m_pg, m_location).has_value() && m_store.open(sqlitePath);
    }
    ~BothBackends() {
        m_pg.close();
        m_pg = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }

    bool ok() const { return m_ok; }

    bool load(const QList<Dossier> &dossiers) {
        ChangeSet changes;
        for (const Dossier &d : dossiers)
            changes.received << ChangeSet::ReceivedDossier{d, {}};
        if (!m_store.apply(changes))
            return false;
        QSqlQuery row(m_pg), text(m_pg);
        if (!row.prepare(
                QStringLiteral("INSERT INTO dossiers (id, code, sync_state, content_hash, created_at, "
                               "updated_at) VALUES (?, ?, 'synced', '-', '-', '-')")) ||
            !text.prepare(SqlDialect::postgreSql().upsert(SqlDialect::searchTable(),
                                                          {QStringLiteral("id"), QStringLiteral("text")},
                                                          {QStringLiteral("id")})))
            return false;
        for (const Dossier &d : dossiers) {
            const qint64 id = m_codes.size() + 1;
            m_codes.insert(id, d.code());
            row.addBindValue(id);
            row.addBindValue(d.code());
            text.addBindValue(id);
            text.addBindValue(StoreSchema::searchText(d.fields));
            if (!row.exec() || !text.exec()) {
                qWarning("%s%s", qPrintable(row.lastError().text()), qPrintable(text.lastError().text()));
                return false;
            }
        }
        return true;
    }

    QStringList sqliteFinds(const QString &typed) { return test::searchedCodes(m_store, typed); }

    QStringList serverFinds(const QString &typed) {
        const auto ids = ServerSearch::matchingIds(m_pg, typed, m_location);
        if (!ids)
            return {QStringLiteral("<error: %1 %2>").arg(ids.error().message, ids.error().detail)};
        QStringList out;
        for (qint64 id : *ids)
            out << m_codes.value(id, QStringLiteral("<unknown id %1>").arg(id));
        out.sort();
        return out;
    }

private:
    TestPostgresAdmin &m_admin;
    DatabaseLocation m_location;
    QString m_connection;
    QSqlDatabase m_pg;
    Store m_store;
    QHash<qint64, QString> m_codes;
    bool m_ok = false;
};

Dossier personDossier(const cases::Person &p, int index) {
    Dossier d = TestDossiers::valid(TestDossiers::code(10000 + index), p.name,
                                    QDateTime(QDate(2024, 6, 12), QTime(9, 0)));
    d.setValue(DossierField::CMND, p.idNumber);
    d.setValue(DossierField::SoDinhDanh, p.idNumber);
    d.setValue(DossierField::HKTT_ChiTiet, p.address);
    for (DossierField f : {DossierField::HKTT_MaThon, DossierField::NOHT_MaThon, DossierField::NOHT_ChiTiet})
        d.setValue(f, QString());
    return d;
}

} // namespace

class ServerSearchTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void candidates_areOnePatternPerWord_withWildcardsEscaped();
    void theSharedCases_findTheSameOnBothBackends_data();
    void theSharedCases_findTheSameOnBothBackends();
    void aCodesBeginning_findsThoseCodesOnBoth();
    void generatedDossiersTypedKeyByKey_findTheSameOnBothBackends();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPostgresAdmin> m_admin;
    std::unique_ptr<BothBackends> m_people;
    QHash<QString, QString> m_codeOf; // Person::key -> code
};

void ServerSearchTest::initTestCase() {
    QVERIFY2(!TestPostgres::url().isEmpty(), TestPostgres::requireMessage());
    QVERIFY2(ServerConnection::driverAvailable(), "Qt's QPSQL driver (libqt6sql6-psql) is not installed");
    m_admin = std::make_unique<TestPostgresAdmin>();
    QVERIFY2(m_admin->error().isEmpty(), qPrintable(m_admin->error()));
    m_people = std::make_unique<BothBackends>(*m_admin, m_dir.filePath(QStringLiteral("people.sqlite")));
    QVERIFY2(m_people->ok(), qPrintable(m_admin->error()));
    QList<Dossier> dossiers;
    const QList<cases::Person> people = cases::people();
    for (int i = 0; i < people.size(); ++i) {
        dossiers << personDossier(people.at(i), i);
        m_codeOf.insert(people.at(i).key, dossiers.constLast().code());
    }
    QVERIFY(m_people->load(dossiers));
}

void ServerSearchTest::cleanupTestCase() {
    m_people.reset();
    m_admin.reset();
}

void ServerSearchTest::candidates_areOnePatternPerWord_withWildcardsEscaped() {
    QVariantList values;
    const QString sql = ServerSearch::candidatesSql({{QStringLiteral("nguyen")},
                                                     {QStringLiteral("17"), QStringLiteral("3")},
                                                     {QStringLiteral("a_b%c\\")}},
                                                    &values);
    QCOMPARE(sql, QStringLiteral(
                      "SELECT id, text FROM dossier_search WHERE text LIKE ? ESCAPE '\\' AND text LIKE ? "
                      "ESCAPE '\\' AND text LIKE ? ESCAPE '\\'"));
    QCOMPARE(values, (QVariantList{QStringLiteral("%nguyen%"), QStringLiteral("%17%3%"),
                                   QStringLiteral("%a\\_b\\%c\\\\%")}));
    QVariantList none;
    QVERIFY(ServerSearch::candidatesSql({}, &none).isEmpty());
    QVERIFY(none.isEmpty());
}

void ServerSearchTest::theSharedCases_findTheSameOnBothBackends_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("finds");
    for (const cases::Case &c : cases::cases())
        QTest::newRow(qPrintable(c.typed)) << c.typed << c.finds;
}

void ServerSearchTest::theSharedCases_findTheSameOnBothBackends() {
    QFETCH(QString, typed);
    QFETCH(QStringList, finds);
    QStringList expected;
    for (const QString &key : std::as_const(finds))
        expected << m_codeOf.value(key);
    expected.sort();
    QCOMPARE(m_people->sqliteFinds(typed), expected);
    QCOMPARE(m_people->serverFinds(typed), expected);
}

void ServerSearchTest::aCodesBeginning_findsThoseCodesOnBoth() {
    const QString code = m_codeOf.value(QStringLiteral("hoa"));
    for (const QString &typed : {code, code.toLower(), code.left(code.size() - 1)}) {
        QStringList expected;
        for (const QString &c : std::as_const(m_codeOf))
            if (c.startsWith(typed, Qt::CaseInsensitive))
                expected << c;
        expected.sort();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m_people->sqliteFinds(typed), expected);
        QCOMPARE(m_people->serverFinds(typed), expected);
    }
}

void ServerSearchTest::generatedDossiersTypedKeyByKey_findTheSameOnBothBackends() {
    BothBackends both(*m_admin, m_dir.filePath(QStringLiteral("generated.sqlite")));
    QVERIFY(both.ok());
    const TestDossiers data(7);
    QList<Dossier> dossiers;
    for (int i = 0; i < 300; ++i)
        dossiers << data.dossier(i);
    QVERIFY(both.load(dossiers));

    QRandomGenerator random(16);
    int typedTexts = 0, nonEmpty = 0;
    for (int round = 0; round < 25; ++round) {
        const Dossier &d = dossiers.at(random.bounded(int(dossiers.size())));
        // What an officer types: a name or an ID number, key by key.
        const QString whole = round % 3 == 2 ? d.value(DossierField::CMND) : d.value(DossierField::HoVaTen);
        for (int length = 1; length <= whole.size(); ++length) {
            const QString typed = whole.left(length);
            const QStringList lite = both.sqliteFinds(typed);
            QCOMPARE(both.serverFinds(typed), lite);
            ++typedTexts;
            nonEmpty += lite.isEmpty() ? 0 : 1;
        }
    }
    // The search found something most of the time: the comparison was not of empty answers.
    QVERIFY2(nonEmpty > typedTexts / 2, qPrintable(QStringLiteral("%1 of %2").arg(nonEmpty).arg(typedTexts)));
}

QTEST_GUILESS_MAIN(ServerSearchTest)
#include "tst_serversearch.moc"
