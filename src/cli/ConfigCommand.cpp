// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigCommand.h"

#include "AdministratorSettings.h"
#include "DeadlineSettings.h"
#include "RolePolicy.h"
#include "Store.h"
#include "StoreCommandSupport.h"
#include "SyncCommandSupport.h"
#include "SyncSettings.h"

#include <QFileInfo>

namespace btxh::cli {

QString ConfigCommand::summary() const {
    return tr("show or change the gateway endpoint and the office's area");
}

void ConfigCommand::setup(QCommandLineParser &parser) const {
    QString keys;
    for (const SyncSettings::Key &k : SyncSettings::keys()) {
        keys += QStringLiteral("  ") + k.name.leftJustified(22) + k.description;
        if (!k.defaultValue.isEmpty())
            keys += tr(" (default: %1)").arg(k.defaultValue);
        keys += u'\n';
    }
    QStringList roles;
    for (UserRole r : RolePolicy::all())
        roles << RolePolicy::name(r);
    keys += QStringLiteral("  ") + QString(RolePolicy::settingKey).leftJustified(22) +
            tr("who uses this database: %1 (default: %2)")
                .arg(roles.join(QStringLiteral(", ")), RolePolicy::name(UserRole::CommuneOfficer)) +
            u'\n';
    keys += tr("Deadline rules (an administrator's; every computed deadline is recomputed at once):\n");
    for (const QString &k : DeadlineSettings::keys()) {
        keys += QStringLiteral("  ") + k.leftJustified(22) + DeadlineSettings::description(k);
        if (!DeadlineSettings::defaultValue(k).isEmpty())
            keys += tr(" (default: %1)").arg(DeadlineSettings::defaultValue(k));
        keys += u'\n';
    }
    parser.setApplicationDescription(
        tr("get KEY prints one setting; get alone lists them all; set KEY VALUE changes one (an empty VALUE "
           "puts "
           "it back to its default). The settings are kept in the database (its settings table), so the "
           "desktop "
           "app and btxh share them and each --db has its own. No secret is kept there: the consumer key and "
           "secret go in the keychain with btxh keys. BTXH_ENDPOINT in the environment overrides "
           "endpoint.url.\n"
           "Only an administrator changes the endpoint.*, keys.*, sync.* and store.* settings and the "
           "deadline "
           "rules, as in the app's Settings: when the database's app.role is another role, set refuses them "
           "(exit status 7) and changes nothing. Every role sets the office's area and app.role. A database "
           "where neither a role nor a gateway was chosen yet is still being set up, and takes every "
           "setting.\n"
           "Keys:\n") +
        keys +
        tr("Exit status: 0 done, 2 bad usage or value, 3 the database cannot be opened or written, 7 an "
           "administrator's setting and the database's role is not the administrator."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("get or set."), QStringLiteral("get|set"));
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("A setting's name."), QStringLiteral("[KEY]"));
    parser.addPositionalArgument(QStringLiteral("VALUE"), tr("Its new value (set)."),
                                 QStringLiteral("[VALUE]"));
    StoreCommandSupport::addDatabaseOption(parser);
}

bool ConfigCommand::printDeadlineSettings(const QString &path, const QString &key, CliContext &context) {
    QHash<QString, QString> stored;
    if (QFileInfo::exists(path)) {
        Store::Options options;
        options.readOnly = true;
        Store store(options);
        if (const StoreResult<void> opened = store.open(path); !opened) {
            context.err << "btxh config: " << opened.error().message << Qt::endl;
            return false;
        }
        for (const QString &k : DeadlineSettings::keys())
            if (const StoreResult<QString> v = store.settings().value(k))
                stored.insert(k, *v);
    }
    for (const QString &k : DeadlineSettings::keys()) {
        if (!key.isEmpty() && k != key)
            continue;
        const QString v = stored.value(k);
        const QString shown = v.isEmpty() ? DeadlineSettings::defaultValue(k) : v;
        if (!key.isEmpty()) {
            context.out << shown << '\n';
            continue;
        }
        context.out << k << " = " << shown;
        if (v.isEmpty())
            context.out << "  " << tr("(default)");
        context.out << '\n';
    }
    return true;
}

std::optional<QString> ConfigCommand::normaliseRole(const QString &value, QString *error) {
    if (const std::optional<UserRole> role = RolePolicy::fromName(value))
        return RolePolicy::name(*role);
    QStringList names;
    for (UserRole r : RolePolicy::all())
        names << RolePolicy::name(r);
    *error = tr("%1 must be one of %2.").arg(RolePolicy::settingKey, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

int ConfigCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString key = args.value(1).trimmed();
    const bool get = action == u"get";
    if ((!get && action != u"set") || (get && args.size() > 2) || (!get && args.size() != 3)) {
        context.err
            << tr("btxh config: write \"btxh config get [KEY]\" or \"btxh config set KEY VALUE\"; see "
                  "btxh config --help")
            << Qt::endl;
        return ExitBadInput;
    }
    const bool deadlineKey = DeadlineSettings::isKey(key);
    const bool roleKey = key == RolePolicy::settingKey;
    if (!key.isEmpty() && !SyncSettings::isKey(key) && !deadlineKey && !roleKey) {
        context.err << tr("btxh config: unknown setting \"%1\"; see btxh config --help").arg(key) << Qt::endl;
        return ExitBadInput;
    }
    const QString path = StoreCommandSupport::databasePath(parser);

    if (get) {
        SyncSettings settings;
        std::optional<UserRole> role;
        if (QFileInfo::exists(path)) {
            // Reading settings must not create or upgrade anything.
            Store::Options options;
            options.readOnly = true;
            Store store(options);
            QString error;
            const StoreResult<void> opened = store.open(path);
            if (!opened || !settings.load(store, &error)) {
                context.err << "btxh config: " << (opened ? error : opened.error().message) << Qt::endl;
                return ExitStoreError;
            }
            role = AdministratorSettings::storedRole(store);
        }
        if (roleKey) {
            context.out << RolePolicy::name(role.value_or(UserRole::CommuneOfficer)) << '\n';
            return ExitOk;
        }
        if (deadlineKey || key.isEmpty()) {
            if (!printDeadlineSettings(path, key, context))
                return ExitStoreError;
            if (deadlineKey)
                return ExitOk;
        }
        const QString overrideUrl = context.env.value(SyncSettings::endpointVariable);
        if (!key.isEmpty()) {
            context.out << settings.value(key) << '\n';
        } else {
            for (const SyncSettings::Key &k : SyncSettings::keys()) {
                const QString v = settings.value(k.name);
                context.out << k.name << " = " << v;
                if (v == k.defaultValue)
                    context.out << "  " << tr("(default)");
                context.out << '\n';
            }
            context.out << RolePolicy::settingKey << " = "
                        << RolePolicy::name(role.value_or(UserRole::CommuneOfficer));
            if (!role)
                context.out << "  " << tr("(default)");
            context.out << '\n';
        }
        context.out.flush();
        if (!overrideUrl.isEmpty() && (key.isEmpty() || key == u"endpoint.url"))
            context.err << tr("Note: %1=%2 in the environment overrides endpoint.url.")
                               .arg(SyncSettings::endpointVariable, overrideUrl)
                        << Qt::endl;
        return ExitOk;
    }

    QString error;
    const std::optional<QString> value = roleKey ? normaliseRole(args.value(2), &error)
                                         : deadlineKey
                                             ? DeadlineSettings::normalise(key, args.value(2), &error)
                                             : SyncSettings::normalise(key, args.value(2), &error);
    if (!value) {
        context.err << "btxh config: " << error << Qt::endl;
        return ExitBadInput;
    }
    if (AdministratorSettings::isAdministratorKey(key)) {
        const int allowed = StoreCommandSupport::allowAdministratorChange(path, name(), key, context);
        if (allowed != ExitOk)
            return allowed;
    }
    Store store;
    if (const StoreResult<void> opened = store.open(path); !opened) {
        context.err << "btxh config: " << opened.error().message << Qt::endl;
        return ExitStoreError;
    }
    if (deadlineKey || roleKey) {
        if (const StoreResult<void> saved = store.settings().setValue(key, *value); !saved) {
            context.err << "btxh config: " << saved.error().message << Qt::endl;
            return ExitStoreError;
        }
        context.out << key << " = "
                    << (value->isEmpty() && deadlineKey ? DeadlineSettings::defaultValue(key) : *value)
                    << '\n';
        return ExitOk;
    }
    if (!SyncSettings::save(store, key, *value, &error)) {
        context.err << "btxh config: " << error << Qt::endl;
        return ExitStoreError;
    }
    context.out << key << " = " << (value->isEmpty() ? SyncSettings::defaultValue(key) : *value) << '\n';
    return ExitOk;
}

} // namespace btxh::cli
