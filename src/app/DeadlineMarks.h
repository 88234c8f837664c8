// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>

namespace btxh::app {

enum class DeadlineState { None, OnTime, NearlyDue, Overdue };

// Which deadlines need attention: past the legal deadline and not finished (overdue), or due within two days
// (nearly due). Finished means one of the statuses after which a dossier can no longer be late (the store's
// list of them, so the list's "overdue" filter and these marks agree).
class DeadlineMarks {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DeadlineMarks)
public:
    static constexpr qint64 NearlyDueSeconds = 48 * 3600;

    static bool isFinished(const QString &statusCode);
    // A dossier, from its latest step's legal deadline and its status.
    static DeadlineState ofDossier(const QDateTime &deadline, const QString &statusCode,
                                   const QDateTime &now);
    // One step: `doneAt` is when the next step happened (invalid for the latest step, which is judged
    // against now unless the dossier is finished).
    static DeadlineState ofStep(const QDateTime &deadline, const QDateTime &doneAt, bool dossierFinished,
                                const QDateTime &now);

    static QColor background(DeadlineState state);
    static QColor foreground(DeadlineState state);
    static QString label(DeadlineState state); // translated, empty for None/OnTime
};

} // namespace btxh::app
