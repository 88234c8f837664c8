#include "CaseTiming.h"

#include "ListQuery.h"
#include "WireDate.h"

namespace btxh::documents {

bool CaseTiming::isFinished(const QString &statusCode) {
    static const QStringList finished = ListQuerySql::finishedStatuses();
    return finished.contains(statusCode.trimmed());
}

QDateTime CaseTiming::fromStoredDeadline(const QString &storedDeadline) {
    if (storedDeadline.isEmpty())
        return {};
    return QDateTime::fromString(storedDeadline.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTime CaseTiming::finishedAt(const QString &statusCode, const QList<StoredStep> &steps) {
    if (!isFinished(statusCode))
        return {};
    QDateTime at;
    for (const StoredStep &s : steps) {
        if (!isFinished(s.step.value(ProgressField::StatusId)))
            continue;
        const WireDate::Parsed p = WireDate::parse(s.step.value(ProgressField::ThoiDiemXuLy));
        if (p.isValid() && (!at.isValid() || p.value > at))
            at = p.value;
    }
    return at;
}

CaseTiming CaseTiming::of(const QString &statusCode, const QString &storedDeadline,
                          const QDateTime &finishedAt, const QDateTime &now) {
    CaseTiming t;
    t.due = fromStoredDeadline(storedDeadline);
    const bool finished = isFinished(statusCode);
    if (finished)
        t.finished = finishedAt;
    if (!t.due.isValid())
        return t;
    if (finished) {
        if (t.finished.isValid())
            t.state = t.finished > t.due ? State::Late : State::OnTime;
        return t;
    }
    t.state = now > t.due ? State::Overdue : State::InProgress;
    return t;
}

QString CaseTiming::label() const {
    switch (state) {
    case State::OnTime:
        return tr("on time");
    case State::Late:
        return tr("late");
    case State::InProgress:
        return tr("in progress");
    case State::Overdue:
        return tr("overdue");
    case State::Unknown:
        break;
    }
    return {};
}

} // namespace btxh::documents
