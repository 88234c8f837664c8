// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace btxh {

// Who is using the app. It decides what the interface lets them change; it is a working arrangement of the
// office, not a security boundary (anyone with the database file can read it). The roles of the law in force
// (Decree 147/2025): the commune officer receives and enters, the commune leader (the chair) approves and
// records decisions, the province reviewer reviews across communes. The province reviewer replaces the
// district reviewer of the three-level administration: a database that stored "district-reviewer" reads as
// ProvinceReviewer, and DistrictReviewer remains as that value's old name.
enum class UserRole {
    CommuneOfficer,
    CommuneLeader,
    ProvinceReviewer,
    Administrator,
    DistrictReviewer = ProvinceReviewer,
};

// What a role may do. Dossiers pulled from the Ministry are read-only except for the reviewer's actions
// (processing steps, the final result, settling a conflict); dossiers entered here stay editable by the
// commune officer until they are final.
class RolePolicy {
    Q_DECLARE_TR_FUNCTIONS(btxh::RolePolicy)
public:
    explicit RolePolicy(UserRole role = UserRole::CommuneOfficer)
        : m_role(role) {}

    UserRole role() const { return m_role; }

    bool canCreateDossiers() const;
    // enteredHere: the dossier was created or edited on this computer (not only received from the server).
    bool canEditDossier(bool enteredHere) const;
    bool canAddSteps(bool enteredHere) const;
    bool canRecordResult() const;
    bool canResolveConflict(bool enteredHere) const;
    bool canChangeConnection() const;
    // Whether an administrator's settings (the connection, the key pair, the rules; see
    // AdministratorSettings) may be changed, given the role stored in the office's database (none when nobody
    // chose one) and whether a gateway was chosen. A database with neither is still being set up: whoever
    // sets it up chooses the role and the connection together, as the app's first-run wizard does. After
    // that, the administrator. The app's Settings and btxh follow this one rule.
    static bool mayChangeAdministratorSettings(std::optional<UserRole> stored, bool gatewayChosen);
    bool canDiscardQueued() const;
    // Why a dossier is read-only for this role, for the form's banner.
    QString readOnlyReason(bool enteredHere) const;

    // The setting (in the database's settings table) that holds the role's name().
    static constexpr QLatin1StringView settingKey{"app.role"};

    static QList<UserRole> all();
    static QString name(UserRole role); // stable, stored in the settings
    // Also reads the names of roles the law renamed ("district-reviewer").
    static std::optional<UserRole> fromName(const QString &name);
    static QString label(UserRole role);       // translated
    static QString description(UserRole role); // what the role does, translated

private:
    UserRole m_role;
};

} // namespace btxh
