// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "JsonCodec.h"
#include "Store.h"
#include "TestDossiers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <functional>

namespace btxh::test {

std::unique_ptr<Store> openStore(const QString &path, const QDateTime &now, const QString &user) {
    Store::Options o;
    o.clock = [now] { return now; };
    o.user = user;
    auto store = std::make_unique<Store>(o);
    if (!store->open(path))
        return nullptr;
    return store;
}

ChangeSet received(const TestDossiers &data, int from, int to) {
    ChangeSet c;
    for (int i = from; i < to; ++i)
        c.received << ChangeSet::ReceivedDossier{data.dossier(i), {}};
    return c;
}

bool enterDossier(Store &store, const Dossier &dossier) {
    ChangeSet changes;
    changes.local.append({dossier, {}});
    return store.apply(changes).has_value();
}

bool enterStep(Store &store, const ProcessingStep &step) {
    ChangeSet changes;
    changes.localSteps.append({step, {}});
    return store.apply(changes).has_value();
}

OutboxCounts outboxCounts(Store &store) {
    OutboxCounts c;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"));
    while (q.next()) {
        const QString state = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (state == u"pending")
            c.pending = n;
        else if (state == u"sent")
            c.sent = n;
        else if (state == u"done")
            c.done = n;
        else if (state == u"failed")
            c.failed = n;
    }
    return c;
}

} // namespace btxh::test

namespace btxh::test {

namespace {

// The gateway's own spelling of a dossier's XML: its declaration malformed as real payloads have it. The
// documents read from it are the same.
QByteArray gatewayJson(const Dossier &d) {
    QByteArray json = QJsonDocument(JsonCodec::writeDossier(d)).toJson(QJsonDocument::Compact);
    const qsizetype end = json.indexOf("?>");
    if (end > 0)
        json.replace(end, 2, "?'>");
    return json;
}

void describe(QByteArray &out, const Record &r) {
    for (int i = 0; i < r.table().size(); ++i) {
        const QString v = r.value(i);
        out += v.isNull() ? QByteArray("\x01") : v.toUtf8();
        out += '\x1f';
    }
    out += QJsonDocument(r.extras()).toJson(QJsonDocument::Compact);
    out += '\x1e';
}

} // namespace

bool writeLeanMix(Store &store, const TestDossiers &data, int count) {
    ChangeSet pulled;
    for (int i = 0; i < count; ++i) {
        Dossier d = data.dossier(i);
        switch (i % 6) {
        case 0:
        case 1:
        case 2: { // pulled, in the gateway's spelling
            const QByteArray json = gatewayJson(d);
            pulled.received << ChangeSet::ReceivedDossier{
                JsonCodec::readDossier(QJsonDocument::fromJson(json).object(), nullptr), json};
            for (const ProcessingStep &s : data.steps(i))
                pulled.receivedSteps << ChangeSet::ReceivedStep{s, {}};
            break;
        }
        case 3: // received as the store writes it
            pulled.received << ChangeSet::ReceivedDossier{d, {}};
            break;
        case 4: // entered here
            if (!enterDossier(store, d) || !enterStep(store, data.steps(i).constFirst()))
                return false;
            break;
        case 5: // entered with XML the documents do not give back
            d.setValue(DossierField::CertificateExtentData,
                       d.value(DossierField::CertificateExtentData) + u'\n');
            if (!enterDossier(store, d))
                return false;
            break;
        }
    }
    if (!store.apply(pulled))
        return false;
    // Conflicts: the pulled dossiers 0 and 6 edited here, then changed on the server.
    for (int i : {0, 6}) {
        if (i >= count)
            continue;
        if (!enterDossier(store, data.dossier(i, 1)))
            return false;
        const QByteArray json = gatewayJson(data.dossier(i, 2));
        ChangeSet changed;
        changed.received << ChangeSet::ReceivedDossier{
            JsonCodec::readDossier(QJsonDocument::fromJson(json).object(), nullptr), json};
        if (!store.apply(changed))
            return false;
    }
    return true;
}

std::optional<QMap<QString, QByteArray>> writeSchema9LeanMix(const QString &path, const TestDossiers &data,
                                                             int count) {
    Store::Options o;
    o.schemaVersion = 9;
    Store store(o);
    if (!store.open(path) || !writeLeanMix(store, data, count))
        return std::nullopt;
    return contentOf(store);
}

QMap<QString, QByteArray> contentOf(Store &store) {
    QMap<QString, QByteArray> out;
    QStringList codes;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT code FROM dossiers ORDER BY code"));
    while (q.next())
        codes << q.value(0).toString();
    for (const QString &code : std::as_const(codes)) {
        const StoreResult<StoredDossier> s = store.dossier(code);
        if (!s) {
            out.insert(code, "<error: " + s.error().message.toUtf8() + '>');
            continue;
        }
        QByteArray d;
        describe(d, s->dossier.fields);
        d += s->dossier.extent.hasDocumentList ? "D" : "d";
        for (const Record &r : s->dossier.extent.documents)
            describe(d, r);
        d += s->dossier.extent.hasResultList ? "R" : "r";
        for (const Record &r : s->dossier.extent.resultPapers)
            describe(d, r);
        d += "|server:" + s->serverJson + "|state:" + syncStateName(s->syncState).toUtf8() +
             (s->hasLocalEdits ? "|edited" : "") + "|problems:" + QByteArray::number(s->problems.size());
        const StoreResult<QList<StoredStep>> steps = store.steps(code);
        for (const StoredStep &st : steps ? *steps : QList<StoredStep>()) {
            d += "|step:";
            describe(d, st.step.fields);
            d += st.local ? "local" : "server";
        }
        out.insert(code, d);
    }
    return out;
}

} // namespace btxh::test

namespace btxh::test {

namespace {

// Runs `read` on its own connection to the file at `path`.
QStringList readDatabase(const QString &path, const std::function<QStringList(QSqlDatabase &)> &read) {
    const QString name = QStringLiteral("btxh-test-read");
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open the database %s to compare", qPrintable(path));
        out = read(db);
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

QStringList databaseRows(const QString &path) {
    return readDatabase(path, [](QSqlDatabase &db) {
        QStringList out;
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &t : std::as_const(names)) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)))
                continue; // a virtual table's own view of itself; its shadow tables are listed too
            while (q.next()) {
                QStringList row{t};
                for (int c = 0; c < q.record().count(); ++c)
                    row << q.value(c).toString() + QString::fromLatin1(q.value(c).toByteArray().toHex());
                out << row.join(u'|');
            }
        }
        return out;
    });
}

qint64 databaseScalar(const QString &path, const QString &sql) {
    const QString name = QStringLiteral("btxh-test-scalar");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QStringList databaseSchema(const QString &path) {
    return readDatabase(path, [](QSqlDatabase &db) {
        QStringList out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
        while (q.next())
            out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()}
                       .join(u'|');
        out.sort();
        return out;
    });
}

} // namespace btxh::test
