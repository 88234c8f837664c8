// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace btxh {

// The gateway's times are local wall-clock times with no zone, to the second (§3.1, WireDate). The sync
// engine keeps every time it sends or stores that way.
namespace SyncTime {

// `t` as local wall-clock time, without milliseconds.
QDateTime wallClock(const QDateTime &t);

// A watermark as the store keeps it: yyyy-MM-ddTHH:mm:ss (local, sortable).
QString watermarkText(const QDateTime &t);
QDateTime fromWatermark(const QString &text); // invalid when it does not parse

// A time typed by a person: dd/MM/yyyy HH:mm:ss, dd/MM/yyyy, yyyy-MM-dd HH:mm:ss or ISO 8601 (with a 'T' and
// optionally a zone, which is converted to local time). std::nullopt when none of them matches.
std::optional<QDateTime> parseUserTime(const QString &text);

} // namespace SyncTime
} // namespace btxh
