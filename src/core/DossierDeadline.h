// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace btxh {

// Where a dossier's legal deadline came from: sent by the gateway (a processing step it sent carries
// NgayKetThucTheoQuyDinh), or computed here from the procedure's processing time (DeadlineRules).
enum class DeadlineSource { None, Computed, Gateway };

// How a dossier stands against its deadline, judged by day: finished on or before the due day is on time.
enum class DeadlineOutcome {
    Undetermined,   // no deadline, or finished without a known finishing day
    OnTime,         // finished, on or before the due day
    Late,           // finished after the due day
    WithinDeadline, // in progress, the due day is today or later
    Overdue,        // in progress, the due day has passed
};

// A dossier's deadline as the store keeps it (StoredDossier::dueDate, dueSource, finishedAt): what the
// detail view, the tracking book and the reports read. The store's report SQL applies the same rule.
struct DossierDeadline {
    Q_DECLARE_TR_FUNCTIONS(btxh::DossierDeadline)
public:
    QDate due;
    DeadlineSource source = DeadlineSource::None;
    bool finished = false; // the dossier's status is one after which it cannot be late any more
    QDate finishedOn;      // the day of the first step with such a status, when known

    DeadlineOutcome outcome(const QDate &today) const;
    bool isLate(const QDate &today) const;

    static QString sourceKey(DeadlineSource source); // "computed" / "gateway" / "" (as stored)
    static DeadlineSource sourceFromKey(const QString &key);
    static QString sourceLabel(DeadlineSource source);    // translated
    static QString outcomeLabel(DeadlineOutcome outcome); // translated
};

} // namespace btxh
