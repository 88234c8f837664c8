#pragma once

#include "StoredDossier.h"

#include <QCoreApplication>
#include <QDateTime>

namespace btxh::documents {

// When a dossier is due, when it was finished, and whether it was (or is) on time. The one place printed
// documents take these from: the deadline is, for now, the legal deadline of the latest processing step
// (NgayKetThucTheoQuyDinh, as the store keeps it); the working-day calendar will replace that here.
struct CaseTiming {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::CaseTiming)
public:
    enum class State { Unknown, OnTime, Late, InProgress, Overdue };

    QDateTime due;      // invalid when no deadline is known
    QDateTime finished; // invalid while not finished, or when the finishing step has no time
    State state = State::Unknown;

    // `storedDeadline` is the store's yyyy-MM-dd HH:mm:ss; `finishedAt` when the dossier was finished.
    static CaseTiming of(const QString &statusCode, const QString &storedDeadline,
                         const QDateTime &finishedAt, const QDateTime &now);
    // When the dossier was finished: the time of the latest step whose status finishes it, if any.
    static QDateTime finishedAt(const QString &statusCode, const QList<StoredStep> &steps);
    static bool isFinished(const QString &statusCode);
    static QDateTime fromStoredDeadline(const QString &storedDeadline);

    QString label() const; // translated: "on time", "late", "in progress", "overdue", "" when unknown
};

} // namespace btxh::documents
