// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>

#include "DossierDeadline.h"

namespace btxh::app {

enum class DeadlineState { None, OnTime, NearlyDue, Overdue };

// Which deadlines need attention: past the legal deadline and not finished (overdue), or due within two days
// (nearly due). A dossier is judged by its own deadline and by day, as the reports and the list's "overdue"
// filter judge it (DossierDeadline); a step by its legal deadline's time. Finished means one of the statuses
// after which a dossier can no longer be late (the store's list of them).
class DeadlineMarks {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DeadlineMarks)
public:
    static constexpr qint64 NearlyDueSeconds = 48 * 3600;
    static constexpr qint64 NearlyDueDays = 2;

    static bool isFinished(const QString &statusCode);
    // A dossier, from its legal deadline (the gateway's or the computed one).
    static DeadlineState ofDossier(const DossierDeadline &deadline, const QDate &today);
    // One step: `doneAt` is when the next step happened (invalid for the latest step, which is judged
    // against now unless the dossier is finished).
    static DeadlineState ofStep(const QDateTime &deadline, const QDateTime &doneAt, bool dossierFinished,
                                const QDateTime &now);

    static QColor background(DeadlineState state);
    static QColor foreground(DeadlineState state);
    static QString label(DeadlineState state); // translated, empty for None/OnTime
};

} // namespace btxh::app
