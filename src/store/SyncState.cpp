// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncState.h"

#include <QCoreApplication>

namespace btxh {

QString syncStateName(SyncState state) {
    switch (state) {
    case SyncState::Draft:
        return QStringLiteral("draft");
    case SyncState::Ready:
        return QStringLiteral("ready");
    case SyncState::Sent:
        return QStringLiteral("sent");
    case SyncState::Synced:
        return QStringLiteral("synced");
    case SyncState::Failed:
        return QStringLiteral("failed");
    case SyncState::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

std::optional<SyncState> syncStateFromName(QStringView name) {
    const QString n = name.trimmed().toString().toLower();
    for (SyncState s : {SyncState::Draft, SyncState::Ready, SyncState::Sent, SyncState::Synced,
                        SyncState::Failed, SyncState::Conflict})
        if (syncStateName(s) == n)
            return s;
    return std::nullopt;
}

QString syncStateLabel(SyncState state) {
    switch (state) {
    case SyncState::Draft:
        return QCoreApplication::translate("SyncState", "Draft");
    case SyncState::Ready:
        return QCoreApplication::translate("SyncState", "Ready to send");
    case SyncState::Sent:
        return QCoreApplication::translate("SyncState", "Sent");
    case SyncState::Synced:
        return QCoreApplication::translate("SyncState", "Synced");
    case SyncState::Failed:
        return QCoreApplication::translate("SyncState", "Refused by the server");
    case SyncState::Conflict:
        return QCoreApplication::translate("SyncState", "Conflict");
    }
    return {};
}

} // namespace btxh
