// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace btxh {

// Version 12: dossiers_status_received (StatusId, received date, id, code). The case list filtered by one
// status and sorted by received date (its default order) walks it and stops at a full page, where the
// status's own index gave its rows in id order, all of them sorted before the first page; and a count of a
// code's beginning with a status reads it alone, checking the code in the index, where the status's index
// read each dossier's row for its code. Written for both backends, as UnreadIndexes: the same statement
// serves SQLite and PostgreSQL (SqlDialect::createIndex quotes the name).
class StatusReceivedIndex {
public:
    static QString name() { return QStringLiteral("dossiers_status_received"); }
    static QStringList columns();
    static bool apply(QSqlDatabase &db, QSqlError *error);
};

} // namespace btxh
