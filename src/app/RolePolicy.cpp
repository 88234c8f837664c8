#include "RolePolicy.h"

namespace btxh::app {

bool RolePolicy::canCreateDossiers() const {
    return m_role != UserRole::DistrictReviewer;
}

bool RolePolicy::canEditDossier(bool enteredHere) const {
    switch (m_role) {
    case UserRole::CommuneOfficer:
        return enteredHere;
    case UserRole::DistrictReviewer:
        return false;
    case UserRole::Administrator:
        return true;
    }
    return false;
}

bool RolePolicy::canAddSteps(bool enteredHere) const {
    return m_role != UserRole::CommuneOfficer || enteredHere;
}

bool RolePolicy::canRecordResult() const {
    return m_role != UserRole::CommuneOfficer;
}

bool RolePolicy::canResolveConflict(bool enteredHere) const {
    return m_role != UserRole::CommuneOfficer || enteredHere;
}

bool RolePolicy::canChangeConnection() const {
    return m_role == UserRole::Administrator;
}

bool RolePolicy::canDiscardQueued() const {
    return m_role == UserRole::Administrator;
}

QString RolePolicy::readOnlyReason(bool enteredHere) const {
    if (canEditDossier(enteredHere))
        return {};
    if (m_role == UserRole::DistrictReviewer)
        return tr(
            "A district reviewer records processing steps and results; the dossier itself is read-only.");
    return tr("This dossier was received from the Ministry's system: it is read-only here.");
}

QList<UserRole> RolePolicy::all() {
    return {UserRole::CommuneOfficer, UserRole::DistrictReviewer, UserRole::Administrator};
}

QString RolePolicy::name(UserRole role) {
    switch (role) {
    case UserRole::CommuneOfficer:
        return QStringLiteral("commune-officer");
    case UserRole::DistrictReviewer:
        return QStringLiteral("district-reviewer");
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<UserRole> RolePolicy::fromName(const QString &name) {
    for (UserRole r : all())
        if (RolePolicy::name(r) == name.trimmed())
            return r;
    return std::nullopt;
}

QString RolePolicy::label(UserRole role) {
    switch (role) {
    case UserRole::CommuneOfficer:
        return tr("Commune officer");
    case UserRole::DistrictReviewer:
        return tr("District reviewer");
    case UserRole::Administrator:
        return tr("Administrator");
    }
    return {};
}

} // namespace btxh::app
