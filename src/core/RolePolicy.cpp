// SPDX-License-Identifier: GPL-3.0-or-later
#include "RolePolicy.h"

namespace btxh {

bool RolePolicy::canCreateDossiers() const {
    return m_role == UserRole::CommuneOfficer || m_role == UserRole::Administrator;
}

bool RolePolicy::canEditDossier(bool enteredHere) const {
    switch (m_role) {
    case UserRole::CommuneOfficer:
        return enteredHere;
    case UserRole::CommuneLeader:
    case UserRole::ProvinceReviewer:
        return false;
    case UserRole::Administrator:
        return true;
    }
    return false;
}

bool RolePolicy::canAddSteps(bool enteredHere) const {
    return m_role != UserRole::CommuneOfficer || enteredHere;
}

// The decision on a monthly allowance is the commune chair's (Decree 147/2025), no longer a district's.
bool RolePolicy::canRecordResult() const {
    return m_role == UserRole::CommuneLeader || m_role == UserRole::Administrator;
}

bool RolePolicy::canResolveConflict(bool enteredHere) const {
    return m_role != UserRole::CommuneOfficer || enteredHere;
}

bool RolePolicy::canChangeConnection() const {
    return m_role == UserRole::Administrator;
}

bool RolePolicy::mayChangeAdministratorSettings(std::optional<UserRole> stored, bool gatewayChosen) {
    if (stored)
        return RolePolicy(*stored).canChangeConnection();
    return !gatewayChosen;
}

bool RolePolicy::canDiscardQueued() const {
    return m_role == UserRole::Administrator;
}

QString RolePolicy::readOnlyReason(bool enteredHere) const {
    if (canEditDossier(enteredHere))
        return {};
    if (m_role == UserRole::CommuneLeader)
        return tr(
            "A commune leader approves and records the decision (processing steps and the final result); "
            "the dossier itself is read-only.");
    if (m_role == UserRole::ProvinceReviewer)
        return tr(
            "A province reviewer records review steps across communes; the dossier itself is read-only.");
    return tr("This dossier was received from the Ministry's system: it is read-only here.");
}

QList<UserRole> RolePolicy::all() {
    return {UserRole::CommuneOfficer, UserRole::CommuneLeader, UserRole::ProvinceReviewer,
            UserRole::Administrator};
}

QString RolePolicy::name(UserRole role) {
    switch (role) {
    case UserRole::CommuneOfficer:
        return QStringLiteral("commune-officer");
    case UserRole::CommuneLeader:
        return QStringLiteral("commune-leader");
    case UserRole::ProvinceReviewer:
        return QStringLiteral("province-reviewer");
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<UserRole> RolePolicy::fromName(const QString &name) {
    const QString wanted = name.trimmed();
    for (UserRole r : all())
        if (RolePolicy::name(r) == wanted)
            return r;
    if (wanted == u"district-reviewer") // the three-level administration's reviewer, stored before 2025
        return UserRole::ProvinceReviewer;
    return std::nullopt;
}

QString RolePolicy::label(UserRole role) {
    switch (role) {
    case UserRole::CommuneOfficer:
        return tr("Commune officer");
    case UserRole::CommuneLeader:
        return tr("Commune leader");
    case UserRole::ProvinceReviewer:
        return tr("Province reviewer");
    case UserRole::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString RolePolicy::description(UserRole role) {
    switch (role) {
    case UserRole::CommuneOfficer:
        return tr("Receives dossiers at the commune and enters them.");
    case UserRole::CommuneLeader:
        return tr("The commune chair or deputy: approves dossiers and records the decision, as the law in "
                  "force since 2025 gives it to the commune.");
    case UserRole::ProvinceReviewer:
        return tr("Reviews dossiers across the province's communes (formerly the district reviewer).");
    case UserRole::Administrator:
        return tr("Sets up the connection to the gateway and may change everything.");
    }
    return {};
}

} // namespace btxh
