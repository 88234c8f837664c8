// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierCodes.h"
#include "ExtentDataXml.h"
#include "SearchOrder.h"
#include "SearchText.h"
#include "ServerConnection.h"
#include "ServerSchema.h"
#include "Store.h"
#include "StoreSchema.h"
#include "TestDossiers.h"
#include "TestStore.h"
#include "TestStoreBackend.h"
#include "VietnameseSortKey.h"
#include "WireDate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <atomic>
#include <mutex>

using namespace btxh;
using test::TestDossiers;

namespace {

struct TestClock {
    QDateTime now = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
};

QString pragma(Store &store, const QString &name) {
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).toString();
}

qint64 scalar(Store &store, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

ChangeSet received(const QList<Dossier> &dossiers) {
    ChangeSet c;
    for (const Dossier &d : dossiers)
        c.received << ChangeSet::ReceivedDossier{d, {}};
    return c;
}

ChangeSet local(const Dossier &d, const Problems &problems = {}) {
    ChangeSet c;
    c.local << ChangeSet::LocalDossier{d, problems};
    return c;
}

Problem error(const QString &field, const QString &message) {
    Problem p;
    p.field = field;
    p.severity = Severity::Error;
    p.code = QStringLiteral("required");
    p.message = message;
    return p;
}

} // namespace

// Runs once on an SQLite file and once on a PostgreSQL database (TestStoreBackend); what only one backend
// has (SQLite's pragmas and query plans) is checked there and skipped, saying so, on the other.
class TestStore : public QObject {
    Q_OBJECT

    TestStoreBackend &m_backend;
    TestClock m_clock;
    int m_ids = 0;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
    TestDossiers m_data{42};

    Store::Options options() {
        Store::Options o;
        o.user = QStringLiteral("canbo.xa");
        o.clock = [this] { return m_clock.now; };
        o.newId = [this] { return QStringLiteral("key-%1").arg(++m_ids); };
        m_backend.configure(o);
        return o;
    }

    std::unique_ptr<Store> openStore(const QString &name) {
        auto s = std::make_unique<Store>(options());
        if (const auto opened = s->open(m_backend.address(name)); !opened)
            qWarning() << opened.error().message;
        return s;
    }

    QList<QString> codes(const ListQuery &query) {
        QList<QString> out;
        ListQuery q = query;
        for (;;) {
            const auto page = m_store->list(q);
            if (!page) {
                qWarning() << page.error().message;
                return {QStringLiteral("<error>")};
            }
            for (const ListRow &r : page->rows)
                out << r.code;
            if (!page->next)
                return out;
            q.after = page->next;
        }
    }

    // Opens the same database again with other search thresholds, to reach each way of reading a search.
    bool reopenWith(const SearchPlan &plan) {
        const QString path = m_store->path();
        Store::Options o = options();
        o.searchPlan = plan;
        m_store = std::make_unique<Store>(o);
        return m_store->open(path).has_value();
    }

    // Lists the filter sorted by name, received date and MaHoSo, each way, page by page: every expected
    // dossier once, in order; and a jump by offset lands where paging did.
    void checkEveryOrder(const ListFilter &f, const QSet<QString> &expected,
                         const QMap<QString, Dossier> &byCode) {
        for (const QString &column :
             {QStringLiteral("HoVaTen"), QStringLiteral("NgayTiepNhan"), QStringLiteral("MaHoSo")}) {
            for (bool descending : {false, true}) {
                ListQuery q;
                q.filter = f;
                q.sortColumn = column;
                q.descending = descending;
                q.limit = 97;
                const QList<QString> found = codes(q);
                const QString what = f.search + u' ' + column + (descending ? u'-' : u'+');
                QCOMPARE(found.size(), expected.size());
                QVERIFY2((QSet<QString>(found.begin(), found.end()) == expected), qPrintable(what));
                auto key = [&](const QString &code) {
                    const Dossier &d = byCode[code];
                    return column == u"HoVaTen"  ? VietnameseSortKey::of(d.value(DossierField::HoVaTen))
                           : column == u"MaHoSo" ? code
                                                 : StoreSchema::sortKey(d.value(DossierField::NgayTiepNhan));
                };
                for (int i = 1; i < found.size(); ++i)
                    QVERIFY2(descending ? key(found.at(i - 1)) >= key(found.at(i))
                                        : key(found.at(i - 1)) <= key(found.at(i)),
                             qPrintable(what));
                q.offset = 150;
                q.limit = 40;
                const auto jumped = m_store->list(q);
                QVERIFY2(jumped, qPrintable(jumped.error().message));
                QStringList jumpedCodes;
                for (const ListRow &r : jumped->rows)
                    jumpedCodes << r.code;
                QCOMPARE(jumpedCodes, QStringList(found.mid(150, 40)));
            }
        }
    }

    // A dossier of another agency whose address quotes a code of 000.00.15.G07's: a search of a code's words
    // finds it, a search of a code's beginning does not.
    // The `n`th dossier of an agency's day (n from 0), with an ID number of its own.
    static Dossier numberedDossier(const QString &agency, const QDate &day, int n, const QString &name) {
        Dossier d;
        d.setValue(DossierField::MaHoSo, QStringLiteral("%1-%2-%3")
                                             .arg(agency, day.toString(QStringLiteral("yyMMdd")))
                                             .arg(n + 1, 4, 10, QChar(u'0')));
        d.setValue(DossierField::HoVaTen, name);
        d.setValue(DossierField::CMND, QStringLiteral("0011%1").arg(n, 8, 10, QChar(u'0')));
        d.setValue(DossierField::NgayTiepNhan,
                   QStringLiteral("%1 08:00:00").arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
        return d;
    }

    static Dossier mentioningACode(const QString &name) {
        Dossier d;
        d.setValue(DossierField::MaHoSo, QStringLiteral("000.00.99.Z99-240105-0001"));
        d.setValue(DossierField::HoVaTen, name);
        d.setValue(DossierField::HKTT_ChiTiet, QString::fromUtf8("hồ sơ cũ 000.00.15.G07-240105-0001"));
        d.setValue(DossierField::NgayTiepNhan, QStringLiteral("05/01/2024 09:00:00"));
        return d;
    }

    QList<QString> search(const QString &text) {
        ListQuery q;
        q.filter.search = text;
        q.sortColumn = QStringLiteral("MaHoSo");
        q.descending = false;
        return codes(q);
    }

    // What a search finds in a dossier, by hand: every word a whole token of the text but the last, a token's
    // beginning; a word with dots or hyphens, its parts as consecutive tokens.
    static bool searchFinds(const Dossier &d, const QString &typed) {
        auto tokens = [](const QString &text) {
            QStringList out;
            for (const QString &t : SearchText::fold(text).split(
                     QRegularExpression(QStringLiteral("[^0-9a-z]+")), Qt::SkipEmptyParts))
                out << t;
            return out;
        };
        // The fields in the search text's order (StoreSchema::searchFields).
        const QStringList text = tokens(d.value(DossierField::HoVaTen) + u' ' + d.value(DossierField::CMND) +
                                        u' ' + d.code() + u' ' + d.value(DossierField::HKTT_ChiTiet));
        const QStringList words = typed.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype w = 0; w < words.size(); ++w) {
            const QStringList parts = tokens(words.at(w));
            const bool lastWord = w == words.size() - 1;
            bool found = false;
            for (qsizetype at = 0; !found && at + parts.size() <= text.size(); ++at) {
                found = true;
                for (qsizetype p = 0; found && p < parts.size(); ++p) {
                    const bool prefix = lastWord && p == parts.size() - 1;
                    found = prefix ? text.at(at + p).startsWith(parts.at(p)) : text.at(at + p) == parts.at(p);
                }
            }
            if (!found)
                return false;
        }
        return true;
    }

    // Each count of `typed` with each plan, against what searchFinds() finds in `dossiers` and what the list
    // shows.
    void countsMatchByHand(const QMap<QString, Dossier> &dossiers, const QStringList &typed) {
        const SearchPlan ways[] = {{}, {50, 100, 100000}, {5, 100, 100000}};
        for (const SearchPlan &way : ways) {
            QVERIFY(reopenWith(way));
            for (const QString &t : typed) {
                qint64 expected = 0;
                for (const Dossier &d : dossiers)
                    expected += searchFinds(d, t) ? 1 : 0;
                ListFilter f;
                f.search = t;
                const auto n = m_store->count(f);
                QVERIFY2(n, qPrintable(n.error().message));
                QVERIFY2(*n == expected,
                         qPrintable(QStringLiteral("%1: %2, expected %3").arg(t).arg(*n).arg(expected)));
                QCOMPARE(qint64(search(t).size()), expected);
            }
        }
    }

    QString m_lease; // the outbox transitions are made under it

    // The rest of a test is a query plan or a pragma of SQLite's, which PostgreSQL has not.
#define SQLITE_ONLY_FROM_HERE()                                                                              \
    if (m_backend.isServer())                                                                                \
    QSKIP("what follows checks SQLite's own query plan or pragma")

public:
    explicit TestStore(TestStoreBackend &backend)
        : m_backend(backend) {}

    // A conflict: `server1` received, the officer's telephone number `phone` entered, then the server's copy
    // with status 9 received. *mine and *server2 are the two sides; false on a store error.
    bool phoneAgainstStatus(const Dossier &server1, const QString &phone, Dossier *mine, Dossier *server2) {
        *mine = server1;
        mine->setValue(DossierField::SoDienThoai, phone);
        *server2 = server1;
        server2->setValue(DossierField::StatusId, QStringLiteral("9"));
        ChangeSet c;
        c.received << ChangeSet::ReceivedDossier{*server2, StoreSchema::recordJson(server2->fields)};
        return m_store->apply(received({server1})) && m_store->apply(local(*mine)) && m_store->apply(c);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_backend.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init() {
        m_ids = 0;
        m_store = openStore(QStringLiteral("t%1.sqlite").arg(++m_files));
        QVERIFY(m_store->isOpen());
        SyncLease lease = SyncLease::here(QStringLiteral("tst_store"));
        QCOMPARE(m_store->outbox().acquireLease(lease, 365 * 86400).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);
        m_lease = lease.token;
    }

    void cleanup() {
        m_store.reset();
    }

    void open_setsWalForeignKeysBusyTimeoutAndLatestSchema() {
        QVERIFY(!m_store->isReadOnly());
        QCOMPARE(m_store->isServer(), m_backend.isServer());
        if (m_backend.isServer()) {
            QCOMPARE(m_store->schemaVersion(), ServerSchema::latestVersion());
            QCOMPARE(scalar(*m_store, QStringLiteral("SELECT version FROM schema_version")),
                     ServerSchema::latestVersion());
        }
        SQLITE_ONLY_FROM_HERE();
        QCOMPARE(pragma(*m_store, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*m_store, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(*m_store, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
        QCOMPARE(pragma(*m_store, QStringLiteral("user_version")).toInt(), Store::latestSchemaVersion());
        QCOMPARE(m_store->schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(!m_store->isReadOnly());
    }

    void dateKey_isWhatQLocaleWrites() {
        // The sort and range keys of dated fields, written by hand, against QLocale's own formatting.
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        QList<QDateTime> times{QDateTime(),
                               QDateTime(QDate(1000, 1, 1), QTime(0, 0)),
                               QDateTime(QDate(999, 12, 31), QTime(23, 59, 59)),
                               QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999)),
                               QDateTime(QDate(10000, 1, 1), QTime(0, 0)),
                               QDateTime(QDate(-5, 3, 4), QTime(5, 6, 7)),
                               QDateTime(QDate(2024, 2, 29), QTime(12, 0, 1)),
                               QDateTime(QDate(2025, 7, 1), QTime(), Qt::UTC)};
        for (int day = 0; day < 3000; day += 7)
            times << QDateTime(QDate(1990, 1, 1).addDays(day * 5), QTime(day % 24, day % 60, (day * 7) % 60));
        for (const char *wire : {"21/10/2024 23:43:34", "07/07/2004 00:00:00", "2024-10-21 23:13:32",
                                 "01/01/1900", "31/12/2099 23:59:59.123"})
            times << WireDate::parse(QString::fromLatin1(wire)).dateTime();
        for (const QDateTime &t : std::as_const(times))
            QCOMPARE(StoreSchema::dateKey(t), QLocale::c().toString(t, format));
    }

    void isoTime_isWhatQDateTimeWrites() {
        // The times every written row carries, written by hand, against Qt's own ISO form in UTC.
        const QTimeZone hanoi(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        QList<QDateTime> times{QDateTime(),
                               QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 1), Qt::UTC),
                               QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(2026, 1, 1), QTime(3, 4, 5, 60), hanoi),
                               QDateTime(QDate(2024, 2, 29), QTime(12, 0, 1, 7), Qt::OffsetFromUTC, -3600),
                               QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::LocalTime)};
        for (int step = 0; step < 3000; step += 7)
            times << QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(qint64(step) * 987'654'321);
        for (const QDateTime &t : std::as_const(times))
            QCOMPARE(StoreSchema::isoTime(t), t.toUTC().toString(Qt::ISODateWithMs));
    }

    void schema_hasAColumnForEveryFieldOfEveryTable() {
        const QList<std::pair<QString, const FieldTable *>> tables = {
            {QStringLiteral("dossiers"), &FieldTable::dossier()},
            {QStringLiteral("documents"), &FieldTable::submittedDocument()},
            {QStringLiteral("result_papers"), &FieldTable::resultPaper()},
            {QStringLiteral("steps"), &FieldTable::progress()},
        };
        for (const auto &[name, table] : tables) {
            const QSqlRecord rec = m_store->database().record(name);
            for (const FieldSpec &f : table->fields()) {
                QVERIFY2(rec.indexOf(StoreSchema::fieldColumn(f)) >= 0, qPrintable(name + u' ' + f.wireName));
                if (StoreSchema::hasKeyColumn(f))
                    QVERIFY(rec.indexOf(StoreSchema::keyColumn(f)) >= 0);
            }
        }
    }

    void receive_sameCodeAgainUpdatesNeverDuplicates() {
        const Dossier first = m_data.dossier(1, 0);
        auto r = m_store->apply(received({first}));
        QVERIFY(r);
        QCOMPARE(r->received, QList<ChangeOutcome>{ChangeOutcome::Created});
        r = m_store->apply(received({first}));
        QVERIFY(r);
        QCOMPARE(r->received, QList<ChangeOutcome>{ChangeOutcome::Unchanged});

        const Dossier second = m_data.dossier(1, 3); // same MaHoSo, other unit and documents
        QVERIFY(TestDossiers::documentCount(1, 0) != TestDossiers::documentCount(1, 3));
        r = m_store->apply(received({second}));
        QVERIFY(r);
        QCOMPARE(r->received, QList<ChangeOutcome>{ChangeOutcome::Updated});

        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM dossiers")), 1);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM documents")),
                 TestDossiers::documentCount(1, 3));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM dossier_search")), 1);
        const auto stored = m_store->dossier(first.code());
        QVERIFY(stored);
        QCOMPARE(stored->dossier, second);
        QCOMPARE(stored->syncState, SyncState::Synced);
        QVERIFY(!stored->hasLocalEdits);
    }

    void receive_codeWithSpacesIsTheSameDossier() {
        Dossier d = m_data.dossier(2);
        QVERIFY(m_store->apply(received({d})));
        d.setValue(DossierField::MaHoSo, QStringLiteral("  ") + d.code() + QStringLiteral(" "));
        d.setValue(DossierField::StatusId, QStringLiteral("9"));
        const auto r = m_store->apply(received({d}));
        QVERIFY(r);
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Updated);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM dossiers")), 1);
    }

    void receive_keepsTheServersJsonVerbatim() {
        const Dossier d = m_data.dossier(3);
        const QByteArray json = "{ \"maHoSo\" : \"" + d.code().toUtf8() + "\", \"hoVaTen\": null, \"x\": 1 }";
        ChangeSet c;
        c.received << ChangeSet::ReceivedDossier{d, json};
        QVERIFY(m_store->apply(c));
        QCOMPARE(m_store->dossier(d.code())->serverJson, json);
    }

    void readBack_isWhatWasStored_nullsEmptyExtrasAndChildren() {
        Dossier d = m_data.dossier(4);
        d.setValue(DossierField::Email, QString());                // absent
        d.setValue(DossierField::SoDienThoai, QStringLiteral("")); // present but empty
        d.fields.setExtra(QStringLiteral("certificateType"), QJsonValue(QJsonValue::Null));
        d.fields.setExtra(QStringLiteral("phongBan"), QJsonObject{{QStringLiteral("a"), 1}});
        Record paper(FieldTable::resultPaper());
        paper.setValue(int(ResultPaperField::TenGiayTo), QString::fromUtf8("Quyết định trợ cấp"));
        paper.setExtra(QStringLiteral("soQuyetDinh"), QStringLiteral("12/QĐ-UBND"));
        d.extent.resultPapers << paper;
        d.extent.hasResultList = true;
        QVERIFY(m_store->apply(local(d)));
        const auto stored = m_store->dossier(d.code());
        QVERIFY(stored);
        QVERIFY(stored->dossier.value(DossierField::Email).isNull());
        QVERIFY(!stored->dossier.value(DossierField::SoDienThoai).isNull());
        QCOMPARE(stored->dossier.fields.extras(), d.fields.extras());
        QCOMPARE(stored->dossier, d);
    }

    void local_validIsQueuedWithAStableIdempotencyKey() {
        const Dossier d = m_data.dossier(5);
        auto r = m_store->apply(local(d));
        QVERIFY(r);
        QCOMPARE(r->local.constFirst(), ChangeOutcome::Created);
        auto stored = m_store->dossier(d.code());
        QCOMPARE(stored->syncState, SyncState::Ready);
        QVERIFY(stored->hasLocalEdits);
        auto outbox = m_store->outbox().entriesOf(d.code());
        QVERIFY(outbox);
        QCOMPARE(outbox->size(), 1);
        QCOMPARE(outbox->constFirst().kind, OutboxEntry::Kind::NewDossier);
        QCOMPARE(outbox->constFirst().state, OutboxEntry::State::Pending);
        const QString key = outbox->constFirst().idempotencyKey;
        QVERIFY(!key.isEmpty());

        // Edited again before it went out: still one push, same key.
        Dossier edited = d;
        edited.setValue(DossierField::SoDienThoai, QStringLiteral("0912345678"));
        QVERIFY(m_store->apply(local(edited)));
        outbox = m_store->outbox().entriesOf(d.code());
        QCOMPARE(outbox->size(), 1);
        QCOMPARE(outbox->constFirst().idempotencyKey, key);

        // A final result goes in its own entry.
        Dossier result = edited;
        result.setValue(DossierField::LoaiDuLieu, QStringLiteral("100"));
        QVERIFY(m_store->apply(local(result)));
        outbox = m_store->outbox().entriesOf(d.code());
        QCOMPARE(outbox->size(), 2);
        QCOMPARE(outbox->at(1).kind, OutboxEntry::Kind::FinalResult);
        QVERIFY(outbox->at(1).idempotencyKey != key);
    }

    void local_invalidIsADraftWithItsProblemsAndNotQueued() {
        Dossier d = m_data.dossier(6);
        d.setValue(DossierField::HoVaTen, QString());
        const auto r =
            m_store->apply(local(d, {error(QStringLiteral("HoVaTen"), QStringLiteral("required"))}));
        QVERIFY(r);
        auto stored = m_store->dossier(d.code());
        QCOMPARE(stored->syncState, SyncState::Draft);
        QCOMPARE(stored->problems.size(), 1);
        QCOMPARE(stored->problems.constFirst().field, QStringLiteral("HoVaTen"));
        QVERIFY(stored->problems.constFirst().isError());
        QCOMPARE(m_store->outbox().entriesOf(d.code())->size(), 0);

        // Fixed: ready and queued; broken again: back to draft and the unsent push is withdrawn.
        QVERIFY(m_store->apply(local(m_data.dossier(6))));
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Ready);
        QVERIFY(m_store->dossier(d.code())->problems.isEmpty());
        QCOMPARE(m_store->outbox().entriesOf(d.code())->size(), 1);
        QVERIFY(m_store->apply(local(d, {error(QStringLiteral("HoVaTen"), QStringLiteral("required"))})));
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Draft);
        QCOMPARE(m_store->outbox().entriesOf(d.code())->size(), 0);
    }

    void local_everyChangedFieldIsAudited() {
        const Dossier d = m_data.dossier(7);
        QVERIFY(m_store->apply(received({d})));
        QCOMPARE(m_store->reader().auditTrail(d.code())->size(),
                 0); // the server's copy is not a local change
        m_clock.now = m_clock.now.addSecs(60);
        Dossier edited = d;
        edited.setValue(DossierField::SoDienThoai, QStringLiteral("0988000111"));
        edited.setValue(DossierField::Email, QString());
        QVERIFY(m_store->apply(local(edited)));
        const auto trail = m_store->reader().auditTrail(d.code());
        QVERIFY(trail);
        QCOMPARE(trail->size(), 2);
        const AuditEntry &phone = trail->at(0).field == u"SoDienThoai" ? trail->at(0) : trail->at(1);
        const AuditEntry &email = trail->at(0).field == u"Email" ? trail->at(0) : trail->at(1);
        QCOMPARE(phone.who, QStringLiteral("canbo.xa"));
        QCOMPARE(phone.at, m_clock.now);
        QCOMPARE(phone.entity, QStringLiteral("dossier"));
        QCOMPARE(phone.oldValue, d.value(DossierField::SoDienThoai));
        QCOMPARE(phone.newValue, QStringLiteral("0988000111"));
        QCOMPARE(email.oldValue, d.value(DossierField::Email));
        QVERIFY(email.newValue.isNull());
        // Saving the same again changes nothing and audits nothing.
        const auto r = m_store->apply(local(edited));
        QCOMPARE(r->local.constFirst(), ChangeOutcome::Unchanged);
        QCOMPARE(m_store->reader().auditTrail(d.code())->size(), 2);
    }

    void apply_removingADocumentIsAudited() {
        const Dossier d = m_data.dossier(15);
        QVERIFY(d.extent.documents.size() >= 3);
        QVERIFY(m_store->apply(received({d})));
        m_clock.now = m_clock.now.addSecs(60);
        Dossier edited = d;
        ExtentData fewer = edited.extent;
        const Record removed = fewer.documents.takeAt(1); // the second of several
        edited.setExtent(fewer);
        const auto r = m_store->apply(local(edited));
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r->local.constFirst(), ChangeOutcome::Updated);
        QCOMPARE(m_store->dossier(d.code())->dossier.extent.documents, edited.extent.documents);

        const auto trail = m_store->reader().auditTrail(d.code());
        QVERIFY(trail);
        QList<AuditEntry> documents;
        for (const AuditEntry &e : *trail)
            if (e.entity.startsWith(QStringLiteral("document")))
                documents << e;
        // One entry, for the item that went, not a rewrite of every document after it.
        QCOMPARE(documents.size(), 1);
        const AuditEntry &gone = documents.constFirst();
        QCOMPARE(gone.entity, QStringLiteral("document 2"));
        QCOMPARE(gone.field, QStringLiteral("TaiLieuNop"));
        QCOMPARE(gone.who, QStringLiteral("canbo.xa"));
        QCOMPARE(gone.at, m_clock.now);
        QVERIFY(gone.newValue.isNull());
        QVERIFY2(gone.oldValue.contains(removed.value(int(DocumentField::TenTepDinhKem))),
                 qPrintable(gone.oldValue));
        QVERIFY(gone.oldValue.contains(removed.value(int(DocumentField::TepDinhKemId))));
    }

    void apply_removingAResultPaperAndTheLastDocumentsIsAudited() {
        Dossier d = m_data.dossier(16);
        for (const QString &name : {QStringLiteral("Quyết định 1"), QStringLiteral("Quyết định 2")}) {
            Record paper(FieldTable::resultPaper());
            paper.setValue(int(ResultPaperField::TenGiayTo), name);
            d.extent.resultPapers << paper;
        }
        d.extent.hasResultList = true;
        QVERIFY(m_store->apply(local(d)));
        const qsizetype before = m_store->reader().auditTrail(d.code())->size();
        Dossier edited = d;
        edited.extent.resultPapers.removeFirst();
        const qsizetype documents = edited.extent.documents.size();
        edited.extent.documents.remove(documents - 2, 2); // the last two
        const auto applied = m_store->apply(local(edited));
        QVERIFY2(applied, qPrintable(applied.error().message));
        QCOMPARE(m_store->dossier(d.code())->dossier, edited);

        const QList<AuditEntry> trail = m_store->reader().auditTrail(d.code())->mid(before);
        QStringList entities;
        for (const AuditEntry &e : trail)
            entities << e.entity;
        entities.sort();
        QCOMPARE(entities, (QStringList{QStringLiteral("document %1").arg(documents - 1),
                                        QStringLiteral("document %1").arg(documents),
                                        QStringLiteral("result paper 1")}));
        for (const AuditEntry &e : trail) {
            QCOMPARE(e.field, e.entity.startsWith(u"result") ? QStringLiteral("GiayToKetQua")
                                                             : QStringLiteral("TaiLieuNop"));
            QVERIFY(!e.oldValue.isEmpty());
            QVERIFY(e.newValue.isNull());
            if (e.entity == u"result paper 1") {
                QVERIFY2(e.oldValue.contains(QStringLiteral("Quyết định 1")), qPrintable(e.oldValue));
                QVERIFY(!e.oldValue.contains(QStringLiteral("Quyết định 2")));
            }
        }
    }

    void conflict_keepsBothVersionsUntilSomeoneChooses() {
        const Dossier server1 = m_data.dossier(8);
        QVERIFY(m_store->apply(received({server1})));
        Dossier mine = server1;
        mine.setValue(DossierField::HKTT_ChiTiet, QString::fromUtf8("Số 5, phố mới"));
        QVERIFY(m_store->apply(local(mine)));
        Dossier server2 = server1;
        server2.setValue(DossierField::StatusId, QStringLiteral("4"));
        ChangeSet c;
        c.received << ChangeSet::ReceivedDossier{server2, StoreSchema::recordJson(server2.fields)};
        auto r = m_store->apply(c);
        QVERIFY(r);
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Conflict);
        auto stored = m_store->dossier(mine.code());
        QCOMPARE(stored->syncState, SyncState::Conflict);
        QCOMPARE(stored->dossier.value(DossierField::HKTT_ChiTiet), mine.value(DossierField::HKTT_ChiTiet));
        QCOMPARE(stored->serverJson, StoreSchema::recordJson(server2.fields));
        // The same server copy again is not news.
        r = m_store->apply(c);
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Unchanged);
        // Editing during a conflict keeps the conflict.
        mine.setValue(DossierField::SoDienThoai, QStringLiteral("0911111111"));
        QVERIFY(m_store->apply(local(mine)));
        QCOMPARE(m_store->dossier(mine.code())->syncState, SyncState::Conflict);

        QVERIFY(m_store->resolveConflict(mine.code(), Store::ConflictChoice::KeepLocal));
        stored = m_store->dossier(mine.code());
        QCOMPARE(stored->syncState, SyncState::Ready);
        QCOMPARE(stored->dossier, mine);
        const auto resolved = m_store->resolveConflict(mine.code(), Store::ConflictChoice::KeepLocal);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().kind, StoreError::Kind::Invalid);
    }

    void conflict_takeServerRestoresTheServersCopy() {
        const Dossier server1 = m_data.dossier(9);
        Dossier mine, server2;
        QVERIFY(phoneAgainstStatus(server1, QStringLiteral("0900000000"), &mine, &server2));
        QVERIFY(m_store->resolveConflict(mine.code(), Store::ConflictChoice::TakeServer));
        const auto stored = m_store->dossier(mine.code());
        QCOMPARE(stored->syncState, SyncState::Synced);
        QVERIFY(!stored->hasLocalEdits);
        QCOMPARE(stored->dossier.value(DossierField::StatusId), QStringLiteral("9"));
        QCOMPARE(stored->dossier.value(DossierField::SoDienThoai), server1.value(DossierField::SoDienThoai));
        const auto outbox = m_store->outbox().entriesOf(mine.code());
        QVERIFY(outbox);
        for (const OutboxEntry &e : *outbox)
            QVERIFY(e.state != OutboxEntry::State::Pending);
    }

    void conflict_mergedChoiceIsOneWrite_aFailedMergeLeavesTheConflictAsItWas() {
        Dossier mine, server2;
        QVERIFY(phoneAgainstStatus(m_data.dossier(11), QStringLiteral("0912345678"), &mine, &server2));
        QCOMPARE(m_store->dossier(mine.code())->syncState, SyncState::Conflict);
        // The officer's telephone number over the server's status.
        Dossier merged = server2;
        merged.setValue(DossierField::SoDienThoai, mine.value(DossierField::SoDienThoai));

        // The merge fails (it was made from a version no longer stored): nothing of the choice is written.
        ChangeSet::LocalDossier stale{merged, {}, QStringLiteral("not-a-stored-version")};
        const StoreResult<void> refused =
            m_store->resolveConflict(mine.code(), Store::ConflictChoice::TakeServer, stale);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Stale);
        auto stored = m_store->dossier(mine.code());
        QCOMPARE(stored->syncState, SyncState::Conflict);
        QCOMPARE(stored->dossier, mine);
        QCOMPARE(stored->serverJson, StoreSchema::recordJson(server2.fields));
        // Nor with the other choice or another code.
        ChangeSet::LocalDossier other{m_data.dossier(12), {}};
        QCOMPARE(m_store->resolveConflict(mine.code(), Store::ConflictChoice::TakeServer, other).error().kind,
                 StoreError::Kind::Invalid);
        QCOMPARE(m_store
                     ->resolveConflict(mine.code(), Store::ConflictChoice::KeepLocal,
                                       ChangeSet::LocalDossier{merged, {}})
                     .error()
                     .kind,
                 StoreError::Kind::Invalid);
        QCOMPARE(m_store->dossier(mine.code())->syncState, SyncState::Conflict);

        QVERIFY(m_store->resolveConflict(mine.code(), Store::ConflictChoice::TakeServer,
                                         ChangeSet::LocalDossier{merged, {}}));
        stored = m_store->dossier(mine.code());
        QCOMPARE(stored->dossier, merged);
        QCOMPARE(stored->syncState, SyncState::Ready);
        QVERIFY(stored->hasLocalEdits);
        QCOMPARE(stored->serverJson, StoreSchema::recordJson(server2.fields));
        const auto outbox = m_store->outbox().entriesOf(mine.code());
        QVERIFY(outbox);
        QVERIFY(std::any_of(outbox->cbegin(), outbox->cend(),
                            [](const OutboxEntry &e) { return e.state == OutboxEntry::State::Pending; }));
    }

    void receive_serverEchoOfOurEditsMarksSynced() {
        const Dossier d = m_data.dossier(10);
        QVERIFY(m_store->apply(local(d)));
        const auto r = m_store->apply(received({d}));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Updated);
        const auto stored = m_store->dossier(d.code());
        QCOMPARE(stored->syncState, SyncState::Synced);
        QVERIFY(!stored->hasLocalEdits);
        QCOMPARE(m_store->outbox().entriesOf(d.code())->size(), 0);
    }

    void outbox_retriesThenSucceeds() {
        const Dossier d = m_data.dossier(11);
        QVERIFY(m_store->apply(local(d)));
        auto due = *m_store->outbox().due(m_clock.now);
        QCOMPARE(due.size(), 1);
        const qint64 id = due.constFirst().id;
        QVERIFY(m_store->outbox().markSent(id, m_lease));
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Sent);
        QCOMPARE(m_store->outbox().due(m_clock.now)->size(), 0);

        const QDateTime retryAt = m_clock.now.addSecs(300);
        QVERIFY(m_store->outbox().markPushFailed(id, m_lease, QStringLiteral("timeout"), retryAt, false));
        QCOMPARE(m_store->outbox().due(m_clock.now)->size(), 0);
        due = *m_store->outbox().due(retryAt);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().attempts, 1);
        QCOMPARE(due.constFirst().lastMessage, QStringLiteral("timeout"));
        QCOMPARE(due.constFirst().nextAttemptAt, retryAt);

        QVERIFY(m_store->outbox().markSent(id, m_lease));
        QVERIFY(m_store->outbox().markPushed(id, m_lease, QStringLiteral("OK")));
        const auto stored = m_store->dossier(d.code());
        QCOMPARE(stored->syncState, SyncState::Synced);
        QCOMPARE(m_store->outbox().entriesOf(d.code())->constFirst().attempts, 2);
        QCOMPARE(m_store->outbox().entriesOf(d.code())->constFirst().state, OutboxEntry::State::Done);
    }

    void outbox_permanentRefusalKeepsTheServersMessage() {
        const Dossier d = m_data.dossier(12);
        QVERIFY(m_store->apply(local(d)));
        const qint64 id = m_store->outbox().due(m_clock.now)->constFirst().id;
        QVERIFY(m_store->outbox().markSent(id, m_lease));
        QVERIFY(m_store->outbox().markPushFailed(id, m_lease, QString::fromUtf8("Mã hồ sơ đã tồn tại"), {},
                                                 true));
        const auto stored = m_store->dossier(d.code());
        QCOMPARE(stored->syncState, SyncState::Failed);
        QCOMPARE(stored->lastMessage, QString::fromUtf8("Mã hồ sơ đã tồn tại"));
        QCOMPARE(m_store->outbox().due(m_clock.now.addDays(1))->size(), 0);
        const auto unknown = m_store->outbox().markSent(999999, m_lease);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, StoreError::Kind::NotFound);
    }

    void steps_receivedTwiceStoredOnceInTimeOrder() {
        const QList<ProcessingStep> steps = m_data.steps(13);
        ChangeSet c;
        for (qsizetype i = steps.size(); i-- > 0;) // arrive newest first
            c.receivedSteps << ChangeSet::ReceivedStep{steps.at(i), {}};
        auto r = m_store->apply(c);
        QVERIFY(r);
        QCOMPARE(r->receivedSteps.count(ChangeOutcome::Created), steps.size());
        r = m_store->apply(c);
        QCOMPARE(r->receivedSteps.count(ChangeOutcome::Unchanged), steps.size());
        const auto stored = m_store->steps(TestDossiers::code(13));
        QVERIFY(stored);
        QCOMPARE(stored->size(), steps.size());
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(stored->at(i).step, steps.at(i));
    }

    void steps_localValidQueuedInvalidDraft() {
        const QList<ProcessingStep> steps = m_data.steps(14);
        ChangeSet c;
        c.localSteps << ChangeSet::LocalStep{steps.at(0), {}};
        c.localSteps << ChangeSet::LocalStep{steps.at(1),
                                             {error(QStringLiteral("NoiDungXuLy"), QStringLiteral("x"))}};
        QVERIFY(m_store->apply(c));
        const auto stored = m_store->steps(TestDossiers::code(14));
        QCOMPARE(stored->size(), 2);
        QVERIFY(stored->at(0).local);
        QCOMPARE(stored->at(0).syncState, SyncState::Ready);
        QCOMPARE(stored->at(1).syncState, SyncState::Draft);
        const auto outbox = m_store->outbox().entriesOf(TestDossiers::code(14));
        QCOMPARE(outbox->size(), 1);
        QCOMPARE(outbox->constFirst().kind, OutboxEntry::Kind::Progress);
        QCOMPARE(outbox->constFirst().stepId, stored->at(0).id);
    }

    void apply_isAllOrNothing() {
        ChangeSet c = received({m_data.dossier(20), m_data.dossier(21)});
        Dossier bad = m_data.dossier(22);
        bad.setValue(DossierField::MaHoSo, QStringLiteral("  "));
        c.received << ChangeSet::ReceivedDossier{bad, {}};
        const auto applied = m_store->apply(c);
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, StoreError::Kind::Invalid);
        QVERIFY(applied.error().message.contains(QStringLiteral("MaHoSo")));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM dossiers")), 0);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM documents")), 0);
    }

    void values_areBoundNeverSpliced() {
        Dossier d = m_data.dossier(23);
        const QString nasty = QStringLiteral("x'); DROP TABLE dossiers; --\"");
        d.setValue(DossierField::HoVaTen, nasty);
        QVERIFY(m_store->apply(received({d})));
        QCOMPARE(m_store->dossier(d.code())->dossier.value(DossierField::HoVaTen), nasty);
        QCOMPARE(search(nasty), QList<QString>{d.code()});
        QCOMPARE(search(QStringLiteral("\" OR 1=1 --")).size(), 0);
    }

    void search_isAccentAndCaseInsensitive() {
        Dossier a = m_data.dossier(30);
        a.setValue(DossierField::HoVaTen, QString::fromUtf8("NGUYỄN HOÀNG LONG"));
        Dossier b = m_data.dossier(31);
        b.setValue(DossierField::HoVaTen, QString::fromUtf8("Đặng Thị Hà"));
        b.setValue(DossierField::CMND, QStringLiteral("011223344556"));
        Dossier c = m_data.dossier(32);
        c.setValue(DossierField::HoVaTen, QString::fromUtf8("Nguyễn Văn An"));
        c.setValue(DossierField::HKTT_ChiTiet, QString::fromUtf8("Bản Phiêng Lơi, xã Mường Phăng"));
        c.setValue(DossierField::NOHT_ChiTiet, QString());
        a.setValue(DossierField::HKTT_ChiTiet, QStringLiteral("12"));
        b.setValue(DossierField::HKTT_ChiTiet, QStringLiteral("12"));
        for (Dossier *d : {&a, &b}) {
            d->setValue(DossierField::HKTT_MaThon, QString());
            d->setValue(DossierField::NOHT_MaThon, QString());
            d->setValue(DossierField::NOHT_ChiTiet, QString());
        }
        c.setValue(DossierField::HKTT_MaThon, QString());
        c.setValue(DossierField::NOHT_MaThon, QString());
        QVERIFY(m_store->apply(received({a, b, c})));

        QCOMPARE(search(QStringLiteral("nguyen hoang long")), QList<QString>{a.code()});
        QCOMPARE(search(QStringLiteral("Nguyễn hoàng")), QList<QString>{a.code()});
        QCOMPARE(search(QStringLiteral("dang")), QList<QString>{b.code()});
        QCOMPARE(search(QStringLiteral("ĐẶNG")), QList<QString>{b.code()});
        QCOMPARE(search(QStringLiteral("nguyen")), (QList<QString>{a.code(), c.code()}));
        QCOMPARE(search(QStringLiteral("0112233")), QList<QString>{b.code()});     // CMND prefix
        QCOMPARE(search(QStringLiteral("muong phang")), QList<QString>{c.code()}); // address
        QCOMPARE(search(a.code()), QList<QString>{a.code()});                      // MaHoSo
        QCOMPARE(search(QStringLiteral("tran")).size(), 0);
    }

    void search_matchingThousands_givesTheSameRowsInSortOrder() {
        const int wide = 2000;
        ChangeSet c;
        for (int i = 0; i < wide + 200; ++i) {
            Dossier d;
            d.setValue(DossierField::MaHoSo, TestDossiers::code(5000 + i));
            d.setValue(DossierField::HoVaTen,
                       i % 2 ? QString::fromUtf8("Nguyễn Văn Hùng") : QStringLiteral("Lo Van Son"));
            d.setValue(DossierField::NgayTiepNhan,
                       QStringLiteral("%1/01/2024 08:00:00").arg(1 + (i * 7) % 28, 2, 10, QChar(u'0')));
            c.received << ChangeSet::ReceivedDossier{d, {}};
        }
        QVERIFY(m_store->apply(c));
        ListQuery q;
        q.filter.search = QStringLiteral("nguyen");
        q.sortColumn = QStringLiteral("NgayTiepNhan");
        q.limit = 100;
        const QList<QString> found = codes(q);
        QCOMPARE(found.size(), wide / 2 + 100);
        QList<QString> expected;
        for (int i = 1; i < wide + 200; i += 2)
            expected << TestDossiers::code(5000 + i);
        QCOMPARE(QSet<QString>(found.begin(), found.end()), QSet<QString>(expected.begin(), expected.end()));
        ListQuery all = q;
        all.limit = 1000;
        const auto page = m_store->list(all);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 1000);
        for (int i = 1; i < page->rows.size(); ++i)
            QVERIFY(
                StoreSchema::sortKey(page->rows.at(i - 1).fields.value(int(DossierField::NgayTiepNhan))) >=
                StoreSchema::sortKey(page->rows.at(i).fields.value(int(DossierField::NgayTiepNhan))));
        // The gathered set's plan really walks the sort index.
        SQLITE_ONLY_FROM_HERE();
        QSqlQuery plan(m_store->database());
        QVERIFY(
            plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM dossiers WHERE +id IN (SELECT rowid "
                                     "FROM dossier_search WHERE dossier_search MATCH 'nguyen') ORDER BY "
                                     "k_NgayTiepNhan DESC, id DESC LIMIT 51")));
        QString text;
        while (plan.next())
            text += plan.value(3).toString() + u'\n';
        QVERIFY2(text.contains(QStringLiteral("dossiers_received")) &&
                     !text.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(text));
    }

    void interrupt_stopsAReadRunningInAnotherThread() {
        // The case list's worker reads on a store of its own, in its own thread; the GUI thread stops a read
        // whose answer is no longer wanted.
        const QString path = m_store->path();
        std::mutex lock;
        Store *reader = nullptr;
        std::atomic<bool> running{false};
        StoreError stopped;
        bool readsAfterwards = false;
        QThread *thread = QThread::create([&] {
            Store store(options());
            if (!store.open(path))
                return;
            {
                const std::lock_guard<std::mutex> guard(lock);
                reader = &store;
            }
            QSqlQuery q(store.database());
            running = true;
            // Counts for ever unless stopped.
            QString unused;
            if (!q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                       "SELECT count(*) FROM c")))
                stopped =
                    m_backend.isServer()
                        ? ServerConnection::classify(q.lastError(), DatabaseLocation::parse(path, &unused))
                        : StoreError::fromSql(q.lastError(), path);
            q.finish();
            readsAfterwards = store.list(ListQuery()).has_value() && store.count(ListFilter()).has_value();
            const std::lock_guard<std::mutex> guard(lock);
            reader = nullptr;
        });
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(running.load(), 10000);
        QTest::qWait(100);
        {
            const std::lock_guard<std::mutex> guard(lock);
            QVERIFY(reader);
            reader->interrupt();
        }
        QVERIFY(thread->wait(20000));
        delete thread;
        QCOMPARE(StoreError::kindName(stopped.kind), QStringLiteral("interrupted"));
        QVERIFY(readsAfterwards); // the next read on the same connection runs as usual
        m_store->interrupt();     // nothing running: nothing happens
        QVERIFY(m_store->list(ListQuery()));
    }

    void search_usesTheIndexNotAScan() {
        SQLITE_ONLY_FROM_HERE();
        QSqlQuery q(m_store->database());
        QVERIFY(
            q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM dossiers WHERE id IN (SELECT rowid FROM "
                                  "dossier_search WHERE dossier_search MATCH '\"nguyen\"*') ORDER BY code "
                                  "LIMIT 50")));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("VIRTUAL TABLE INDEX")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SCAN dossier_search")) ||
                     text.contains(QStringLiteral("INDEX")),
                 qPrintable(text));
    }

    // 03127 is Phường Him Lam before 1 July 2025 and Phường Điện Biên Phủ from then: an area filter tied to a
    // list finds only the dossiers of its own side of the reform, and nothing maps one to the other.
    void list_areaFilter_byTodaysUnitsAndYesterdays() {
        QList<Dossier> mix;
        const QStringList dates = {
            QStringLiteral("10/05/2023 09:00:00"), QStringLiteral("30/06/2025 16:00:00"),
            QStringLiteral("01/07/2025 08:00:00"), QStringLiteral("15/08/2026 09:00:00")};
        for (int i = 0; i < dates.size(); ++i) {
            Dossier d = m_data.dossier(500 + i);
            d.setValue(DossierField::NgayTiepNhan, dates.at(i));
            d.setValue(DossierField::MaTinh, QStringLiteral("11"));
            d.setValue(DossierField::MaHuyen, i < 2 ? QStringLiteral("094") : QStringLiteral(""));
            d.setValue(DossierField::MaXa, QStringLiteral("03127"));
            mix << d;
        }
        QVERIFY(m_store->apply(received(mix)));
        auto listed = [&](const ListFilter &f) {
            ListQuery q;
            q.filter = f;
            q.sortColumn = QStringLiteral("MaHoSo");
            q.descending = false;
            return codes(q);
        };
        const QList<QString> pre{mix.at(0).code(), mix.at(1).code()};
        const QList<QString> post{mix.at(2).code(), mix.at(3).code()};
        ListFilter f;
        f.commune = QStringLiteral("03127");
        f.areaList = GsoList::Units2025;
        QCOMPARE(listed(f), post);
        QCOMPARE(*m_store->count(f), qint64(2));
        f.areaList = GsoList::Units2024;
        QCOMPARE(listed(f), pre);
        f = {};
        f.areaList = GsoList::Units2024; // the whole pre-reform period
        QVERIFY(listed(f).contains(pre.at(0)) && !listed(f).contains(post.at(0)));
        f = {};
        f.province = QStringLiteral("11");
        f.areaList = GsoList::Units2025;
        QCOMPARE(listed(f), post);
        // Nothing was rewritten: every dossier keeps its own codes.
        for (const Dossier &d : std::as_const(mix)) {
            const StoreResult<StoredDossier> stored = m_store->dossier(d.code());
            QVERIFY(stored);
            QCOMPARE(stored->dossier.value(DossierField::MaHuyen), d.value(DossierField::MaHuyen));
            QCOMPARE(stored->dossier.value(DossierField::MaXa), QStringLiteral("03127"));
        }
    }

    void list_filtersByStatusProcedureAreaSyncStateDatesAndOverdue() {
        QList<Dossier> all;
        for (int i = 100; i < 160; ++i)
            all << m_data.dossier(i);
        QVERIFY(m_store->apply(received(all)));
        QVERIFY(m_store->apply(local(m_data.dossier(160))));

        auto expected = [&](auto predicate) {
            QList<QString> out;
            for (const Dossier &d : std::as_const(all))
                if (predicate(d))
                    out << d.code();
            std::sort(out.begin(), out.end());
            return out;
        };
        auto listed = [&](const ListFilter &f) {
            ListQuery q;
            q.filter = f;
            q.sortColumn = QStringLiteral("MaHoSo");
            q.descending = false;
            q.limit = 7; // several pages
            return codes(q);
        };

        ListFilter f;
        f.statuses = {QStringLiteral("4"), QStringLiteral("5")};
        QCOMPARE(listed(f), expected([](const Dossier &d) {
                     return d.value(DossierField::StatusId) == u"4" ||
                            d.value(DossierField::StatusId) == u"5";
                 }));
        QCOMPARE(*m_store->count(f), qint64(listed(f).size()));

        f = {};
        f.procedure = QStringLiteral("1.001776");
        f.province = QStringLiteral("11");
        QCOMPARE(listed(f), expected([](const Dossier &d) {
                     return d.value(DossierField::MaTTHC) == u"1.001776" &&
                            d.value(DossierField::MaTinh) == u"11";
                 }));
        f = {};
        f.commune = QStringLiteral("03127");
        QCOMPARE(listed(f),
                 expected([](const Dossier &d) { return d.value(DossierField::MaXa) == u"03127"; }));

        f = {};
        f.syncStates = {SyncState::Ready};
        QCOMPARE(listed(f), QList<QString>{TestDossiers::code(160)});

        // Received dates: dossier i is received i*37 s after the base time, so all on 2023-01-02.
        f = {};
        f.from = QDate(2023, 1, 2);
        f.to = QDate(2023, 1, 2);
        QCOMPARE(listed(f).size(), 61);
        f.from = QDate(2023, 1, 3);
        f.to = {};
        QCOMPARE(listed(f).size(), 0);

        // Overdue: a step whose legal deadline has passed, on an unfinished dossier.
        Dossier open = all.at(0);
        QVERIFY(!DossierStatus::isFinished(open.value(DossierField::StatusId)) ||
                (open = all.at(1), !DossierStatus::isFinished(open.value(DossierField::StatusId))));
        ProcessingStep late = m_data.steps(0).constFirst();
        late.setValue(ProgressField::MaHoSo, open.code());
        late.setValue(ProgressField::NgayKetThucTheoQuyDinh, QStringLiteral("01/01/2024 17:00:00"));
        ChangeSet c;
        c.receivedSteps << ChangeSet::ReceivedStep{late, {}};
        QVERIFY(m_store->apply(c));
        f = {};
        f.deadline = DeadlineFilter::Overdue;
        const QList<QString> overdue = listed(f);
        QVERIFY(overdue.contains(open.code()));
        QCOMPARE(m_store->dossier(open.code())->deadline, QStringLiteral("2024-01-01 17:00:00"));
        QCOMPARE(m_store->dossier(open.code())->due.due, QDate(2024, 1, 1));
        QCOMPARE(m_store->dossier(open.code())->due.source, DeadlineSource::Gateway);
        // The list's filter (SQL) and each dossier's own deadline (read back) agree on every dossier.
        QCOMPARE(overdue, expected([&](const Dossier &d) {
                     return m_store->dossier(d.code())->due.outcome(QDate::currentDate()) ==
                            DeadlineOutcome::Overdue;
                 }));
    }

    void list_sortsByAnyColumnAndPagesWithoutGapsOrRepeats() {
        QList<Dossier> all;
        for (int i = 200; i < 275; ++i)
            all << m_data.dossier(i);
        all[3].setValue(DossierField::HoVaTen, QString()); // a null in the sort column
        all[9].setValue(DossierField::HoVaTen, QString());
        QVERIFY(m_store->apply(received(all)));
        for (const QString &column :
             {QStringLiteral("HoVaTen"), QStringLiteral("NgayTiepNhan"), QStringLiteral("StatusId"),
              QStringLiteral("sync_state"), QStringLiteral("deadline"), QStringLiteral("SoDienThoai")}) {
            for (bool descending : {false, true}) {
                ListQuery q;
                q.sortColumn = column;
                q.descending = descending;
                q.limit = 10;
                const QList<QString> keyset = codes(q);
                QCOMPARE(keyset.size(), all.size());
                QCOMPARE(QSet<QString>(keyset.begin(), keyset.end()).size(), all.size());
                // Offset paging gives the same order.
                QList<QString> offset;
                for (qint64 o = 0; o < all.size(); o += 10) {
                    ListQuery p = q;
                    p.offset = o;
                    const auto page = m_store->list(p);
                    QVERIFY(page);
                    for (const ListRow &r : page->rows)
                        offset << r.code;
                }
                QCOMPARE(offset, keyset);
            }
        }
        ListQuery byName;
        byName.sortColumn = QStringLiteral("hovaten");
        byName.descending = false;
        byName.limit = 1000;
        const auto page = m_store->list(byName);
        QVERIFY(page);
        QVERIFY(page->rows.at(0).fields.value(int(DossierField::HoVaTen)).isNull());
        for (int i = 3; i < page->rows.size(); ++i) // in Vietnamese alphabetical order
            QVERIFY(VietnameseSortKey::of(page->rows.at(i - 1).fields.value(int(DossierField::HoVaTen))) <=
                    VietnameseSortKey::of(page->rows.at(i).fields.value(int(DossierField::HoVaTen))));
        QVERIFY(
            page->rows.at(0).fields.value(int(DossierField::CertificateExtentData)).isNull()); // not listed

        ListQuery bad;
        bad.sortColumn = QStringLiteral("code; DROP TABLE dossiers");
        const auto refused = m_store->list(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Invalid);
    }

    void list_sortsNamesInVietnameseOrderWithARealStore() {
        // Stored in no particular order; listed by name, a page of 3 at a time, both ways.
        const QStringList expected = {
            QString::fromUtf8("An Bình"),      QString::fromUtf8("Anh"),         QString::fromUtf8("Ánh"),
            QString::fromUtf8("Ăn Thị Hoa"),   QString::fromUtf8("Ân"),          QString::fromUtf8("Bình"),
            QString::fromUtf8("Dương Văn Tú"), QString::fromUtf8("Đặng Thị Hà"), QString::fromUtf8("Đỗ An"),
            QString::fromUtf8("Em"),           QString::fromUtf8("Ông Văn Ba"),  QString::fromUtf8("Ơn"),
            QString::fromUtf8("Uông Ân"),      QString::fromUtf8("Ưng Thị Mơ"),
        };
        const QList<int> storedOrder = {7, 13, 0, 3, 10, 5, 1, 12, 8, 2, 11, 4, 9, 6};
        ChangeSet c;
        for (int i : storedOrder) {
            Dossier d = m_data.dossier(400 + i);
            d.setValue(DossierField::HoVaTen, expected.at(i));
            c.received << ChangeSet::ReceivedDossier{d, {}};
        }
        QVERIFY(m_store->apply(c));
        auto names = [&](bool descending) {
            QStringList out;
            ListQuery q;
            q.sortColumn = QStringLiteral("HoVaTen");
            q.descending = descending;
            q.limit = 3;
            for (;;) {
                const auto page = m_store->list(q);
                if (!page)
                    return QStringList{page.error().message};
                for (const ListRow &r : page->rows)
                    out << r.fields.value(int(DossierField::HoVaTen));
                if (!page->next)
                    return out;
                q.after = page->next;
            }
        };
        QCOMPARE(names(false), expected);
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(names(true), reversed);
        // A name edited later moves with its key.
        Dossier renamed = m_data.dossier(400 + 9); // "Em"
        renamed.setValue(DossierField::HoVaTen, QString::fromUtf8("Ánh Dương"));
        QVERIFY(m_store->apply(received({renamed})));
        QStringList edited = expected;
        edited.removeAll(QString::fromUtf8("Em"));
        edited.insert(3, QString::fromUtf8("Ánh Dương"));
        QCOMPARE(names(false), edited);
        // Sorting by name walks the key's index.
        SQLITE_ONLY_FROM_HERE();
        QSqlQuery plan(m_store->database());
        QVERIFY(plan.exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT dossiers.id FROM dossiers") +
            ListQuerySql::sortKeysJoin() +
            QStringLiteral(" ORDER BY dossier_sort_keys.s_HoVaTen, dossier_sort_keys.id LIMIT 51")));
        QString text;
        while (plan.next())
            text += plan.value(3).toString() + u'\n';
        QVERIFY2(text.contains(QStringLiteral("dossier_sort_keys_HoVaTen")) &&
                     !text.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(text));
        // Every dossier has its keys row, removed with it.
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM dossier_sort_keys")),
                 scalar(*m_store, QStringLiteral("SELECT count(*) FROM dossiers")));
    }

    void search_shortPrefixesAndIdNumberPrefixesFind() {
        Dossier a = m_data.dossier(450);
        a.setValue(DossierField::HoVaTen, QString::fromUtf8("Nguyễn Thị Hoa"));
        a.setValue(DossierField::CMND, QStringLiteral("001185012345"));
        Dossier b = m_data.dossier(451);
        b.setValue(DossierField::HoVaTen, QString::fromUtf8("Nguyễn Thị Lan"));
        b.setValue(DossierField::CMND, QStringLiteral("079301234567"));
        Dossier c = m_data.dossier(452);
        c.setValue(DossierField::HoVaTen, QString::fromUtf8("Trần Đức Anh"));
        c.setValue(DossierField::CMND, QStringLiteral("001290000001"));
        for (Dossier *d : {&a, &b, &c}) {
            d->setValue(DossierField::SoDinhDanh, d->value(DossierField::CMND));
            for (DossierField f : {DossierField::HKTT_MaThon, DossierField::HKTT_ChiTiet,
                                   DossierField::NOHT_MaThon, DossierField::NOHT_ChiTiet})
                d->setValue(f, QString());
        }
        QVERIFY(m_store->apply(received({a, b, c})));
        auto sorted = [](QList<QString> l) {
            std::sort(l.begin(), l.end());
            return l;
        };
        QCOMPARE(search(QStringLiteral("ngu")), sorted({a.code(), b.code()}));   // 3 characters
        QCOMPARE(search(QStringLiteral("NGUY")), sorted({a.code(), b.code()}));  // 4
        QCOMPARE(search(QStringLiteral("nguye")), sorted({a.code(), b.code()})); // 5
        QCOMPARE(search(QStringLiteral("nguyen thi h")),
                 QList<QString>{a.code()});                   // every word, the last a prefix
        QCOMPARE(search(QStringLiteral("tra du")).size(), 0); // only the last word is a prefix
        QCOMPARE(search(QStringLiteral("tran du")), QList<QString>{c.code()});
        QCOMPARE(search(QStringLiteral("đức")), QList<QString>{c.code()});
        QCOMPARE(search(QStringLiteral("001")), sorted({a.code(), c.code()})); // CCCD prefixes
        QCOMPARE(search(QStringLiteral("0011")), QList<QString>{a.code()});
        QCOMPARE(search(QStringLiteral("001185")), QList<QString>{a.code()});
        QCOMPARE(search(QStringLiteral("001185012345")), QList<QString>{a.code()});
        QCOMPARE(search(QStringLiteral("0793")), QList<QString>{b.code()});
        QCOMPARE(search(QStringLiteral("1185")).size(), 0); // a prefix, not any part of the number
        ListFilter f;
        f.search = QStringLiteral("001");
        QCOMPARE(*m_store->count(f), qint64(2));
        f.statuses = {a.value(DossierField::StatusId)};
        QCOMPARE(*m_store->count(f),
                 qint64(c.value(DossierField::StatusId) == a.value(DossierField::StatusId) ? 2 : 1));
    }

    void search_withFilterSortAndPagingGivesEachMatchOnce() {
        // Enough matches for both ways of answering (the matches first, or the sort index first).
        const QStringList families = {QString::fromUtf8("Nguyễn"), QString::fromUtf8("Đặng"),
                                      QString::fromUtf8("Ngô"), QString::fromUtf8("Lê")};
        const QStringList given = {QString::fromUtf8("Văn Hùng"), QString::fromUtf8("Thị Ánh"),
                                   QString::fromUtf8("Anh"), QString::fromUtf8("Đức")};
        ChangeSet c;
        QMap<QString, Dossier> byCode;
        const int n = 4300;
        for (int i = 0; i < n; ++i) {
            Dossier d;
            d.setValue(DossierField::MaHoSo, TestDossiers::code(9000 + i));
            d.setValue(DossierField::HoVaTen, families.at(i % 4) + u' ' + given.at((i / 4) % 4));
            d.setValue(DossierField::CMND, QStringLiteral("0011%1").arg(i, 8, 10, QChar(u'0')));
            d.setValue(DossierField::StatusId, QString::number(1 + (i / 16) % 3));
            // Many equal dates and names: the id must break every tie.
            d.setValue(DossierField::NgayTiepNhan,
                       QStringLiteral("%1/02/2024 08:00:00").arg(1 + (i * 7) % 9, 2, 10, QChar(u'0')));
            c.received << ChangeSet::ReceivedDossier{d, {}};
            byCode.insert(d.code(), d);
        }
        QVERIFY(m_store->apply(c));
        struct Case {
            QString search;
            QStringList statuses;
        };
        const QList<Case> cases = {
            {QStringLiteral("ng"), {}},                                           // wide: half of them
            {QStringLiteral("ngu"), {QStringLiteral("2")}},                       // wide, filtered
            {QStringLiteral("dang thi a"), {}},                                   // narrow
            {QStringLiteral("0011"), {QStringLiteral("1"), QStringLiteral("3")}}, // every one, filtered
            {QStringLiteral("nguyen an"), {QStringLiteral("3")}},
            // Last words longer than the search index's prefixes: read through their first 4 characters
            // and checked, sorted by received date.
            {QStringLiteral("nguyen"), {}},
            {QStringLiteral("001100003"), {}},
            {QStringLiteral("nguyen"), {QStringLiteral("2")}},
        };
        // Each way of reading a search must give the same rows in the same order: the matches sorted (the
        // default here), the sort order walked and checked in C++, and the walk given up for the gathered
        // set.
        const SearchPlan ways[] = {{},
                                   {50, 100, 100000},
                                   {50, 100, 20},
                                   {50, 100000, 1},
                                   {50, 100, 100000, false},
                                   {50, 100, 20, false},
                                   {50, 100000, 1, false}};
        for (const SearchPlan &way : ways) {
            QVERIFY(reopenWith(way));
            for (const Case &k : cases) {
                QSet<QString> expected;
                for (const Dossier &d : std::as_const(byCode)) {
                    const QStringList words = SearchText::fold(QString(d.value(DossierField::HoVaTen) + u' ' +
                                                                       d.value(DossierField::CMND)))
                                                  .split(u' ');
                    const QStringList typed = SearchText::fold(k.search).split(u' ');
                    bool all = true;
                    for (int w = 0; w < typed.size(); ++w) {
                        const bool last = w == typed.size() - 1;
                        all = all && std::any_of(words.begin(), words.end(), [&](const QString &word) {
                                  return last ? word.startsWith(typed.at(w)) : word == typed.at(w);
                              });
                    }
                    if (all && (k.statuses.isEmpty() || k.statuses.contains(d.value(DossierField::StatusId))))
                        expected.insert(d.code());
                }
                QVERIFY2(!expected.isEmpty(), qPrintable(k.search));
                ListFilter f;
                f.search = k.search;
                f.statuses = k.statuses;
                QCOMPARE(*m_store->count(f), qint64(expected.size()));
                checkEveryOrder(f, expected, byCode);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void search_aCodesBeginningFindsTheCodesThatBeginWithIt() {
        // Officers type a dossier's code to find it; on the way, "000.00.15.G07-24" matches months of
        // dossiers. Such a search is about codes: it finds the dossiers whose code begins with it, in any
        // case, and not one whose address mentions a code.
        ChangeSet c;
        QMap<QString, Dossier> byCode;
        for (int i = 0; i < 3000; ++i) {
            const QString agency =
                i % 3 == 0 ? QStringLiteral("000.00.16.H10") : QStringLiteral("000.00.15.G07");
            const QDate day = QDate(2024, 1, 1).addDays(i % 75);
            Dossier d;
            d.setValue(DossierField::MaHoSo, QStringLiteral("%1-%2-%3")
                                                 .arg(agency, day.toString(QStringLiteral("yyMMdd")))
                                                 .arg(i + 1, 4, 10, QChar(u'0')));
            d.setValue(DossierField::HoVaTen, QString::fromUtf8(i % 2 ? "Nguyễn Văn An" : "Lê Thị Ánh"));
            d.setValue(DossierField::StatusId, QString::number(1 + i % 3));
            // Mostly received the day its code says, some the day after; many at the same time (the id
            // breaks those ties).
            const QDate received = i % 7 == 0 ? day.addDays(1) : day;
            d.setValue(DossierField::NgayTiepNhan, QStringLiteral("%1 %2:00:00")
                                                       .arg(received.toString(QStringLiteral("dd/MM/yyyy")))
                                                       .arg(8 + i % 9, 2, 10, QChar(u'0')));
            c.received << ChangeSet::ReceivedDossier{d, {}};
            byCode.insert(d.code(), d);
        }
        const Dossier mentions = mentioningACode(QString::fromUtf8("Nguyễn Văn An"));
        c.received << ChangeSet::ReceivedDossier{mentions, {}};
        byCode.insert(mentions.code(), mentions);
        QVERIFY(m_store->apply(c));
        // Typed without the agency, it is a search of words, which finds the address too.
        QVERIFY(search(QStringLiteral("G07-240105-0001")).contains(mentions.code()));

        struct Case {
            QString typed;
            QStringList statuses;
            bool words = false; // before the agency's letter: a search of words, which finds the address too
        };
        const QList<Case> cases = {
            {QStringLiteral("000.00.15.G07-24"), {}},   // 2,000 of them
            {QStringLiteral("000.00.15.g07-2401"), {}}, // January's, typed in lower case
            {QStringLiteral("000.00.15.G07-2401"), {QStringLiteral("2")}},
            {QStringLiteral(" 000.00.16.H10-2403"), {}},       // March's, fewer
            {QStringLiteral("000.00.15.G07-240105-0001"), {}}, // the whole code
            {QStringLiteral("000.00.15.G07-240105-"), {}},
            {QStringLiteral("000.00.15.G07-2412"), {}},  // none
            {QStringLiteral("000.00.15.G07-24010"), {}}, // a last part longer than the index's prefixes
            {QStringLiteral("000.00.16.h10-240302"), {}},
            // Shared by most dossiers: counted as all of them less those outside its two ranges (G and g).
            {QStringLiteral("000.00.15.g"), {}},
            // Every code begins with these, and the one outside holds it in its address.
            {QStringLiteral("000.00.1"), {}, true},
            {QStringLiteral("000."), {}, true},
            // The other agency's 1,000 and that one lie outside: their indexed text is checked too.
            {QStringLiteral("000.00.15"), {}, true},
            {QStringLiteral("000.00.16."), {}, true},
            {QStringLiteral("000.00.15"), {QStringLiteral("2")}, true},
        };
        const SearchPlan ways[] = {{},
                                   {50, 100, 100000},
                                   {50, 100000, 1},
                                   {10000, 10000, 10000},
                                   {50, 100, 100000, false},
                                   {50, 100000, 1, false}};
        for (const SearchPlan &way : ways) {
            QVERIFY(reopenWith(way));
            for (const Case &k : cases) {
                QSet<QString> expected;
                for (const Dossier &d : std::as_const(byCode))
                    if ((d.code().startsWith(k.typed.trimmed(), Qt::CaseInsensitive) ||
                         (k.words && d.value(DossierField::HKTT_ChiTiet).contains(k.typed))) &&
                        (k.statuses.isEmpty() || k.statuses.contains(d.value(DossierField::StatusId))))
                        expected.insert(d.code());
                ListFilter f;
                f.search = k.typed;
                f.statuses = k.statuses;
                QCOMPARE(*m_store->count(f), qint64(expected.size()));
                checkEveryOrder(f, expected, byCode);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // A code search walks the received date's index that holds the code, checking codes without reading
        // a row; a plain page keeps the narrower index, which skips rows faster.
        SQLITE_ONLY_FROM_HERE();
        auto plan = [&](const QString &where) {
            QSqlQuery q(m_store->database());
            if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM dossiers%1 ORDER BY k_NgayTiepNhan "
                                       "DESC, id DESC LIMIT 51 OFFSET 100")
                            .arg(where)))
                return q.lastError().text();
            QString text;
            while (q.next())
                text += q.value(3).toString() + u'\n';
            return text;
        };
        const QString codePlan = plan(QStringLiteral(" WHERE dossiers.code LIKE '000.00.15.G07-24%'"));
        QVERIFY2(codePlan.contains(QStringLiteral("COVERING INDEX dossiers_received_code")) &&
                     !codePlan.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(codePlan));
        const QString plain = plan(QString());
        QVERIFY2(plain.contains(QStringLiteral("INDEX dossiers_received\n")) &&
                     !plain.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(plain));
    }

    void search_aCodesLaterPartsAndLongLastWords_countExactlyAfterEdits() {
        // Counted without reading every match (SearchCounter): a code's later parts typed without its
        // beginning, held by nearly every code, from the codes outside; a last word longer than the search
        // index's prefixes, from the terms it begins. Both must count what the search finds, after dossiers
        // were edited (the search index then holds deleted entries until it merges them).
        ChangeSet c;
        QMap<QString, Dossier> byCode;
        const QStringList names = {QString::fromUtf8("Nguyễn Thị Nguyệt"), QString::fromUtf8("Nguyễn Văn An"),
                                   QString::fromUtf8("Trần Thị Nguyệt"), QString::fromUtf8("Lê Văn Nguyên"),
                                   QString::fromUtf8("Phạm Nguyễn Nguyệt Ánh")};
        for (int i = 0; i < 1200; ++i) {
            // Almost all of one agency, its last part spelt two ways; a few of another.
            const QString agency = i % 150 == 7  ? QStringLiteral("000.00.16.H10")
                                   : i % 97 == 3 ? QStringLiteral("000.00.15.g07")
                                                 : QStringLiteral("000.00.15.G07");
            const Dossier d =
                numberedDossier(agency, QDate(2024, 1, 1).addDays(i % 60), i, names.at(i % names.size()));
            c.received << ChangeSet::ReceivedDossier{d, {}};
            byCode.insert(d.code(), d);
        }
        const Dossier mentions = mentioningACode(QString::fromUtf8("Hoàng Văn Nguyện"));
        c.received << ChangeSet::ReceivedDossier{mentions, {}};
        byCode.insert(mentions.code(), mentions);
        QVERIFY(m_store->apply(c));
        // Edited in a later write: some names lose "Nguyễn", some gain "Nguyệt".
        ChangeSet edits;
        int edited = 0;
        for (auto it = byCode.begin(); it != byCode.end(); ++it, ++edited) {
            if (edited % 9 != 0)
                continue;
            it->setValue(DossierField::HoVaTen,
                         edited % 2 ? QString::fromUtf8("Đỗ Văn An") : QString::fromUtf8("Đỗ Nguyệt Ánh"));
            edits.received << ChangeSet::ReceivedDossier{*it, {}};
        }
        QVERIFY(m_store->apply(edits));

        const QStringList typed = {
            // A code's later parts: held by all but the other agency's, which are checked one by one.
            QStringLiteral("G07-2"), QStringLiteral("g07-24"), QStringLiteral("15.G07-2401"),
            QStringLiteral("G07-"), QStringLiteral("00.15.g07-240105-0001"), QStringLiteral("00.1"),
            QStringLiteral("H10-24"), QStringLiteral("07-24"), QStringLiteral("G07-2402-"),
            // Long last words: one term, several, none; after other words; a number's many terms.
            QStringLiteral("nguye"), QStringLiteral("nguyen"), QStringLiteral("nguyet"),
            QStringLiteral("Nguyệ"), QStringLiteral("nguyenx"), QStringLiteral("thi nguye"),
            QStringLiteral("van nguye"), QStringLiteral("nguyen van nguye"), QStringLiteral("0011000"),
            QStringLiteral("hoang van nguyen")};
        countsMatchByHand(byCode, typed);
    }

    void search_aCodesLaterPartsHeldByHalfTheCodes_countExactlyWhateverElseHoldsThem_data() {
        QTest::addColumn<QString>("extraCode");
        QTest::addColumn<QString>("extraAddress");
        QTest::newRow("the codes alone") << QString() << QString();
        // The agency's letter and number held only by the codes, but a code's later parts not after it at
        // once.
        QTest::newRow("two hyphens") << QStringLiteral("000.00.15.G07--240101-0999") << QString();
        QTest::newRow("no hyphen") << QStringLiteral("000.00.15.G07.240101.0998") << QString();
        // Held outside the codes: an address quoting one.
        QTest::newRow("an address quoting a code") << QStringLiteral("000.00.99.Z99-240105-0001")
                                                   << QString::fromUtf8("hồ sơ cũ 000.00.15.G07-240105-0001");
    }

    void search_aCodesLaterPartsHeldByHalfTheCodes_countExactlyWhateverElseHoldsThem() {
        // A code's later parts that about half of the codes hold ("G07-24") are counted from the code index
        // while the agency's letter and number are held by the codes alone, once each (SearchCounter). Each
        // count must still be what the search finds when that is not so.
        QFETCH(QString, extraCode);
        QFETCH(QString, extraAddress);
        QMap<QString, Dossier> byCode;
        ChangeSet c;
        for (int i = 0; i < 600; ++i) {
            // Two months of one agency (its letter spelt two ways), a few of another.
            const QString agency = i % 61 == 5   ? QStringLiteral("000.00.16.H10")
                                   : i % 43 == 2 ? QStringLiteral("000.00.15.g07")
                                                 : QStringLiteral("000.00.15.G07");
            Dossier d = numberedDossier(agency, QDate(2023, 12, 1).addDays(i % 62), i,
                                        QString::fromUtf8("Nguyễn Văn An"));
            d.setValue(DossierField::HKTT_ChiTiet, QString::fromUtf8("thôn 24, xã Kim Sơn"));
            c.received << ChangeSet::ReceivedDossier{d, {}};
            byCode.insert(d.code(), d);
        }
        if (!extraCode.isEmpty()) {
            Dossier d;
            d.setValue(DossierField::MaHoSo, extraCode);
            d.setValue(DossierField::HoVaTen, QString::fromUtf8("Lê Thị Hoa"));
            d.setValue(DossierField::HKTT_ChiTiet, extraAddress);
            d.setValue(DossierField::NgayTiepNhan, QStringLiteral("01/01/2024 10:00:00"));
            c.received << ChangeSet::ReceivedDossier{d, {}};
            byCode.insert(d.code(), d);
        }
        QVERIFY(m_store->apply(c));
        countsMatchByHand(byCode,
                          {QStringLiteral("G07-24"), QStringLiteral("g07-2401"), QStringLiteral("15.G07-23"),
                           QStringLiteral("00.15.g07-2312"), QStringLiteral("G07.24"),
                           QStringLiteral("15-G07-240"), QStringLiteral("H10-2"), QStringLiteral("16.h10-24"),
                           QStringLiteral("G07-240105-0"), QStringLiteral("000-00-15-G07-23")});
    }

    void search_aCodesPartSpeltManyWaysAfterManyAgencies_isStillCounted() {
        // Codes of twenty agencies that all hold "abcdef" after the agency: typed in lower case, its 64
        // spellings after each agency make more ranges than one statement can sum; counted by the search
        // index instead, not refused.
        ChangeSet c;
        for (int n = 0; n < 200; ++n) {
            Dossier d;
            d.setValue(
                DossierField::MaHoSo,
                QStringLiteral("000.00.%1.K01-abcdef-%2").arg(10 + n % 20).arg(n + 1, 4, 10, QChar(u'0')));
            d.setValue(DossierField::HoVaTen, QString::fromUtf8("Nguyễn Văn An"));
            d.setValue(DossierField::NgayTiepNhan, QStringLiteral("05/01/2024 09:00:00"));
            c.received << ChangeSet::ReceivedDossier{d, {}};
        }
        QVERIFY(m_store->apply(c));
        ListFilter f;
        f.search = QStringLiteral("abcdef-0");
        const auto n = m_store->count(f);
        QVERIFY2(n, qPrintable(n.error().message));
        QCOMPARE(*n, qint64(200));
    }

    void search_sortedByReceivedDate_readsTheSearchIndexInTheListsOrder() {
        // Schema 9 orders the search index by received date, then id (SearchOrder): a search sorted by
        // received date reads it in that order. The list must come out exactly as the sort index gives it:
        // ties by id, dossiers without a date last (descending), with filters, by keyset and by offset.
        ChangeSet c;
        QList<Dossier> all; // in insertion order: the id's order
        const QStringList names = {QString::fromUtf8("Nguyễn Văn An"), QString::fromUtf8("Lê Thị Ánh"),
                                   QString::fromUtf8("Nguyễn Thị Hà")};
        for (int i = 0; i < 700; ++i) {
            Dossier d;
            d.setValue(DossierField::MaHoSo, TestDossiers::code(20000 + i));
            d.setValue(DossierField::HoVaTen, names.at(i % 3));
            d.setValue(DossierField::CMND, QStringLiteral("0011%1").arg(i, 8, 10, QChar(u'0')));
            d.setValue(DossierField::StatusId, QString::number(1 + i % 4));
            if (i % 11 != 0) // some without a received date
                d.setValue(DossierField::NgayTiepNhan,
                           QStringLiteral("%1/%2/%3 %4:00:00")
                               .arg(1 + (i * 5) % 28, 2, 10, QChar(u'0'))
                               .arg(1 + (i * 7) % 12, 2, 10, QChar(u'0'))
                               .arg(1995 + (i * 13) % 31)
                               .arg(8 + i % 3, 2, 10, QChar(u'0'))); // many equal: the id breaks ties
            c.received << ChangeSet::ReceivedDossier{d, {}};
            all << d;
        }
        QVERIFY(m_store->apply(c));
        const auto check = [&](const QString &typed, const QStringList &statuses) {
            QList<int> expected; // indexes into `all`, newest first, the later-inserted first on a tie
            for (int i = 0; i < all.size(); ++i) {
                const Dossier &d = all.at(i);
                const QString text = SearchText::fold(
                    QString(d.value(DossierField::HoVaTen) + u' ' + d.value(DossierField::CMND)));
                const QString last = SearchText::fold(typed).split(u' ').constLast();
                const QStringList words = text.split(u' ');
                const bool found = SearchText::fold(typed).split(u' ').size() == 1
                                       ? std::any_of(words.begin(), words.end(),
                                                     [&](const QString &w) { return w.startsWith(last); })
                                       : text.contains(SearchText::fold(typed));
                if (found && (statuses.isEmpty() || statuses.contains(d.value(DossierField::StatusId))))
                    expected << i;
            }
            std::sort(expected.begin(), expected.end(), [&](int a, int b) {
                const QString ka = StoreSchema::sortKey(all.at(a).value(DossierField::NgayTiepNhan));
                const QString kb = StoreSchema::sortKey(all.at(b).value(DossierField::NgayTiepNhan));
                if (ka != kb)
                    return kb.isNull() || (!ka.isNull() && ka > kb);
                return a > b;
            });
            QList<QString> newest, oldest;
            for (int i : expected)
                newest << all.at(i).code();
            for (qsizetype i = newest.size() - 1; i >= 0; --i)
                oldest << newest.at(i);
            QVERIFY2(newest.size() > 60, qPrintable(typed));
            for (bool descending : {true, false}) {
                ListQuery q;
                q.filter.search = typed;
                q.filter.statuses = statuses;
                q.descending = descending;
                q.limit = 37;
                QCOMPARE(codes(q), descending ? newest : oldest);
                q.offset = 45;
                q.limit = 20;
                const auto jumped = m_store->list(q);
                QVERIFY2(jumped, qPrintable(jumped.error().message));
                QStringList jumpedCodes;
                for (const ListRow &r : jumped->rows)
                    jumpedCodes << r.code;
                QCOMPARE(jumpedCodes, (descending ? newest : oldest).mid(45, 20));
            }
            ListFilter f;
            f.search = typed;
            f.statuses = statuses;
            QCOMPARE(*m_store->count(f), qint64(expected.size()));
        };
        // A last word longer than the search index's prefixes is read through its first 4 characters and
        // checked in C++; a walk bound too short for a page gives that up for the other ways.
        for (const SearchPlan &way :
             {SearchPlan{}, SearchPlan{50, 100, 100000, false}, SearchPlan{50, 100, 30}}) {
            QVERIFY(reopenWith(way));
            check(QStringLiteral("ng"), {});
            check(QStringLiteral("0011"), {QStringLiteral("2"), QStringLiteral("3")});
            check(QStringLiteral("nguyen thi"), {});
            check(QStringLiteral("nguyen"), {});
            check(QStringLiteral("00110000"), {});
            check(QStringLiteral("0011000003"), {});
            if (QTest::currentTestFailed())
                return;
        }
        // The search index is read in its own order, with no sort of its matches (SQLite's plan).
        if (!m_backend.isServer()) {
            QSqlQuery plan(m_store->database());
            QVERIFY(plan.exec(
                QStringLiteral("EXPLAIN QUERY PLAN SELECT dossiers.id FROM dossier_search CROSS JOIN "
                               "dossiers ON dossiers.id = %1 WHERE dossier_search MATCH 'ng*' ORDER "
                               "BY dossier_search.rowid DESC LIMIT 51")
                    .arg(SearchOrder::idOf(QStringLiteral("dossier_search.rowid")))));
            QString text;
            while (plan.next())
                text += plan.value(3).toString() + u'\n';
            QVERIFY2(text.contains(QStringLiteral("VIRTUAL TABLE")) &&
                         !text.contains(QStringLiteral("TEMP B-TREE")),
                     qPrintable(text));
        }

        // A received date outside the order's years (before 1900) ends the index's order being the list's:
        // the list is read the other ways, and stays right.
        Dossier old;
        old.setValue(DossierField::MaHoSo, TestDossiers::code(21000));
        old.setValue(DossierField::HoVaTen, names.at(0));
        old.setValue(DossierField::NgayTiepNhan, QStringLiteral("01/01/1899 08:00:00"));
        c.received = {ChangeSet::ReceivedDossier{old, {}}};
        QVERIFY(m_store->apply(c));
        all << old;
        QVERIFY(reopenWith({}));
        check(QStringLiteral("ng"), {});
    }

    void watermarksAndSettings_persist() {
        QVERIFY(!m_store->settings().watermark(QStringLiteral("DanhSachHoSo"), QStringLiteral("11")));
        QVERIFY(m_store->settings().setWatermark(QStringLiteral("DanhSachHoSo"), QStringLiteral("11"),
                                                 QStringLiteral("01/03/2024 08:00:00")));
        QVERIFY(m_store->settings().setWatermark(QStringLiteral("DanhSachHoSo"), QStringLiteral("11"),
                                                 QStringLiteral("01/03/2024 09:00:00")));
        QVERIFY(m_store->settings().setWatermark(QStringLiteral("TienTrinhXuLy"), QStringLiteral("11.094"),
                                                 QStringLiteral("x")));
        QVERIFY(m_store->settings().setValue(QStringLiteral("places"), QStringLiteral("2024")));
        const QString path = m_store->path();
        m_store = std::make_unique<Store>(options());
        QVERIFY(m_store->open(path));
        QCOMPARE(*m_store->settings().watermark(QStringLiteral("DanhSachHoSo"), QStringLiteral("11")),
                 QStringLiteral("01/03/2024 09:00:00"));
        QCOMPARE(*m_store->settings().watermark(QStringLiteral("TienTrinhXuLy"), QStringLiteral("11.094")),
                 QStringLiteral("x"));
        QCOMPARE(*m_store->settings().value(QStringLiteral("places")), QStringLiteral("2024"));
        QVERIFY(!m_store->settings().value(QStringLiteral("nothing")));
    }

    void finalResultCodes_namesStoredFinalResultsOnly() {
        Dossier result = m_data.dossier(401);
        result.setValue(DossierField::LoaiDuLieu, QStringLiteral(" 100 "));
        Dossier localResult = m_data.dossier(402);
        localResult.setValue(DossierField::LoaiDuLieu, QStringLiteral("100"));
        QVERIFY(m_store->apply(received({m_data.dossier(400), result})));
        QVERIFY(m_store->apply(local(localResult)));
        QStringList asked;
        // More codes than one statement binds: the last chunk must be asked too.
        for (int i = 0; i < 1200; ++i)
            asked << QStringLiteral("absent-%1").arg(i);
        asked << TestDossiers::code(400) << TestDossiers::code(401) << TestDossiers::code(402);
        const StoreResult<QSet<QString>> found = m_store->reader().finalResultCodes(asked);
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(*found, (QSet<QString>{TestDossiers::code(401), TestDossiers::code(402)}));
        QCOMPARE(m_store->reader()
                     .finalResultCodes({TestDossiers::code(400)})
                     .value_or(QSet<QString>{QStringLiteral("<error>")}),
                 QSet<QString>());
    }

    void codesWithLocalEdits_followsEditsUntilThePushIsAccepted() {
        const Dossier synced = m_data.dossier(410);
        const Dossier entered = m_data.dossier(411);
        QVERIFY(m_store->apply(received({synced, m_data.dossier(412)})));
        QVERIFY(m_store->apply(local(entered)));
        QVERIFY(m_store->apply(local(m_data.dossier(412, 1)))); // a pulled dossier edited here
        const QStringList asked{synced.code(), entered.code(), TestDossiers::code(412),
                                QStringLiteral("absent")};
        QCOMPARE(
            m_store->reader().codesWithLocalEdits(asked).value_or(QSet<QString>{QStringLiteral("<error>")}),
            (QSet<QString>{entered.code(), TestDossiers::code(412)}));

        const qint64 id = m_store->outbox().entriesOf(entered.code())->constFirst().id;
        QVERIFY(m_store->outbox().markSent(id, m_lease));
        QVERIFY(m_store->outbox().markPushed(id, m_lease, QStringLiteral("OK")));
        QCOMPARE(
            m_store->reader().codesWithLocalEdits(asked).value_or(QSet<QString>{QStringLiteral("<error>")}),
            (QSet<QString>{TestDossiers::code(412)}));
    }

    void codesWithLocalSteps_namesDossiersWithAStepEnteredHere() {
        ChangeSet c;
        for (const ProcessingStep &s : m_data.steps(420)) // received only
            c.receivedSteps << ChangeSet::ReceivedStep{s, {}};
        for (const ProcessingStep &s : m_data.steps(423)) // received, and one entered here below
            c.receivedSteps << ChangeSet::ReceivedStep{s, {}};
        c.localSteps << ChangeSet::LocalStep{m_data.steps(421).constFirst(), {}};
        ProcessingStep entered = m_data.steps(423).constFirst();
        entered.setValue(ProgressField::NoiDungXuLy, QStringLiteral("entered here"));
        c.localSteps << ChangeSet::LocalStep{entered, {}};
        QVERIFY(m_store->apply(c));
        QVERIFY(m_store->apply(received({m_data.dossier(422)}))); // a dossier without steps
        const QStringList asked{TestDossiers::code(420), TestDossiers::code(421), TestDossiers::code(422),
                                TestDossiers::code(423)};
        QCOMPARE(
            m_store->reader().codesWithLocalSteps(asked).value_or(QSet<QString>{QStringLiteral("<error>")}),
            (QSet<QString>{TestDossiers::code(421), TestDossiers::code(423)}));
        QCOMPARE(m_store->reader().codesWithLocalSteps({}).value_or(QSet<QString>{QStringLiteral("<error>")}),
                 QSet<QString>());
    }

    void codeLookups_failOnAClosedStore() {
        m_store->close();
        const QStringList asked{TestDossiers::code(1)};
        QVERIFY(!m_store->reader().finalResultCodes(asked));
        QVERIFY(!m_store->reader().codesWithLocalEdits(asked));
        QVERIFY(!m_store->reader().codesWithLocalSteps(asked));
    }

    void server_aConnectionEndedByTheServer_failsTheWriteClearly_andKeepsNothingOfIt() {
        if (!m_backend.isServer())
            QSKIP("a server's connection; a file's failures are tst_storefailures'");
        QVERIFY(m_store->apply(received({m_data.dossier(500)})));
        // The server ends the connection (restarted, the network gone, an administrator's kill).
        TestPostgresAdmin &admin = *m_backend.admin();
        const QString database = m_store->path().section(u'/', -1);
        QVERIFY(admin.exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                           "'%1' AND pid <> pg_backend_pid()")
                .arg(database),
            database));
        const auto failed = m_store->apply(received({m_data.dossier(501), m_data.dossier(502)}));
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, StoreError::Kind::Unreachable);
        QVERIFY2(failed.error().message.contains(QStringLiteral("cannot be reached")),
                 qPrintable(failed.error().message));
        // Opened again, the store has what was written before and nothing of the failed write.
        m_store = openStore(QStringLiteral("t%1.sqlite").arg(m_files));
        QVERIFY(m_store->isOpen());
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM dossiers")), 1);
        QVERIFY(m_store->dossier(m_data.dossier(500).code()));
    }

    void deletingADossierRemovesItsDocuments() {
        QVERIFY(m_store->apply(received({m_data.dossier(300)})));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM dossiers")));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM documents")), 0);
    }
};

BTXH_STORE_TEST_MAIN(TestStore)
#include "tst_store.moc"
