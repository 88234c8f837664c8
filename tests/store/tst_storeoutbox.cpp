// SPDX-License-Identifier: GPL-3.0-or-later
// The store's side of syncing: what a push accepted by the server means for the next pull (the pushed copy is
// the server's copy), and the outbox as the sync engine and the sync panel see it.
#include "JsonCodec.h"
#include "Store.h"
#include "StoreSchema.h"
#include "TestDossiers.h"
#include "TestStoreBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using test::TestDossiers;

namespace {

ChangeSet local(const Dossier &d, const Problems &problems = {}) {
    ChangeSet c;
    c.local << ChangeSet::LocalDossier{d, problems};
    return c;
}

// What a pull brings: the dossier as the server spells it, its JSON verbatim.
ChangeSet pulled(const QByteArray &json) {
    ChangeSet c;
    c.received << ChangeSet::ReceivedDossier{JsonCodec::readDossier(QJsonDocument::fromJson(json).object()),
                                             json};
    return c;
}

// The server's spelling of a dossier: other key case, ISO dates, a key order of its own; the same content.
QByteArray serverSpelling(const Dossier &d) {
    QJsonObject wire = JsonCodec::writeDossier(d);
    QJsonObject out;
    for (auto it = wire.begin(); it != wire.end(); ++it) {
        QString value = it.value().toString();
        const QDateTime t = QDateTime::fromString(value, QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        if (t.isValid())
            value = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        out.insert(it.key().toLower(), value);
    }
    out.insert(QStringLiteral("serverStamp"), QStringLiteral("2024-03-01 10:00:00"));
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace

// Runs once on an SQLite file and once on a PostgreSQL database (TestStoreBackend).
class TestStoreOutbox : public QObject {
    Q_OBJECT

    TestStoreBackend &m_backend;
    QDateTime m_now = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    int m_ids = 0;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
    TestDossiers m_data{7};
    QString m_lease; // the outbox transitions are made under it

    static constexpr int LeaseSeconds = 86400;
    // The lease for this process, or nothing when another holds it.
    static QString takeLease(Store &store, const QString &owner = QStringLiteral("tst_storeoutbox"),
                             SyncLease *holder = nullptr) {
        SyncLease lease = SyncLease::here(owner);
        return store.outbox().acquireLease(lease, LeaseSeconds, holder).value_or(Store::LeaseOutcome::Busy) ==
                       Store::LeaseOutcome::Acquired
                   ? lease.token
                   : QString();
    }

    Store::Options options() {
        Store::Options o;
        o.user = QStringLiteral("canbo.xa");
        o.clock = [this] { return m_now; };
        o.newId = [this] { return QStringLiteral("key-%1").arg(++m_ids); };
        m_backend.configure(o);
        return o;
    }

    // Enters `d` here and pushes it: the server accepts it.
    void pushAccepted(const Dossier &d) {
        QVERIFY(m_store->apply(local(d)));
        const QList<OutboxEntry> due = *m_store->outbox().due(m_now);
        QCOMPARE(due.size(), 1);
        QVERIFY(m_store->outbox().markSent(due.constFirst().id, m_lease));
        QVERIFY(m_store->outbox().markPushed(due.constFirst().id, m_lease, QStringLiteral("OK")));
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Synced);
    }

public:
    explicit TestStoreOutbox(TestStoreBackend &backend)
        : m_backend(backend) {}

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_backend.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init() {
        m_ids = 0;
        m_store = std::make_unique<Store>(options());
        const auto opened = m_store->open(m_backend.address(QStringLiteral("o%1.sqlite").arg(++m_files)));
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_lease = takeLease(*m_store);
        QVERIFY(!m_lease.isEmpty());
    }

    void cleanup() { m_store.reset(); }

    void pull_ofWhatWasPushedIsUnchanged() {
        const Dossier d = m_data.dossier(1);
        pushAccepted(d);
        // The server sends back exactly what it was given, in its own words.
        auto r = m_store->apply(pulled(serverSpelling(d)));
        QVERIFY(r);
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Unchanged);
        const StoredDossier stored = *m_store->dossier(d.code());
        QCOMPARE(stored.syncState, SyncState::Synced);
        QVERIFY(!stored.hasLocalEdits);
        QCOMPARE(JsonCodec::writeDossier(stored.dossier), JsonCodec::writeDossier(d));
        // The same again is still nothing new.
        r = m_store->apply(pulled(serverSpelling(d)));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Unchanged);
    }

    void pull_ofWhatWasPushedIsUnchangedWhenAnotherConnectionRecordsTheAnswer() {
        const Dossier d = m_data.dossier(8);
        QVERIFY(m_store->apply(local(d)));
        const qint64 id = m_store->outbox().due(m_now)->constFirst().id;
        QVERIFY(m_store->outbox().markSent(id, m_lease));
        Store other(options());
        QVERIFY(other.open(m_store->path()));
        QVERIFY(other.outbox().markPushed(id, m_lease, QStringLiteral("OK")));
        Dossier edited = d;
        edited.setValue(DossierField::SoDienThoai, QStringLiteral("0911000222"));
        QVERIFY(m_store->apply(local(edited)));
        const auto r = m_store->apply(pulled(serverSpelling(d)));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Unchanged);
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Ready);
    }

    void pull_afterPushAndEditIsNotAConflict() {
        const Dossier d = m_data.dossier(2);
        pushAccepted(d);
        Dossier edited = d;
        edited.setValue(DossierField::SoDienThoai, QStringLiteral("0912345678"));
        QVERIFY(m_store->apply(local(edited)));
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Ready);

        // The pull brings the pushed copy back: the server has not changed since our edit began.
        const auto r = m_store->apply(pulled(serverSpelling(d)));
        QVERIFY(r);
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Unchanged);
        const StoredDossier stored = *m_store->dossier(d.code());
        QCOMPARE(stored.syncState, SyncState::Ready);
        QVERIFY(stored.hasLocalEdits);
        QCOMPARE(stored.dossier, edited);
        QCOMPARE(m_store->outbox().due(m_now)->size(), 1); // the edit still goes out

        // A real change on the server after that is a conflict, and our edit is kept beside it.
        Dossier changed = d;
        changed.setValue(DossierField::StatusId, QStringLiteral("19"));
        const auto c = m_store->apply(pulled(serverSpelling(changed)));
        QCOMPARE(c->received.constFirst(), ChangeOutcome::Conflict);
        QCOMPARE(m_store->dossier(d.code())->dossier, edited);
    }

    void pull_afterPushOfAnEditMadeWhileInFlightIsNotAConflict() {
        const Dossier d = m_data.dossier(3);
        QVERIFY(m_store->apply(local(d)));
        const qint64 id = m_store->outbox().due(m_now)->constFirst().id;
        QVERIFY(m_store->outbox().markSent(id, m_lease));
        // Edited while the push was on its way: the edit is queued again.
        Dossier edited = d;
        edited.setValue(DossierField::SoDienThoai, QStringLiteral("0987654321"));
        QVERIFY(m_store->apply(local(edited)));
        QVERIFY(m_store->outbox().markPushed(id, m_lease, QStringLiteral("OK")));
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Ready);

        // The server has the copy that was sent (not the edit): that is no change on the server.
        const auto r = m_store->apply(pulled(serverSpelling(d)));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Unchanged);
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Ready);
        QCOMPARE(m_store->dossier(d.code())->dossier, edited);
    }

    void pull_serverChangeAfterPushIsStillTakenOrAConflict() {
        // Without local edits a server change is simply taken...
        const Dossier a = m_data.dossier(4);
        pushAccepted(a);
        Dossier changedA = a;
        changedA.setValue(DossierField::StatusId, QStringLiteral("15"));
        auto r = m_store->apply(pulled(serverSpelling(changedA)));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Updated);
        QCOMPARE(m_store->dossier(a.code())->dossier.value(DossierField::StatusId), QStringLiteral("15"));

        // ...and with local edits pending it is a conflict.
        const Dossier b = m_data.dossier(5);
        pushAccepted(b);
        Dossier mine = b;
        mine.setValue(DossierField::Email, QStringLiteral("a@b.vn"));
        QVERIFY(m_store->apply(local(mine)));
        Dossier changedB = b;
        changedB.setValue(DossierField::StatusId, QStringLiteral("16"));
        r = m_store->apply(pulled(serverSpelling(changedB)));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Conflict);
        // Taking the server's copy gives the server's copy, not the one we pushed.
        QVERIFY(m_store->resolveConflict(b.code(), Store::ConflictChoice::TakeServer));
        QCOMPARE(m_store->dossier(b.code())->dossier.value(DossierField::StatusId), QStringLiteral("16"));
        QCOMPARE(m_store->dossier(b.code())->dossier.value(DossierField::Email),
                 b.value(DossierField::Email));
    }

    void push_failedKeepsTheServersOldCopy() {
        // A refused push is not the server's copy: a pull of the old copy after it is not news.
        const Dossier server = m_data.dossier(6);
        QVERIFY(m_store->apply(pulled(serverSpelling(server))));
        Dossier mine = server;
        mine.setValue(DossierField::SoDienThoai, QStringLiteral("0900000001"));
        QVERIFY(m_store->apply(local(mine)));
        const qint64 id = m_store->outbox().due(m_now)->constFirst().id;
        QVERIFY(m_store->outbox().markSent(id, m_lease));
        QVERIFY(m_store->outbox().markPushFailed(id, m_lease, QStringLiteral("refused"), {}, true));
        const auto r = m_store->apply(pulled(serverSpelling(server)));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Unchanged);
        QCOMPARE(m_store->dossier(server.code())->syncState, SyncState::Failed);
        QCOMPARE(m_store->dossier(server.code())->dossier, mine);
    }

    void outbox_listsEveryEntryOrOneStateWithWhatTheServerSaid() {
        QVERIFY(m_store->apply(local(m_data.dossier(10))));
        QVERIFY(m_store->apply(local(m_data.dossier(11))));
        QVERIFY(m_store->apply(local(m_data.dossier(12))));
        const QList<OutboxEntry> due = *m_store->outbox().due(m_now);
        QCOMPARE(due.size(), 3);
        QVERIFY(m_store->outbox().markSent(due.at(0).id, m_lease));
        QVERIFY(m_store->outbox().markPushed(due.at(0).id, m_lease, QStringLiteral("OK")));
        QVERIFY(m_store->outbox().markSent(due.at(1).id, m_lease));
        const QDateTime later = m_now.addSecs(600);
        QVERIFY(m_store->outbox().markPushFailed(due.at(1).id, m_lease, QStringLiteral("error_code 4: trùng"),
                                                 later, true));

        const auto all = m_store->outbox().entries();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, due.at(2).id); // newest first
        QCOMPARE(all->at(2).id, due.at(0).id);
        const OutboxEntry &refused = all->at(1);
        QCOMPARE(refused.dossierCode, TestDossiers::code(11));
        QCOMPARE(refused.kind, OutboxEntry::Kind::NewDossier);
        QCOMPARE(refused.state, OutboxEntry::State::Failed);
        QCOMPARE(refused.attempts, 1);
        QCOMPARE(refused.nextAttemptAt, later);
        QCOMPARE(refused.lastMessage, QStringLiteral("error_code 4: trùng"));
        QCOMPARE(all->at(2).state, OutboxEntry::State::Done);

        const auto notDone = m_store->outbox().entries(0);
        QCOMPARE(notDone->size(), 2);
        QVERIFY(notDone->at(0).state != OutboxEntry::State::Done &&
                notDone->at(1).state != OutboxEntry::State::Done);
        const auto failed = m_store->outbox().entries(OutboxEntry::State::Failed);
        QCOMPARE(failed->size(), 1);
        QCOMPARE(failed->constFirst().id, refused.id);
        QCOMPARE(m_store->outbox().entries(OutboxEntry::State::Sent)->size(), 0);
        QCOMPARE(m_store->outbox().queuedCount().value_or(-1), 1);
    }

    void outbox_itemsAStoppedSyncLeftSentAreTakenBackOnlyByTheNextLeaseHolder() {
        const Dossier done = m_data.dossier(21);
        pushAccepted(done);
        const Dossier d = m_data.dossier(20);
        QVERIFY(m_store->apply(local(d)));
        ChangeSet step;
        step.localSteps << ChangeSet::LocalStep{m_data.steps(20).constFirst(), {}};
        QVERIFY(m_store->apply(step));
        QList<OutboxEntry> due = *m_store->outbox().due(m_now);
        QCOMPARE(due.size(), 2);
        for (const OutboxEntry &e : due)
            QVERIFY(m_store->outbox().markSent(e.id, m_lease));
        QCOMPARE(m_store->outbox().queuedCount().value_or(-1), 2);
        QCOMPARE(m_store->outbox().due(m_now.addDays(1))->size(), 0);

        // The program stops before any answer; the next run opens the database again. While the lease has
        // not expired, nobody else may send, nor take the items in flight back.
        // (Hung rather than gone: on a server a gone holder's connection ends its lock, and the lease with it
        // — lease_onAServer_aHolderWhoseConnectionEndedIsTakenOverAtOnce.)
        const QString path = m_store->path();
        const QString before = m_lease;
        const std::unique_ptr<Store> stopped = std::move(m_store);
        m_store = std::make_unique<Store>(options());
        QVERIFY(m_store->open(path));
        QCOMPARE(m_store->outbox().entries(OutboxEntry::State::Sent)->size(), 2);
        SyncLease holder;
        QVERIFY(takeLease(*m_store, QStringLiteral("second"), &holder).isEmpty());
        QCOMPARE(holder.owner, QStringLiteral("tst_storeoutbox"));
        QCOMPARE(holder.token, before);
        QCOMPARE(m_store->outbox()
                     .reclaimStranded(QStringLiteral("not-a-lease"), QStringLiteral("x"))
                     .value_or(-1),
                 0);
        QCOMPARE(m_store->outbox().entries(OutboxEntry::State::Sent)->size(), 2);

        // Once it expired, the next holder takes them back, marked uncertain since they went.
        const QDateTime sentAt = m_now;
        m_now = m_now.addSecs(LeaseSeconds + 1);
        m_lease = takeLease(*m_store, QStringLiteral("second"));
        QVERIFY(!m_lease.isEmpty());
        QCOMPARE(
            m_store->outbox().reclaimStranded(m_lease, QStringLiteral("no answer; sent again")).value_or(-1),
            2);

        due = *m_store->outbox().due(m_now);
        QCOMPARE(due.size(), 2);
        for (const OutboxEntry &e : due) {
            QCOMPARE(e.state, OutboxEntry::State::Pending);
            QCOMPARE(e.attempts, 1);
            QCOMPARE(e.lastMessage, QStringLiteral("no answer; sent again"));
            QVERIFY(!e.nextAttemptAt.isValid());
            QCOMPARE(e.uncertainSince, sentAt);
        }
        // The first holder's answers, arriving late, settle nothing.
        const auto pushed = m_store->outbox().markPushed(due.constFirst().id, before, QStringLiteral("OK"));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().kind, StoreError::Kind::Invalid);
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Ready);
        QCOMPARE(m_store->steps(d.code())->constFirst().syncState, SyncState::Ready);
        QCOMPARE(m_store->dossier(done.code())->syncState, SyncState::Synced); // its answer was recorded
        QCOMPARE(m_store->outbox().entriesOf(done.code())->constFirst().state, OutboxEntry::State::Done);
        QCOMPARE(m_store->outbox().queuedCount().value_or(-1), 2);
        // Nothing left to re-queue the second time.
        QCOMPARE(m_store->outbox().reclaimStranded(m_lease, QStringLiteral("again")).value_or(-1), 0);
        QCOMPARE(m_store->outbox().due(m_now)->constFirst().lastMessage,
                 QStringLiteral("no answer; sent again"));
    }

    void lease_anotherProcessWaitsUntilTheHolderIsGone() {
        // Another process on this host holds the lease; it is alive until we say otherwise.
        bool alive = true;
        Store::Options o = options();
        o.isProcessAlive = [&alive](qint64) { return alive; };
        Store other(o);
        QVERIFY(other.open(m_store->path()));
        QVERIFY(m_store->outbox().releaseLease(m_lease));
        SyncLease first = SyncLease::here(QStringLiteral("btxh sync (an)"));
        first.pid = 999999; // not this process
        QCOMPARE(other.outbox().acquireLease(first, 60).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);

        SyncLease holder;
        QVERIFY(takeLease(other, QStringLiteral("desktop"), &holder).isEmpty());
        QCOMPARE(holder.owner, QStringLiteral("btxh sync (an)"));
        QCOMPARE(holder.pid, qint64(999999));
        QCOMPARE(holder.since, m_now);
        QVERIFY(other.outbox().renewLease(first.token, 60));

        alive = false; // killed: taken over at once, without waiting for the expiry
        const QString second = takeLease(other, QStringLiteral("desktop"));
        QVERIFY(!second.isEmpty());
        const auto renewed = other.outbox().renewLease(first.token, 60);
        QVERIFY(!renewed);
        QCOMPARE(renewed.error().kind, StoreError::Kind::Invalid);
        QVERIFY(other.outbox().renewLease(second, 60));
        QCOMPARE(other.outbox().lease()->owner, QStringLiteral("desktop"));
        QVERIFY(other.outbox().releaseLease(second));
        const auto none = other.outbox().lease();
        QVERIFY(!none.has_value());
        QCOMPARE(none.error().kind, StoreError::Kind::NotFound); // nobody holds it: an answer, not a failure
    }

    void lease_onAServer_aHolderWhoseConnectionEndedIsTakenOverAtOnce() {
        if (!m_backend.isServer())
            QSKIP("the server's session lock; on a file a dead holder is found by its process "
                  "(lease_anotherProcessWaitsUntilTheHolderIsGone)");
        // The holder on another machine: its process cannot be asked after, and it is "alive" as far as
        // this host can tell (the same pid as ours, a lease a day long).
        QVERIFY(m_store->outbox().releaseLease(m_lease));
        auto syncing = std::make_unique<Store>(options());
        QVERIFY(syncing->open(m_store->path()));
        SyncLease held = SyncLease::here(QStringLiteral("btxh sync (an)"));
        held.host = QStringLiteral("office-pc-2");
        QCOMPARE(syncing->outbox().acquireLease(held, LeaseSeconds).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);

        SyncLease holder;
        QVERIFY(takeLease(*m_store, QStringLiteral("desktop"), &holder).isEmpty());
        QCOMPARE(holder.owner, QStringLiteral("btxh sync (an)"));
        QCOMPARE(holder.host, QStringLiteral("office-pc-2"));
        QVERIFY(takeLease(*m_store, QStringLiteral("desktop")).isEmpty()); // asking again changes nothing

        // Killed: its connection ends without a word, the lease's row stays, unexpired.
        QSqlQuery kill(m_store->database());
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = "
                                         "'advisory' AND granted AND pid <> "
                                         "pg_backend_pid() AND database = (SELECT oid FROM pg_database WHERE "
                                         "datname = current_database())")));
        QVERIFY(kill.next());
        QVERIFY(kill.value(0).toBool());
        kill.finish();
        QCOMPARE(m_store->outbox().lease()->owner, QStringLiteral("btxh sync (an)"));
        // The server ends the lock when it has ended the connection, a moment later.
        SyncLease mine = SyncLease::here(QStringLiteral("desktop"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_store->outbox().acquireLease(mine, LeaseSeconds).value_or(Store::LeaseOutcome::Busy),
            Store::LeaseOutcome::Acquired, 10000);
        QCOMPARE(m_store->outbox().lease()->owner, QStringLiteral("desktop"));
        syncing.reset();
    }

    void transitions_onlyTheLeaseHolderSendsAndOnlyItsCopyIsSettled() {
        const Dossier d = m_data.dossier(40);
        QVERIFY(m_store->apply(local(d)));
        const qint64 id = m_store->outbox().due(m_now)->constFirst().id;

        // Without the lease, nothing goes out.
        const auto sent = m_store->outbox().markSent(id, QStringLiteral("someone-else"));
        QVERIFY(!sent);
        QCOMPARE(sent.error().kind, StoreError::Kind::Invalid);
        QCOMPARE(m_store->outbox().entriesOf(d.code())->constFirst().state, OutboxEntry::State::Pending);

        QVERIFY(m_store->outbox().markSent(id, m_lease));
        // Sent is sent: neither this holder nor another sends it a second time.
        QVERIFY(!m_store->outbox().markSent(id, m_lease));
        QVERIFY(!m_store->outbox().markPushFailed(id, QStringLiteral("someone-else"),
                                                  QStringLiteral("refused"), {}, true));
        QCOMPARE(m_store->outbox().entriesOf(d.code())->constFirst().state, OutboxEntry::State::Sent);

        // The holder stalls past its lease; the next one takes the item back and sends it again.
        const QString stalled = m_lease;
        m_now = m_now.addSecs(LeaseSeconds + 1);
        Store other(options());
        QVERIFY(other.open(m_store->path()));
        const QString next = takeLease(other, QStringLiteral("second"));
        QVERIFY(!next.isEmpty());
        QCOMPARE(other.outbox().reclaimStranded(next, QStringLiteral("checked")).value_or(-1), 1);
        QVERIFY(other.outbox().markSent(id, next));
        // The stalled one's answers arrive: its copy is not the one in flight, so nothing changes.
        QVERIFY(
            !m_store->outbox().markPushFailed(id, stalled, QStringLiteral("error_code 4: trùng"), {}, true));
        QVERIFY(!m_store->outbox().markPushed(id, stalled, QStringLiteral("OK")));
        QCOMPARE(m_store->outbox().entriesOf(d.code())->constFirst().state, OutboxEntry::State::Sent);
        QVERIFY(other.outbox().markPushed(id, next, QStringLiteral("OK")));
        QCOMPARE(m_store->outbox().entriesOf(d.code())->constFirst().state, OutboxEntry::State::Done);
        QVERIFY(!m_store->outbox().entriesOf(d.code())->constFirst().uncertainSince.isValid());
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Synced);
    }

    void transitions_anUnknownOutcomeIsRememberedUntilSettled() {
        QVERIFY(m_store->apply(local(m_data.dossier(41))));
        ChangeSet step;
        step.localSteps << ChangeSet::LocalStep{m_data.steps(41).constFirst(), {}};
        QVERIFY(m_store->apply(step));
        const QList<OutboxEntry> due = *m_store->outbox().due(m_now);
        const OutboxEntry progress = due.constLast();
        QCOMPARE(progress.kind, OutboxEntry::Kind::Progress);
        const QDateTime sentAt = m_now;
        QVERIFY(m_store->outbox().markSent(progress.id, m_lease));
        m_now = m_now.addSecs(30);
        QVERIFY(m_store->outbox().markPushFailed(progress.id, m_lease, QStringLiteral("timeout"), {}, false,
                                                 true));
        OutboxEntry e = m_store->outbox().entriesOf(m_data.dossier(41).code())->constLast();
        QCOMPARE(e.uncertainSince, sentAt);
        // Sent again and unknown again: still since the first copy, the earliest the gateway may have it.
        QVERIFY(m_store->outbox().markSent(progress.id, m_lease));
        QVERIFY(m_store->outbox().markPushFailed(progress.id, m_lease, QStringLiteral("timeout"), {}, false,
                                                 true));
        QCOMPARE(m_store->outbox().entriesOf(m_data.dossier(41).code())->constLast().uncertainSince, sentAt);
        QVERIFY(m_store->outbox().clearUncertainty(progress.id));
        QVERIFY(
            !m_store->outbox().entriesOf(m_data.dossier(41).code())->constLast().uncertainSince.isValid());
    }

    void outbox_retryPutsAWaitingOrRefusedItemBackNow() {
        const Dossier refusedDossier = m_data.dossier(30);
        QVERIFY(m_store->apply(local(refusedDossier)));
        const qint64 refused = m_store->outbox().due(m_now)->constFirst().id;
        QVERIFY(m_store->outbox().markSent(refused, m_lease));
        QVERIFY(m_store->outbox().markPushFailed(refused, m_lease, QStringLiteral("refused"), {}, true));
        QCOMPARE(m_store->dossier(refusedDossier.code())->syncState, SyncState::Failed);
        QCOMPARE(m_store->outbox().due(m_now.addDays(1))->size(), 0);

        const auto retried = m_store->outbox().retry(refused);

        QVERIFY2(retried, qPrintable(retried.error().message));
        QCOMPARE(m_store->dossier(refusedDossier.code())->syncState, SyncState::Ready);
        QCOMPARE(m_store->outbox().due(m_now)->size(), 1);

        // Waiting for a later attempt: due now.
        QVERIFY(m_store->outbox().markSent(refused, m_lease));
        QVERIFY(m_store->outbox().markPushFailed(refused, m_lease, QStringLiteral("503"), m_now.addSecs(3600),
                                                 false));
        QCOMPARE(m_store->outbox().due(m_now)->size(), 0);
        QVERIFY(m_store->outbox().retry(refused));
        QCOMPARE(m_store->outbox().due(m_now)->size(), 1);

        // Being sent, or gone through: refused with a reason, nothing changed.
        QVERIFY(m_store->outbox().markSent(refused, m_lease));
        const auto retriedSent = m_store->outbox().retry(refused);
        QVERIFY(!retriedSent);
        QCOMPARE(retriedSent.error().kind, StoreError::Kind::Invalid);
        QVERIFY(!retriedSent.error().message.isEmpty());
        QCOMPARE(m_store->outbox().entriesOf(refusedDossier.code())->constFirst().state,
                 OutboxEntry::State::Sent);
        QCOMPARE(m_store->dossier(refusedDossier.code())->syncState, SyncState::Sent);
        const auto retriedUnknown = m_store->outbox().retry(987654);
        QVERIFY(!retriedUnknown);
        QCOMPARE(retriedUnknown.error().kind, StoreError::Kind::NotFound);
    }

    void outbox_discardKeepsTheDossierAsDraft() {
        // Pulled, edited here, and the edit refused by the server.
        const Dossier server = m_data.dossier(40);
        QVERIFY(m_store->apply(pulled(serverSpelling(server))));
        Dossier mine = m_store->dossier(server.code())->dossier;
        mine.setValue(DossierField::SoDienThoai, QStringLiteral("0977000111"));
        QVERIFY(m_store->apply(local(mine)));
        const qint64 id = m_store->outbox().due(m_now)->constFirst().id;
        QVERIFY(m_store->outbox().markSent(id, m_lease));
        QVERIFY(m_store->outbox().markPushFailed(id, m_lease, QStringLiteral("refused"), {}, true));
        const qsizetype audited = m_store->reader().auditTrail(server.code())->size();

        m_now = m_now.addSecs(60);
        const auto discarded = m_store->outbox().discard(id);
        QVERIFY2(discarded, qPrintable(discarded.error().message));
        QCOMPARE(m_store->outbox().entriesOf(server.code())->size(), 0);
        StoredDossier kept = *m_store->dossier(server.code());
        QCOMPARE(kept.syncState, SyncState::Draft);
        QVERIFY(kept.hasLocalEdits);
        QCOMPARE(kept.dossier, mine);
        const QList<AuditEntry> trail = *m_store->reader().auditTrail(server.code());
        QCOMPARE(trail.size(), audited + 1);
        QCOMPARE(trail.constLast().entity, QStringLiteral("sync"));
        QCOMPARE(trail.constLast().field, QStringLiteral("outbox"));
        QCOMPARE(trail.constLast().oldValue, QStringLiteral("new-dossier failed"));
        QCOMPARE(trail.constLast().newValue, QStringLiteral("discarded"));
        QCOMPARE(trail.constLast().who, QStringLiteral("canbo.xa"));
        QCOMPARE(trail.constLast().at, m_now);

        // Not overwritten by the next pull: the server's unchanged copy is not news, a changed one is a
        // conflict.
        auto r = m_store->apply(pulled(serverSpelling(server)));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Unchanged);
        QCOMPARE(m_store->dossier(server.code())->dossier, mine);
        Dossier changed = server;
        changed.setValue(DossierField::StatusId, QStringLiteral("18"));
        r = m_store->apply(pulled(serverSpelling(changed)));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Conflict);
        QCOMPARE(m_store->dossier(server.code())->dossier, mine);

        // Saving it again queues it again.
        QVERIFY(m_store->resolveConflict(server.code(), Store::ConflictChoice::KeepLocal));
        QCOMPARE(m_store->outbox().due(m_now)->size(), 1);
    }

    void outbox_discardLeavesOtherPushesAndRefusesItemsInFlight() {
        // A refused registration with its final result still queued: discarding the registration leaves the
        // dossier ready for the result.
        const Dossier d = m_data.dossier(50);
        QVERIFY(m_store->apply(local(d)));
        const qint64 registration = m_store->outbox().due(m_now)->constFirst().id;
        QVERIFY(m_store->outbox().markSent(registration, m_lease));
        QVERIFY(m_store->outbox().markPushFailed(registration, m_lease, QStringLiteral("refused"), {}, true));
        Dossier result = d;
        result.setValue(DossierField::LoaiDuLieu, QStringLiteral("100"));
        QVERIFY(m_store->apply(local(result)));
        QCOMPARE(m_store->outbox().entriesOf(d.code())->size(), 2);
        QVERIFY(m_store->outbox().discard(registration));
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Ready);
        QCOMPARE(m_store->outbox().entriesOf(d.code())->size(), 1);

        // In flight: refused, nothing changed.
        const qint64 final = m_store->outbox().entriesOf(d.code())->constFirst().id;
        QVERIFY(m_store->outbox().markSent(final, m_lease));
        const auto discarded = m_store->outbox().discard(final);
        QVERIFY(!discarded);
        QCOMPARE(discarded.error().kind, StoreError::Kind::Invalid);
        QCOMPARE(m_store->outbox().entriesOf(d.code())->size(), 1);
        QCOMPARE(m_store->dossier(d.code())->syncState, SyncState::Sent);
        const auto discardedUnknown = m_store->outbox().discard(987654);
        QVERIFY(!discardedUnknown);
        QCOMPARE(discardedUnknown.error().kind, StoreError::Kind::NotFound);

        // A step's push discarded: the step stays, as a draft.
        ChangeSet step;
        step.localSteps << ChangeSet::LocalStep{m_data.steps(51).constFirst(), {}};
        QVERIFY(m_store->apply(step));
        const qint64 stepPush = m_store->outbox().entriesOf(TestDossiers::code(51))->constFirst().id;
        QVERIFY(m_store->outbox().discard(stepPush));
        const auto steps = m_store->steps(TestDossiers::code(51));
        QCOMPARE(steps->size(), 1);
        QCOMPARE(steps->constFirst().syncState, SyncState::Draft);
        QCOMPARE(m_store->outbox().entriesOf(TestDossiers::code(51))->size(), 0);
    }
};

BTXH_STORE_TEST_MAIN(TestStoreOutbox)
#include "tst_storeoutbox.moc"
