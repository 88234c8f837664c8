// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxStore.h"

#include "SandboxLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <initializer_list>

namespace btxh {

namespace {

QSqlQuery prepared(const QString &connection, const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

// NOT NULL columns: an absent area level is stored as "".
QVariant text(const QString &s) {
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

bool run(QSqlQuery &q) {
    if (q.exec())
        return true;
    qCWarning(lcSandbox) << "SQL failed:" << q.lastError().text();
    return false;
}

// Binds `values` in order and runs an insert-or-update that returns the row's push_count: a dossier and a
// step are counted the same way, so that a repeated push is seen as one.
SandboxStore::PutOutcome upsert(QSqlQuery &q, std::initializer_list<QVariant> values) {
    SandboxStore::PutOutcome out;
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (run(q) && q.next()) {
        out.ok = true;
        out.pushCount = q.value(0).toInt();
        out.inserted = out.pushCount == 1;
    }
    q.finish();
    return out;
}

QString areaClause(const SandboxStore::Area &area, QVariantList &binds) {
    QString sql;
    if (!area.province.isEmpty()) {
        sql += QStringLiteral(" AND ma_tinh = ?");
        binds << area.province;
    }
    if (!area.district.isEmpty()) {
        sql += QStringLiteral(" AND ma_huyen = ?");
        binds << area.district;
    }
    if (!area.commune.isEmpty()) {
        sql += QStringLiteral(" AND ma_xa = ?");
        binds << area.commune;
    }
    return sql;
}

// Runs a window query whose one column is a reply form, handing each to `visit`: the number visited, or -1
// when the query fails.
int visitReplies(QSqlQuery q, const QVariantList &binds,
                 const std::function<void(const QByteArray &)> &visit) {
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!run(q))
        return -1;
    int n = 0;
    // Each reply as SQLite keeps it (the statement casts it to a blob): its UTF-8 bytes, not converted to
    // UTF-16 and back.
    while (q.next()) {
        visit(q.value(0).toByteArray());
        ++n;
    }
    return n;
}

} // namespace

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

SandboxStore::~SandboxStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString SandboxStore::timeText(const QDateTime &t) {
    return QLocale::c().toString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool SandboxStore::open(const QString &path, QString *error) {
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (kind INTEGER NOT NULL, ma_ho_so TEXT NOT NULL,"
                       " ma_tinh TEXT NOT NULL, ma_huyen TEXT NOT NULL, ma_xa TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL, request TEXT NOT NULL, reply TEXT NOT NULL,"
                       " push_count INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (kind, ma_ho_so))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_window ON records (kind, updated_at)"),
        // A step's dossier is found by MaHoSo alone, which the (kind, MaHoSo) key cannot serve: without this,
        // seeding is a scan of every record per step.
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_code ON records (ma_ho_so)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS steps (step_key TEXT PRIMARY KEY, ma_ho_so TEXT NOT NULL,"
                       " ma_tinh TEXT NOT NULL DEFAULT '', ma_huyen TEXT NOT NULL DEFAULT '',"
                       " ma_xa TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, request TEXT NOT NULL,"
                       " reply TEXT NOT NULL, push_count INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS steps_window ON steps (updated_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS steps_code ON steps (ma_ho_so)"),
    };
    for (const QString &sql : schema) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlQuery &SandboxStore::statement(int id, const char *sql) {
    std::unique_ptr<QSqlQuery> &q = m_statements[id];
    if (!q) {
        q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        q->setForwardOnly(true);
        q->prepare(QString::fromLatin1(sql));
    }
    return *q;
}

SandboxStore::PutOutcome SandboxStore::putDossier(int kind, const QString &code, const Area &area,
                                                  const QDateTime &updatedAt, const QByteArray &requestJson,
                                                  const QByteArray &replyJson) {
    const PutOutcome out =
        upsert(statement(1, ("INSERT INTO records (kind, ma_ho_so, ma_tinh, ma_huyen, ma_xa, updated_at,"
                             " request, reply) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (kind, ma_ho_so) DO UPDATE SET ma_tinh = excluded.ma_tinh,"
                             " ma_huyen = excluded.ma_huyen, ma_xa = excluded.ma_xa,"
                             " updated_at = excluded.updated_at, request = excluded.request,"
                             " reply = excluded.reply, push_count = push_count + 1"
                             " RETURNING push_count")),
               {QVariant(kind), QVariant(code), text(area.province), text(area.district), text(area.commune),
                QVariant(timeText(updatedAt)), QVariant(QString::fromUtf8(requestJson)),
                QVariant(QString::fromUtf8(replyJson))});
    if (!out.ok)
        return out;

    // Steps pushed before their dossier get its area now.
    QSqlQuery &s = statement(2, ("UPDATE steps SET ma_tinh = ?, ma_huyen = ?, ma_xa = ?"
                                 " WHERE ma_ho_so = ? AND ma_tinh = ''"));
    int j = 0;
    for (const QString &v : {area.province, area.district, area.commune, code})
        s.bindValue(j++, text(v));
    run(s);
    s.finish();
    return out;
}

SandboxStore::PutOutcome SandboxStore::putStep(const QString &key, const QString &code,
                                               const QDateTime &updatedAt, const QByteArray &requestJson,
                                               const QByteArray &replyJson) {
    Area area;
    {
        QSqlQuery &a = statement(3, ("SELECT ma_tinh, ma_huyen, ma_xa FROM records"
                                     " WHERE ma_ho_so = ? ORDER BY kind LIMIT 1"));
        a.bindValue(0, code);
        if (run(a) && a.next())
            area = {a.value(0).toString(), a.value(1).toString(), a.value(2).toString()};
        a.finish();
    }
    return upsert(statement(4, ("INSERT INTO steps (step_key, ma_ho_so, ma_tinh, ma_huyen, ma_xa, updated_at,"
                                " request, reply) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT (step_key) DO UPDATE SET updated_at = excluded.updated_at,"
                                " request = excluded.request, reply = excluded.reply,"
                                " push_count = push_count + 1 RETURNING push_count")),
                  {QVariant(key), QVariant(code), text(area.province), text(area.district),
                   text(area.commune), QVariant(timeText(updatedAt)),
                   QVariant(QString::fromUtf8(requestJson)), QVariant(QString::fromUtf8(replyJson))});
}

int SandboxStore::forEachDossier(int kind, const QDateTime &from, const QDateTime &to, const Area &area,
                                 const std::function<void(const QByteArray &)> &visit) {
    QVariantList binds{kind, timeText(from), timeText(to)};
    const QString sql = QStringLiteral("SELECT CAST(reply AS BLOB) FROM records WHERE kind = ? AND "
                                       "updated_at >= ? AND updated_at <= ?") +
                        areaClause(area, binds) + QStringLiteral(" ORDER BY updated_at, ma_ho_so");
    return visitReplies(prepared(m_connection, sql), binds, visit);
}

int SandboxStore::forEachStep(const QDateTime &from, const QDateTime &to, const Area &area,
                              const std::function<void(const QByteArray &)> &visit) {
    QVariantList binds{timeText(from), timeText(to)};
    const QString sql =
        QStringLiteral("SELECT CAST(reply AS BLOB) FROM steps WHERE updated_at >= ? AND updated_at <= ?") +
        areaClause(area, binds) + QStringLiteral(" ORDER BY updated_at, step_key");
    return visitReplies(prepared(m_connection, sql), binds, visit);
}

int SandboxStore::countDossiers(int kind) {
    QSqlQuery q = prepared(m_connection, QStringLiteral("SELECT COUNT(*) FROM records WHERE kind = ?"));
    q.addBindValue(kind);
    return run(q) && q.next() ? q.value(0).toInt() : -1;
}

int SandboxStore::countSteps() {
    QSqlQuery q = prepared(m_connection, QStringLiteral("SELECT COUNT(*) FROM steps"));
    return run(q) && q.next() ? q.value(0).toInt() : -1;
}

QJsonObject SandboxStore::describe(const QString &code) {
    QJsonObject out;
    QSqlQuery q =
        prepared(m_connection, QStringLiteral("SELECT kind, push_count, updated_at, request FROM records"
                                              " WHERE ma_ho_so = ?"));
    q.addBindValue(code);
    if (run(q)) {
        while (q.next()) {
            const QString name =
                q.value(0).toInt() == Results ? QStringLiteral("result") : QStringLiteral("dossier");
            out.insert(name, QJsonObject{
                                 {QStringLiteral("pushCount"), q.value(1).toInt()},
                                 {QStringLiteral("updatedAt"), q.value(2).toString()},
                                 {QStringLiteral("request"),
                                  QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()},
                             });
        }
    }
    QSqlQuery s =
        prepared(m_connection, QStringLiteral("SELECT push_count, request FROM steps WHERE ma_ho_so = ?"
                                              " ORDER BY updated_at"));
    s.addBindValue(code);
    QJsonArray steps;
    if (run(s)) {
        while (s.next())
            steps.append(QJsonObject{
                {QStringLiteral("pushCount"), s.value(0).toInt()},
                {QStringLiteral("request"), QJsonDocument::fromJson(s.value(1).toString().toUtf8()).object()},
            });
    }
    out.insert(QStringLiteral("steps"), steps);
    return out;
}

QJsonObject SandboxStore::pushCounts() {
    QJsonObject dossiers, results, steps;
    QSqlQuery q = prepared(m_connection, QStringLiteral("SELECT kind, ma_ho_so, push_count FROM records"));
    if (run(q)) {
        while (q.next())
            (q.value(0).toInt() == Results ? results : dossiers)
                .insert(q.value(1).toString(), q.value(2).toInt());
    }
    QSqlQuery s = prepared(m_connection, QStringLiteral("SELECT step_key, push_count FROM steps"));
    if (run(s)) {
        while (s.next()) {
            const QString key = s.value(0).toString().section(u'#', 0, 0);
            steps.insert(key, steps.value(key).toInt() + s.value(1).toInt());
        }
    }
    return QJsonObject{{QStringLiteral("dossiers"), dossiers},
                       {QStringLiteral("results"), results},
                       {QStringLiteral("steps"), steps}};
}

bool SandboxStore::begin() {
    return QSqlDatabase::database(m_connection, false).transaction();
}

bool SandboxStore::commit() {
    return QSqlDatabase::database(m_connection, false).commit();
}

} // namespace btxh
