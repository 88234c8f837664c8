// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <map>
#include <memory>

class QSqlQuery;

namespace btxh {

// The sandbox's own SQLite database: what was pushed to it (or seeded), keyed by MaHoSo so that a repeated
// push updates instead of duplicating, with the time each record was last written (the pull window applies
// to it) and the area it belongs to. Each row keeps the request form it came in and its pull-response form.
class SandboxStore {
public:
    enum Kind { Dossiers = 1, Results = 100 };

    struct Area {
        QString province, district, commune;
    };
    struct PutOutcome {
        bool ok = false;
        bool inserted = false; // false: an existing row was updated
        int pushCount = 0;
    };

    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }

    PutOutcome putDossier(int kind, const QString &code, const Area &area, const QDateTime &updatedAt,
                          const QByteArray &requestJson, const QByteArray &replyJson);
    PutOutcome putStep(const QString &key, const QString &code, const QDateTime &updatedAt,
                       const QByteArray &requestJson, const QByteArray &replyJson);

    // Reply forms in the window [from, to] (inclusive) and area ("" = any), oldest first.
    int forEachDossier(int kind, const QDateTime &from, const QDateTime &to, const Area &area,
                       const std::function<void(const QByteArray &reply)> &visit);
    int forEachStep(const QDateTime &from, const QDateTime &to, const Area &area,
                    const std::function<void(const QByteArray &reply)> &visit);

    int countDossiers(int kind);
    int countSteps();
    // Push counts and stored request forms of one MaHoSo, for tests (GET /__admin/records).
    QJsonObject describe(const QString &code);
    // {"dossiers": {MaHoSo: n}, "results": {MaHoSo: n}, "steps": {step key: n}}: how often each was pushed
    // (steps stored apart in the non-deduplicating mode are counted under their common key).
    QJsonObject pushCounts();

    bool begin();
    bool commit();

    static QString timeText(const QDateTime &t); // yyyy-MM-dd HH:mm:ss, sortable

private:
    // Prepared once: seeding 100,000 dossiers would otherwise spend its time parsing SQL.
    QSqlQuery &statement(int id, const char *sql);

    QString m_connection;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_path;
};

} // namespace btxh
