// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeadlineRules.h"
#include "DossierDeadline.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <utility>

class QSqlQuery;

namespace btxh {

// Keeps each dossier's legal deadline and finishing day in its own columns (schema 7), so that reports and
// the case list count and filter by them in SQL:
//   due_date     yyyy-MM-dd: the deadline the gateway sent (NgayKetThucTheoQuyDinh of the latest step it
//                sent) or else the one computed from the procedure's processing time and the received date
//   due_source   'gateway' / 'computed' / NULL (no deadline: no processing time configured, no received date)
//   finished_on  yyyy-MM-dd of the first step whose status ends the dossier (DossierStatus::Finished)
// The store refreshes a dossier's columns in every write that touches it, and all computed ones when the
// rules change (an administrator's setting).
class DueDates {
public:
    explicit DueDates(QSqlDatabase db);
    ~DueDates();

    // Schema 7's columns and the report's indexes; the values are filled by recomputeAll().
    static QStringList schemaStatements();
    // The columns a dossier's deadline is read from, in the order read() takes them.
    static QStringList columns() {
        return {QStringLiteral("due_date"), QStringLiteral("due_source"), QStringLiteral("finished_on")};
    }
    // A dossier's deadline from those columns' values and its status (StatusId).
    static DossierDeadline read(const QVariant &dueDate, const QVariant &dueSource,
                                const QVariant &finishedOn, const QString &status);
    // The rules of this database: the shipped ones with the administrator's settings applied.
    static DeadlineRules rulesOf(QSqlDatabase db, QSqlError *error);

    // due_date and due_source of a dossier no step has reached yet (finished_on is then NULL): computed from
    // its procedure's processing time and its received date's key (k_NgayTiepNhan), as refresh() would.
    static std::pair<QVariant, QVariant> withoutSteps(const QString &receivedKey, const QString &procedure,
                                                      const DeadlineRules &rules);
    // One dossier's three columns, inside the caller's transaction. False with the error.
    bool refresh(const QString &code, const DeadlineRules &rules, QSqlError *error);
    // Every dossier's: the finishing days and gateway deadlines in two statements, the computed deadlines
    // once per received day and procedure (not per dossier).
    bool recomputeAll(const DeadlineRules &rules, QSqlError *error);
    // Only the computed deadlines: after the rules changed (the gateway's stay as they are).
    bool recomputeComputed(const DeadlineRules &rules, QSqlError *error);

private:
    bool prepare(QSqlError *error);

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_read;
    std::unique_ptr<QSqlQuery> m_write;
};

} // namespace btxh
