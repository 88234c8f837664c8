// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeSettings.h"

#include "AdministratorSettings.h"
#include "SyncSettings.h"

#include "PlaceCalendar.h"
#include "Store.h"

namespace btxh::app {

const QString OfficeSettings::Role = QString(RolePolicy::settingKey);
const QString OfficeSettings::AgencyCode = QStringLiteral("app.agency-code");
const QString OfficeSettings::OfficeUnit = QStringLiteral("app.office-unit");
const QString OfficeSettings::HandlerName = QStringLiteral("app.handler-name");
const QString OfficeSettings::HandlerPosition = QStringLiteral("app.handler-position");
const QString OfficeSettings::HandlerAccount = QStringLiteral("app.handler-account");
const QString OfficeSettings::Places = QStringLiteral("app.places");
const QString OfficeSettings::Ethnicity = QStringLiteral("app.ethnicity");
const QString OfficeSettings::LastSync = QStringLiteral("app.last-sync");
const QString OfficeSettings::OfficeServer = QStringLiteral("app.office-server");

OfficeSettings::OfficeSettings(Store &store)
    : m_store(store) {}

QString OfficeSettings::storedKey(const QString &key) const {
    // Several officers share an office server's settings; who records a step (sent to the gateway as
    // NguoiXuLy, ChucDanh, TaiKhoanXuLy) is each one's own, kept under their database user's name.
    if (m_store.isServer() && (key == HandlerName || key == HandlerPosition || key == HandlerAccount))
        return key + u'@' + m_store.options().user;
    return key;
}

QString OfficeSettings::value(const QString &key, const QString &fallback) const {
    const StoreResult<QString> v = m_store.settings().value(storedKey(key));
    return v && !v->isEmpty() ? *v : fallback;
}

StoreResult<void> OfficeSettings::setValue(const QString &key, const QString &value) {
    return m_store.settings().setValue(storedKey(key), value.trimmed());
}

UserRole OfficeSettings::role() const {
    return AdministratorSettings::storedRole(m_store).value_or(UserRole::CommuneOfficer);
}

bool OfficeSettings::mayChangeConnection() const {
    return AdministratorSettings::mayChange(m_store);
}

QString OfficeSettings::agencyCode() const {
    return value(AgencyCode, QStringLiteral("000.00.00.G07"));
}

QString OfficeSettings::officeUnit() const {
    return value(OfficeUnit);
}

QString OfficeSettings::handlerName() const {
    return value(HandlerName);
}

QString OfficeSettings::handlerPosition() const {
    return value(HandlerPosition);
}

QString OfficeSettings::handlerAccount() const {
    return value(HandlerAccount);
}

SyncArea OfficeSettings::area() const {
    SyncArea a;
    a.province = value(QStringLiteral("area.province"));
    a.district = value(QStringLiteral("area.district"));
    a.commune = value(QStringLiteral("area.commune"));
    return a;
}

GsoList OfficeSettings::places() const {
    if (const std::optional<GsoList> chosen = PlaceCalendar::listFromKey(value(Places)))
        return *chosen;
    // Databases set up before the reform was supported chose their area from the 2024 list without saying
    // so: an area that only reads in a three-level list stays in it. Everything else lives in today's list.
    const SyncArea a = area();
    if (!a.district.isEmpty())
        return GsoList::Units2024;
    if (!a.commune.isEmpty()) {
        const GsoUnit *commune = GsoDirectory::get(GsoList::Units2025).commune(a.commune);
        return commune && commune->parentCode == a.province ? GsoList::Units2025 : GsoList::Units2024;
    }
    return GsoList::Units2025;
}

PostReformForm OfficeSettings::postReform() const {
    const std::optional<PostReformForm::Levels> levels =
        PostReformForm::levelsFromKey(value(QStringLiteral("endpoint.post-reform")));
    if (levels == PostReformForm::Levels::Three)
        return PostReformForm::threeLevel(value(QStringLiteral("endpoint.district")));
    return PostReformForm::twoLevel();
}

EthnicityCoding OfficeSettings::ethnicity() const {
    return value(Ethnicity) == u"id" ? EthnicityCoding::CatalogueId : EthnicityCoding::GsoCode;
}

QDateTime OfficeSettings::lastSuccessfulSync() const {
    return QDateTime::fromString(value(LastSync), Qt::ISODate);
}

StoreResult<void> OfficeSettings::setLastSuccessfulSync(const QDateTime &at) {
    return setValue(LastSync, at.toUTC().toString(Qt::ISODate));
}

bool OfficeSettings::hasGateway() const {
    return SyncSettings::gatewayChosen(m_store);
}

} // namespace btxh::app
