// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace btxh::BoundQuery {

// Prepares `text` on `q`, forward only, binds `values` by position in order and runs it: the readers' one way
// of running a statement. On failure `*error` says why.
bool run(QSqlQuery &q, const QString &text, const QVariantList &values, QSqlError *error);

// Runs a statement that gives one row, and gives its columns' values; nothing, with `*error` set, when it
// failed or gave no row.
std::optional<QVariantList> row(const QSqlDatabase &db, const QString &text, const QVariantList &values,
                                QSqlError *error);

// Runs a statement that gives one row, and gives its first column as a number; nothing, with `*error` set,
// when it failed or gave no row.
std::optional<qint64> number(const QSqlDatabase &db, const QString &text, const QVariantList &values,
                             QSqlError *error);

// After the last row: whether stepping through them went well (else `*error` says why).
bool finished(const QSqlQuery &q, QSqlError *error);

} // namespace btxh::BoundQuery
