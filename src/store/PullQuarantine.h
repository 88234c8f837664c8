// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace btxh {

// A pulled item that could not be read, kept verbatim with the window it came in.
struct QuarantinedItem {
    qint64 id = 0;
    QString service; // the watermark's service: "dossiers", "progress", "results"
    QString area;    // the watermark's area key
    QDateTime windowFrom, windowTo;
    QByteArray item; // as the gateway sent it
    QString problem; // why it could not be read
    QDateTime receivedAt;
};

// The pull quarantine's SQL: items of a pull reply that could not be understood wait here until an officer
// dismisses them, and the pull of their service and area does not move its watermark past the oldest one
// still waiting, so that it keeps asking for that window. Statements run in the caller's transaction.
class PullQuarantine {
public:
    explicit PullQuarantine(QSqlDatabase db);

    bool add(const QuarantinedItem &item);
    // The items not dismissed yet, oldest first.
    std::optional<QList<QuarantinedItem>> waiting();
    // False with no error when there is no such waiting item.
    bool dismiss(qint64 id, const QString &who, const QDateTime &at);
    // The start of the oldest window holding a waiting item of `service` and `area`; invalid when none.
    std::optional<QDateTime> oldestWindow(const QString &service, const QString &area);

    const QSqlError &lastError() const { return m_error; }
    bool hasError() const { return m_error.isValid(); }

private:
    bool exec(QSqlQuery &q);

    QSqlDatabase m_db;
    QSqlError m_error;
};

} // namespace btxh
