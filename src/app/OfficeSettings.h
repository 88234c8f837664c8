// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GsoDirectory.h"
#include "RolePolicy.h"
#include "StoreResult.h"
#include "SyncArea.h"
#include "ValidationContext.h"

#include <QDateTime>
#include <QString>

namespace btxh {
class Store;
}

namespace btxh::app {

// The office's working settings the app keeps in the database's settings table, beside the sync engine's
// (SyncSettings: endpoint.*, keys.profile, area.*). They travel with the office's database. Nothing secret is
// kept here. The app's own keys:
//
//   app.role               commune-officer | commune-leader | province-reviewer | administrator
//                          (default commune-officer; a stored district-reviewer reads as province-reviewer)
//   app.agency-code        receiving agency code that starts new MaHoSo codes, e.g. 000.00.15.G07
//   app.office-unit        the office's name as DonViXuLy (processing unit)
//   app.handler-name       who records processing steps on this computer (NguoiXuLy)
//   app.handler-position   their position (ChucDanh)
//   app.handler-account    their account (TaiKhoanXuLy)
//                          (on an office's server the three are each officer's own: "app.handler-name@user",
//                          user being the database user the desktop logs in as)
//   app.places             2025 | 2024 | 2025-pre-reform: the GSO list the office's area is picked from
//                          (default 2025; an older database whose area only reads in 2024 stays there).
//                          Dossiers' codes are always read against the list of their received date.
// and reads the endpoint profile's endpoint.post-reform / endpoint.district (SyncSettings) for validation.
//   app.ethnicity          gso | id: how DanTocId is coded (decisions.md)
//   app.last-sync          when the last sync run ended without a problem (ISO 8601, UTC)
//   app.office-server      the office's PostgreSQL database this one was last copied to or from
//                          (postgresql://user@server:port/database; never a password)
class OfficeSettings {
public:
    explicit OfficeSettings(Store &store);

    QString value(const QString &key, const QString &fallback = QString()) const;
    StoreResult<void> setValue(const QString &key, const QString &value);

    UserRole role() const;
    // Whether the connection, the key pair and the other administrator's settings may be changed now
    // (AdministratorSettings: the stored role is the administrator, or the database is not set up yet).
    bool mayChangeConnection() const;
    QString agencyCode() const;
    QString officeUnit() const;
    QString handlerName() const;
    QString handlerPosition() const;
    QString handlerAccount() const;
    SyncArea area() const;
    GsoList places() const;
    PostReformForm postReform() const;
    EthnicityCoding ethnicity() const;
    QDateTime lastSuccessfulSync() const;
    StoreResult<void> setLastSuccessfulSync(const QDateTime &at);
    // Whether anyone chose a gateway for this database (otherwise the app offers the demo).
    bool hasGateway() const;

    static const QString Role, AgencyCode, OfficeUnit, HandlerName, HandlerPosition, HandlerAccount, Places,
        Ethnicity, LastSync, OfficeServer;

private:
    QString storedKey(const QString &key) const;

    Store &m_store;
};

} // namespace btxh::app
