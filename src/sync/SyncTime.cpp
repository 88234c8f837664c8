// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTime.h"

#include "WireDate.h"

#include <QLocale>

namespace btxh::SyncTime {

QDateTime wallClock(const QDateTime &t) {
    if (!t.isValid())
        return {};
    const QDateTime local = t.timeSpec() == Qt::LocalTime ? t : t.toLocalTime();
    const QTime time = local.time();
    return QDateTime(local.date(), QTime(time.hour(), time.minute(), time.second()));
}

QString watermarkText(const QDateTime &t) {
    return QLocale::c().toString(wallClock(t), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime fromWatermark(const QString &text) {
    const WireDate::Parsed p = WireDate::parse(text);
    return p.isValid() ? wallClock(p.dateTime()) : QDateTime();
}

std::optional<QDateTime> parseUserTime(const QString &text) {
    const WireDate::Parsed p = WireDate::parse(text);
    if (p.isValid())
        return wallClock(p.dateTime());
    const QDateTime iso = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (iso.isValid())
        return wallClock(iso);
    return std::nullopt;
}

} // namespace btxh::SyncTime
