// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/TestDossiers.h"
#include "../support/TestStore.h"
#include "DossierGenerator.h"
#include "DueDates.h"
#include "ExtentDataXml.h"
#include "ExtentStorage.h"
#include "JsonCodec.h"
#include "PayloadImport.h"
#include "PreparedDossier.h"
#include "SandboxDialect.h"
#include "Store.h"
#include "StoreSchema.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <vector>

using namespace btxh;
using btxh::test::databaseRows;

// A write does less work than it used to, and must store exactly what it stored before: what Store::prepare
// derives ahead on the import's reading thread (PreparedDossier) gives the very rows the write derives
// itself, and a new dossier's deadline written with its row is the one the steps-based refresh gives.
class TestPreparedWrite : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_opened = 0;

    static QDateTime fixedNow() { return QDateTime(QDate(2025, 7, 15), QTime(9, 30), Qt::UTC); }

    static std::unique_ptr<Store> open(const QString &path) {
        return test::openStore(path, fixedNow(), QStringLiteral("officer"));
    }

    // A pull response in the gateway's dialect (key spellings, nulls, the malformed XML declaration), read
    // and judged as `btxh import` does.
    static ChangeSet pulled(int count) {
        DossierGenerator generator(11, QDateTime(QDate(2025, 6, 30), QTime(17, 0), Qt::UTC), 730);
        QJsonArray items;
        for (int i = 0; i < count; ++i) {
            Dossier d = generator.next().dossier;
            d.setValue(DossierField::CertificateExtentData, ExtentDataXml::write(d.extent));
            items.append(SandboxDialect::dossier(JsonCodec::writeDossier(d), i % 2 == 0));
        }
        const QJsonObject result{{QStringLiteral("message"), QStringLiteral("Lấy dữ liệu thành công")},
                                 {QStringLiteral("error_code"), 0},
                                 {QStringLiteral("data"), items}};
        const QByteArray document =
            QJsonDocument(QJsonObject{{QStringLiteral("result"), result}}).toJson(QJsonDocument::Compact);
        QString error;
        const std::optional<Payload> payload = PayloadReader::read(document, &error);
        if (!payload)
            qFatal("the generated pull response does not read");
        return PayloadImport::build(*payload, Validator(ValidationContext::incoming(QDate(2025, 7, 1))))
            .changes;
    }

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_opened)); }

    // Writes `changes` in batches of 40 into a new file, prepared ahead or not; the file's path.
    QString write(const ChangeSet &changes, bool prepared) {
        const QString path = freshPath();
        std::unique_ptr<Store> store = open(path);
        if (!store)
            return {};
        for (qsizetype from = 0; from < changes.received.size(); from += 40) {
            ChangeSet batch;
            batch.received = changes.received.mid(from, 40);
            if (prepared)
                Store::prepare(batch);
            if (!store->apply(batch))
                return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void preparedAhead_pullDialect_storesTheSameRowsAsPreparedInTheWrite() {
        const ChangeSet changes = pulled(120);
        QCOMPARE(changes.received.size(), 120);
        const QString plain = write(changes, false);
        const QString ahead = write(changes, true);
        QVERIFY(!plain.isEmpty() && !ahead.isEmpty());
        const QStringList expected = databaseRows(plain);
        QVERIFY(expected.size() > 120 * 3); // dossiers, documents, search text, sort keys at least
        QCOMPARE(databaseRows(ahead), expected);
    }

    void readFromCopy_keepsTheDocumentsXmlAsReadingTheCopyAgainWould() {
        const ChangeSet changes = pulled(120);
        int fromCopy = 0;
        for (const ChangeSet::ReceivedDossier &item : changes.received) {
            QVERIFY(item.readFromCopy);
            const ExtentStorage::Kept known = ExtentStorage::keep(item.dossier, item.serverJson, true);
            const ExtentStorage::Kept read = ExtentStorage::keep(item.dossier, item.serverJson, false);
            QCOMPARE(int(known.source), int(read.source));
            QCOMPARE(known.column, read.column);
            fromCopy += known.source == ExtentStorage::Source::ServerCopy ? 1 : 0;
        }
        QVERIFY(fromCopy > 0); // the gateway's spelling of the XML: kept by the copy
    }

    // A pull keeps the record's own image as the copy (no item JSON): its XML is the dossier's, unread.
    void copyMadeFromTheFields_keepsTheDocumentsXmlAsReadingTheCopyWould() {
        const ChangeSet changes = pulled(120);
        int fromCopy = 0;
        for (const ChangeSet::ReceivedDossier &item : changes.received) {
            const PreparedDossier prepared = PreparedDossier::of(item.dossier, QByteArray());
            QCOMPARE(prepared.serverJson, StoreSchema::recordJson(item.dossier.fields));
            const ExtentStorage::Kept read = ExtentStorage::keep(item.dossier, prepared.serverJson, false);
            QCOMPARE(int(prepared.extent.source), int(read.source));
            QCOMPARE(prepared.extent.column, read.column);
            fromCopy += read.source == ExtentStorage::Source::ServerCopy ? 1 : 0;
        }
        QVERIFY(fromCopy > 0);
    }

    // As a pull prepares its windows: several at once, each on a worker thread.
    void preparedOnSeveralThreadsAtOnce_eachItemGetsWhatOneThreadGives() {
        const ChangeSet changes = pulled(301);
        ChangeSet one = changes;
        Store::prepare(one);
        QList<ChangeSet> parts(4);
        for (qsizetype i = 0; i < changes.received.size(); ++i)
            parts[i % 4].received << changes.received.at(i);
        std::vector<std::future<void>> workers;
        for (ChangeSet &part : parts)
            workers.push_back(std::async(std::launch::async, [&part] { Store::prepare(part); }));
        for (std::future<void> &w : workers)
            w.get();
        ChangeSet four;
        for (qsizetype i = 0; i < changes.received.size(); ++i)
            four.received << parts.at(i % 4).received.at(i / 4);
        QCOMPARE(four.received.size(), one.received.size());
        for (qsizetype i = 0; i < one.received.size(); ++i) {
            const std::shared_ptr<const PreparedDossier> &a = one.received.at(i).prepared;
            const std::shared_ptr<const PreparedDossier> &b = four.received.at(i).prepared;
            QVERIFY2(a && b, qPrintable(QString::number(i)));
            QCOMPARE(b->serverJson, a->serverJson);
            QCOMPARE(b->serverHash, a->serverHash);
            QCOMPARE(b->contentHash, a->contentHash);
            QCOMPARE(b->encodedCopy, a->encodedCopy);
            QCOMPARE(b->extent.column, a->extent.column);
            QCOMPARE(int(b->extent.source), int(a->extent.source));
            QCOMPARE(b->searchText, a->searchText);
            QCOMPARE(b->sortKeys, a->sortKeys);
        }
        // The source it was copied from is untouched (its own items unprepared).
        QVERIFY(!changes.received.constFirst().prepared && !changes.received.constLast().prepared);
        // Written, both give the same rows.
        const QString a = write(one, false);
        const QString b = write(four, false);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QCOMPARE(databaseRows(b), databaseRows(a));
    }

    void preparedAhead_updatesOfStoredDossiers_storeTheSameRows() {
        const test::TestDossiers data(5);
        ChangeSet first = test::received(data, 0, 60);
        ChangeSet second;
        for (int i = 0; i < 60; ++i)
            second.received << ChangeSet::ReceivedDossier{data.dossier(i, i % 3 == 0 ? 1 : 0), {}};
        QStringList rows[2];
        for (bool prepared : {false, true}) {
            const QString path = freshPath();
            std::unique_ptr<Store> store = open(path);
            QVERIFY(store);
            ChangeSet a = first, b = second;
            if (prepared) {
                Store::prepare(a);
                Store::prepare(b);
            }
            QVERIFY(store->apply(a));
            const StoreResult<ChangeResult> r = store->apply(b);
            QVERIFY(r);
            QCOMPARE(r->received.count(ChangeOutcome::Updated), 20);
            store.reset();
            rows[prepared] = databaseRows(path);
        }
        QCOMPARE(rows[1], rows[0]);
    }

    // Dossiers received alone get their deadline with their row; steps coming with them, after them or before
    // them (a pull of progress before the dossiers) leave the deadline the steps give. Either way the columns
    // equal what recomputing every deadline from the steps gives.
    void newDossierDeadline_equalsTheStepsBasedRefresh_withStepsBeforeWithAndAfter() {
        const test::TestDossiers data(9);
        const QString path = freshPath();
        {
            std::unique_ptr<Store> store = open(path);
            QVERIFY(store);
            ChangeSet early; // steps of dossiers 40-59, before the dossiers
            for (int i = 40; i < 60; ++i)
                for (const ProcessingStep &s : data.steps(i))
                    early.receivedSteps << ChangeSet::ReceivedStep{s, {}};
            QVERIFY(store->apply(early));
            ChangeSet dossiers = test::received(data, 0, 60);
            for (int i = 20; i < 30; ++i) // with their dossiers
                for (const ProcessingStep &s : data.steps(i))
                    dossiers.receivedSteps << ChangeSet::ReceivedStep{s, {}};
            QVERIFY(store->apply(dossiers));
            ChangeSet later; // after them
            for (int i = 30; i < 40; ++i)
                for (const ProcessingStep &s : data.steps(i))
                    later.receivedSteps << ChangeSet::ReceivedStep{s, {}};
            QVERIFY(store->apply(later));
        }
        const auto deadlines = [&](bool recompute) {
            QStringList out;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("due"));
                db.setDatabaseName(path);
                if (!db.open())
                    qFatal("cannot open the database");
                if (recompute) {
                    QSqlError e;
                    const DeadlineRules rules = DueDates::rulesOf(db, &e);
                    if (e.isValid() || !DueDates(db).recomputeAll(rules, &e))
                        qFatal("recomputing the deadlines failed");
                }
                QSqlQuery q(db);
                q.exec(
                    QStringLiteral("SELECT code, due_date, due_source, finished_on, k_deadline IS NULL FROM "
                                   "dossiers ORDER BY code"));
                while (q.next())
                    out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString()}
                               .join(u'|');
            }
            QSqlDatabase::removeDatabase(QStringLiteral("due"));
            return out;
        };
        const QStringList written = deadlines(false);
        QCOMPARE(written.size(), 60);
        // Both kinds are met: deadlines computed at the insert, and the gateway's from steps.
        QVERIFY(!written.filter(QStringLiteral("|computed|")).isEmpty());
        QVERIFY(!written.filter(QStringLiteral("|gateway|")).isEmpty());
        QCOMPARE(deadlines(true), written);
    }
};

QTEST_GUILESS_MAIN(TestPreparedWrite)
#include "tst_preparedwrite.moc"
