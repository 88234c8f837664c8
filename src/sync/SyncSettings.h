// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EndpointProfile.h"
#include "StoreResult.h"
#include "SyncArea.h"
#include "SyncOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace btxh {

class Store;

// The connection settings of one office: which gateway (endpoint profile), the office's area, how pulls
// overlap. Kept in the store's settings table (the database the GUI and `btxh` both open), under the key
// names below, so that they travel with the office's database and a `--db` of its own gives a test or a
// second office its own settings. Nothing secret is kept here: the consumer key and secret live in the OS
// keychain (src/secrets), under the keychain profile named by "keys.profile".
//
//   endpoint.kind      production | sandbox | lgsp | custom            (default production)
//   endpoint.url       base URL, without /token or /apiBTXH/1.0          (production/sandbox:
//   api.ngsp.gov.vn) endpoint.header    extra header carrying the token, e.g. AccessKey   (default none)
//   endpoint.ca-file   PEM file of extra trusted CA certificates          (default none)
//   endpoint.post-reform  two-level | three-level: how dossiers received from 01/07/2025 are sent
//                      (PostReformForm; default two-level, MaHuyen empty)
//   endpoint.district  the district code sent as MaHuyen under three-level (default none)
//   keys.profile       keychain profile of the consumer key and secret   (default "default")
//   area.province      GSO province code of the office                   (required to pull)
//   area.district      GSO district code ("" = the whole province)
//   area.commune       GSO commune code ("" = the whole district)
//   sync.overlap-minutes   how far each pull reaches back before the last one ended (default 10)
//   sync.initial-days      how far the first pull of an area reaches back (default 30)
//   sync.max-window-mb     the largest reply to one pull window; a larger one is split (default 8). This
//                          bounds the memory a pull needs (the parsed window takes about ten times as much),
//                          whatever the number of dossiers.
//
// BTXH_ENDPOINT in the environment, when set, replaces endpoint.url (for a sandbox or a test run).
class SyncSettings {
    Q_DECLARE_TR_FUNCTIONS(btxh::SyncSettings)

public:
    static constexpr QLatin1StringView endpointVariable{"BTXH_ENDPOINT"};

    struct Key {
        QString name;
        QString defaultValue;
        QString description; // translated
        bool administrator =
            true; // an administrator's setting (AdministratorSettings); the area is everyone's
    };
    static QList<Key> keys();
    static bool isKey(const QString &name);
    static QString defaultValue(const QString &name);
    // The value as it will be stored (trimmed, a kind in lower case, a CA file made absolute), or
    // std::nullopt with a translated reason. An empty value puts the key back to its default.
    static std::optional<QString> normalise(const QString &name, const QString &value, QString *error);

    // Reads every key from the store (missing ones take their defaults). False with a reason on a store
    // error.
    bool load(Store &store, QString *error);
    // Whether anyone chose a gateway for the database (endpoint.kind or endpoint.url stored).
    static bool gatewayChosen(Store &store);
    // Stores one key (after normalise()). False with a reason.
    static bool save(Store &store, const QString &name, const QString &value, QString *error);

    // The settings that say which gateway the office's key pair is sent to: a backup restored with other
    // values would send it elsewhere, so restoring asks first (the app and `btxh restore`).
    static QStringList connectionKeys();
    // Those settings of a database (StoreBackup::settingsOf), one line for a question: "endpoint.kind=…".
    static QString describeConnection(const QMap<QString, QString> &settings);
    // Puts those settings back as `settings` has them (after a restore that did not take the backup's).
    static StoreResult<void> restoreConnection(Store &store, const QMap<QString, QString> &settings);

    QString value(const QString &name) const;
    void setValue(const QString &name, const QString &value) { m_values.insert(name, value); }

    // The endpoint profile, with BTXH_ENDPOINT applied and its maximum reply size set from
    // sync.max-window-mb; std::nullopt with a reason when it cannot be used.
    std::optional<EndpointProfile> profile(const QProcessEnvironment &environment, QString *error) const;
    SyncArea area() const;
    QString keysProfile() const { return value(QStringLiteral("keys.profile")); }
    // Copies the sync.* keys into `options`.
    void applyTo(SyncOptions &options) const;

private:
    QHash<QString, QString> m_values;
};

} // namespace btxh
