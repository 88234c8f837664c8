// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeysCommand.h"

#include "CredentialResolver.h"
#include "KeychainSecretStore.h"
#include "SecretStore.h"
#include "StoreCommandSupport.h"
#include "TerminalPrompt.h"

#include <unistd.h>

namespace btxh::cli {

using secrets::CredentialResolver;
using secrets::SecretKind;
using secrets::SecretResult;
using secrets::SecretStatus;
using secrets::SecretStore;

namespace {

int exitCodeFor(const SecretResult &result) {
    return result.status == SecretStatus::InvalidInput ? ExitBadInput : ExitConfigError;
}

} // namespace

KeysCommand::KeysCommand()
    : KeysCommand([] { return std::make_shared<secrets::KeychainSecretStore>(); }) {}

KeysCommand::KeysCommand(StoreFactory storeFactory)
    : m_storeFactory(std::move(storeFactory)) {}

KeysCommand::~KeysCommand() = default;

QString KeysCommand::summary() const {
    return tr("store, check or remove the gateway consumer key and secret in the OS keychain");
}

void KeysCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "set: reads the consumer key and the consumer secret from standard input, one per line (or asks for "
        "them without echo on a terminal) and stores them in the OS keychain; they are never taken from the "
        "command line. status: says whether they are stored (the secret is never shown). clear: removes "
        "them.\n"
        "BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET in the environment, when both are set, take precedence "
        "over the keychain (for unattended runs).\n"
        "set and clear are an administrator's: when the role stored in the database (--db) is another one, "
        "they are refused and the keychain is left alone, as in the app's Settings.\n"
        "Exit status: 0 done (status: a key and secret are available), 2 bad usage or input, 5 no keychain "
        "service, keyring locked, or (status) no key and secret stored, 7 the database's role is not the "
        "administrator."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("set, status or clear."),
                                 QStringLiteral("set|status|clear"));
    parser.addOption(QCommandLineOption(QStringLiteral("profile"),
                                        tr("The endpoint profile (default: \"default\")."),
                                        QStringLiteral("NAME"), QStringLiteral("default")));
    StoreCommandSupport::addDatabaseOption(parser);
}

QString KeysCommand::maskedKey(const QString &key) {
    if (key.size() < 8)
        return QStringLiteral("****");
    return key.left(4) + QStringLiteral("****");
}

int KeysCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() > 1) {
        context.err << tr("btxh keys: too many arguments. The key and secret are read from standard input, "
                          "never from the command line.")
                    << Qt::endl;
        return ExitBadInput;
    }
    if (action != u"set" && action != u"status" && action != u"clear") {
        context.err << tr("btxh keys: give an action: set, status or clear; see btxh keys --help")
                    << Qt::endl;
        return ExitBadInput;
    }
    const QString profile = parser.value(QStringLiteral("profile"));
    if (!SecretStore::isValidProfileName(profile)) {
        context.err << "btxh keys: " << SecretStore::invalidProfileMessage(profile) << Qt::endl;
        return ExitBadInput;
    }

    if (action != u"status") {
        // The key pair is the connection's, an administrator's setting of the office whose database --db is.
        const int allowed = StoreCommandSupport::allowAdministratorChange(
            StoreCommandSupport::databasePath(parser), name(), tr("the key pair"), context);
        if (allowed != ExitOk)
            return allowed;
    }
    const std::shared_ptr<SecretStore> store = m_storeFactory();
    if (action == u"set")
        return set(*store, profile, context);
    if (action == u"status")
        return status(*store, profile, context);
    return clear(*store, profile, context);
}

int KeysCommand::set(SecretStore &store, const QString &profile, CliContext &context) const {
    QString key;
    QString secret;
    if (context.interactive && isatty(STDIN_FILENO)) {
        key = promptWithoutEcho(context, tr("Consumer key for profile \"%1\": ").arg(profile));
        secret = promptWithoutEcho(context, tr("Consumer secret: "));
        const QString again = promptWithoutEcho(context, tr("Consumer secret again: "));
        if (secret != again) {
            context.err << tr("btxh keys: the two secrets differ; nothing was stored.") << Qt::endl;
            return ExitBadInput;
        }
    } else {
        key = context.in.readLine().trimmed();
        secret = context.in.readLine().trimmed();
    }
    if (key.isEmpty() || secret.isEmpty()) {
        context.err << tr("btxh keys set: standard input must hold two lines, the consumer key and then the "
                          "consumer secret; nothing was stored.")
                    << Qt::endl;
        return ExitBadInput;
    }

    const SecretResult keyWritten = store.writeSync(profile, SecretKind::ConsumerKey, key);
    if (!keyWritten.ok()) {
        context.err << "btxh keys: " << keyWritten.message << Qt::endl;
        return exitCodeFor(keyWritten);
    }
    const SecretResult secretWritten = store.writeSync(profile, SecretKind::ConsumerSecret, secret);
    if (!secretWritten.ok()) {
        context.err << "btxh keys: " << secretWritten.message << '\n'
                    << tr("The consumer key of profile \"%1\" was stored but its secret was not; run "
                          "\"btxh keys set\" again.")
                           .arg(profile)
                    << Qt::endl;
        return exitCodeFor(secretWritten);
    }
    context.out << tr("Stored the consumer key and secret of profile \"%1\" in the keychain.").arg(profile)
                << '\n';
    if (!context.env.value(CredentialResolver::keyVariable).isEmpty() ||
        !context.env.value(CredentialResolver::secretVariable).isEmpty())
        context.out << tr("Note: %1 / %2 are set in the environment and take precedence over the keychain.")
                           .arg(CredentialResolver::keyVariable, CredentialResolver::secretVariable)
                    << '\n';
    return ExitOk;
}

int KeysCommand::status(SecretStore &store, const QString &profile, CliContext &context) const {
    const QString envKey = context.env.value(CredentialResolver::keyVariable);
    const QString envSecret = context.env.value(CredentialResolver::secretVariable);
    const bool fromEnvironment = !envKey.isEmpty() && !envSecret.isEmpty();

    const SecretResult key = store.readSync(profile, SecretKind::ConsumerKey);
    const SecretResult secret = store.readSync(profile, SecretKind::ConsumerSecret);
    const SecretResult &failure = !key.ok() && !key.notFound() ? key : secret;
    const bool keychainFailed = !failure.ok() && !failure.notFound();
    if (keychainFailed && !fromEnvironment) {
        context.err << "btxh keys: " << failure.message << Qt::endl;
        return exitCodeFor(failure);
    }

    const auto describe = [](const SecretResult &r) {
        return r.ok() ? tr("stored") : r.notFound() ? tr("not stored") : tr("unknown (the keychain failed)");
    };
    context.out << tr("Profile \"%1\":").arg(profile) << '\n';
    context.out << "  " << tr("consumer key in the keychain: %1").arg(describe(key));
    if (key.ok())
        context.out << " (" << maskedKey(key.value) << ')';
    context.out << '\n' << "  " << tr("consumer secret in the keychain: %1").arg(describe(secret)) << '\n';
    if (fromEnvironment) {
        context.out << "  "
                    << tr("%1 (%2) and %3 are set in the environment and take precedence over the keychain.")
                           .arg(CredentialResolver::keyVariable, maskedKey(envKey),
                                CredentialResolver::secretVariable)
                    << '\n';
    } else if (!envKey.isEmpty() || !envSecret.isEmpty()) {
        context.out << "  "
                    << tr("Only one of %1 and %2 is set in the environment: set both, or neither.")
                           .arg(CredentialResolver::keyVariable, CredentialResolver::secretVariable)
                    << '\n';
    }
    context.out.flush();

    if (keychainFailed)
        context.err << "btxh keys: " << failure.message << Qt::endl;
    if (fromEnvironment || (key.ok() && secret.ok()))
        return ExitOk;
    context.err
        << tr("btxh keys: no consumer key and secret are stored for profile \"%1\"; run \"btxh keys set "
              "--profile %1\".")
               .arg(profile)
        << Qt::endl;
    return ExitConfigError;
}

int KeysCommand::clear(SecretStore &store, const QString &profile, CliContext &context) const {
    const SecretResult key = store.removeSync(profile, SecretKind::ConsumerKey);
    const SecretResult secret = store.removeSync(profile, SecretKind::ConsumerSecret);
    for (const SecretResult *r : {&key, &secret}) {
        if (!r->ok()) {
            context.err << "btxh keys: " << r->message << Qt::endl;
            return exitCodeFor(*r);
        }
    }
    context.out << tr("Removed the consumer key and secret of profile \"%1\" from the keychain.").arg(profile)
                << '\n';
    return ExitOk;
}

} // namespace btxh::cli
